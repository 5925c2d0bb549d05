#pragma once
// Reads one Akoma Ntoso 3.0 file (the subset in ../shared/corpus-format.md)
// into an Expression, reporting every problem with file and line.
//
//   ReadOutcome r = ReadExpressionFile("corpus/uz/act/criminal-code/rus@2020-06-18.xml");
//   for (const Diagnostic& d : r.diagnostics) std::cerr << d.ToString() << "\n";
//   if (r.expression) Use(*r.expression);
//
// Reading is tolerant: unknown elements keep their text under the nearest
// known container (reported as notes). A file with any error is rejected:
// `expression` is empty, and all of its errors are reported, not only the
// first. Thread-safe: no shared state.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"

namespace qonun::model {

inline constexpr std::string_view kAknNamespace =
    "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
inline constexpr std::string_view kQonunNamespace = "urn:qonun";

struct ReadOutcome {
  std::optional<Expression> expression;  // empty when any error was found
  std::vector<Diagnostic> diagnostics;
};

// Parses `xml`; `file_name` is used in diagnostics and stored in the
// Expression.
ReadOutcome ReadExpression(std::string_view xml, const std::string& file_name);

// Reads the file and parses it; an unreadable file is an error diagnostic.
ReadOutcome ReadExpressionFile(const std::string& path);

// The parts of an Akoma Ntoso work URI: /akn/COUNTRY/TYPE[/SUBTYPE][/ACTOR]/DATE/NUMBER.
struct WorkUriParts {
  std::string country;
  std::string doc_type;
  Date date;
  std::string number;
};

// nullopt when `uri` does not have that shape or its date is not a real day.
std::optional<WorkUriParts> ParseWorkUri(std::string_view uri);

}  // namespace qonun::model

#pragma once
// Serialises an Expression into the corpus format (../shared/corpus-format.md
// and docs/corpus-conventions.md), the one output path of every importer.
//
//   std::string xml = WriteExpression(expression, {.transform_date = Date::Today()});
//   ReadExpression(xml, "x.xml") gives back the same provisions and metadata.
//
// The provision tree is written from the flat list (parents before children,
// as ReadExpression produces it); the walk is iterative, so no depth of
// nesting can exhaust the stack. Thread-safe: no shared state.

#include <optional>
#include <string>

#include "model/date.h"
#include "model/document.h"

namespace qonun::model {

struct WriteOptions {
  // FRBRManifestation's transform date; when unset the expression date is used,
  // so that the output depends on the input alone.
  std::optional<Date> transform_date;
};

// The expression as a UTF-8 Akoma Ntoso 3.0 document. Provisions named
// "preamble" and "conclusions" at top level are written before and after
// <body>; every other top-level provision goes in <body>. Text blocks
// (separated by '\n' in Provision::text and wrap_up) become <p> elements;
// cross-references are marked up where their text occurs in a block.
std::string WriteExpression(const Expression& expression, const WriteOptions& options = {});

}  // namespace qonun::model

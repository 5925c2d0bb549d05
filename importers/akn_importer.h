#pragma once
// Akoma Ntoso 3.0 from another publisher (deep nesting, prefixed eIds such
// as chp_1__sec_2, wIds, hcontainer, section, subsection, tables) to an
// Expression in the corpus format, with nothing dropped.
//
//   Result<ImportResult> r = ImportAkn(bytes, options);
//
// The publisher's structure and eIds are kept (the corpus reader and search
// resolve provisions by element and num, never by a bare art_N). Tables
// become one text block per row, cells joined by " | ". Elements the corpus
// format does not know keep their text under the nearest known container
// (reported as notes). When ImportOptions::work_uri is set, it and the
// language and date replace the file's FRBRWork/FRBRExpression identity
// (for publishers whose URIs lack the adoption date Qonun needs); a title,
// aliases or kind given in the options replace the file's.

#include <string_view>

#include "common/status.h"

#include "importers/import.h"

namespace qonun::importers {

// Nesting deeper than this is refused rather than walked.
inline constexpr int kMaxAknDepth = 256;

// InvalidArgument ("FILE:LINE: error: …", one line per problem) for empty,
// binary or non-UTF-8 input, XML that is not well-formed, a namespace other
// than Akoma Ntoso 3.0 (named in the message), nesting deeper than
// kMaxAknDepth, or any error the corpus reader finds.
Result<ImportResult> ImportAkn(std::string_view bytes, const ImportOptions& options);

}  // namespace qonun::importers

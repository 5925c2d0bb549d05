#pragma once
// A page saved from lex.uz, the official legislation database of
// Uzbekistan, to an Expression in the corpus format.
//
//   Result<ImportResult> r = ImportLexUzHtml(bytes, options);
//
// The page body is a flat run of <div>/<p> blocks classed by kind: ACT_TITLE
// (the title), TEXT_HEADER_DEFAULT (section and chapter headers),
// CLAUSE_DEFAULT (article headers), ACT_TEXT (parts, points and running
// text, all siblings), CHANGES_ORIGINS and FOOTNOTE (notes); COMMENT,
// COMMENT_FOR_WARNING, INDEXES_ON_REF and the lx_elem2/lx_elem3 interface
// panels are skipped. The hierarchy is rebuilt from the numbering with the
// same recogniser as ImportText. Entities, <br> (a block break), <sup>
// (superscript article numbers: 135<sup>1</sup> → 135¹) are handled; a page
// declared windows-1251 is converted with ICU. The HTML is scanned once,
// without recursion, tolerating unclosed and stray tags.

#include <string_view>

#include "common/status.h"

#include "importers/import.h"

namespace qonun::importers {

// InvalidArgument ("FILE:LINE: error: …") for empty or binary input, bytes
// that are not valid in the declared (or, undeclared, UTF-8) encoding, a
// bad work URI, or a page with no recognisable unit.
Result<ImportResult> ImportLexUzHtml(std::string_view bytes, const ImportOptions& options);

}  // namespace qonun::importers

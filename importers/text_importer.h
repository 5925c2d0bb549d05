#pragma once
// Plain text of a legal act (English, Russian, Uzbek in Latin or Cyrillic
// script) to an Expression in the corpus format.
//
//   Result<ImportResult> r = ImportText(bytes, options);
//
// Structure is recognised from headings and numbering (importers/README.md
// lists the forms): sections, chapters, articles with their headings, parts
// ("1." or unnumbered blocks within an article), points ("a)", "а)", "1)",
// dashes). Blocks are separated by blank lines; a line that does not end a
// sentence is joined to the next (hard-wrapped text). Before the first
// unit, the first block is the title (unless ImportOptions::title is set)
// and the rest is the preamble. Amendment notes in parentheses become notes
// plus references and lifecycle events.

#include <string_view>

#include "common/status.h"

#include "importers/import.h"

namespace qonun::importers {

// InvalidArgument ("FILE:LINE: error: …") for empty, binary or non-UTF-8
// input, a bad work URI, or text in which no unit is recognised.
Result<ImportResult> ImportText(std::string_view bytes, const ImportOptions& options);

}  // namespace qonun::importers

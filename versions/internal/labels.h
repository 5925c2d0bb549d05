#pragma once
// How a change summary names provisions: "Article 5, part 2, point (c)",
// "статья 5, часть 2, пункт «в»", "5-modda, 2-qism, «c» bandi", in the
// reader's language and (for Uzbek) script, never by an internal id.

#include <cstddef>
#include <string>

#include "common/language.h"
#include "model/document.h"

#include "versions/compare.h"

namespace qonun::versions::internal {

// The Uzbek summary word in the summary's script.
const char* Uz(const SummaryLanguage& summary, const char* latin, const char* cyrillic);

// The provision's own part of a label: "part 2", "статья 21", "«c» bandi";
// empty for an unnumbered unit that is its parent's only one of its kind.
std::string LabelPart(const model::Expression& e, std::size_t index,
                      const SummaryLanguage& summary);

// The label of provision `index`: its own part and those of its ancestors
// from the enclosing article down.
std::string Label(const model::Expression& e, std::size_t index, const SummaryLanguage& summary);

// A provision's heading as the reader reads it: from `reader_text` (the same
// version in the reader's language) when it has the provision (same eId)
// with a heading, else its own; Uzbek in the reader's script.
std::string ReaderHeading(const model::Expression& e, std::size_t index,
                          const SummaryLanguage& summary, const model::Expression* reader_text);

// The compared provision as the reader names it, the first line of a
// single-provision summary: its label (capitalised) and its heading quoted,
// the heading from `reader_text` when it has the provision (same eId) and
// transliterated into the reader's Uzbek script.
std::string ProvisionTitle(const model::Expression& e, std::size_t index,
                           const SummaryLanguage& summary, const model::Expression* reader_text);

// A heading in quotation marks of the language: “…” in English, «…» otherwise.
std::string Quoted(const std::string& heading, Language language);

}  // namespace qonun::versions::internal

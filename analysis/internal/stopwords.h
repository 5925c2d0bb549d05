#pragma once
// Stopwords per language, curated for legal text: function words only.
// Words that carry meaning in law ("человек" in "права человека", numbers,
// "можно"/"нельзя") are deliberately absent. The Uzbek list is stored as
// uz-fold keys, so one list serves both scripts. Used for ranking; never to
// drop a word from the index or from a phrase.

#include <string_view>

#include "common/language.h"

namespace qonun::analysis::internal {

bool IsStopword(Language language, std::string_view key);

}  // namespace qonun::analysis::internal

#pragma once
// Snippets with the matched words marked, computed from ICU word offsets of
// our own analysis chain (Xapian's MSet::snippet re-tokenises by its own
// rules and misses Uzbek apostrophes and cross-script matches).

#include <set>
#include <string>
#include <string_view>

#include "analysis/analyzer.h"
#include "common/language.h"

namespace qonun::search::internal {

struct MatchTerms {
  std::set<std::string> keys;
  std::set<std::string> stems;

  bool empty() const { return keys.empty() && stems.empty(); }
};

// HTML: the best window of about `max_words` words of `text` (all of it when
// shorter), escaped, with every matched word in <mark>…</mark>, and "…"
// where the text was cut.
std::string Highlight(const analysis::Analyzer& analyzer, std::string_view text, Language language,
                      const MatchTerms& terms, std::size_t max_words = 40);

}  // namespace qonun::search::internal

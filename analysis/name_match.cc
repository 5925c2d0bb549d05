#include "analysis/name_match.h"

#include <algorithm>

namespace qonun::analysis {

WordStems StemsByWord(const Analyzer& analyzer, std::string_view text, Stopwords stopwords) {
  WordStems out;
  std::vector<bool> content;  // per word: whether a reading is not a stopword
  std::size_t position = static_cast<std::size_t>(-1);
  for (const Token& t : analyzer.AnalyzeQuery(text)) {
    if (out.empty() || t.position != position) {
      out.emplace_back();
      content.push_back(false);
      position = t.position;
    }
    out.back().push_back(t.stem);
    content.back() = content.back() || !t.stopword;
  }
  if (stopwords == Stopwords::kDrop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (content[i]) {
        if (kept != i) {
          out[kept] = std::move(out[i]);
        }
        ++kept;
      }
    }
    out.resize(kept);
  }
  return out;
}

bool SameWord(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  return std::any_of(a.begin(), a.end(), [&](const std::string& stem) {
    return std::find(b.begin(), b.end(), stem) != b.end();
  });
}

std::optional<std::size_t> FirstNamedPosition(const WordStems& phrase, const WordStems& name) {
  if (phrase.empty()) {
    return std::nullopt;
  }
  std::size_t first = static_cast<std::size_t>(-1);
  for (const auto& word : phrase) {
    const auto at = std::find_if(name.begin(), name.end(),
                                 [&](const auto& name_word) { return SameWord(word, name_word); });
    if (at == name.end()) {
      return std::nullopt;
    }
    first = std::min(first, static_cast<std::size_t>(at - name.begin()));
  }
  return first;
}

}  // namespace qonun::analysis

#include "search/internal/highlighter.h"

#include <vector>

#include "common/html.h"

namespace qonun::search::internal {

std::string Highlight(const analysis::Analyzer& analyzer, std::string_view text, Language language,
                      const MatchTerms& terms, std::size_t max_words) {
  const std::vector<analysis::Token> tokens = analyzer.AnalyzeDocument(text, language);
  std::vector<bool> matched(tokens.size(), false);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    // Stopwords match many things and mean little: they are not marked.
    matched[i] = !tokens[i].stopword &&
                 (terms.keys.contains(tokens[i].key) || terms.stems.contains(tokens[i].stem));
  }
  // The window of max_words tokens with the most matches (the first such).
  std::size_t first = 0;
  std::size_t last = tokens.size();
  if (tokens.size() > max_words) {
    std::size_t best = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      count += matched[i] ? 1 : 0;
      if (i >= max_words) {
        count -= matched[i - max_words] ? 1 : 0;
      }
      if (i + 1 >= max_words && count > best) {
        best = count;
        first = i + 1 - max_words;
      }
    }
    last = first + max_words;
  }
  if (tokens.empty()) {
    return EscapeHtml(text);
  }
  const std::size_t begin = first == 0 ? 0 : tokens[first].start;
  const std::size_t end = last == tokens.size() ? text.size() : tokens[last - 1].end;
  std::string out = begin > 0 ? "… " : "";
  std::size_t at = begin;
  for (std::size_t i = first; i < last; ++i) {
    if (!matched[i]) {
      continue;
    }
    out += EscapeHtml(text.substr(at, tokens[i].start - at));
    out += "<mark>" + EscapeHtml(text.substr(tokens[i].start, tokens[i].end - tokens[i].start)) +
           "</mark>";
    at = tokens[i].end;
  }
  out += EscapeHtml(text.substr(at, end - at));
  if (end < text.size()) {
    out += " …";
  }
  return out;
}

}  // namespace qonun::search::internal

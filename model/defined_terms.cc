#include "model/defined_terms.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace qonun::model {

namespace {

// Opening and closing quotation marks, as UTF-8.
constexpr std::array<std::string_view, 5> kOpening = {"\u201C", "\u00AB", "\u201E", "\u2018", "\""};
constexpr std::array<std::string_view, 5> kClosing = {"\u201D", "\u00BB", "\u201C", "\u2019", "\""};

// The length of the opening quote at the start of `s`, and which one it is.
std::size_t OpeningQuote(std::string_view s, std::size_t& which) {
  for (std::size_t i = 0; i < kOpening.size(); ++i) {
    if (s.starts_with(kOpening[i])) {
      which = i;
      return kOpening[i].size();
    }
  }
  return 0;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
    s.remove_prefix(1);
  }
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
    s.remove_suffix(1);
  }
  return s;
}

// English articles before a quoted term ("A “child” is …").
std::string_view SkipArticle(std::string_view s) {
  for (std::string_view article : {"A ", "An ", "The ", "a ", "an ", "the "}) {
    if (s.starts_with(article)) {
      return s.substr(article.size());
    }
  }
  return s;
}

// Quoted phrases at the start of `s`, joined by "or", "and" or a comma.
std::vector<std::string> QuotedTerms(std::string_view s) {
  std::vector<std::string> terms;
  for (;;) {
    std::size_t which = 0;
    const std::size_t open = OpeningQuote(s, which);
    if (open == 0) {
      break;
    }
    const std::size_t close = s.find(kClosing[which], open);
    if (close == std::string_view::npos || close - open > kMaxDefinedTermBytes) {
      break;
    }
    if (std::string_view term = TrimSpaces(s.substr(open, close - open)); !term.empty()) {
      terms.emplace_back(term);
    }
    s = TrimSpaces(s.substr(close + kClosing[which].size()));
    for (std::string_view joiner : {"or ", "and ", "или ", "и ", "yoki ", "va ", "ёки ", ", "}) {
      if (s.starts_with(joiner)) {
        s = TrimSpaces(s.substr(joiner.size()));
        break;
      }
    }
  }
  return terms;
}

}  // namespace

std::vector<std::string> DefinedTerms(std::string_view text) {
  text = TrimSpaces(text);
  if (std::vector<std::string> quoted = QuotedTerms(SkipArticle(text)); !quoted.empty()) {
    return quoted;
  }
  // The first separator: a colon, or a dash with a space on either side.
  std::size_t end = std::string_view::npos;
  for (std::string_view separator : {":", " \u2014 ", " \u2013 ", " - "}) {
    end = std::min(end, text.find(separator));
  }
  if (end == std::string_view::npos || end > kMaxDefinedTermBytes) {
    return {};
  }
  std::string_view term = TrimSpaces(text.substr(0, end));
  if (term.empty()) {
    return {};
  }
  return {std::string(term)};
}

}  // namespace qonun::model

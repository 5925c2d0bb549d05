// Legal references in text: "ч. 2 ст. 135", "135-modda 2-qism",
// "Article 5(1)(a)", and a point cited without an article ("п. 4", "4-band").
// The words that name an article, part or point are the citation module's
// (citation/keys.h); the words themselves come from the analyser's word
// breaking and Uzbek folding.

#include <algorithm>
#include <utility>

#include "analysis/analyzer.h"
#include "analysis/internal/analyzer_impl.h"
#include "analysis/internal/utf16_text.h"
#include "common/utf8.h"

#include "citation/keys.h"

namespace qonun::analysis {

using internal::NormaliseApostrophes;
using internal::NumberKey;
using internal::ToUtf16;
using internal::Utf16Text;
using internal::Word;

std::string Reference::Key() const {
  return article.empty() ? UnitCitationKey(unit) : CitationKey(article, part, point);
}

namespace {

struct RefWord {
  std::size_t start;  // bytes
  std::size_t end;
  std::string fold;  // uz-fold key (Latin, lower case) of the word
  bool number;
  std::string number_text;  // digits as written, for numbers
};

// The words are the citation module's table (citation/keys.h).
bool IsArticleWord(const std::string& f) {
  return RoleOfCitationWord(f) == CitationWordRole::kArticle;
}

bool IsModdaWord(const std::string& f) {
  return RoleOfCitationWord(f) == CitationWordRole::kArticleAfterNumber;
}

bool IsPartWord(const std::string& f) {
  return RoleOfCitationWord(f) == CitationWordRole::kPart;
}

bool IsPointWord(const std::string& f) {
  return RoleOfCitationWord(f) == CitationWordRole::kPoint;
}

bool IsLetter(const RefWord& w) {
  return !w.number && w.fold.size() <= 2 && !w.fold.empty();
}

// The raw text between two words holds only spaces, dots, hyphens, dashes,
// commas, quotes, brackets or superscript digits: the words belong to one
// reference.
bool Close(std::string_view text, const RefWord& a, const RefWord& b) {
  if (b.start < a.end || b.start - a.end > 12) {
    return false;
  }
  const std::string_view between = text.substr(a.end, b.start - a.end);
  for (std::size_t i = 0; i < between.size();) {
    const char32_t cp = DecodeUtf8(between, i);
    switch (cp) {
      case U' ':
      case U'.':
      case U'-':
      case U'(':
      case U')':
      case U'"':
      case U'\'':
      case U',':
      case U'\u00A0':  // no-break space
      case U'«':
      case U'»':
      case U'“':
      case U'”':
      case U'‘':
      case U'’':
      case U'–':
        continue;
      default:
        // superscript digits, as in 135¹ (common/utf8.h has the one table)
        if (SuperscriptValue(cp) < 0) {
          return false;
        }
    }
  }
  return true;
}

// The article number starting at word `i`: "135", "135¹" or "135-1" (the
// latter two as "135-1"), and the index after it.
std::pair<std::string, std::size_t> ArticleNumber(std::string_view text,
                                                  const std::vector<RefWord>& w, std::size_t i) {
  std::size_t last = i;
  if (i + 1 < w.size() && w[i + 1].number && w[i + 1].start == w[i].end + 1 &&
      text[w[i].end] == '-' && !(i + 2 < w.size() && IsPartWord(w[i + 2].fold))) {
    last = i + 1;  // 135-1
  }
  const std::size_t end = last + 1 < w.size() ? w[last + 1].start : text.size();
  std::string number =
      CanonicalNumber(text.substr(w[i].start, std::min(end, w[last].end + 8) - w[i].start));
  if (last == i + 1) {
    number = w[i].number_text + "-" + w[i + 1].number_text;
  }
  return {number, last + 1};
}

// "(1)(a)" right after an article number, as in "Article 5(1)(a)".
std::size_t Brackets(std::string_view text, std::size_t at, Reference& ref) {
  std::size_t i = at;
  int group = 0;
  while (i < text.size() && text[i] == '(' && group < 2) {
    const auto close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 6) {
      break;
    }
    const std::string inside(text.substr(i + 1, close - i - 1));
    const std::string number = CanonicalNumber(inside);
    if (!number.empty() && ref.part.empty() && ref.point.empty() && group == 0) {
      ref.part = number;
    } else if (const std::string point = CanonicalPoint(inside); !point.empty()) {
      ref.point = point;
    } else {
      break;
    }
    i = close + 1;
    ++group;
  }
  return i;
}

}  // namespace

std::vector<Reference> Analyzer::FindReferences(std::string_view text) const {
  // Every reference has an article number: most provision texts have none.
  if (text.find_first_of("0123456789") == std::string_view::npos) {
    return {};
  }
  Utf16Text decoded = ToUtf16(text);
  NormaliseApostrophes(decoded.text);
  std::vector<RefWord> w;
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  for (const Word& word : impl_->Words(decoded.text)) {
    const icu::UnicodeString u = decoded.text.tempSubStringBetween(word.start, word.end);
    RefWord r{decoded.Byte(word.start), decoded.Byte(word.end), "", word.number, ""};
    if (word.number) {
      r.number_text = NumberKey(u);
      r.fold = r.number_text;
    } else {
      Token reading;  // the Uzbek reading's key is the fold, and it is cached
      impl_->Read(u, false, Script::kOther, Language::kUzbek, reading);
      r.fold = std::move(reading.key);
    }
    w.push_back(std::move(r));
  }
  std::vector<Reference> out;
  std::size_t i = 0;
  while (i < w.size()) {
    Reference ref;
    std::size_t next = i + 1;
    // Uzbek: 135-modda [2-qism] [«a» band]
    if (w[i].number && i + 1 < w.size()) {
      std::size_t modda = i + 1;
      if (!IsModdaWord(w[modda].fold) && modda + 1 < w.size() && w[modda].number &&
          w[modda].start == w[i].end + 1 && text[w[i].end] == '-' &&
          IsModdaWord(w[modda + 1].fold)) {
        ++modda;  // 135-1-modda
      }
      if (IsModdaWord(w[modda].fold) && Close(text, w[modda - 1], w[modda])) {
        ref.article = ArticleNumber(text, w, i).first;
        ref.start = w[i].start;
        ref.end = w[modda].end;
        next = modda + 1;
        while (next + 1 < w.size() && Close(text, w[next - 1], w[next])) {
          if (w[next].number && IsPartWord(w[next + 1].fold) && ref.part.empty()) {
            ref.part = w[next].number_text;
          } else if ((w[next].number || IsLetter(w[next])) && IsPointWord(w[next + 1].fold) &&
                     ref.point.empty()) {
            // Uzbek Latin point letters spell the Cyrillic ones: «v» band is «в».
            ref.point =
                CanonicalUzbekPoint(text.substr(w[next].start, w[next].end - w[next].start));
          } else {
            break;
          }
          ref.end = w[next + 1].end;
          next += 2;
        }
      }
    }
    // Russian / English: [п. а] [ч. 2] ст. 135 [ч. 2] [п. а], Article 5(1)(a)
    if (ref.article.empty() && IsArticleWord(w[i].fold) && i + 1 < w.size() && w[i + 1].number &&
        Close(text, w[i], w[i + 1])) {
      auto [number, after] = ArticleNumber(text, w, i + 1);
      ref.article = number;
      ref.start = w[i].start;
      ref.end = w[after - 1].end;
      const std::size_t bracket_end = Brackets(text, ref.end, ref);
      ref.end = bracket_end;
      next = after;
      while (next < w.size() && w[next].start < ref.end) {
        ++next;
      }
      // Following: "ч. 2", "part 2", "п. а"
      while (next + 1 < w.size() && Close(text, w[next - 1], w[next])) {
        if (IsPartWord(w[next].fold) && w[next + 1].number && ref.part.empty()) {
          ref.part = w[next + 1].number_text;
        } else if (IsPointWord(w[next].fold) && (w[next + 1].number || IsLetter(w[next + 1])) &&
                   ref.point.empty()) {
          ref.point =
              CanonicalPoint(text.substr(w[next + 1].start, w[next + 1].end - w[next + 1].start));
        } else {
          break;
        }
        ref.end = w[next + 1].end;
        next += 2;
      }
      // Preceding: "ч. 2 ст. 135", "п. «а» ч. 2 ст. 135", "part 2 of article 135"
      std::size_t at = i;
      while (at >= 2) {
        std::size_t k = at;
        if (w[k - 1].fold == "of") {  // "part 2 of article 135"
          if (k < 3) {
            break;
          }
          --k;
        }
        const RefWord& word = w[k - 2];
        const RefWord& value = w[k - 1];
        if (!Close(text, word, value) || !Close(text, value, w[k])) {
          break;
        }
        if (IsPartWord(word.fold) && value.number && ref.part.empty()) {
          ref.part = value.number_text;
        } else if (IsPointWord(word.fold) && (value.number || IsLetter(value)) &&
                   ref.point.empty()) {
          ref.point = CanonicalPoint(text.substr(value.start, value.end - value.start));
        } else {
          break;
        }
        ref.start = word.start;
        at = k - 2;
      }
    }
    if (!ref.article.empty()) {
      out.push_back(std::move(ref));
      i = next;
    } else {
      ++i;
    }
  }
  if (!out.empty()) {
    return out;
  }
  // No article cited: a point or paragraph of an act numbered without
  // articles, "п. 4", "пункт 4", "paragraph 4" or "4-band", "4-банд".
  for (std::size_t k = 0; k + 1 < w.size(); ++k) {
    Reference unit;
    if ((IsPointWord(w[k].fold) || IsPartWord(w[k].fold)) && w[k + 1].number &&
        Close(text, w[k], w[k + 1])) {
      unit.unit = w[k + 1].number_text;
    } else if (w[k].number && IsPointWord(w[k + 1].fold) && w[k + 1].start == w[k].end + 1 &&
               text[w[k].end] == '-') {
      unit.unit = w[k].number_text;
    } else {
      continue;
    }
    unit.start = w[k].start;
    unit.end = w[k + 1].end;
    out.push_back(std::move(unit));
    break;
  }
  return out;
}

}  // namespace qonun::analysis

#include "analysis/analyzer.h"

#include <algorithm>
#include <unordered_map>

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <xapian.h>

#include "analysis/internal/stopwords.h"
#include "analysis/internal/uz_fold_rules.h"
#include "analysis/internal/uz_stemmer.h"

#include "citation/keys.h"

namespace qonun::analysis {

std::string Reference::Key() const {
  return article.empty() ? UnitCitationKey(unit) : CitationKey(article, part, point);
}

namespace {

// ---- text in UTF-16 with byte offsets into the original UTF-8 ---------------

struct Utf16Text {
  icu::UnicodeString text;
  std::vector<std::size_t> byte_at;  // byte offset of each UTF-16 unit, plus the end

  std::size_t Byte(int32_t unit) const { return byte_at[static_cast<std::size_t>(unit)]; }
};

// Decodes UTF-8 ourselves so that every UTF-16 unit knows its byte offset;
// an ill-formed byte becomes U+FFFD and is skipped alone.
Utf16Text Decode(std::string_view s) {
  Utf16Text out;
  out.byte_at.reserve(s.size() + 1);
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    std::size_t length = c < 0x80           ? 1
                         : (c >> 5) == 0x6  ? 2
                         : (c >> 4) == 0xE  ? 3
                         : (c >> 3) == 0x1E ? 4
                                            : 0;
    char32_t cp = 0xFFFD;
    if (length > 0 && i + length <= s.size()) {
      cp = length == 1 ? c : c & (0xFF >> (length + 1));
      for (std::size_t k = 1; k < length; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) {
          cp = 0xFFFD;
          length = 1;
          break;
        }
        cp = (cp << 6) | (cc & 0x3F);
      }
      if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        cp = 0xFFFD;
      }
    } else {
      length = 1;
    }
    const int32_t before = out.text.length();
    out.text.append(static_cast<UChar32>(cp));
    for (int32_t u = before; u < out.text.length(); ++u) {
      out.byte_at.push_back(i);
    }
    i += length;
  }
  out.byte_at.push_back(s.size());
  return out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool IsApostrophe(UChar c) {
  switch (c) {
    case 0x0027:
    case 0x0060:
    case 0x00B4:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x2032:
    case 0xFF07:
      return true;
    default:
      return false;
  }
}

// In place, one UTF-16 unit for one: an apostrophe after o/g is the oʻ/gʻ
// modifier (U+02BB), one between two letters the tutuq (U+02BC); others are
// quotes and stay. Done before word breaking, which would otherwise drop a
// final apostrophe ("tog'") and split on ` and ´.
void NormaliseApostrophes(icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    const UChar c = text.charAt(i);
    if (!IsApostrophe(c) || c == 0x02BB) {
      continue;
    }
    const UChar before = i > 0 ? text.charAt(i - 1) : 0;
    const UChar after = i + 1 < text.length() ? text.charAt(i + 1) : 0;
    // No Uzbek word ends in oʻ, so after a final o it is a closing quote
    // (‘kino’); a final gʻ is common (togʻ) and stays a letter.
    const bool closes_word_after_o = (before == 'o' || before == 'O') && !u_isalpha(after);
    if (closes_word_after_o) {
      continue;
    }
    if (before == 'o' || before == 'O' || before == 'g' || before == 'G') {
      text.setCharAt(i, 0x02BB);
    } else if (u_isalpha(before) && u_isalpha(after)) {
      text.setCharAt(i, 0x02BC);
    }
  }
}

std::string Truncate(std::string s) {
  if (s.size() <= kMaxTermBytes) {
    return s;
  }
  std::size_t cut = kMaxTermBytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  s.resize(cut);
  return s;
}

Script ScriptOf(const icu::UnicodeString& word) {
  int latin = 0;
  int cyrillic = 0;
  for (int32_t i = 0; i < word.length();) {
    const UChar32 c = word.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c)) {
      continue;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_CYRILLIC) {
      ++cyrillic;
    } else if (script == USCRIPT_LATIN) {
      ++latin;
    }
  }
  if (latin == 0 && cyrillic == 0) {
    return Script::kOther;
  }
  return cyrillic > latin ? Script::kCyrillic : Script::kLatin;
}

bool HasUzbekCyrillicLetter(const icu::UnicodeString& word) {
  static const icu::UnicodeString kLetters = icu::UnicodeString::fromUTF8("ўқғҳЎҚҒҲ");
  for (int32_t i = 0; i < word.length(); ++i) {
    if (kLetters.indexOf(word.charAt(i)) >= 0) {
      return true;
    }
  }
  return false;
}

// "135¹" as a key: superscript digits become "-N", so it reads as 135-1.
std::string NumberKey(const icu::UnicodeString& word) {
  std::string out;
  bool in_superscript = false;
  for (int32_t i = 0; i < word.length();) {
    const UChar32 c = word.char32At(i);
    i += U16_LENGTH(c);
    const int32_t digit = u_charDigitValue(c);
    if (u_isdigit(c) && digit >= 0) {
      if (in_superscript) {
        in_superscript = false;
      }
      out += static_cast<char>('0' + digit);
    } else if (u_getNumericValue(c) != U_NO_NUMERIC_VALUE && u_charType(c) == U_OTHER_NUMBER) {
      if (!in_superscript) {
        out += '-';
        in_superscript = true;
      }
      out += static_cast<char>('0' + static_cast<int>(u_getNumericValue(c)));
    } else {
      icu::UnicodeString one(c);
      out += ToUtf8(one.foldCase());
    }
  }
  return out;
}

struct Word {
  int32_t start = 0;  // UTF-16 units in the normalised text
  int32_t end = 0;
  bool number = false;
};

}  // namespace

// ---- the implementation -----------------------------------------------------

struct Analyzer::Impl {
  std::unique_ptr<icu::Transliterator> fold;
  std::unique_ptr<icu::BreakIterator> words;
  const icu::Normalizer2* casefold = nullptr;  // owned by ICU
  Xapian::Stem english{"english"};
  Xapian::Stem russian{"russian"};

  std::unique_ptr<Impl> Clone() const {
    auto copy = std::make_unique<Impl>();
    copy->fold.reset(fold->clone());
    copy->words.reset(words->clone());
    copy->casefold = casefold;
    // Fresh stemmers: a copied Xapian::Stem shares its implementation (and
    // the Snowball state inside it) with the original, which is not safe
    // across threads.
    copy->english = Xapian::Stem("english");
    copy->russian = Xapian::Stem("russian");
    return copy;
  }

  std::vector<Word> Words(const icu::UnicodeString& text) const {
    std::vector<Word> out;
    words->setText(text);
    int32_t start = words->first();
    for (int32_t end = words->next(); end != icu::BreakIterator::DONE;
         start = end, end = words->next()) {
      const int32_t status = words->getRuleStatus();
      if (status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT) {
        continue;
      }
      out.push_back({start, end, status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT});
    }
    return out;
  }

  std::string Fold(const icu::UnicodeString& word) const {
    icu::UnicodeString copy(static_cast<UChar>(' '));
    copy.append(word).append(static_cast<UChar>(' '));
    fold->transliterate(copy);
    copy.trim();
    return Truncate(ToUtf8(copy));
  }

  std::string CaseFold(const icu::UnicodeString& word) const {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString folded = casefold->normalize(word, status);
    if (U_FAILURE(status)) {
      folded = word;
      folded.foldCase();
    }
    return ToUtf8(folded);
  }

  // Words repeat (legal text is Zipfian): the readings of recent words are
  // kept, which spares the transliterator and the stemmers most of the work.
  struct Reading {
    std::string key;
    std::string stem;
    bool stopword = false;
  };

  mutable std::unordered_map<std::u16string, Reading> cache[3];
  static constexpr std::size_t kCacheLimit = 200000;

  // Key and stem of one word in one language.
  void Read(const icu::UnicodeString& word, bool number, Language language, Token& t) const {
    auto& memo = cache[static_cast<int>(language)];
    std::u16string id(word.getBuffer(), static_cast<std::size_t>(word.length()));
    id.push_back(number ? u'1' : u'0');
    if (auto hit = memo.find(id); hit != memo.end()) {
      t.lang = language;
      t.key = hit->second.key;
      t.stem = hit->second.stem;
      t.stopword = hit->second.stopword;
      return;
    }
    Compute(word, number, language, t);
    if (memo.size() >= kCacheLimit) {
      memo.clear();
    }
    memo.emplace(std::move(id), Reading{t.key, t.stem, t.stopword});
  }

  void Compute(const icu::UnicodeString& word, bool number, Language language, Token& t) const {
    t.lang = language;
    if (number) {
      t.key = Truncate(NumberKey(word));
      // Letters joined to digits (модда1, 5х5) are folded like any Uzbek word.
      if (language == Language::kUzbek && ScriptOf(word) != Script::kOther) {
        t.key = Fold(icu::UnicodeString::fromUTF8(t.key));
      }
      t.stem = t.key;
      return;
    }
    switch (language) {
      case Language::kUzbek:
        t.key = Fold(word);
        t.stem = Truncate(internal::StemUzbekKey(t.key));
        break;
      case Language::kRussian: {
        icu::UnicodeString w(word);
        w.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0451)),
                         icu::UnicodeString(static_cast<UChar>(0x0435)));  // ё → е
        w.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0401)),
                         icu::UnicodeString(static_cast<UChar>(0x0435)));  // Ё → е
        t.key = Truncate(CaseFold(w));
        t.stem = Truncate(russian(t.key));
        break;
      }
      case Language::kEnglish: {
        icu::UnicodeString w(word);
        for (UChar apostrophe :
             {static_cast<UChar>(0x2019), static_cast<UChar>(0x02BC), static_cast<UChar>(0x02BB)}) {
          w.findAndReplace(icu::UnicodeString(apostrophe), icu::UnicodeString("'"));
        }
        t.key = Truncate(CaseFold(w));
        t.stem = Truncate(english(t.key));
        break;
      }
    }
    t.stopword = internal::IsStopword(language, t.key);
  }

  // Every reading of every word of `text`; `language` fixes one reading.
  std::vector<Token> Analyze(std::string_view input, const Language* language) const {
    Utf16Text decoded = Decode(input);
    NormaliseApostrophes(decoded.text);
    std::vector<Token> tokens;
    std::size_t position = 0;
    for (const Word& w : Words(decoded.text)) {
      const icu::UnicodeString word = decoded.text.tempSubStringBetween(w.start, w.end);
      std::vector<Language> readings;
      if (language != nullptr) {
        readings = {*language};
      } else if (w.number) {
        readings = ScriptOf(word) == Script::kCyrillic
                       ? std::vector<Language>{Language::kEnglish, Language::kUzbek}
                       : std::vector<Language>{Language::kEnglish};
      } else {
        switch (ScriptOf(word)) {
          case Script::kCyrillic:
            readings = HasUzbekCyrillicLetter(word)
                           ? std::vector<Language>{Language::kUzbek}
                           : std::vector<Language>{Language::kRussian, Language::kUzbek};
            break;
          case Script::kLatin:
            readings = {Language::kUzbek, Language::kEnglish};
            break;
          case Script::kOther:
            readings = {Language::kEnglish};
            break;
        }
      }
      const std::size_t first = tokens.size();
      for (Language l : readings) {
        Token t;
        t.start = decoded.Byte(w.start);
        t.end = decoded.Byte(w.end);
        t.text = std::string(input.substr(t.start, t.end - t.start));
        t.position = position;
        Read(word, w.number, l, t);
        if (t.key.empty()) {
          continue;
        }
        const auto duplicate =
            std::find_if(tokens.begin() + static_cast<long>(first), tokens.end(),
                         [&](const Token& o) { return o.key == t.key && o.stem == t.stem; });
        if (duplicate == tokens.end()) {
          tokens.push_back(std::move(t));
        } else {
          // One reading stands for both: a function word in either language
          // ("in", "is" read as Uzbek and as English) is one in the query.
          duplicate->stopword = duplicate->stopword || t.stopword;
        }
      }
      if (tokens.size() > first) {
        ++position;
      }
    }
    return tokens;
  }
};

Analyzer::Analyzer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Analyzer::Analyzer(const Analyzer& other) : impl_(other.impl_->Clone()) {}

Analyzer& Analyzer::operator=(const Analyzer& other) {
  if (this != &other) {
    impl_ = other.impl_->Clone();
  }
  return *this;
}

Analyzer::Analyzer(Analyzer&&) noexcept = default;

Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Analyzer::~Analyzer() = default;

Result<Analyzer> Analyzer::Create() {
  auto impl = std::make_unique<Impl>();
  UErrorCode status = U_ZERO_ERROR;
  UParseError parse_error{};
  impl->fold.reset(icu::Transliterator::createFromRules(
      "qonun-uz-fold", icu::UnicodeString::fromUTF8(internal::UzFoldRules()), UTRANS_FORWARD,
      parse_error, status));
  if (U_FAILURE(status) || !impl->fold) {
    return InternalError(std::string("the uz-fold rules do not compile: ") + u_errorName(status) +
                         " at rule line " + std::to_string(parse_error.line) + ", offset " +
                         std::to_string(parse_error.offset));
  }
  status = U_ZERO_ERROR;
  impl->words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU word breaker: ") + u_errorName(status));
  }
  status = U_ZERO_ERROR;
  impl->casefold = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("ICU NFKC_Casefold: ") + u_errorName(status));
  }
  return Analyzer(std::move(impl));
}

std::vector<Token> Analyzer::AnalyzeDocument(std::string_view text, Language language) const {
  return impl_->Analyze(text, &language);
}

std::vector<Token> Analyzer::AnalyzeQuery(std::string_view text) const {
  return impl_->Analyze(text, nullptr);
}

std::string Analyzer::FoldUzbek(std::string_view word) const {
  Utf16Text decoded = Decode(word);
  return impl_->Fold(decoded.text);
}

std::string Analyzer::StemUzbek(std::string_view key) const {
  return internal::StemUzbekKey(key);
}

std::vector<Segment> Analyzer::SegmentText(std::string_view text) const {
  Utf16Text decoded = Decode(text);
  NormaliseApostrophes(decoded.text);
  std::vector<Segment> out;
  impl_->words->setText(decoded.text);
  int32_t start = impl_->words->first();
  for (int32_t end = impl_->words->next(); end != icu::BreakIterator::DONE;
       start = end, end = impl_->words->next()) {
    const int32_t status = impl_->words->getRuleStatus();
    out.push_back({decoded.Byte(start), decoded.Byte(end),
                   !(status >= UBRK_WORD_NONE && status < UBRK_WORD_NONE_LIMIT)});
  }
  return out;
}

// ---- legal references ----------------------------------------------------------

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

// The raw text between two words holds only spaces, dots, hyphens, quotes,
// brackets or "№": the words belong to one reference.
bool Close(std::string_view text, const RefWord& a, const RefWord& b) {
  if (b.start < a.end || b.start - a.end > 12) {
    return false;
  }
  const std::string_view between = text.substr(a.end, b.start - a.end);
  for (std::size_t i = 0; i < between.size();) {
    const auto c = static_cast<unsigned char>(between[i]);
    if (c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '"' || c == '\'' ||
        c == ',' || c == 0xA0) {
      ++i;
      continue;
    }
    // « » ‘ ’ “ ”, no-break space and superscript digits (135¹), as UTF-8
    if (between.compare(i, 2, "«") == 0 || between.compare(i, 2, "»") == 0 ||
        between.compare(i, 2, "\u00A0") == 0 || between.compare(i, 2, "¹") == 0 ||
        between.compare(i, 2, "²") == 0 || between.compare(i, 2, "³") == 0) {
      i += 2;
      continue;
    }
    if (between.compare(i, 2, "\xE2\x81") == 0 && i + 2 < between.size()) {
      i += 3;  // ⁰ ⁴ ⁵ ⁶ ⁷ ⁸ ⁹
      continue;
    }
    if (between.compare(i, 3, "“") == 0 || between.compare(i, 3, "”") == 0 ||
        between.compare(i, 3, "‘") == 0 || between.compare(i, 3, "’") == 0 ||
        between.compare(i, 3, "–") == 0) {
      i += 3;
      continue;
    }
    return false;
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
  Utf16Text decoded = Decode(text);
  NormaliseApostrophes(decoded.text);
  std::vector<RefWord> w;
  for (const Word& word : impl_->Words(decoded.text)) {
    const icu::UnicodeString u = decoded.text.tempSubStringBetween(word.start, word.end);
    RefWord r{decoded.Byte(word.start), decoded.Byte(word.end), "", word.number, ""};
    if (word.number) {
      r.number_text = NumberKey(u);
      r.fold = r.number_text;
    } else {
      Token reading;  // the Uzbek reading's key is the fold, and it is cached
      impl_->Read(u, false, Language::kUzbek, reading);
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

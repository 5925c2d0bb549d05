#include "analysis/analyzer.h"

#include <algorithm>

#include <unicode/uchar.h>

#include "analysis/internal/analyzer_impl.h"
#include "analysis/internal/stopwords.h"
#include "analysis/internal/utf16_text.h"
#include "analysis/internal/uz_fold_rules.h"
#include "analysis/internal/uz_stemmer.h"

namespace qonun::analysis {

using internal::HasUzbekCyrillicLetter;
using internal::NormaliseApostrophes;
using internal::NumberKey;
using internal::ToUtf16;
using internal::ToUtf8;
using internal::TruncateTerm;
using internal::Utf16Text;
using internal::Word;

// ---- the implementation -----------------------------------------------------

std::unique_ptr<Analyzer::Impl> Analyzer::Impl::Clone() {
  const std::lock_guard<std::mutex> lock(mutex);
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

std::vector<Word> Analyzer::Impl::Words(const icu::UnicodeString& text) {
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

std::string Analyzer::Impl::Fold(const icu::UnicodeString& word) {
  icu::UnicodeString copy(static_cast<UChar>(' '));
  copy.append(word).append(static_cast<UChar>(' '));
  fold->transliterate(copy);
  copy.trim();
  return TruncateTerm(ToUtf8(copy));
}

std::string Analyzer::Impl::CaseFold(const icu::UnicodeString& word) const {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = casefold->normalize(word, status);
  if (U_FAILURE(status)) {
    folded = word;
    folded.foldCase();
  }
  return ToUtf8(folded);
}

void Analyzer::Impl::Read(const icu::UnicodeString& word, bool number, Script script,
                          Language language, Token& t) {
  auto& memo = cache[static_cast<std::size_t>(language)];
  std::u16string id(word.getBuffer(), static_cast<std::size_t>(word.length()));
  id.push_back(number ? u'1' : u'0');
  if (auto hit = memo.find(id); hit != memo.end()) {
    t.lang = language;
    t.key = hit->second.key;
    t.stem = hit->second.stem;
    t.stopword = hit->second.stopword;
    return;
  }
  Compute(word, number, script, language, t);
  if (memo.size() >= kCacheLimit) {
    memo.clear();
  }
  memo.emplace(std::move(id), Reading{t.key, t.stem, t.stopword});
}

void Analyzer::Impl::Compute(const icu::UnicodeString& word, bool number, Script script,
                             Language language, Token& t) {
  t.lang = language;
  if (number) {
    t.key = TruncateTerm(NumberKey(word));
    // Letters joined to digits (модда1, 5х5) are folded like any Uzbek word.
    if (language == Language::kUzbek && script != Script::kOther) {
      t.key = Fold(icu::UnicodeString::fromUTF8(t.key));
    }
    t.stem = t.key;
    return;
  }
  switch (language) {
    case Language::kUzbek:
      t.key = Fold(word);
      t.stem = TruncateTerm(internal::StemUzbekKey(t.key));
      break;
    case Language::kRussian: {
      icu::UnicodeString w(word);
      w.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0451)),
                       icu::UnicodeString(static_cast<UChar>(0x0435)));  // ё → е
      w.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0401)),
                       icu::UnicodeString(static_cast<UChar>(0x0435)));  // Ё → е
      t.key = TruncateTerm(CaseFold(w));
      t.stem = TruncateTerm(russian(t.key));
      break;
    }
    case Language::kEnglish: {
      icu::UnicodeString w(word);
      for (UChar apostrophe :
           {static_cast<UChar>(0x2019), static_cast<UChar>(0x02BC), static_cast<UChar>(0x02BB)}) {
        w.findAndReplace(icu::UnicodeString(apostrophe), icu::UnicodeString("'"));
      }
      t.key = TruncateTerm(CaseFold(w));
      t.stem = TruncateTerm(english(t.key));
      break;
    }
  }
  t.stopword = internal::IsStopword(language, t.key);
}

std::vector<Token> Analyzer::Impl::Analyze(std::string_view input, const Language* language) {
  Utf16Text decoded = ToUtf16(input);
  NormaliseApostrophes(decoded.text);
  std::vector<Token> tokens;
  std::size_t position = 0;
  for (const Word& w : Words(decoded.text)) {
    const icu::UnicodeString word = decoded.text.tempSubStringBetween(w.start, w.end);
    const std::size_t start = decoded.Byte(w.start);
    const std::size_t end = decoded.Byte(w.end);
    const Script script = qonun::DetectScript(input.substr(start, end - start));
    std::vector<Language> readings;
    if (language != nullptr) {
      readings = {*language};
    } else if (w.number) {
      readings = script == Script::kCyrillic
                     ? std::vector<Language>{Language::kEnglish, Language::kUzbek}
                     : std::vector<Language>{Language::kEnglish};
    } else {
      switch (script) {
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
      t.start = start;
      t.end = end;
      t.text = std::string(input.substr(t.start, t.end - t.start));
      t.position = position;
      Read(word, w.number, script, l, t);
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
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->Analyze(text, &language);
}

std::vector<Token> Analyzer::AnalyzeQuery(std::string_view text) const {
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->Analyze(text, nullptr);
}

std::string Analyzer::FoldUzbek(std::string_view word) const {
  const Utf16Text decoded = ToUtf16(word);
  const std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->Fold(decoded.text);
}

std::string Analyzer::StemUzbek(std::string_view key) const {
  return internal::StemUzbekKey(key);
}

std::vector<Segment> Analyzer::SegmentText(std::string_view text) const {
  Utf16Text decoded = ToUtf16(text);
  NormaliseApostrophes(decoded.text);
  std::vector<Segment> out;
  const std::lock_guard<std::mutex> lock(impl_->mutex);
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

std::vector<std::string> ContentStems(const Analyzer& analyzer, std::string_view text,
                                      Language language) {
  std::vector<std::string> stems;
  for (const Token& t : analyzer.AnalyzeDocument(text, language)) {
    if (!t.stopword) {
      stems.push_back(t.stem);
    }
  }
  return stems;
}

}  // namespace qonun::analysis

#include "analysis/uz_transliterate.h"

#include <algorithm>
#include <array>

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "analysis/internal/uz_fold_rules.h"

namespace qonun::analysis {

namespace {

// Display additions in front of the fold's Cyrillic block: the signs the
// search key drops but a reader must see.
constexpr const char* kDisplayCyrillicRules = R"RULES(
с ҳ > s\u02BCh ;
ъ } [^еёюя] > \u02BC ;
)RULES";

// Latin → Cyrillic on one lower-case word whose apostrophes are already
// U+02BB (oʻ gʻ) or U+02BC (tutuq). Negated sets also match outside the
// word, so [:^L:] { x means "x at the start of the word"; a left context
// sees the letters already converted, hence the Cyrillic vowels in $v.
constexpr const char* kLatinToCyrillicRules = R"RULES(
$v = [aeiou\u02BB аеёиоуўэюя] ;
o\u02BB > ў ;
g\u02BB > ғ ;
s \u02BC h > сҳ ;
\u02BC > ъ ;
sh > ш ;
ch > ч ;
y o\u02BB > йў ;
yo > ё ;
yu > ю ;
ya > я ;
ye > е ;
[:^L:] { e > э ;
$v { e > э ;
e > е ;
tsiya > ция ;
tsion > цион ;
a > а ; b > б ; c > ц ; d > д ; f > ф ; g > г ; h > ҳ ; i > и ; j > ж ; k > к ;
l > л ; m > м ; n > н ; o > о ; p > п ; q > қ ; r > р ; s > с ; t > т ; u > у ;
v > в ; w > в ; x > х ; y > й ; z > з ;
)RULES";

// Words the rules above would misspell: Russian loanwords whose Cyrillic
// has ц, ь, ъ or ю where the Latin shows none of them, and the months. A
// stem matches the start of a word ("budjetning" → "бюджетнинг"); `whole`
// is the spelling when the word is the stem alone ("sentabr" → "сентябрь").
struct LatinException {
  std::u16string_view latin;
  std::u16string_view cyrillic;
  std::u16string_view whole;  // empty: same as `cyrillic`
};

constexpr std::array<LatinException, 34> kLatinExceptions{{
    {u"yanvar", u"январ", u"январь"},
    {u"fevral", u"феврал", u"февраль"},
    {u"aprel", u"апрел", u"апрель"},
    {u"iyun", u"июн", u"июнь"},
    {u"iyul", u"июл", u"июль"},
    {u"sentabr", u"сентябр", u"сентябрь"},
    {u"oktabr", u"октябр", u"октябрь"},
    {u"noyabr", u"ноябр", u"ноябрь"},
    {u"dekabr", u"декабр", u"декабрь"},
    {u"budjet", u"бюджет", u""},
    {u"obyekt", u"объект", u""},
    {u"subyekt", u"субъект", u""},
    {u"syezd", u"съезд", u""},
    {u"kompyuter", u"компьютер", u""},
    {u"intervyu", u"интервью", u""},
    {u"pavilyon", u"павильон", u""},
    {u"batalyon", u"батальон", u""},
    {u"rayon", u"район", u""},
    {u"aksiya", u"акция", u""},
    {u"aksiz", u"акциз", u""},
    {u"sanksiya", u"санкция", u""},
    {u"funksiya", u"функция", u""},
    {u"konvensiya", u"конвенция", u""},
    {u"instansiya", u"инстанция", u""},
    {u"inspeksiya", u"инспекция", u""},
    {u"yurisdiksiya", u"юрисдикция", u""},
    {u"seksiya", u"секция", u""},
    {u"fraksiya", u"фракция", u""},
    {u"direksiya", u"дирекция", u""},
    {u"reaksiya", u"реакция", u""},
    {u"litsenziya", u"лицензия", u""},
    {u"ofitser", u"офицер", u""},
    {u"sirk", u"цирк", u""},
    {u"spetsial", u"специал", u""},
}};

bool IsApostrophe(char16_t c) {
  switch (c) {
    case u'\'':
    case u'`':
    case u'\u00B4':
    case u'\u02B9':
    case u'\u02BB':
    case u'\u02BC':
    case u'\u02BD':
    case u'\u02BE':
    case u'\u02BF':
    case u'\u2018':
    case u'\u2019':
    case u'\u201B':
    case u'\u2032':
    case u'\uFF07':
      return true;
    default:
      return false;
  }
}

bool IsCyrillic(UChar32 c) {
  return c >= 0x0400 && c <= 0x04FF;
}

bool IsAsciiLetter(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// A Roman numeral in capitals ("VI", "XII"): chapter numbers stay as they are.
bool IsRomanNumeral(const icu::UnicodeString& word) {
  if (word.length() == 0) {
    return false;
  }
  for (int32_t i = 0; i < word.length(); ++i) {
    if (icu::UnicodeString(u"IVXLCDM").indexOf(word.charAt(i)) < 0) {
      return false;
    }
  }
  return true;
}

enum class WordCase { kLower, kTitle, kUpper };

WordCase CaseOf(const icu::UnicodeString& word) {
  int upper = 0;
  int lower = 0;
  bool first_upper = false;
  bool first = true;
  for (int32_t i = 0; i < word.length();) {
    const UChar32 c = word.char32At(i);
    i += U16_LENGTH(c);
    if (!u_isalpha(c) || c == 0x02BB || c == 0x02BC) {
      continue;
    }
    if (u_isupper(c)) {
      ++upper;
      if (first) {
        first_upper = true;
      }
    } else {
      ++lower;
    }
    first = false;
  }
  if (upper >= 2 && lower == 0) {
    return WordCase::kUpper;
  }
  return first_upper ? WordCase::kTitle : WordCase::kLower;
}

void ApplyCase(WordCase word_case, icu::UnicodeString& word) {
  if (word_case == WordCase::kUpper) {
    word.toUpper(icu::Locale::getRoot());
  } else if (word_case == WordCase::kTitle && word.length() > 0) {
    const UChar32 c = word.char32At(0);
    word.replace(0, U16_LENGTH(c), icu::UnicodeString(u_toupper(c)));
  }
}

std::string ToUtf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace

struct UzTransliterator::Impl {
  std::unique_ptr<icu::Transliterator> to_latin;
  std::unique_ptr<icu::Transliterator> to_cyrillic;

  // The Latin word (lower case, apostrophes normalised) in Cyrillic.
  icu::UnicodeString LatinWord(icu::UnicodeString word) const {
    const std::u16string_view view(word.getBuffer(), static_cast<std::size_t>(word.length()));
    const LatinException* best = nullptr;
    for (const auto& e : kLatinExceptions) {
      if (view.substr(0, e.latin.size()) == e.latin &&
          (best == nullptr || e.latin.size() > best->latin.size())) {
        best = &e;
      }
    }
    if (best != nullptr) {
      const bool whole = view.size() == best->latin.size() && !best->whole.empty();
      const std::u16string_view stem = whole ? best->whole : best->cyrillic;
      word.replace(0, static_cast<int32_t>(best->latin.size()),
                   icu::UnicodeString(stem.data(), static_cast<int32_t>(stem.size())));
    }
    to_cyrillic->transliterate(word);
    return word;
  }
};

UzTransliterator::UzTransliterator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

UzTransliterator::UzTransliterator(UzTransliterator&&) noexcept = default;
UzTransliterator& UzTransliterator::operator=(UzTransliterator&&) noexcept = default;
UzTransliterator::~UzTransliterator() = default;

Result<UzTransliterator> UzTransliterator::Create() {
  auto impl = std::make_unique<Impl>();
  const auto build = [](const char* id, const std::string& rules,
                        std::unique_ptr<icu::Transliterator>& out) -> Status {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error{};
    out.reset(icu::Transliterator::createFromRules(id, icu::UnicodeString::fromUTF8(rules),
                                                   UTRANS_FORWARD, parse_error, status));
    if (U_FAILURE(status) || !out) {
      return InternalError(std::string("the ") + id +
                           " rules do not compile: " + u_errorName(status) + " at rule line " +
                           std::to_string(parse_error.line) + ", offset " +
                           std::to_string(parse_error.offset));
    }
    return Status();
  };
  Status s =
      build("qonun-uz-cyrl-latn",
            std::string(kDisplayCyrillicRules) + internal::kUzCyrillicToLatinRules, impl->to_latin);
  if (!s.ok()) {
    return s;
  }
  s = build("qonun-uz-latn-cyrl", kLatinToCyrillicRules, impl->to_cyrillic);
  if (!s.ok()) {
    return s;
  }
  return UzTransliterator(std::move(impl));
}

bool UzTransliterator::NeedsTransliteration(UzScript script, std::string_view text) {
  const icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  for (int32_t i = 0; i < s.length();) {
    const UChar32 c = s.char32At(i);
    i += U16_LENGTH(c);
    if (script == UzScript::kLatin ? IsCyrillic(c) : IsAsciiLetter(c)) {
      return true;
    }
  }
  return false;
}

std::string UzTransliterator::ToLatin(std::string_view text) const {
  if (!NeedsTransliteration(UzScript::kLatin, text)) {
    return std::string(text);
  }
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    UChar32 c = in.char32At(i);
    if (!IsCyrillic(c)) {
      out.append(c);
      i += U16_LENGTH(c);
      continue;
    }
    int32_t end = i;
    while (end < in.length() && IsCyrillic(in.char32At(end))) {
      end += U16_LENGTH(in.char32At(end));
    }
    icu::UnicodeString word(in, i, end - i);
    const WordCase word_case = CaseOf(word);
    word.toLower(icu::Locale::getRoot());
    impl_->to_latin->transliterate(word);
    ApplyCase(word_case, word);
    out.append(word);
    i = end;
  }
  return ToUtf8(out);
}

std::string UzTransliterator::ToCyrillic(std::string_view text) const {
  if (!NeedsTransliteration(UzScript::kCyrillic, text)) {
    return std::string(text);
  }
  const icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const auto latin_at = [&](int32_t k) {
    return k >= 0 && k < in.length() && IsAsciiLetter(in.charAt(k));
  };
  icu::UnicodeString out;
  for (int32_t i = 0; i < in.length();) {
    const UChar32 c = in.char32At(i);
    if (!IsAsciiLetter(c)) {
      out.append(c);
      i += U16_LENGTH(c);
      continue;
    }
    // The word: Latin letters, and apostrophes that stand inside it or
    // after o/g (the oʻ gʻ sign, also at the end: "togʻ").
    icu::UnicodeString word;
    int32_t end = i;
    while (end < in.length()) {
      const char16_t d = in.charAt(end);
      if (IsAsciiLetter(d)) {
        word.append(d);
      } else if (IsApostrophe(d) && end > i) {
        const char16_t before = static_cast<char16_t>(u_tolower(in.charAt(end - 1)));
        const bool modifier = before == u'o' || before == u'g';
        if (!modifier && !latin_at(end + 1)) {
          break;
        }
        word.append(modifier ? u'\u02BB' : u'\u02BC');
      } else {
        break;
      }
      ++end;
    }
    if (IsRomanNumeral(word)) {
      out.append(word);
    } else {
      const WordCase word_case = CaseOf(word);
      word.toLower(icu::Locale::getRoot());
      icu::UnicodeString cyrillic = impl_->LatinWord(word);
      ApplyCase(word_case, cyrillic);
      out.append(cyrillic);
    }
    i = end;
  }
  return ToUtf8(out);
}

}  // namespace qonun::analysis

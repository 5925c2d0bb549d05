#include "citation/keys.h"

#include <array>

#include "common/utf8.h"

namespace qonun {

namespace {

// Cyrillic list letters in the order lists use them: the Russian alphabet
// without ё й ъ ы ь, then the Uzbek additions. The k-th of the first 26
// meets the k-th Latin letter; the rest are z1…z6.
constexpr std::array<char32_t, 32> kCyrillicPointOrder = {
    U'а', U'б', U'в', U'г', U'д', U'е', U'ж', U'з', U'и', U'к', U'л', U'м', U'н', U'о', U'п', U'р',
    U'с', U'т', U'у', U'ф', U'х', U'ц', U'ч', U'ш', U'щ', U'э', U'ю', U'я', U'ў', U'қ', U'ғ', U'ҳ'};

// Uzbek Latin list letters spell the Cyrillic ones (a b v g d … = а б в г д …):
// each Latin letter and the Cyrillic letter it transliterates.
constexpr std::array<std::pair<char, char32_t>, 23> kUzbekLatinPointLetters = {
    {{'a', U'а'}, {'b', U'б'}, {'v', U'в'}, {'g', U'г'}, {'d', U'д'}, {'e', U'е'},
     {'j', U'ж'}, {'z', U'з'}, {'i', U'и'}, {'k', U'к'}, {'l', U'л'}, {'m', U'м'},
     {'n', U'н'}, {'o', U'о'}, {'p', U'п'}, {'r', U'р'}, {'s', U'с'}, {'t', U'т'},
     {'u', U'у'}, {'f', U'ф'}, {'x', U'х'}, {'q', U'қ'}, {'h', U'ҳ'}}};

std::string IdForRank(std::size_t k) {
  return k < 26 ? std::string(1, static_cast<char>('a' + k)) : "z" + std::to_string(k - 25);
}

}  // namespace

std::string CyrillicPointId(char32_t letter) {
  if ((letter >= U'А' && letter <= U'Я')) {
    letter += 0x20;
  } else if (letter == U'Ў' || letter == U'Қ' || letter == U'Ғ' || letter == U'Ҳ') {
    letter = letter == U'Ў' ? U'ў' : letter + 1;
  }
  for (std::size_t k = 0; k < kCyrillicPointOrder.size(); ++k) {
    if (kCyrillicPointOrder[k] == letter) {
      return IdForRank(k);
    }
  }
  return "";
}

std::string UzbekLatinPointId(char letter) {
  if (letter >= 'A' && letter <= 'Z') {
    letter = static_cast<char>(letter - 'A' + 'a');
  }
  for (const auto& [latin, cyrillic] : kUzbekLatinPointLetters) {
    if (latin == letter) {
      return CyrillicPointId(cyrillic);
    }
  }
  return "";
}

namespace {

// The first point letter in a printed num, Latin (lower-cased) or Cyrillic.
std::string PointLetterId(std::string_view num, bool uzbek_latin) {
  for (std::size_t i = 0; i < num.size();) {
    char32_t cp = DecodeUtf8(num, i);
    if (cp >= 'A' && cp <= 'Z') {
      cp = cp - 'A' + 'a';
    }
    if (cp >= 'a' && cp <= 'z') {
      const char latin = static_cast<char>(cp);
      if (uzbek_latin) {
        if (std::string id = UzbekLatinPointId(latin); !id.empty()) {
          return id;
        }
      }
      return std::string(1, latin);
    }
    if (std::string id = CyrillicPointId(cp); !id.empty()) {
      return id;
    }
  }
  return "";
}

}  // namespace

const std::vector<CitationWord>& CitationWords() {
  using R = CitationWordRole;
  static const std::vector<CitationWord> words = {
      // Russian and English: ст. 135, статья 135, Art. 3, Article 3, Articles 3 and 5
      {"status", R::kNone},
      {"state", R::kNone},
      {"states", R::kNone},
      {"statut", R::kNone},
      {"st", R::kArticle},
      {"art", R::kArticle},
      {"arts", R::kArticle},
      {"article", R::kArticle},
      {"articles", R::kArticle},
      {"stat", R::kArticle, true, 8},
      // Uzbek: 135-modda
      {"modda", R::kArticleAfterNumber, true},
      // ч. 2, часть 2, part 2, paragraph 2, 2-qism
      {"ch", R::kPart},
      {"chast", R::kPart, true},
      {"part", R::kPart},
      {"parts", R::kPart},
      {"paragraph", R::kPart},
      {"paragraphs", R::kPart},
      {"para", R::kPart},
      {"paras", R::kPart},
      {"qism", R::kPart, true},
      // п. «а», пункт 1, point (a), subparagraph (a), «a» band
      {"p", R::kPoint},
      {"pp", R::kPoint},
      {"punkt", R::kPoint, true},
      {"point", R::kPoint},
      {"points", R::kPoint},
      {"subparagraph", R::kPoint},
      {"subpara", R::kPoint},
      {"band", R::kPoint, true},
  };
  return words;
}

CitationWordRole RoleOfCitationWord(std::string_view fold) {
  for (const CitationWord& word : CitationWords()) {
    const bool matches = word.prefix ? fold.starts_with(word.fold) &&
                                           (word.max_bytes == 0 || fold.size() <= word.max_bytes)
                                     : fold == word.fold;
    if (matches) {
      return word.role;
    }
  }
  return CitationWordRole::kNone;
}

std::string CanonicalNumber(std::string_view num) {
  std::string digits;
  std::string suffix;
  std::size_t i = 0;
  // Find the first run of ASCII digits.
  while (i < num.size() && !(num[i] >= '0' && num[i] <= '9')) {
    ++i;
  }
  while (i < num.size() && num[i] >= '0' && num[i] <= '9') {
    digits += num[i++];
  }
  if (digits.empty()) {
    return "";
  }
  // A superscript (135¹) or a hyphenated number (135-1, not 135-modda) is part of it.
  std::size_t j = i;
  while (j < num.size()) {
    std::size_t next = j;
    const int superscript = SuperscriptValue(DecodeUtf8(num, next));
    if (superscript < 0) {
      break;
    }
    suffix += static_cast<char>('0' + superscript);
    j = next;
  }
  if (suffix.empty() && i + 1 < num.size() && num[i] == '-' && num[i + 1] >= '0' &&
      num[i + 1] <= '9') {
    for (j = i + 1; j < num.size() && num[j] >= '0' && num[j] <= '9'; ++j) {
      suffix += num[j];
    }
  }
  return suffix.empty() ? digits : digits + "-" + suffix;
}

std::string CanonicalPoint(std::string_view num) {
  if (std::string number = CanonicalNumber(num); !number.empty()) {
    return number;
  }
  return PointLetterId(num, false);
}

std::string CanonicalUzbekPoint(std::string_view num) {
  if (std::string number = CanonicalNumber(num); !number.empty()) {
    return number;
  }
  return PointLetterId(num, true);
}

std::string PointLetter(std::string_view canonical, bool cyrillic) {
  if (!cyrillic) {
    return std::string(canonical);
  }
  std::size_t rank = kCyrillicPointOrder.size();
  if (canonical.size() == 1 && canonical[0] >= 'a' && canonical[0] <= 'z') {
    rank = static_cast<std::size_t>(canonical[0] - 'a');
  } else if (canonical.size() == 2 && canonical[0] == 'z' && canonical[1] >= '1' &&
             canonical[1] <= '6') {
    rank = 25 + static_cast<std::size_t>(canonical[1] - '0');
  }
  if (rank >= kCyrillicPointOrder.size()) {
    return std::string(canonical);
  }
  std::string out;
  AppendUtf8(out, kCyrillicPointOrder[rank]);
  return out;
}

std::string CitationKey(std::string_view article, std::string_view part, std::string_view point) {
  if (article.empty()) {
    return "";
  }
  std::string key = "art" + std::string(article);
  if (!part.empty()) {
    key += ".p" + std::string(part);
  }
  if (!point.empty()) {
    key += ".pt" + std::string(point);
  }
  return key;
}

std::string UnitCitationKey(std::string_view number) {
  return number.empty() ? std::string() : "unit" + std::string(number);
}

}  // namespace qonun

#include "citation/keys.h"

#include <array>

#include "common/utf8.h"

namespace qonun {

namespace {

// Russian alphabet order without ё й ъ ы ь: а б в г д е ж з и к л м н о п р с т у ф х ц ч ш щ э ю
// я. Only the first 26 map (to a–z); point lists never run longer.
// Cyrillic point letters in order, without ё й ъ ы ь: the k-th meets the
// k-th Latin letter.
constexpr std::array<char32_t, 26> kCyrillicPointOrder = {
    U'а', U'б', U'в', U'г', U'д', U'е', U'ж', U'з', U'и', U'к', U'л', U'м', U'н',
    U'о', U'п', U'р', U'с', U'т', U'у', U'ф', U'х', U'ц', U'ч', U'ш', U'щ', U'э'};

char LatinForCyrillicPoint(char32_t cp) {
  constexpr const auto& kOrder = kCyrillicPointOrder;
  if (cp >= U'А' && cp <= U'Я') {
    cp += 0x20;
  }
  for (std::size_t k = 0; k < kOrder.size(); ++k) {
    if (kOrder[k] == cp) {
      return static_cast<char>('a' + k);
    }
  }
  return 0;
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
  for (std::size_t i = 0; i < num.size();) {
    const char32_t cp = DecodeUtf8(num, i);
    if (cp >= 'a' && cp <= 'z') {
      return std::string(1, static_cast<char>(cp));
    }
    if (cp >= 'A' && cp <= 'Z') {
      return std::string(1, static_cast<char>(cp - 'A' + 'a'));
    }
    if (const char latin = LatinForCyrillicPoint(cp); latin != 0) {
      return std::string(1, latin);
    }
  }
  return "";
}

std::string PointLetter(std::string_view canonical, bool cyrillic) {
  if (!cyrillic || canonical.size() != 1 || canonical[0] < 'a' || canonical[0] > 'z') {
    return std::string(canonical);
  }
  std::string out;
  AppendUtf8(out, kCyrillicPointOrder[static_cast<std::size_t>(canonical[0] - 'a')]);
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

#include "common/citation.h"

#include <array>

#include "common/utf8.h"

namespace qonun {

namespace {

// Decodes one UTF-8 code point at `i`, advancing it; U+FFFD on bad input.
char32_t NextCodePoint(std::string_view s, std::size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (length == 0 || i + static_cast<std::size_t>(length) > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = length == 1 ? c : c & (0xFF >> (length + 1));
  for (int k = 1; k < length; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
  }
  i += static_cast<std::size_t>(length);
  return cp;
}

int SuperscriptDigit(char32_t cp) {
  switch (cp) {
    case 0x2070:
      return 0;
    case 0x00B9:
      return 1;
    case 0x00B2:
      return 2;
    case 0x00B3:
      return 3;
    default:
      return cp >= 0x2074 && cp <= 0x2079 ? static_cast<int>(cp - 0x2070) : -1;
  }
}

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
    const int superscript = SuperscriptDigit(NextCodePoint(num, next));
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
    const char32_t cp = NextCodePoint(num, i);
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

}  // namespace qonun

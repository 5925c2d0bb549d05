#include "common/utf8.h"

#include <algorithm>
#include <array>

namespace qonun {

namespace {

constexpr std::array<char32_t, 10> kSuperscriptDigits = {U'⁰', U'¹', U'²', U'³', U'⁴',
                                                         U'⁵', U'⁶', U'⁷', U'⁸', U'⁹'};

bool IsCyrillicLetter(char32_t cp) {
  return (cp >= 0x0400 && cp <= 0x052F) || (cp >= 0x1C80 && cp <= 0x1C8F) ||
         (cp >= 0x2DE0 && cp <= 0x2DFF) || (cp >= 0xA640 && cp <= 0xA69F);
}

bool IsLatinLetter(char32_t cp) {
  return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == 0xAA || cp == 0xBA ||
         (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
         (cp >= 0x1E00 && cp <= 0x1EFF) || (cp >= 0x2C60 && cp <= 0x2C7F) ||
         (cp >= 0xA720 && cp <= 0xA7FF) || (cp >= 0xFF21 && cp <= 0xFF3A) ||
         (cp >= 0xFF41 && cp <= 0xFF5A);
}

}  // namespace

char32_t DecodeUtf8(std::string_view text, std::size_t& i, bool* ill_formed) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (ill_formed != nullptr) {
    *ill_formed = false;
  }
  if (c < 0x80) {
    ++i;
    return c;
  }
  // The lead byte gives the length, the bits it carries and the smallest
  // code point that needs that many bytes (anything less is an overlong form).
  std::size_t length = 0;
  char32_t cp = 0;
  char32_t minimum = 0;
  if ((c & 0xE0) == 0xC0) {
    length = 2;
    cp = c & 0x1F;
    minimum = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    length = 3;
    cp = c & 0x0F;
    minimum = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    length = 4;
    cp = c & 0x07;
    minimum = 0x10000;
  }
  bool good = length > 0 && i + length <= text.size();
  for (std::size_t k = 1; good && k < length; ++k) {
    const auto next = static_cast<unsigned char>(text[i + k]);
    good = (next & 0xC0) == 0x80;
    cp = (cp << 6) | (next & 0x3F);
  }
  good = good && cp >= minimum && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
  if (!good) {
    ++i;
    if (ill_formed != nullptr) {
      *ill_formed = true;
    }
    return 0xFFFD;
  }
  i += length;
  return cp;
}

Script DetectScript(std::string_view text) {
  int latin = 0;
  int cyrillic = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t cp = DecodeUtf8(text, i);
    if (IsCyrillicLetter(cp)) {
      ++cyrillic;
    } else if (IsLatinLetter(cp)) {
      ++latin;
    }
  }
  if (latin == 0 && cyrillic == 0) {
    return Script::kOther;
  }
  return cyrillic > latin ? Script::kCyrillic : Script::kLatin;
}

char32_t SuperscriptDigit(int digit) {
  return kSuperscriptDigits.at(static_cast<std::size_t>(digit));
}

int SuperscriptValue(char32_t cp) {
  for (std::size_t d = 0; d < kSuperscriptDigits.size(); ++d) {
    if (kSuperscriptDigits[d] == cp) {
      return static_cast<int>(d);
    }
  }
  return -1;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    cp = 0xFFFD;
  }
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::optional<std::size_t> FindInvalidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    bool ill_formed = false;
    DecodeUtf8(text, i, &ill_formed);
    if (ill_formed) {
      return at;
    }
  }
  return std::nullopt;
}

LineIndex::LineIndex(std::string_view text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      line_starts_.push_back(i + 1);
    }
  }
}

int LineIndex::LineOf(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<int>(it - line_starts_.begin());
}

int LineIndex::ColumnOf(std::size_t offset) const {
  const int line = LineOf(offset);
  return static_cast<int>(offset - line_starts_[static_cast<std::size_t>(line - 1)]) + 1;
}

}  // namespace qonun

#include "analysis/internal/utf16_text.h"

#include <unicode/uchar.h>

#include "analysis/analyzer.h"
#include "common/utf8.h"

namespace qonun::analysis::internal {

namespace {

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

}  // namespace

Utf16Text ToUtf16(std::string_view utf8) {
  Utf16Text out;
  out.byte_at.reserve(utf8.size() + 1);
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::size_t at = i;
    const char32_t cp = DecodeUtf8(utf8, i);
    const int32_t before = out.text.length();
    out.text.append(static_cast<UChar32>(cp));
    for (int32_t u = before; u < out.text.length(); ++u) {
      out.byte_at.push_back(at);
    }
  }
  out.byte_at.push_back(utf8.size());
  return out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

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

std::string TruncateTerm(std::string s) {
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

bool HasUzbekCyrillicLetter(const icu::UnicodeString& word) {
  static const icu::UnicodeString uzbek_letters = icu::UnicodeString::fromUTF8("ўқғҳЎҚҒҲ");
  for (int32_t i = 0; i < word.length(); ++i) {
    if (uzbek_letters.indexOf(word.charAt(i)) >= 0) {
      return true;
    }
  }
  return false;
}

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

}  // namespace qonun::analysis::internal

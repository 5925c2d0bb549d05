#include "importers/internal/numbering.h"

#include <algorithm>
#include <array>

#include "common/utf8.h"

#include "citation/keys.h"

namespace qonun::importers::internal {

namespace {

constexpr std::size_t kNpos = std::string_view::npos;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsAsciiLower(char c) {
  return c >= 'a' && c <= 'z';
}

// A superscript digit at `pos` (common/utf8's one table): its value and,
// in `length`, its byte length; -1 for anything else.
int SuperscriptAt(std::string_view s, std::size_t pos, std::size_t& length) {
  if (pos >= s.size() || static_cast<unsigned char>(s[pos]) < 0x80) {
    return -1;
  }
  std::size_t next = pos;
  const int digit = SuperscriptValue(DecodeUtf8(s, next));
  length = next - pos;
  return digit;
}

// An arabic number with an optional superscript or "-N" suffix: "135",
// "135¹" and "135-1" give ids "135", "135-1", "135-1". Returns the end.
std::size_t ParseArabic(std::string_view s, std::size_t pos, std::string& id) {
  std::size_t end = pos;
  while (end < s.size() && IsDigit(s[end]) && end - pos < 5) {
    ++end;
  }
  if (end == pos || (end < s.size() && IsDigit(s[end]))) {
    return kNpos;
  }
  id = std::string(s.substr(pos, end - pos));
  std::string sup;
  std::size_t length = 0;
  for (int digit; end < s.size() && (digit = SuperscriptAt(s, end, length)) >= 0 && sup.size() < 4;
       end += length) {
    sup += static_cast<char>('0' + digit);
  }
  if (!sup.empty()) {
    id += "-" + sup;
  } else if (end + 1 < s.size() && s[end] == '-' && IsDigit(s[end + 1])) {
    std::size_t e = end + 1;
    while (e < s.size() && IsDigit(s[e]) && e - end < 4) {
      ++e;
    }
    id += "-" + std::string(s.substr(end + 1, e - end - 1));
    end = e;
  }
  return end;
}

// Roman numerals in ASCII; Cyrillic Х and І, typed for X and I in Russian
// and Uzbek documents, count as them.
std::size_t ParseRoman(std::string_view s, std::size_t pos, int& value) {
  std::string ascii;
  std::size_t end = pos;
  while (end < s.size() && ascii.size() < 12) {
    const char c = s[end];
    if (c == 'I' || c == 'V' || c == 'X' || c == 'L' || c == 'C' || c == 'D' || c == 'M') {
      ascii += c;
      ++end;
    } else if (s.substr(end, 2) == "\u0425") {  // Х
      ascii += 'X';
      end += 2;
    } else if (s.substr(end, 2) == "\u0406") {  // І
      ascii += 'I';
      end += 2;
    } else {
      break;
    }
  }
  if (end == pos) {
    return kNpos;
  }
  value = RomanValue(ascii);
  return value > 0 ? end : kNpos;
}

// Apostrophes people type for oʻ/gʻ and the tutuq.
std::size_t ApostropheAt(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) {
    return 0;
  }
  if (s[pos] == '\'' || s[pos] == '`') {
    return 1;
  }
  for (std::string_view a : {"\u2018", "\u2019", "\u02BB", "\u02BC", "\u00B4"}) {
    if (s.substr(pos, a.size()) == a) {
      return a.size();
    }
  }
  return 0;
}

// Matches a lower-case keyword in which '\'' stands for any apostrophe.
std::size_t MatchKeyword(std::string_view lower, std::size_t pos, std::string_view keyword) {
  for (char k : keyword) {
    if (k == '\'') {
      const std::size_t n = ApostropheAt(lower, pos);
      if (n == 0) {
        return kNpos;
      }
      pos += n;
    } else {
      if (pos >= lower.size() || lower[pos] != k) {
        return kNpos;
      }
      ++pos;
    }
  }
  return pos;
}

struct Keyword {
  std::string_view word;
  UnitKind kind;
};

// Keywords printed before the number ("Статья 5") and after it ("5-modda").
constexpr std::array<Keyword, 6> kPrefixKeywords = {{
    {"глава", UnitKind::kChapter},
    {"chapter", UnitKind::kChapter},
    {"раздел", UnitKind::kSection},
    {"section", UnitKind::kSection},
    {"статья", UnitKind::kArticle},
    {"article", UnitKind::kArticle},
}};

constexpr std::array<Keyword, 6> kSuffixKeywords = {{
    {"bob", UnitKind::kChapter},
    {"боб", UnitKind::kChapter},
    {"bo'lim", UnitKind::kSection},
    {"бўлим", UnitKind::kSection},
    {"modda", UnitKind::kArticle},
    {"модда", UnitKind::kArticle},
}};

bool IsSpace(char c) {
  return c == ' ' || c == '\t';
}

std::size_t SkipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) {
    ++pos;
  }
  return pos;
}

// Finishes a heading unit: optional '.', then the end of the line or a space
// and the heading. Without a '.' a lower-case continuation means running
// text ("Статья 5 устанавливает…"), not a heading.
std::optional<Unit> FinishHeading(std::string_view line, std::size_t end, Unit unit) {
  bool dot = false;
  if (end < line.size() && (line[end] == '.' || line[end] == ':')) {
    ++end;
    dot = true;
  }
  // "Статья 1.Общие положения" (lex.uz prints the number and the heading in
  // adjacent spans) has a heading; "Статья 1.5" or "Статья 1," does not.
  if (end < line.size() && !IsSpace(line[end]) &&
      (!dot || IsDigit(line[end]) || line[end] == '.' || line[end] == ',' || line[end] == '-')) {
    return std::nullopt;
  }
  const std::size_t rest = SkipSpaces(line, end);
  if (!dot && StartsLowerCase(line, rest)) {
    return std::nullopt;
  }
  unit.num = std::string(line.substr(0, end));
  unit.rest = std::string(line.substr(rest));
  return unit;
}

std::optional<Unit> RecogniseHeading(std::string_view line, std::string_view lower) {
  for (const Keyword& k : kPrefixKeywords) {
    std::size_t pos = MatchKeyword(lower, 0, k.word);
    if (pos == kNpos || pos >= line.size() || !IsSpace(line[pos])) {
      continue;
    }
    pos = SkipSpaces(line, pos);
    Unit unit;
    unit.kind = k.kind;
    std::size_t end = ParseArabic(line, pos, unit.id);
    if (end == kNpos && k.kind != UnitKind::kArticle) {
      int value = 0;
      end = ParseRoman(line, pos, value);
      unit.id = std::to_string(value);
    }
    if (end != kNpos) {
      return FinishHeading(line, end, std::move(unit));
    }
  }
  // "135¹-modda", "1-bob", "I боб", "II BOʻLIM"
  Unit unit;
  std::size_t pos = ParseArabic(line, 0, unit.id);
  bool roman = false;
  if (pos == kNpos) {
    int value = 0;
    pos = ParseRoman(line, 0, value);
    if (pos == kNpos) {
      return std::nullopt;
    }
    unit.id = std::to_string(value);
    roman = true;
  }
  if (pos >= line.size()) {
    return std::nullopt;
  }
  if (roman ? !IsSpace(line[pos]) : line[pos] != '-') {
    return std::nullopt;
  }
  pos = roman ? SkipSpaces(line, pos) : pos + 1;
  for (const Keyword& k : kSuffixKeywords) {
    const std::size_t end = MatchKeyword(lower, pos, k.word);
    if (end != kNpos && !(roman && k.kind == UnitKind::kArticle)) {
      unit.kind = k.kind;
      return FinishHeading(line, end, std::move(unit));
    }
  }
  return std::nullopt;
}

// Ordinals as section and part headings spell them: "BIRINCHI BOʻLIM",
// "БИРИНЧИ БЎЛИМ", "РАЗДЕЛ ПЕРВЫЙ". The k-th word is k+1; "oʻn"/"ўн"
// before a word adds ten.
constexpr std::array<std::string_view, 10> kUzbekLatinOrdinals = {
    "birinchi", "ikkinchi",  "uchinchi",    "to'rtinchi",   "beshinchi",
    "oltinchi", "yettinchi", "sakkizinchi", "to'qqizinchi", "o'ninchi"};
constexpr std::array<std::string_view, 10> kUzbekCyrillicOrdinals = {
    "биринчи", "иккинчи", "учинчи",     "тўртинчи",   "бешинчи",
    "олтинчи", "еттинчи", "саккизинчи", "тўққизинчи", "ўнинчи"};
constexpr std::array<std::string_view, 16> kRussianOrdinals = {
    "первый",      "второй",        "третий",      "четвертый", "пятый",        "шестой",
    "седьмой",     "восьмой",       "девятый",     "десятый",   "одиннадцатый", "двенадцатый",
    "тринадцатый", "четырнадцатый", "пятнадцатый", "четвёртый"};

bool WordEndsAt(std::string_view lower, std::size_t end) {
  return end == lower.size() || IsSpace(lower[end]) || lower[end] == '.' || lower[end] == ':';
}

template <std::size_t N>
std::size_t MatchOrdinal(std::string_view lower, std::size_t pos,
                         const std::array<std::string_view, N>& words, int& value) {
  for (std::size_t k = 0; k < N; ++k) {
    const std::size_t end = MatchKeyword(lower, pos, words[k]);
    if (end != kNpos && WordEndsAt(lower, end)) {
      value = words[k] == "четвёртый" ? 4 : static_cast<int>(k) + 1;
      return end;
    }
  }
  return kNpos;
}

std::size_t MatchUzbekOrdinal(std::string_view lower, std::size_t pos, int& value) {
  for (const auto* words : {&kUzbekLatinOrdinals, &kUzbekCyrillicOrdinals}) {
    if (const std::size_t end = MatchOrdinal(lower, pos, *words, value); end != kNpos) {
      return end;
    }
    // "oʻn birinchi", "ўн иккинчи"
    const std::size_t ten = MatchKeyword(lower, pos, words == &kUzbekLatinOrdinals ? "o'n" : "ўн");
    if (ten != kNpos && ten < lower.size() && IsSpace(lower[ten])) {
      if (const std::size_t end = MatchOrdinal(lower, SkipSpaces(lower, ten), *words, value);
          end != kNpos && value < 10) {
        value += 10;
        return end;
      }
    }
  }
  return kNpos;
}

// Headings spelled in words: "BIRINCHI BOʻLIM", "РАЗДЕЛ ПЕРВЫЙ", the parts of
// a code ("UMUMIY QISM", "ОСОБЕННАЯ ЧАСТЬ"), each alone on its line or with
// its heading after a '.'.
std::optional<Unit> RecogniseWordHeading(std::string_view line, std::string_view lower) {
  struct PartName {
    std::string_view words;
    int number;
  };

  static constexpr std::array<PartName, 8> kPartNames = {{{"umumiy qism", 1},
                                                          {"maxsus qism", 2},
                                                          {"умумий қисм", 1},
                                                          {"махсус қисм", 2},
                                                          {"общая часть", 1},
                                                          {"особенная часть", 2},
                                                          {"general part", 1},
                                                          {"special part", 2}}};
  Unit unit;
  for (const PartName& name : kPartNames) {
    if (const std::size_t end = MatchKeyword(lower, 0, name.words);
        end != kNpos && WordEndsAt(lower, end)) {
      unit.kind = UnitKind::kPart;
      unit.id = std::to_string(name.number);
      return FinishHeading(line, end, std::move(unit));
    }
  }
  int value = 0;
  unit.kind = UnitKind::kSection;
  if (std::size_t end = MatchUzbekOrdinal(lower, 0, value);
      end != kNpos && end < lower.size() && IsSpace(lower[end])) {
    end = SkipSpaces(lower, end);
    // "BIRINCHI BOʻLIM" is a section; "Birinchi qism" a part of a code
    // printed in several parts (the Civil Code).
    for (std::string_view word : {"bo'lim", "бўлим", "qism", "қисм"}) {
      if (const std::size_t after = MatchKeyword(lower, end, word);
          after != kNpos && WordEndsAt(lower, after)) {
        unit.kind = word == "qism" || word == "қисм" ? UnitKind::kPart : UnitKind::kSection;
        unit.id = std::to_string(value);
        return FinishHeading(line, after, std::move(unit));
      }
    }
  }
  if (std::size_t end = MatchKeyword(lower, 0, "раздел");
      end != kNpos && end < lower.size() && IsSpace(lower[end])) {
    if (end = MatchOrdinal(lower, SkipSpaces(lower, end), kRussianOrdinals, value); end != kNpos) {
      unit.id = std::to_string(value);
      return FinishHeading(line, end, std::move(unit));
    }
  }
  return std::nullopt;
}

// "§ 2. Heading", "§2.", "2-§. Heading": a sub-chapter.
std::optional<Unit> RecogniseSubchapter(std::string_view line) {
  static constexpr std::string_view kSign = "\u00A7";
  Unit unit;
  unit.kind = UnitKind::kSubchapter;
  std::size_t end = kNpos;
  if (line.substr(0, kSign.size()) == kSign) {
    end = ParseArabic(line, SkipSpaces(line, kSign.size()), unit.id);
  } else if (std::size_t pos = ParseArabic(line, 0, unit.id);
             pos != kNpos && line.substr(pos, 1 + kSign.size()) == "-" + std::string(kSign)) {
    end = pos + 1 + kSign.size();
  }
  if (end == kNpos) {
    return std::nullopt;
  }
  return FinishHeading(line, end, std::move(unit));
}

// A point letter's id: ASCII letters as they are (the builder maps Uzbek
// Latin lists, which need the list's context), Cyrillic by their rank in
// the one list-letter table (citation/keys.h).
std::string LetterId(std::string_view letter) {
  if (letter.size() == 1) {
    return std::string(letter);
  }
  const auto a = static_cast<unsigned char>(letter[0]);
  const auto b = static_cast<unsigned char>(letter[1]);
  if ((a & 0xE0) != 0xC0 || (b & 0xC0) != 0x80) {
    return {};
  }
  const auto cp = static_cast<char32_t>(((a & 0x1F) << 6) | (b & 0x3F));
  const bool upper =
      (cp >= U'А' && cp <= U'Я') || cp == U'Ў' || cp == U'Қ' || cp == U'Ғ' || cp == U'Ҳ';
  return upper ? std::string() : CyrillicPointId(cp);
}

std::optional<Unit> RecogniseListItem(std::string_view line) {
  Unit unit;
  unit.kind = UnitKind::kPoint;
  std::size_t pos = 0;
  // "— text", "– text", "- text"
  for (std::string_view dash : {"\u2014", "\u2013", "-"}) {
    if (line.substr(0, dash.size()) == dash && dash.size() < line.size() &&
        IsSpace(line[dash.size()])) {
      const std::size_t rest = SkipSpaces(line, dash.size());
      if (rest == line.size()) {
        return std::nullopt;
      }
      unit.style = PointStyle::kDash;
      unit.rest = std::string(line.substr(rest));
      return unit;
    }
  }
  const bool open = !line.empty() && line[0] == '(';
  pos = open ? 1 : 0;
  std::size_t end = pos;
  while (end < line.size() && IsDigit(line[end]) && end - pos < 3) {
    ++end;
  }
  if (end > pos) {
    unit.id = std::string(line.substr(pos, end - pos));
    if (end < line.size() && line[end] == '.' && !open) {
      unit.kind = UnitKind::kParagraph;
    } else if (end < line.size() && line[end] == ')') {
      unit.style = PointStyle::kNumber;
    } else {
      return std::nullopt;
    }
  } else {
    std::size_t letter_length = 0;
    if (pos < line.size() && IsAsciiLower(line[pos])) {
      letter_length = 1;
    } else if (pos + 1 < line.size()) {
      letter_length = 2;
    }
    if (letter_length == 0) {
      return std::nullopt;
    }
    unit.id = LetterId(line.substr(pos, letter_length));
    end = pos + letter_length;
    if (unit.id.empty() || end >= line.size() || line[end] != ')') {
      return std::nullopt;
    }
    unit.style = PointStyle::kLetter;
  }
  ++end;  // the '.' or ')'
  if (end >= line.size() || !IsSpace(line[end])) {
    return std::nullopt;
  }
  const std::size_t rest = SkipSpaces(line, end);
  if (rest == line.size()) {
    return std::nullopt;
  }
  unit.num = std::string(line.substr(0, end));
  unit.rest = std::string(line.substr(rest));
  return unit;
}

}  // namespace

bool StartsLowerCase(std::string_view s, std::size_t pos) {
  if (pos >= s.size()) {
    return false;
  }
  if (IsAsciiLower(s[pos])) {
    return true;
  }
  if (pos + 1 < s.size()) {
    const auto a = static_cast<unsigned char>(s[pos]);
    const auto b = static_cast<unsigned char>(s[pos + 1]);
    return (a == 0xD0 && b >= 0xB0) || (a == 0xD1 && b <= 0x9F);
  }
  return false;
}

std::optional<std::string> UnflattenedArticleNumber(const std::string& previous, Unit& u) {
  if (previous.empty() || u.id.find('-') != std::string::npos || u.id.size() > 6) {
    return std::nullopt;
  }
  const long number = std::stol(u.id);
  const long previous_number = std::stol(previous);
  if (number <= previous_number + 1) {
    return std::nullopt;
  }
  for (const std::string& base : {previous, std::to_string(previous_number + 1)}) {
    const std::size_t extra = u.id.size() - std::min(u.id.size(), base.size());
    if (!u.id.starts_with(base) || extra == 0 || extra > 2 || u.id[base.size()] == '0') {
      continue;
    }
    const std::string superscript = u.id.substr(base.size());
    std::string printed = base;
    for (char digit : superscript) {
      AppendUtf8(printed, SuperscriptDigit(digit - '0'));
    }
    if (const auto at = u.num.find(u.id); at != std::string::npos) {
      u.num.replace(at, u.id.size(), printed);
    }
    u.id = base + "-" + superscript;
    return printed;
  }
  return std::nullopt;
}

int RomanValue(std::string_view roman) {
  auto digit = [](char c) {
    switch (c) {
      case 'I':
        return 1;
      case 'V':
        return 5;
      case 'X':
        return 10;
      case 'L':
        return 50;
      case 'C':
        return 100;
      case 'D':
        return 500;
      case 'M':
        return 1000;
      default:
        return 0;
    }
  };
  int total = 0;
  for (std::size_t i = 0; i < roman.size(); ++i) {
    const int v = digit(roman[i]);
    if (v == 0) {
      return 0;
    }
    const int next = i + 1 < roman.size() ? digit(roman[i + 1]) : 0;
    total += v < next ? -v : v;
  }
  return total > 0 && total < 4000 ? total : 0;
}

std::string LowerSameLength(std::string_view text) {
  std::string out(text);
  for (std::size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (i + 1 < out.size()) {
      auto& a = reinterpret_cast<unsigned char&>(out[i]);
      auto& b = reinterpret_cast<unsigned char&>(out[i + 1]);
      if (a == 0xD0 && b >= 0x90 && b <= 0x9F) {  // А…П
        b = static_cast<unsigned char>(b + 0x20);
        ++i;
      } else if (a == 0xD0 && b >= 0xA0 && b <= 0xAF) {  // Р…Я
        a = 0xD1;
        b = static_cast<unsigned char>(b - 0x20);
        ++i;
      } else if (a == 0xD0 && b >= 0x80 && b <= 0x8F) {  // Ѐ…Џ, Ё and Ў among them
        a = 0xD1;
        b = static_cast<unsigned char>(b + 0x10);
        ++i;
      } else if (a == 0xD2 && (b == 0x9A || b == 0x92 || b == 0xB2)) {  // Қ Ғ Ҳ
        b = static_cast<unsigned char>(b + 1);
        ++i;
      } else if (c >= 0xC0) {
        ++i;  // another two-byte letter: its second byte is not a letter of ours
      }
    }
  }
  return out;
}

std::optional<Unit> RecogniseUnit(std::string_view line) {
  const std::size_t start = SkipSpaces(line, 0);
  line.remove_prefix(start);
  while (!line.empty() && (IsSpace(line.back()) || line.back() == '\r')) {
    line.remove_suffix(1);
  }
  if (line.empty()) {
    return std::nullopt;
  }
  const std::string lower = LowerSameLength(line.substr(0, 64));
  if (auto heading = RecogniseHeading(line, lower)) {
    return heading;
  }
  if (auto heading = RecogniseWordHeading(line, lower)) {
    return heading;
  }
  if (auto subchapter = RecogniseSubchapter(line)) {
    return subchapter;
  }
  // A line holding only "IV" or "IV." is a chapter number whose heading
  // follows (as the UN instruments print them).
  int value = 0;
  std::size_t end = ParseRoman(line, 0, value);
  if (end != kNpos && (end == line.size() || (end + 1 == line.size() && line[end] == '.'))) {
    Unit unit;
    unit.kind = UnitKind::kChapter;
    unit.num = std::string(line);
    unit.id = std::to_string(value);
    unit.bare_roman = true;
    return unit;
  }
  return RecogniseListItem(line);
}

}  // namespace qonun::importers::internal

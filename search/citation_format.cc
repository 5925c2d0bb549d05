#include "search/citation_format.h"

#include <algorithm>
#include <utility>

namespace qonun::search {

std::string PointLabel(std::string_view num) {
  std::string out;
  for (char c : num) {
    if (c != '(' && c != ')' && c != '.' && c != ' ') {
      out += c;
    }
  }
  return out;
}

namespace {

// "135-1" is printed 135¹ in citations.
std::string PrintedNumber(const std::string& canonical) {
  static const char* const kSuperscript[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  const auto dash = canonical.find('-');
  if (dash == std::string::npos) {
    return canonical;
  }
  std::string out = canonical.substr(0, dash);
  for (char c : canonical.substr(dash + 1)) {
    out += kSuperscript[c - '0'];
  }
  return out;
}

// The genitive of an act's head noun, or empty when `word` is not one.
std::string_view HeadGenitive(std::string_view word) {
  static const std::pair<std::string_view, std::string_view> kHeads[] = {
      {"Протокол", "Протокола"},
      {"Конвенция", "Конвенции"},
      {"Кодекс", "Кодекса"},
      {"кодекс", "кодекса"},
      {"Закон", "Закона"},
      {"закон", "закона"},
      {"Указ", "Указа"},
      {"Постановление", "Постановления"},
      {"Пакт", "Пакта"},
      {"Декларация", "Декларации"},
      {"Соглашение", "Соглашения"},
      {"Договор", "Договора"},
      {"Устав", "Устава"},
      {"Положение", "Положения"},
      {"Распоряжение", "Распоряжения"}};
  for (const auto& [nominative, genitive] : kHeads) {
    if (word == nominative) {
      return genitive;
    }
  }
  return {};
}

// A masculine adjective in the genitive: "Уголовный" → "Уголовного",
// "Гражданский" → "Гражданского", "Трудовой" → "Трудового".
std::string AdjectiveGenitive(std::string_view word) {
  const auto ends = [&](std::string_view tail) {
    return word.ends_with(tail);
  };
  if (ends("ый") || ends("ой") || ends("кий") || ends("гий") || ends("хий")) {
    return std::string(word.substr(0, word.size() - std::string_view("ий").size())) + "ого";
  }
  if (ends("ий")) {
    return std::string(word.substr(0, word.size() - std::string_view("ий").size())) + "его";
  }
  return {};
}

}  // namespace

std::string RussianGenitiveTitle(const std::string& title) {
  const std::string_view all(title);
  const auto first_end = std::min(all.find(' '), all.size());
  const std::string_view first = all.substr(0, first_end);
  if (const std::string_view genitive = HeadGenitive(first); !genitive.empty()) {
    return std::string(genitive) + title.substr(first_end);
  }
  if (first_end < all.size()) {
    const auto second_end = std::min(all.find(' ', first_end + 1), all.size());
    const std::string_view second = all.substr(first_end + 1, second_end - first_end - 1);
    const std::string adjective = AdjectiveGenitive(first);
    if (const std::string_view genitive = HeadGenitive(second);
        !genitive.empty() && !adjective.empty()) {
      return adjective + " " + std::string(genitive) + title.substr(second_end);
    }
  }
  return title;
}

std::string FormatCitation(const CitationParts& parts, Language language, bool cyrillic,
                           const std::string& short_title, bool international) {
  if (parts.article.empty()) {
    return "";
  }
  const std::string article = PrintedNumber(parts.article);
  std::string out;
  switch (language) {
    case Language::kEnglish:
      out = "Art. " + article;
      if (!parts.part.empty()) {
        out += "(" + parts.part + ")";
      }
      if (!parts.point_label.empty()) {
        out += "(" + parts.point_label + ")";
      }
      return short_title.empty() ? out : out + ", " + short_title;
    case Language::kRussian:
      if (!parts.point_label.empty()) {
        out += (international ? "подп. «" : "п. «") + parts.point_label + "» ";
      }
      if (!parts.part.empty()) {
        out += (international ? "п. " : "ч. ") + parts.part + " ";
      }
      out += "ст. " + article;
      return short_title.empty() ? out : out + " " + RussianGenitiveTitle(short_title);
    case Language::kUzbek:
      out = short_title.empty() ? "" : short_title + " ";
      out += article + (cyrillic ? "-модда" : "-modda");
      if (!parts.part.empty()) {
        out += " " + parts.part +
               (international ? (cyrillic ? "-банд" : "-band") : (cyrillic ? "-қисм" : "-qism"));
      }
      if (!parts.point_label.empty()) {
        out += " «" + parts.point_label +
               (international ? (cyrillic ? "» кичик банди" : "» kichik bandi")
                              : (cyrillic ? "» банди" : "» bandi"));
      }
      return out;
  }
  return out;
}

}  // namespace qonun::search

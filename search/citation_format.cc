#include "search/citation_format.h"

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

// A Russian citation names the act in the genitive ("ст. 3 Протокола о …"):
// the head noun of a short title, when it is one of the kinds of act, is put
// in the genitive; abbreviations ("УК РУз") stay as they are.
std::string RussianGenitiveTitle(const std::string& title) {
  static const std::pair<std::string_view, std::string_view> kHeads[] = {
      {"Протокол", "Протокола"},
      {"Конвенция", "Конвенции"},
      {"Кодекс", "Кодекса"},
      {"Закон", "Закона"},
      {"Указ", "Указа"},
      {"Постановление", "Постановления"},
      {"Пакт", "Пакта"},
      {"Декларация", "Декларации"},
      {"Соглашение", "Соглашения"},
      {"Договор", "Договора"},
      {"Устав", "Устава"},
      {"Положение", "Положения"},
      {"Распоряжение", "Распоряжения"},
      {"Уголовный кодекс", "Уголовного кодекса"},
  };
  for (const auto& [nominative, genitive] : kHeads) {
    if (title.compare(0, nominative.size(), nominative) == 0 &&
        (title.size() == nominative.size() || title[nominative.size()] == ' ')) {
      return std::string(genitive) + title.substr(nominative.size());
    }
  }
  return title;
}

}  // namespace

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

#include "search/citation_format.h"

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
      return short_title.empty() ? out : out + " " + short_title;
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

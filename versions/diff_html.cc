#include "versions/diff_html.h"

#include "common/html.h"

namespace qonun::versions {

DiffLabels LabelsFor(const SummaryLanguage& language) {
  switch (language.language) {
    case Language::kEnglish:
      return {"deleted", "inserted"};
    case Language::kRussian:
      return {"удалено", "добавлено"};
    case Language::kUzbek:
      return language.cyrillic ? DiffLabels{"ўчирилди", "қўшилди"}
                               : DiffLabels{"oʻchirildi", "qoʻshildi"};
  }
  return {};
}

std::string ComparisonHtml(const Comparison& comparison, const SummaryLanguage& language,
                           bool all_units) {
  const DiffLabels labels = LabelsFor(language);
  HtmlWriter html;
  html.Open("div", {{"class", "qonun-diff"}}).Newline();
  html.Open("ul", {{"class", "summary"}}).Newline();
  for (const std::string& line : comparison.summary) {
    html.Element("li", {}, line).Newline();
  }
  html.Close().Newline();
  for (const UnitDiff& u : comparison.units) {
    if (!all_units && u.change == UnitChange::kUnchanged) {
      continue;
    }
    const std::string change = UnitChangeName(u.change);
    html.Open("section", {{"class", "unit " + change}, {"data-change", change}});
    html.Element("h4", {}, u.label);
    if (u.moved && !u.label_from.empty() && u.label_from != u.label) {
      html.Element("p", {{"class", "moved-from"}}, u.label_from);
    }
    html.Open("p");
    WriteWordDiff(html, u.words, labels);
    html.Close().Close().Newline();
  }
  return std::move(html).Take();
}

}  // namespace qonun::versions

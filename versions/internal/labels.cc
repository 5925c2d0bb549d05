#include "versions/internal/labels.h"

#include <string_view>

#include "analysis/uz_transliterate.h"

#include "citation/keys.h"

namespace qonun::versions::internal {

namespace {

std::string Bare(std::string_view num) {
  std::string out;
  for (char c : num) {
    if (c != '(' && c != ')' && c != '.' && c != ' ') {
      out += c;
    }
  }
  return out;
}

// The number a provision is cited by: its printed number, else (parts are
// often unnumbered) its place among its parent's units of the same kind; ""
// for the only one.
std::string CitedNumber(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  if (!p.num.empty() || p.parent == model::kNoProvision) {
    return CanonicalNumber(p.num);
  }
  std::size_t place = 0;
  std::size_t count = 0;
  for (std::size_t sibling : e.provisions[p.parent].children) {
    if (e.provisions[sibling].element == p.element) {
      ++count;
      if (sibling == index) {
        place = count;
      }
    }
  }
  return count > 1 ? std::to_string(place) : "";
}

// "статья 5" → "Статья 5", "part 2" → "Part 2": a label opening a line.
std::string Capitalised(std::string label) {
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') {
    label[0] = static_cast<char>(label[0] - 'a' + 'A');
  }
  for (const auto& [lower, upper] :
       {std::pair{"статья", "Статья"}, std::pair{"часть", "Часть"}, std::pair{"пункт", "Пункт"},
        std::pair{"подпункт", "Подпункт"}}) {
    if (label.rfind(lower, 0) == 0) {
      return upper + label.substr(std::string_view(lower).size());
    }
  }
  return label;
}

const analysis::UzTransliterator* Transliterator() {
  static const Result<analysis::UzTransliterator> transliterator =
      analysis::UzTransliterator::Create();
  return transliterator.ok() ? &*transliterator : nullptr;
}

}  // namespace

// Uzbek summary words in the summary's script.
const char* Uz(const SummaryLanguage& summary, const char* latin, const char* cyrillic) {
  return summary.cyrillic ? cyrillic : latin;
}

std::string LabelPart(const model::Expression& e, std::size_t index,
                      const SummaryLanguage& summary) {
  const model::Provision& p = e.provisions[index];
  const bool international = e.work.IsInternational();
  const Language language = summary.language;
  const std::string number =
      p.element == "paragraph" ? CitedNumber(e, index) : CanonicalNumber(p.num);
  if (p.element == "article") {
    switch (language) {
      case Language::kEnglish:
        return "Article " + number;
      case Language::kRussian:
        return "статья " + number;
      case Language::kUzbek:
        return number + Uz(summary, "-modda", "-модда");
    }
  }
  if (p.element == "paragraph" && !number.empty()) {
    switch (language) {
      case Language::kEnglish:
        return (international ? "paragraph " : "part ") + number;
      case Language::kRussian:
        return (international ? "пункт " : "часть ") + number;
      case Language::kUzbek:
        return number +
               (international ? Uz(summary, "-band", "-банд") : Uz(summary, "-qism", "-қисм"));
    }
  }
  if (p.element == "point" || p.element == "subparagraph" || p.element == "subpoint") {
    std::string label = Bare(p.num);
    if (label.empty()) {
      return "";
    }
    // The summary letters points in its own script: point (c) in English and
    // Latin Uzbek, пункт «в» in Russian and Cyrillic Uzbek, whatever the
    // compared text's lettering.
    const bool cyrillic_summary = language == Language::kRussian || summary.cyrillic;
    if (const std::string canonical = CanonicalPoint(p.num);
        !canonical.empty() && (analysis::Analyzer::DetectScript(label) ==
                               analysis::Script::kCyrillic) != cyrillic_summary) {
      label = PointLetter(canonical, cyrillic_summary);
    }
    switch (language) {
      case Language::kEnglish:
        return (international ? "subparagraph (" : "point (") + label + ")";
      case Language::kRussian:
        return (international ? "подпункт " : "пункт ") + std::string("«") + label + "»";
      case Language::kUzbek:
        return "«" + label + "» " +
               (international ? Uz(summary, "kichik bandi", "кичик банди")
                              : Uz(summary, "bandi", "банди"));
    }
  }
  if (!p.num.empty()) {
    return p.num;
  }
  return p.heading;  // never an eId: summaries are read by people
}

// The label of provision `index`: its own part and those of its ancestors from
// the enclosing article down.
std::string Label(const model::Expression& e, std::size_t index, const SummaryLanguage& summary) {
  std::vector<std::size_t> chain = e.Ancestors(index);
  chain.push_back(index);
  std::size_t from = 0;
  for (std::size_t k = 0; k < chain.size(); ++k) {
    if (e.provisions[chain[k]].element == "article") {
      from = k;
    }
  }
  std::string label;
  for (std::size_t k = from; k < chain.size(); ++k) {
    std::string part = LabelPart(e, chain[k], summary);
    if (!part.empty()) {
      label += (label.empty() ? "" : ", ") + part;
    }
  }
  return label;
}

std::string ReaderHeading(const model::Expression& e, std::size_t index,
                          const SummaryLanguage& summary, const model::Expression* reader_text) {
  std::string heading = e.provisions[index].heading;
  Language heading_language = e.language;
  if (reader_text != nullptr) {
    const std::size_t same = reader_text->FindByEid(e.provisions[index].eid);
    if (same != model::kNoProvision && !reader_text->provisions[same].heading.empty()) {
      heading = reader_text->provisions[same].heading;
      heading_language = reader_text->language;
    }
  }
  if (summary.language == Language::kUzbek && heading_language == Language::kUzbek) {
    const auto script =
        summary.cyrillic ? analysis::UzScript::kCyrillic : analysis::UzScript::kLatin;
    if (const auto* transliterator = Transliterator();
        transliterator != nullptr &&
        analysis::UzTransliterator::NeedsTransliteration(script, heading)) {
      heading = transliterator->To(script, heading);
    }
  }
  return heading;
}

std::string ProvisionTitle(const model::Expression& e, std::size_t index,
                           const SummaryLanguage& summary, const model::Expression* reader_text) {
  // The provision's heading, else its article's (a part has none of its own).
  std::size_t named = index;
  while (e.provisions[named].heading.empty() && e.provisions[named].element != "article" &&
         e.provisions[named].parent != model::kNoProvision) {
    named = e.provisions[named].parent;
  }
  const std::string heading = ReaderHeading(e, named, summary, reader_text);
  std::string title = Capitalised(Label(e, index, summary));
  if (title.empty()) {
    title = e.provisions[index].num;
  }
  if (!heading.empty()) {
    title += (title.empty() ? "" : " ") + Quoted(heading, summary.language);
  }
  return title;
}

std::string Quoted(const std::string& heading, Language language) {
  return language == Language::kEnglish ? "“" + heading + "”" : "«" + heading + "»";
}

}  // namespace qonun::versions::internal

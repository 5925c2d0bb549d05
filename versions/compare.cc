#include "versions/compare.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>

#include "citation/keys.h"

namespace qonun::versions {

const char* UnitChangeName(UnitChange change) {
  switch (change) {
    case UnitChange::kAdded:
      return "added";
    case UnitChange::kRemoved:
      return "removed";
    case UnitChange::kChanged:
      return "changed";
    case UnitChange::kUnchanged:
      return "unchanged";
    case UnitChange::kRenumbered:
      return "renumbered";
  }
  return "unchanged";
}

namespace {

// ---- labels: "part 2, point (c)" ----------------------------------------------

std::string Bare(std::string_view num) {
  std::string out;
  for (char c : num) {
    if (c != '(' && c != ')' && c != '.' && c != ' ') {
      out += c;
    }
  }
  return out;
}

// Uzbek summary words in the summary's script.
const char* Uz(const SummaryLanguage& summary, const char* latin, const char* cyrillic) {
  return summary.cyrillic ? cyrillic : latin;
}

std::string LabelPart(const model::Provision& p, bool international,
                      const SummaryLanguage& summary) {
  const Language language = summary.language;
  const std::string number = CanonicalNumber(p.num);
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
  return p.heading.empty() ? p.eid : p.heading;
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
    std::string part = LabelPart(e.provisions[chain[k]], e.work.IsInternational(), summary);
    if (!part.empty()) {
      label += (label.empty() ? "" : ", ") + part;
    }
  }
  return label;
}

// ---- figures ------------------------------------------------------------------

const std::map<std::string, int>& NumberWords() {
  static const std::map<std::string, int> words = {
      // English
      {"one", 1},
      {"two", 2},
      {"three", 3},
      {"four", 4},
      {"five", 5},
      {"six", 6},
      {"seven", 7},
      {"eight", 8},
      {"nine", 9},
      {"ten", 10},
      {"eleven", 11},
      {"twelve", 12},
      {"thirteen", 13},
      {"fourteen", 14},
      {"fifteen", 15},
      {"sixteen", 16},
      {"seventeen", 17},
      {"eighteen", 18},
      {"nineteen", 19},
      {"twenty", 20},
      // Russian, nominative and genitive (ё already folded to е)
      {"один", 1},
      {"одного", 1},
      {"два", 2},
      {"двух", 2},
      {"три", 3},
      {"трех", 3},
      {"четыре", 4},
      {"четырех", 4},
      {"пять", 5},
      {"пяти", 5},
      {"шесть", 6},
      {"шести", 6},
      {"семь", 7},
      {"семи", 7},
      {"восемь", 8},
      {"восьми", 8},
      {"девять", 9},
      {"девяти", 9},
      {"десять", 10},
      {"десяти", 10},
      {"одиннадцать", 11},
      {"одиннадцати", 11},
      {"двенадцать", 12},
      {"двенадцати", 12},
      {"тринадцать", 13},
      {"тринадцати", 13},
      {"четырнадцать", 14},
      {"четырнадцати", 14},
      {"пятнадцать", 15},
      {"пятнадцати", 15},
      {"шестнадцать", 16},
      {"шестнадцати", 16},
      {"семнадцать", 17},
      {"семнадцати", 17},
      {"восемнадцать", 18},
      {"восемнадцати", 18},
      {"девятнадцать", 19},
      {"девятнадцати", 19},
      {"двадцать", 20},
      {"двадцати", 20},
      // Uzbek, as folded keys (both scripts fold to Latin)
      {"bir", 1},
      {"ikki", 2},
      {"uch", 3},
      {"toʻrt", 4},
      {"besh", 5},
      {"olti", 6},
      {"yetti", 7},
      {"sakkiz", 8},
      {"toʻqqiz", 9},
      {"oʻn", 10},
      {"yigirma", 20},
  };
  return words;
}

std::vector<int> Figures(const analysis::Analyzer& analyzer, const std::string& text,
                         Language language) {
  std::vector<int> out;
  const std::vector<analysis::Token> tokens = analyzer.AnalyzeDocument(text, language);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& key = tokens[i].key;
    if (!key.empty() &&
        std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
        key.size() < 7) {
      out.push_back(std::stoi(key));
      continue;
    }
    auto word = NumberWords().find(key);
    if (word == NumberWords().end()) {
      continue;
    }
    int value = word->second;
    // Uzbek "oʻn besh" is fifteen.
    if (value == 10 && key == "oʻn" && i + 1 < tokens.size()) {
      auto unit = NumberWords().find(tokens[i + 1].key);
      if (unit != NumberWords().end() && unit->second < 10) {
        value += unit->second;
        ++i;
      }
    }
    out.push_back(value);
  }
  return out;
}

std::string FormatFigures(const std::vector<int>& figures) {
  std::string out;
  const char* separator = figures.size() == 2 ? "–" : ", ";
  for (std::size_t i = 0; i < figures.size(); ++i) {
    out += (i == 0 ? "" : separator) + std::to_string(figures[i]);
  }
  return out;
}

bool Mentions(const std::string& text, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](const char* w) { return text.find(w) != std::string::npos; });
}

// "sanction in part 1 changed from 3–5 years to 5–8 years", when the figures
// of a unit changed.
std::optional<std::string> FiguresLine(const analysis::Analyzer& analyzer,
                                       const std::string& old_text, const std::string& new_text,
                                       Language text_language, const std::string& label,
                                       const SummaryLanguage& summary) {
  std::vector<int> before = Figures(analyzer, old_text, text_language);
  std::vector<int> after = Figures(analyzer, new_text, text_language);
  if (before == after || before.empty() || after.empty()) {
    return std::nullopt;
  }
  // Figures both texts share at the start or the end ("parts 1 or 2 … from
  // 8 to 12 years") are context, not the change.
  while (before.size() > 2 && after.size() > 2 && before.front() == after.front()) {
    before.erase(before.begin());
    after.erase(after.begin());
  }
  while (before.size() > 2 && after.size() > 2 && before.back() == after.back()) {
    before.pop_back();
    after.pop_back();
  }
  const bool sanction =
      Mentions(new_text, {"liberty", "imprisonment", "свобод", "ozodlik", "озодлик", "озодликдан"});
  const bool years = Mentions(new_text, {"year", "лет", "год", "yil", "йил"});
  const std::string from = FormatFigures(before);
  const std::string to = FormatFigures(after);
  switch (summary.language) {
    case Language::kEnglish: {
      const std::string unit = years ? " years" : "";
      return (sanction ? "sanction in " : "figures in ") + label + " changed from " + from + unit +
             " to " + to + unit;
    }
    case Language::kRussian: {
      const std::string unit = years ? " лет" : "";
      return (sanction ? "санкция (" + label + ") изменена" : "числа (" + label + ") изменены") +
             ": было " + from + unit + ", стало " + to + unit;
    }
    case Language::kUzbek: {
      const std::string unit = years ? Uz(summary, " yil", " йил") : "";
      return label +
             (sanction ? Uz(summary, " sanksiyasi", " санкцияси")
                       : Uz(summary, " raqamlari", " рақамлари")) +
             Uz(summary, " oʻzgardi: ", " ўзгарди: ") + from + unit +
             Uz(summary, " oʻrniga ", " ўрнига ") + to + unit;
    }
  }
  return std::nullopt;
}

std::string Line(UnitChange change, const std::string& label, const std::string& to_label,
                 const SummaryLanguage& summary) {
  switch (summary.language) {
    case Language::kEnglish:
      switch (change) {
        case UnitChange::kAdded:
          return label + " inserted";
        case UnitChange::kRemoved:
          return label + " repealed";
        case UnitChange::kRenumbered:
          return label + " renumbered as " + to_label;
        default:
          return label + " amended";
      }
    case Language::kRussian:
      switch (change) {
        case UnitChange::kAdded:
          return label + ": добавлено";
        case UnitChange::kRemoved:
          return label + ": исключено";
        case UnitChange::kRenumbered:
          return label + " → " + to_label + " (изменена нумерация)";
        default:
          return label + ": изменено";
      }
    case Language::kUzbek:
      switch (change) {
        case UnitChange::kAdded:
          return label + Uz(summary, " kiritildi", " киритилди");
        case UnitChange::kRemoved:
          return label + Uz(summary, " chiqarildi", " чиқарилди");
        case UnitChange::kRenumbered:
          return label + " → " + to_label + Uz(summary, " (raqami oʻzgardi)", " (рақами ўзгарди)");
        default:
          return label + Uz(summary, " oʻzgartirildi", " ўзгартирилди");
      }
  }
  return label;
}

// ---- alignment ------------------------------------------------------------------

std::string OwnText(const model::Provision& p) {
  std::string out = p.heading;
  for (const std::string* part : {&p.text, &p.wrap_up}) {
    if (!part->empty()) {
      out += (out.empty() ? "" : "\n") + *part;
    }
  }
  return out;
}

// The provision and its descendants, in document order.
std::vector<std::size_t> Subtree(const model::Expression& e, std::size_t root) {
  std::vector<std::size_t> out{root};
  for (std::size_t child : e.provisions[root].children) {
    std::vector<std::size_t> below = Subtree(e, child);
    out.insert(out.end(), below.begin(), below.end());
  }
  return out;
}

struct Side {
  const model::Expression* e;
  std::vector<std::size_t> units;
  int base_depth;
};

class Aligner {
 public:
  Aligner(const analysis::Analyzer& analyzer, SummaryLanguage language, const DiffOptions& options)
      : analyzer_(analyzer), language_(language), options_(options) {}

  Comparison Align(const Side& a, const Side& b) {
    std::map<std::string, std::size_t> in_b;  // identity → position in b.units
    for (std::size_t k = 0; k < b.units.size(); ++k) {
      in_b.emplace(b.e->provisions[b.units[k]].Identity(), k);
    }
    std::vector<std::optional<std::size_t>> a_match(a.units.size());
    std::vector<bool> b_matched(b.units.size(), false);
    for (std::size_t k = 0; k < a.units.size(); ++k) {
      auto it = in_b.find(a.e->provisions[a.units[k]].Identity());
      if (it != in_b.end() && !b_matched[it->second]) {
        a_match[k] = it->second;
        b_matched[it->second] = true;
      }
    }
    // A unit whose number now belongs to different text, while its old text
    // stands under that number: the old unit was renumbered (point c became
    // b after b was repealed), not rewritten.
    for (std::size_t j = 0; j < b.units.size(); ++j) {
      const model::Provision& pb = b.e->provisions[b.units[j]];
      const std::string text = OwnText(pb);
      std::optional<std::size_t> paired;
      for (std::size_t k = 0; k < a.units.size(); ++k) {
        if (a_match[k] == j) {
          paired = k;
        }
      }
      if (!paired || text.empty() || OwnText(a.e->provisions[a.units[*paired]]) == text) {
        continue;
      }
      for (std::size_t m = 0; m < a.units.size(); ++m) {
        const model::Provision& pm = a.e->provisions[a.units[m]];
        const bool free =
            !a_match[m] || OwnText(b.e->provisions[b.units[*a_match[m]]]) != OwnText(pm);
        if (m != *paired && free && pm.element == pb.element && OwnText(pm) == text) {
          if (a_match[m]) {
            b_matched[*a_match[m]] = false;
          }
          a_match[m] = j;
          a_match[*paired].reset();
          break;
        }
      }
    }
    // A removed unit and an added one with the same text: renumbered or moved.
    for (std::size_t k = 0; k < a.units.size(); ++k) {
      if (a_match[k]) {
        continue;
      }
      const model::Provision& pa = a.e->provisions[a.units[k]];
      const std::string text = OwnText(pa);
      for (std::size_t j = 0; j < b.units.size() && !text.empty(); ++j) {
        const model::Provision& pb = b.e->provisions[b.units[j]];
        if (!b_matched[j] && pb.element == pa.element && OwnText(pb) == text) {
          a_match[k] = j;
          b_matched[j] = true;
          break;
        }
      }
    }
    // Output in B's order, each removed unit after the unit that preceded it in A.
    std::vector<std::vector<std::size_t>> removed_after(b.units.size() + 1);
    std::size_t anchor = 0;  // 0: before everything; j + 1: after b.units[j]
    for (std::size_t k = 0; k < a.units.size(); ++k) {
      if (a_match[k]) {
        anchor = *a_match[k] + 1;
      } else {
        removed_after[anchor].push_back(k);
      }
    }
    std::vector<std::optional<std::size_t>> b_from_a(b.units.size());
    for (std::size_t k = 0; k < a.units.size(); ++k) {
      if (a_match[k]) {
        b_from_a[*a_match[k]] = k;
      }
    }
    Comparison out;
    auto emit_removed = [&](std::size_t slot) {
      for (std::size_t k : removed_after[slot]) {
        out.units.push_back(Unit(a, k, nullptr, 0));
      }
    };
    emit_removed(0);
    for (std::size_t j = 0; j < b.units.size(); ++j) {
      out.units.push_back(b_from_a[j] ? Unit(a, *b_from_a[j], &b, j)
                                      : Unit(b, j, nullptr, 0, true));
      emit_removed(j + 1);
    }
    for (const UnitDiff& u : out.units) {
      out.changed_units += u.change == UnitChange::kUnchanged ? 0 : 1;
    }
    out.summary = std::move(summary_);
    return out;
  }

 private:
  // A unit present on one side (`second` null: removed, or added when `added`),
  // or on both.
  UnitDiff Unit(const Side& first, std::size_t k, const Side* second, std::size_t j,
                bool added = false) {
    const model::Expression& e1 = *first.e;
    const model::Provision& p1 = e1.provisions[first.units[k]];
    UnitDiff u;
    u.element = p1.element;
    u.heading = p1.heading;
    u.depth = p1.depth - first.base_depth;
    u.label = Label(e1, first.units[k], language_);
    if (second == nullptr) {
      u.change = added ? UnitChange::kAdded : UnitChange::kRemoved;
      u.identity = p1.Identity();
      (added ? u.eid_to : u.eid_from) = p1.eid;
      (added ? u.num_to : u.num_from) = p1.num;
      const std::string text = OwnText(p1);
      u.words = added ? DiffWords(analyzer_, "", text, options_)
                      : DiffWords(analyzer_, text, "", options_);
      summary_.push_back(Line(u.change, u.label, "", language_));
      return u;
    }
    const model::Expression& e2 = *second->e;
    const model::Provision& p2 = e2.provisions[second->units[j]];
    u.identity = p2.Identity();
    u.eid_from = p1.eid;
    u.eid_to = p2.eid;
    u.num_from = p1.num;
    u.num_to = p2.num;
    u.heading = p2.heading;
    u.depth = p2.depth - second->base_depth;
    const std::string to_label = Label(e2, second->units[j], language_);
    const std::string old_text = OwnText(p1);
    const std::string new_text = OwnText(p2);
    u.words = DiffWords(analyzer_, old_text, new_text, options_);
    const bool renumbered =
        CanonicalPoint(p1.num) != CanonicalPoint(p2.num) || (p1.Identity() != p2.Identity());
    if (u.words.HasChanges()) {
      u.change = UnitChange::kChanged;
      u.label = to_label;
      summary_.push_back(Line(u.change, to_label, "", language_));
      if (auto figures =
              FiguresLine(analyzer_, old_text, new_text, e2.language, to_label, language_)) {
        summary_.push_back(*figures);
      }
    } else if (renumbered) {
      u.change = UnitChange::kRenumbered;
      summary_.push_back(Line(u.change, u.label, to_label, language_));
      u.label = to_label;
    } else {
      u.change = UnitChange::kUnchanged;
      u.label = to_label;
    }
    return u;
  }

  const analysis::Analyzer& analyzer_;
  SummaryLanguage language_;
  DiffOptions options_;
  std::vector<std::string> summary_;
};

}  // namespace

Comparison CompareProvision(const analysis::Analyzer& analyzer, const model::Expression& a,
                            std::size_t ia, const model::Expression& b, std::size_t ib,
                            SummaryLanguage summary_language, const DiffOptions& options) {
  Aligner aligner(analyzer, summary_language, options);
  return aligner.Align({&a, Subtree(a, ia), a.provisions[ia].depth},
                       {&b, Subtree(b, ib), b.provisions[ib].depth});
}

Comparison CompareExpressions(const analysis::Analyzer& analyzer, const model::Expression& a,
                              const model::Expression& b, SummaryLanguage summary_language,
                              const DiffOptions& options) {
  auto all = [](const model::Expression& e) {
    std::vector<std::size_t> units(e.provisions.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
      units[i] = i;
    }
    return units;
  };
  Aligner aligner(analyzer, summary_language, options);
  Comparison whole = aligner.Align({&a, all(a), 0}, {&b, all(b), 0});
  // Group units under their article (units outside articles stand alone),
  // then put the groups with changes first, each group in document order.
  std::vector<std::vector<UnitDiff>> groups;
  for (UnitDiff& u : whole.units) {
    const bool starts_group = u.element == "article" || groups.empty() ||
                              groups.back().front().element != "article" || u.depth == 0;
    if (starts_group) {
      groups.emplace_back();
    }
    groups.back().push_back(std::move(u));
  }
  auto changed = [](const std::vector<UnitDiff>& g) {
    return std::any_of(g.begin(), g.end(),
                       [](const UnitDiff& u) { return u.change != UnitChange::kUnchanged; });
  };
  std::stable_partition(groups.begin(), groups.end(), changed);
  whole.units.clear();
  for (auto& g : groups) {
    for (UnitDiff& u : g) {
      whole.units.push_back(std::move(u));
    }
  }
  return whole;
}

}  // namespace qonun::versions

#include "versions/compare.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include "citation/keys.h"
#include "versions/align.h"

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
struct FiguresChange {
  std::string line;
  bool sanction = false;  // the figures are a term of imprisonment
};

std::optional<FiguresChange> FiguresLine(const analysis::Analyzer& analyzer,
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
      return FiguresChange{(sanction ? "sanction in " : "figures in ") + label + " changed from " +
                               from + unit + " to " + to + unit,
                           sanction};
    }
    case Language::kRussian: {
      const std::string unit = years ? " лет" : "";
      return FiguresChange{
          (sanction ? "санкция (" + label + ") изменена" : "числа (" + label + ") изменены") +
              ": было " + from + unit + ", стало " + to + unit,
          sanction};
    }
    case Language::kUzbek: {
      const std::string unit = years ? Uz(summary, " yil", " йил") : "";
      return FiguresChange{label +
                               (sanction ? Uz(summary, " sanksiyasi", " санкцияси")
                                         : Uz(summary, " raqamlari", " рақамлари")) +
                               Uz(summary, " oʻzgardi: ", " ўзгарди: ") + from + unit +
                               Uz(summary, " oʻrniga ", " ўрнига ") + to + unit,
                           sanction};
    }
  }
  return std::nullopt;
}

// ---- summary lines ----------------------------------------------------------------

// One sub-provision's change, in a single-provision summary.
std::string UnitLine(UnitChange change, bool moved, const std::string& from, const std::string& to,
                     const SummaryLanguage& summary) {
  switch (summary.language) {
    case Language::kEnglish:
      if (moved) {
        return "moved from " + from + " to " + to +
               (change == UnitChange::kChanged ? " and amended" : "");
      }
      switch (change) {
        case UnitChange::kAdded:
          return to + " inserted";
        case UnitChange::kRemoved:
          return from + " repealed";
        default:
          return to + " amended";
      }
    case Language::kRussian:
      if (moved) {
        return from + " → " + to +
               (change == UnitChange::kChanged ? ": перенесено и изменено" : ": перенесено");
      }
      switch (change) {
        case UnitChange::kAdded:
          return to + ": добавлено";
        case UnitChange::kRemoved:
          return from + ": исключено";
        default:
          return to + ": изменено";
      }
    case Language::kUzbek:
      if (moved) {
        return from + " → " + to + ": " +
               (change == UnitChange::kChanged
                    ? Uz(summary, "koʻchirildi va oʻzgartirildi", "кўчирилди ва ўзгартирилди")
                    : Uz(summary, "koʻchirildi", "кўчирилди"));
      }
      switch (change) {
        case UnitChange::kAdded:
          return to + Uz(summary, " kiritildi", " киритилди");
        case UnitChange::kRemoved:
          return from + Uz(summary, " chiqarildi", " чиқарилди");
        default:
          return to + Uz(summary, " oʻzgartirildi", " ўзгартирилди");
      }
  }
  return to;
}

// What happened to an article as a whole, in a whole-act summary.
enum class ArticleFate { kInserted, kRepealed, kMoved, kMovedAmended, kAmended, kUnchanged };

// "21", "21–25", "18, 20" from canonical numbers; runs of consecutive integers
// collapse.
std::string NumberList(const std::vector<std::string>& numbers) {
  std::string out;
  std::size_t i = 0;
  auto integer = [](const std::string& s) -> std::optional<long> {
    if (s.empty() || s.size() > 9 ||
        !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return std::nullopt;
    }
    return std::stol(s);
  };
  while (i < numbers.size()) {
    std::size_t j = i;
    while (j + 1 < numbers.size() && integer(numbers[j]) && integer(numbers[j + 1]) &&
           *integer(numbers[j + 1]) == *integer(numbers[j]) + 1) {
      ++j;
    }
    out += (out.empty() ? "" : ", ") + numbers[i];
    if (j > i) {
      out += (j == i + 1 ? ", " : "–") + numbers[j];
    }
    i = j + 1;
  }
  return out;
}

// "Article 21", "Articles 18–22" and their forms for "moved from … to …".
struct ArticleWords {
  std::string nominative;  // "Article 21" / "статья 21" / "21-modda"
  std::string from;        // "Article 21" / "статьи 21" / "21-moddadan"
  std::string to;          // "Article 21" / "статью 21" / "21-moddaga"
};

ArticleWords Articles(const std::vector<std::string>& numbers, const SummaryLanguage& summary) {
  const std::string list = NumberList(numbers);
  const bool many = numbers.size() > 1;
  switch (summary.language) {
    case Language::kEnglish: {
      const std::string s = (many ? "Articles " : "Article ") + list;
      return {s, s, s};
    }
    case Language::kRussian:
      return many ? ArticleWords{"статьи " + list, "статей " + list, "статьи " + list}
                  : ArticleWords{"статья " + list, "статьи " + list, "статью " + list};
    case Language::kUzbek:
      return many ? ArticleWords{list + Uz(summary, "-moddalar", "-моддалар"),
                                 list + Uz(summary, "-moddalardan", "-моддалардан"),
                                 list + Uz(summary, "-moddalarga", "-моддаларга")}
                  : ArticleWords{list + Uz(summary, "-modda", "-модда"),
                                 list + Uz(summary, "-moddadan", "-моддадан"),
                                 list + Uz(summary, "-moddaga", "-моддага")};
  }
  return {list, list, list};
}

std::string Quoted(const std::string& heading, Language language) {
  return language == Language::kEnglish ? "“" + heading + "”" : "«" + heading + "»";
}

// One line for a run of articles that fared alike.
std::string ArticleLine(ArticleFate fate, const std::vector<std::string>& from_numbers,
                        const std::vector<std::string>& to_numbers,
                        const std::vector<std::string>& headings, const SummaryLanguage& summary) {
  const Language language = summary.language;
  const bool many = to_numbers.size() > 1 || from_numbers.size() > 1;
  std::string names;
  for (const std::string& h : headings) {
    if (!h.empty()) {
      names += (names.empty() ? "" : "; ") + Quoted(h, language);
    }
  }
  const std::string tail = names.empty() ? "" : ": " + names;
  const ArticleWords from = Articles(from_numbers, summary);
  const ArticleWords to = Articles(to_numbers, summary);
  switch (language) {
    case Language::kEnglish:
      switch (fate) {
        case ArticleFate::kInserted:
          return to.nominative + " inserted" + tail;
        case ArticleFate::kRepealed:
          return from.nominative + " repealed" + tail;
        case ArticleFate::kMoved:
          return "moved from " + from.from + " to " + to.to + ", text unchanged" + tail;
        case ArticleFate::kMovedAmended:
          return "moved from " + from.from + " to " + to.to + " and amended" + tail;
        default:
          return to.nominative + " amended" + tail;
      }
    case Language::kRussian: {
      switch (fate) {
        case ArticleFate::kInserted:
          return to.nominative + (many ? " добавлены" : " добавлена") + tail;
        case ArticleFate::kRepealed:
          return from.nominative + (many ? " исключены" : " исключена") + tail;
        case ArticleFate::kMoved:
          return "перенесено из " + from.from + " в " + to.to + " без изменений" + tail;
        case ArticleFate::kMovedAmended:
          return "перенесено из " + from.from + " в " + to.to + " и изменено" + tail;
        default:
          return to.nominative + (many ? " изменены" : " изменена") + tail;
      }
    }
    case Language::kUzbek:
      switch (fate) {
        case ArticleFate::kInserted:
          return to.nominative + Uz(summary, " kiritildi", " киритилди") + tail;
        case ArticleFate::kRepealed:
          return from.nominative + Uz(summary, " chiqarildi", " чиқарилди") + tail;
        case ArticleFate::kMoved:
          return from.from + " " + to.to +
                 Uz(summary, " oʻzgarishsiz koʻchirildi", " ўзгаришсиз кўчирилди") + tail;
        case ArticleFate::kMovedAmended:
          return from.from + " " + to.to +
                 Uz(summary, " koʻchirildi va oʻzgartirildi", " кўчирилди ва ўзгартирилди") + tail;
        default:
          return to.nominative + Uz(summary, " oʻzgartirildi", " ўзгартирилди") + tail;
      }
  }
  return names;
}

// "Articles: 9 inserted, 3 repealed, 18 moved, 22 amended".
std::string CountsLine(std::size_t inserted, std::size_t repealed, std::size_t moved,
                       std::size_t amended, const SummaryLanguage& summary) {
  const auto n = [](std::size_t v) {
    return std::to_string(v);
  };
  switch (summary.language) {
    case Language::kEnglish:
      return "Articles: " + n(inserted) + " inserted, " + n(repealed) + " repealed, " + n(moved) +
             " moved, " + n(amended) + " amended";
    case Language::kRussian:
      return "Статьи: добавлено " + n(inserted) + ", исключено " + n(repealed) + ", перенесено " +
             n(moved) + ", изменено " + n(amended);
    case Language::kUzbek:
      return Uz(summary, "Moddalar: ", "Моддалар: ") + n(inserted) +
             Uz(summary, " ta kiritildi, ", " та киритилди, ") + n(repealed) +
             Uz(summary, " ta chiqarildi, ", " та чиқарилди, ") + n(moved) +
             Uz(summary, " ta koʻchirildi, ", " та кўчирилди, ") + n(amended) +
             Uz(summary, " ta oʻzgartirildi", " та ўзгартирилди");
  }
  return "";
}

void AddOnce(std::vector<std::string>& lines, std::string line) {
  if (!line.empty() && std::find(lines.begin(), lines.end(), line) == lines.end()) {
    lines.push_back(std::move(line));
  }
}

// ---- comparison ---------------------------------------------------------------------

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

bool HoldsArticles(const model::Expression& e, std::size_t index) {
  for (std::size_t child : e.provisions[index].children) {
    if (e.provisions[child].element == "article" || HoldsArticles(e, child)) {
      return true;
    }
  }
  return false;
}

struct Side {
  const model::Expression* e;
  std::vector<std::size_t> units;
  int base_depth;
};

// Builds the unit list of a comparison from an alignment.
class Comparer {
 public:
  Comparer(const analysis::Analyzer& analyzer, SummaryLanguage language, const DiffOptions& options)
      : analyzer_(analyzer), language_(language), options_(options) {}

  Comparison Compare(const Side& a, const Side& b, const Alignment& alignment) {
    std::vector<std::optional<std::size_t>> a_match(a.units.size());
    std::vector<std::size_t> position_in_b(b.e->provisions.size(), b.units.size());
    for (std::size_t j = 0; j < b.units.size(); ++j) {
      position_in_b[b.units[j]] = j;
    }
    for (std::size_t k = 0; k < a.units.size(); ++k) {
      const auto paired = alignment.a_to_b[a.units[k]];
      if (paired && position_in_b[*paired] < b.units.size()) {
        a_match[k] = position_in_b[*paired];
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
    return out;
  }

  // One line per changed unit of a single-provision comparison.
  std::vector<std::string> ProvisionSummary(const Comparison& c) const {
    std::vector<std::string> lines;
    for (const UnitDiff& u : c.units) {
      if (u.change == UnitChange::kUnchanged) {
        continue;
      }
      if (u.change == UnitChange::kChanged && !u.moved && !u.figures.empty()) {
        AddOnce(lines, u.figures);
        continue;
      }
      AddOnce(lines, UnitLine(u.change, u.moved, u.label_from, u.label, language_));
      if (u.moved && !u.figures.empty()) {
        AddOnce(lines, u.figures);
      }
    }
    return lines;
  }

  // Counts, then one line per run of articles that fared alike (number and
  // heading), and the changed sanctions; units outside articles one line each.
  std::vector<std::string> ActSummary(const std::vector<std::vector<UnitDiff>>& groups) const {
    struct Entry {
      ArticleFate fate;
      std::string from, to, heading;
      long shift;  // to - from for numbered moves, else a value no neighbour shares
      std::vector<std::string> details;
    };

    std::vector<Entry> entries;
    std::size_t inserted = 0, repealed = 0, moved = 0, amended = 0;
    long unique = 1L << 40;
    for (const std::vector<UnitDiff>& g : groups) {
      const UnitDiff& head = g.front();
      if (head.element != "article") {
        if (head.container) {
          continue;  // a chapter or section: its articles say what changed
        }
        for (const UnitDiff& u : g) {
          if (u.change != UnitChange::kUnchanged) {
            entries.push_back({ArticleFate::kUnchanged,
                               "",
                               "",
                               "",
                               ++unique,
                               {UnitLine(u.change, u.moved, u.label_from, u.label, language_)}});
          }
        }
        continue;
      }
      Entry e{ArticleFate::kUnchanged,
              CanonicalNumber(head.num_from),
              CanonicalNumber(head.num_to),
              head.heading,
              ++unique,
              {}};
      const bool any_change = std::any_of(g.begin(), g.end(), [&](const UnitDiff& u) {
        return u.change != UnitChange::kUnchanged && !(&u == &head && !u.words.HasChanges());
      });
      if (head.change == UnitChange::kAdded) {
        e.fate = ArticleFate::kInserted;
        ++inserted;
      } else if (head.change == UnitChange::kRemoved) {
        e.fate = ArticleFate::kRepealed;
        ++repealed;
      } else if (head.moved) {
        e.fate = any_change ? ArticleFate::kMovedAmended : ArticleFate::kMoved;
        ++moved;
        amended += any_change ? 1 : 0;
        char* end_from = nullptr;
        char* end_to = nullptr;
        const long from = std::strtol(e.from.c_str(), &end_from, 10);
        const long to = std::strtol(e.to.c_str(), &end_to, 10);
        if (!e.from.empty() && !e.to.empty() && *end_from == '\0' && *end_to == '\0') {
          e.shift = to - from;
        }
      } else if (any_change) {
        e.fate = ArticleFate::kAmended;
        ++amended;
      }
      if (e.fate == ArticleFate::kInserted || e.fate == ArticleFate::kRepealed) {
        entries.push_back(std::move(e));
        continue;
      }
      for (const UnitDiff& u : g) {
        if (!u.figures.empty() && u.sanction) {
          e.details.push_back(u.figures);
        }
      }
      if (e.fate != ArticleFate::kUnchanged) {
        entries.push_back(std::move(e));
      }
    }
    std::vector<std::string> lines;
    if (inserted + repealed + moved + amended > 0) {
      lines.push_back(CountsLine(inserted, repealed, moved, amended, language_));
    }
    std::size_t i = 0;
    while (i < entries.size()) {
      const Entry& first = entries[i];
      if (first.fate == ArticleFate::kUnchanged) {  // a unit outside articles
        for (const std::string& d : first.details) {
          AddOnce(lines, d);
        }
        ++i;
        continue;
      }
      std::size_t j = i + 1;
      const bool shifted =
          first.fate == ArticleFate::kMoved || first.fate == ArticleFate::kMovedAmended;
      while (j < entries.size() && entries[j].fate == first.fate &&
             entries[j - 1].details.empty() && (!shifted || entries[j].shift == first.shift)) {
        ++j;
      }
      std::vector<std::string> from, to, headings;
      for (std::size_t k = i; k < j; ++k) {
        if (!entries[k].from.empty()) {
          from.push_back(entries[k].from);
        }
        if (!entries[k].to.empty()) {
          to.push_back(entries[k].to);
        }
        headings.push_back(entries[k].heading);
      }
      AddOnce(lines, ArticleLine(first.fate, from, to, headings, language_));
      for (const std::string& d : entries[j - 1].details) {
        AddOnce(lines, d);
      }
      i = j;
    }
    return lines;
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
    u.container = HoldsArticles(e1, first.units[k]);
    u.heading = p1.heading;
    u.depth = p1.depth - first.base_depth;
    u.label = Label(e1, first.units[k], language_);
    if (second == nullptr) {
      u.change = added ? UnitChange::kAdded : UnitChange::kRemoved;
      u.identity = p1.Identity();
      (added ? u.eid_to : u.eid_from) = p1.eid;
      (added ? u.num_to : u.num_from) = p1.num;
      if (!added) {
        u.label_from = u.label;
      }
      const std::string text = OwnText(p1);
      u.words = added ? DiffWords(analyzer_, "", text, options_)
                      : DiffWords(analyzer_, text, "", options_);
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
    u.label_from = u.label;
    u.label = Label(e2, second->units[j], language_);
    const std::string old_text = OwnText(p1);
    const std::string new_text = OwnText(p2);
    u.words = DiffWords(analyzer_, old_text, new_text, options_);
    u.moved =
        LabelPart(e1, first.units[k], language_) != LabelPart(e2, second->units[j], language_);
    if (u.words.HasChanges()) {
      u.change = UnitChange::kChanged;
      if (auto figures =
              FiguresLine(analyzer_, old_text, new_text, e2.language, u.label, language_)) {
        u.figures = figures->line;
        u.sanction = figures->sanction;
      }
    } else {
      u.change = u.moved ? UnitChange::kRenumbered : UnitChange::kUnchanged;
    }
    return u;
  }

  const analysis::Analyzer& analyzer_;
  SummaryLanguage language_;
  DiffOptions options_;
};

}  // namespace

std::optional<std::string> TooLargeToCompare(const model::Expression& a, std::size_t ia,
                                             const model::Expression& b, std::size_t ib) {
  for (const auto& [e, root] : {std::pair{&a, ia}, std::pair{&b, ib}}) {
    std::vector<std::size_t> units;
    if (root == model::kNoProvision) {
      for (std::size_t i = 0; i < e->provisions.size(); ++i) {
        units.push_back(i);
      }
    } else {
      units = Subtree(*e, root);
    }
    for (std::size_t i : units) {
      const std::size_t bytes = OwnText(e->provisions[i]).size();
      if (bytes > kMaxDiffBytes) {
        return e->provisions[i].eid + " of " + e->uri + " has " + std::to_string(bytes) +
               " bytes of text; a word comparison takes at most " + std::to_string(kMaxDiffBytes) +
               " per provision";
      }
    }
  }
  return std::nullopt;
}

Comparison CompareProvision(const analysis::Analyzer& analyzer, const model::Expression& a,
                            std::size_t ia, const model::Expression& b, std::size_t ib,
                            SummaryLanguage summary_language, const DiffOptions& options) {
  Comparer comparer(analyzer, summary_language, options);
  Comparison c = comparer.Compare({&a, Subtree(a, ia), a.provisions[ia].depth},
                                  {&b, Subtree(b, ib), b.provisions[ib].depth},
                                  AlignSubtrees(analyzer, a, ia, b, ib));
  c.summary = comparer.ProvisionSummary(c);
  return c;
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
  Comparer comparer(analyzer, summary_language, options);
  Comparison whole =
      comparer.Compare({&a, all(a), 0}, {&b, all(b), 0}, AlignExpressions(analyzer, a, b));
  // Group units under their article (units outside articles stand alone).
  std::vector<std::vector<UnitDiff>> groups;
  for (UnitDiff& u : whole.units) {
    const bool starts_group = u.element == "article" || groups.empty() ||
                              groups.back().front().element != "article" || u.depth == 0;
    if (starts_group) {
      groups.emplace_back();
    }
    groups.back().push_back(std::move(u));
  }
  whole.summary = comparer.ActSummary(groups);
  // The groups with changes first, each group in document order.
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

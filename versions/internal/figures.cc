#include "versions/internal/figures.h"

#include <algorithm>
#include <map>

#include "versions/internal/labels.h"

namespace qonun::versions::internal {

namespace {

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

}  // namespace

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

}  // namespace qonun::versions::internal

#include "versions/internal/summary_text.h"

#include <algorithm>
#include <optional>

#include "versions/internal/labels.h"

namespace qonun::versions::internal {

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

namespace {

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

}  // namespace

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

}  // namespace qonun::versions::internal

#pragma once
// The wording of change-summary lines in English, Russian and Uzbek (Latin
// and Cyrillic): what happened to a sub-provision, to a run of articles, and
// the counts a whole-act summary opens with.

#include <cstddef>
#include <string>
#include <vector>

#include "versions/compare.h"

namespace qonun::versions::internal {

// One sub-provision's change, in a single-provision summary: "Article 27
// amended", "moved from Article 21 to Article 27".
std::string UnitLine(UnitChange change, bool moved, const std::string& from, const std::string& to,
                     const SummaryLanguage& summary);

// What happened to an article as a whole, in a whole-act summary.
enum class ArticleFate { kInserted, kRepealed, kMoved, kMovedAmended, kAmended, kUnchanged };

// One line for a run of articles that fared alike, by canonical numbers
// before and after, with their headings.
std::string ArticleLine(ArticleFate fate, const std::vector<std::string>& from_numbers,
                        const std::vector<std::string>& to_numbers,
                        const std::vector<std::string>& headings, const SummaryLanguage& summary);

// "Articles: 9 inserted, 3 repealed, 18 moved, 22 amended".
std::string CountsLine(std::size_t inserted, std::size_t repealed, std::size_t moved,
                       std::size_t amended, const SummaryLanguage& summary);

// Appends `line` unless it is empty or already there: no line twice.
void AddOnce(std::vector<std::string>& lines, std::string line);

}  // namespace qonun::versions::internal

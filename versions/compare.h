#pragma once
// Comparing two versions of a provision or of a whole work, sub-provision by
// sub-provision, with a change summary a person reads first.
//
//   Comparison c = CompareProvision(analyzer, old_expr, i, new_expr, j, Language::kRussian);
//   c.summary   // {"ч. 1: санкция изменена с 3–5 лет на 5–8 лет", "ч. 2 п. «в» добавлен"}
//   c.units     // each sub-provision: added / removed / changed / unchanged / renumbered
//
// Provisions are aligned by versions/align.h (wId, else heading and text
// similarity, never the eId alone), so an article that moved is compared
// with its new number and reported as moved. The same machinery compares two
// different documents (a national definition and Protocol article 3).
//
// Summaries are for people: one line per change, no internal ids, no line
// twice. A whole-act summary opens with counts (articles inserted, repealed,
// moved, amended), then one line per run of articles that fared alike, with
// numbers and headings ("moved from Article 21 to Article 27 and amended:
// “Exemption of victims from liability”"), and the changed sanctions.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"
#include "common/language.h"
#include "model/document.h"

#include "versions/word_diff.h"

namespace qonun::versions {

// The language of a change summary: Uzbek in either script.
struct SummaryLanguage {
  SummaryLanguage(Language summary_language, bool uzbek_cyrillic = false)  // NOLINT: implicit
      : language(summary_language),
        cyrillic(summary_language == Language::kUzbek && uzbek_cyrillic) {}

  Language language;
  bool cyrillic;  // Uzbek in Cyrillic script
};

// The readers' interfaces, as the API's `ui` and the CLI's `--ui` name them.
inline constexpr const char* kReaderCodes = "eng, rus, uzb, uzb-Cyrl";

// The summary language of a reader's interface: "eng", "rus", "uzb" (Uzbek in
// Latin script) or "uzb-Cyrl"; nullopt for anything else.
std::optional<SummaryLanguage> ForReader(std::string_view ui);

// The interface code of a summary language: ForReader(ReaderCode(s)) is s.
std::string ReaderCode(const SummaryLanguage& summary);

enum class UnitChange { kAdded, kRemoved, kChanged, kUnchanged, kRenumbered };

const char* UnitChangeName(UnitChange change);  // "added", ...

struct UnitDiff {
  UnitChange change = UnitChange::kUnchanged;
  std::string element;   // "paragraph", "point", ...
  std::string identity;  // in the newer version (the older one for removed units)
  std::string eid_from;  // empty when added
  std::string eid_to;    // empty when removed
  std::string num_from;
  std::string num_to;
  std::string heading;
  std::string reader_heading;  // as the summary quotes it: the reader's language and script
  std::string label;       // "Article 5, part 2, point (c)" in the summary language (newer side)
  std::string label_from;  // the same in the older version (empty when added)
  bool moved = false;      // its number (or its article's) differs between the versions
  std::string figures;  // "sanction in … changed from 3–5 years to 5–8 years", if figures changed
  bool sanction = false;   // `figures` are a term of imprisonment
  int depth = 0;           // below the compared provision: 0 for itself
  bool container = false;  // a chapter or section: it holds articles
  WordDiff words;          // of the unit's own text (heading, intro, content, wrap-up)
};

struct Comparison {
  std::vector<UnitDiff> units;       // in document order; removed units where they stood
  std::vector<std::string> summary;  // one line a change, in the summary language
  std::size_t changed_units = 0;     // added + removed + changed + renumbered

  bool HasChanges() const { return changed_units > 0; }
};

// Compares provision `ia` of `a` with provision `ib` of `b` and all their
// sub-provisions; `summary_language` is the reader's interface. When there
// are changes, the summary opens with the provision as the reader names it:
// "Article 27 “Exemption of victims from liability”", "27-модда «…»". The
// heading is taken from `reader_text` (the newer version in the reader's
// language, when the work has one: the same eId) and otherwise from `b`;
// Uzbek headings are written in the reader's script.
Comparison CompareProvision(const analysis::Analyzer& analyzer, const model::Expression& a,
                            std::size_t ia, const model::Expression& b, std::size_t ib,
                            SummaryLanguage summary_language, const DiffOptions& options = {},
                            const model::Expression* reader_text = nullptr);

// Why provision `ia` of `a` and `ib` of `b` (kNoProvision: the whole
// expression) are too large to compare word by word: the first unit whose
// own text is longer than kMaxDiffBytes, named; nullopt when they fit.
std::optional<std::string> TooLargeToCompare(const model::Expression& a, std::size_t ia,
                                             const model::Expression& b, std::size_t ib);

// Compares two whole expressions article by article. The result lists the
// articles that changed first (each with its sub-provisions), then those
// that did not. The summary quotes headings from `reader_a` and `reader_b`
// (the two versions in the reader's language, when the work has them) and
// otherwise from `a` and `b`, Uzbek in the reader's script.
Comparison CompareExpressions(const analysis::Analyzer& analyzer, const model::Expression& a,
                              const model::Expression& b, SummaryLanguage summary_language,
                              const DiffOptions& options = {},
                              const model::Expression* reader_a = nullptr,
                              const model::Expression* reader_b = nullptr);

}  // namespace qonun::versions

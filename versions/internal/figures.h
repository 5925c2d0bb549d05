#pragma once
// The figures of a provision that changed between two versions: "sanction in
// Article 5, part 1 changed from 3–5 years to 5–8 years".

#include <optional>
#include <string>

#include "analysis/analyzer.h"
#include "common/language.h"

#include "versions/compare.h"

namespace qonun::versions::internal {

struct FiguresChange {
  std::string line;
  bool sanction = false;  // the figures are a term of imprisonment
};

// The line for a unit labelled `label` whose numbers (digits or number words
// of `text_language`) differ between the texts; nullopt when they do not.
std::optional<FiguresChange> FiguresLine(const analysis::Analyzer& analyzer,
                                         const std::string& old_text, const std::string& new_text,
                                         Language text_language, const std::string& label,
                                         const SummaryLanguage& summary);

}  // namespace qonun::versions::internal

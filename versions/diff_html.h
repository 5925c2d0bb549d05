#pragma once
// A comparison as an HTML fragment, the one form the API (format=html) and
// the CLI (--format html) serve. Every number, heading, label and text goes
// through common/html.h, so a corpus or imported file cannot inject markup.
//
//   <div class="qonun-diff">
//     <ul class="summary"><li>moved from Article 21 to Article 27</li>…</ul>
//     <section class="unit changed"><h4>Article 27</h4><p>…<del>…</del> <ins>…</ins>…</p></section>
//   </div>

#include <string>

#include "versions/compare.h"

namespace qonun::versions {

// The screen-reader and copy labels of inserted and deleted words in the
// summary's language and script.
DiffLabels LabelsFor(const SummaryLanguage& language);

// `all_units`: unchanged units too (the API); otherwise only changes (the CLI).
std::string ComparisonHtml(const Comparison& comparison, const SummaryLanguage& language,
                           bool all_units);

}  // namespace qonun::versions

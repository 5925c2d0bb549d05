#pragma once
// Which provision of one version is which provision of another, when
// amendments renumber, move, insert and repeal: eIds are positional ("art_21"
// is whatever stands 21st), so they are not trusted alone.
//
//   Alignment m = AlignExpressions(analyzer, law_2008, law_2021);
//   m.a_to_b[law_2008.FindByEid("art_21")]  // index of art_27 in law_2021
//
// Provisions are paired level by level: articles across the whole act (an
// article may move to another chapter), then the parts and points inside
// each pair of articles, and chapters and sections among themselves. At each
// level a shared wId pairs first; then pairs are taken by similarity, best
// first, where similarity is the Jaccard index of the shingles (analysed keys
// and pairs of consecutive keys, from the analysis chain) of the heading and
// the whole text, blended with that of the headings alone, plus a small bonus
// for the same eId; a pair needs kPairThreshold (or a clear lead, below).
// Below an article, two units left over with the same eId are paired too (a
// rewritten part 2 is still part 2), and so are articles where the numbering
// held (most pairs kept their eId: a code amended in place, where Art. 135
// "in a new wording" is still Art. 135).

#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/analyzer.h"
#include "model/document.h"

namespace qonun::versions {

// Similarity (0..1) at which two provisions count as one.
inline constexpr double kPairThreshold = 0.3;
// Below kPairThreshold, a pair down to this similarity is taken when it beats
// every rival candidate of either provision by kWeakPairMargin times.
inline constexpr double kWeakPairThreshold = 0.15;
inline constexpr double kWeakPairMargin = 1.2;

struct Alignment {
  // Indexed by provision index in A (resp. B): the paired provision on the
  // other side, or nullopt (repealed, resp. inserted).
  std::vector<std::optional<std::size_t>> a_to_b;
  std::vector<std::optional<std::size_t>> b_to_a;
  std::vector<double> similarity;  // by A index: the pair's similarity (1 for a wId match)
};

// Aligns every provision of two versions of a work (or two related documents).
Alignment AlignExpressions(const analysis::Analyzer& analyzer, const model::Expression& a,
                           const model::Expression& b);

// Aligns the subtree under `ia` with the subtree under `ib`; the two roots are
// paired whatever their similarity (the caller chose them).
Alignment AlignSubtrees(const analysis::Analyzer& analyzer, const model::Expression& a,
                        std::size_t ia, const model::Expression& b, std::size_t ib);

// Similarity of two provisions' headings and texts (with their parts), 0..1.
double ProvisionSimilarity(const analysis::Analyzer& analyzer, const model::Expression& a,
                           std::size_t ia, const model::Expression& b, std::size_t ib);

}  // namespace qonun::versions

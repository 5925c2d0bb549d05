#include "versions/align.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <string>
#include <tuple>
#include <unordered_map>

#include "versions/internal/tree.h"

namespace qonun::versions {

namespace {

using Shingles = std::vector<std::uint64_t>;  // sorted, unique

// The share of paired articles that kept their eId above which the
// numbering counts as stable.
constexpr double kNumberingKept = 0.8;

// Between two equally similar candidates, the one at the same eId wins.
constexpr double kSameEidBonus = 0.05;

// Heading, text and wrap-up of a provision and of everything under it, without
// the printed numbers (they change when the text moves).
void AppendSubtreeText(const model::Expression& e, std::size_t index, std::string& out) {
  const model::Provision& p = e.provisions[index];
  for (const std::string* part : {&p.heading, &p.text}) {
    if (!part->empty()) {
      out += *part;
      out += '\n';
    }
  }
  for (std::size_t child : p.children) {
    AppendSubtreeText(e, child, out);
  }
  if (!p.wrap_up.empty()) {
    out += p.wrap_up;
    out += '\n';
  }
}

Shingles MakeShingles(const analysis::Analyzer& analyzer, std::string_view text,
                      Language language) {
  Shingles out;
  const std::hash<std::string> hash;
  std::string previous;
  std::size_t last_position = static_cast<std::size_t>(-1);
  for (const analysis::Token& t : analyzer.AnalyzeDocument(text, language)) {
    if (t.position == last_position) {
      continue;  // another reading of the same word
    }
    last_position = t.position;
    if (t.stopword || t.key.empty()) {
      continue;
    }
    const std::string& key = t.stem.empty() ? t.key : t.stem;
    out.push_back(hash(key));
    if (!previous.empty()) {
      out.push_back(hash(previous + '\x1f' + key));
    }
    previous = key;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t Common(const Shingles& x, const Shingles& y) {
  std::size_t common = 0;
  auto i = x.begin();
  auto j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i == *j) {
      ++common;
      ++i;
      ++j;
    } else if (*i < *j) {
      ++i;
    } else {
      ++j;
    }
  }
  return common;
}

double Jaccard(const Shingles& x, const Shingles& y) {
  if (x.empty() || y.empty()) {
    return 0;
  }
  const std::size_t common = Common(x, y);
  return static_cast<double>(common) / static_cast<double>(x.size() + y.size() - common);
}

// Shingles of one side's provisions, computed when first asked for.
class ShingleCache {
 public:
  ShingleCache(const analysis::Analyzer& analyzer, const model::Expression& e)
      : analyzer_(analyzer), e_(e), body_(e.provisions.size()), heading_(e.provisions.size()) {}

  const Shingles& Body(std::size_t i) {
    if (!body_[i]) {
      std::string text;
      AppendSubtreeText(e_, i, text);
      body_[i] = MakeShingles(analyzer_, text, e_.language);
    }
    return *body_[i];
  }

  const Shingles& Heading(std::size_t i) {
    if (!heading_[i]) {
      heading_[i] = MakeShingles(analyzer_, e_.provisions[i].heading, e_.language);
    }
    return *heading_[i];
  }

 private:
  const analysis::Analyzer& analyzer_;
  const model::Expression& e_;
  std::vector<std::optional<Shingles>> body_;
  std::vector<std::optional<Shingles>> heading_;
};

// Inverse document frequency of shingles over the provisions aligned at one
// level: words every heading shares ("victims of trafficking in persons")
// say little about which article is which.
class Weights {
 public:
  void Count(const Shingles& s) {
    ++documents_;
    for (std::uint64_t x : s) {
      ++frequency_[x];
    }
  }

  double Of(std::uint64_t x) const {
    auto it = frequency_.find(x);
    const double df = it == frequency_.end() ? 1.0 : static_cast<double>(it->second);
    return std::log(1.0 + static_cast<double>(documents_) / df);
  }

  // Weighted Jaccard index of two sets.
  double Similarity(const Shingles& x, const Shingles& y) const {
    double common = 0;
    double all = 0;
    auto i = x.begin();
    auto j = y.begin();
    while (i != x.end() || j != y.end()) {
      if (j == y.end() || (i != x.end() && *i < *j)) {
        all += Of(*i++);
      } else if (i == x.end() || *j < *i) {
        all += Of(*j++);
      } else {
        const double w = Of(*i);
        common += w;
        all += w;
        ++i;
        ++j;
      }
    }
    return all > 0 ? common / all : 0;
  }

 private:
  std::unordered_map<std::uint64_t, int> frequency_;
  int documents_ = 0;
};

class Aligner {
 public:
  Aligner(const analysis::Analyzer& analyzer, const model::Expression& a,
          const model::Expression& b)
      : a_(a), b_(b), sa_(analyzer, a), sb_(analyzer, b) {
    out_.a_to_b.resize(a.provisions.size());
    out_.b_to_a.resize(b.provisions.size());
    out_.similarity.resize(a.provisions.size(), 0);
  }

  void Pair(std::size_t i, std::size_t j, double similarity) {
    out_.a_to_b[i] = j;
    out_.b_to_a[j] = i;
    out_.similarity[i] = similarity;
  }

  // Aligns the provisions in `as` (of A) with those in `bs` (of B); the sets
  // hold no container of articles. Paired provisions' children follow.
  void AlignUnits(const std::vector<std::size_t>& as, const std::vector<std::size_t>& bs,
                  bool same_eid_pairs) {
    PairBestFirst(as, bs);
    if (!same_eid_pairs) {
      // Where the numbering held (a code amended in place: most pairs keep
      // their eId), an article left over at the same eId is that article in
      // a new wording; where it did not (a law re-enacted with renumbered
      // articles), the same eId means nothing.
      std::size_t pairs = 0;
      std::size_t kept = 0;
      for (std::size_t i : as) {
        if (out_.a_to_b[i]) {
          ++pairs;
          kept += a_.provisions[i].eid == b_.provisions[*out_.a_to_b[i]].eid ? 1 : 0;
        }
      }
      same_eid_pairs = static_cast<double>(kept) >= kNumberingKept * static_cast<double>(pairs);
    }
    if (same_eid_pairs) {
      for (std::size_t i : as) {
        for (std::size_t j : bs) {
          if (!out_.a_to_b[i] && !out_.b_to_a[j] &&
              a_.provisions[i].element == b_.provisions[j].element &&
              a_.provisions[i].eid == b_.provisions[j].eid) {
            Pair(i, j, Jaccard(sa_.Body(i), sb_.Body(j)));
          }
        }
      }
    }
    for (std::size_t i : as) {
      if (out_.a_to_b[i]) {
        AlignUnits(a_.provisions[i].children, b_.provisions[*out_.a_to_b[i]].children, true);
      }
    }
  }

  // Aligns provisions from A's `as` and B's `bs` (whole subtrees, in document
  // order): containers of articles among themselves, articles (and the units
  // outside articles) across the whole set, each with its parts.
  void AlignTrees(const std::vector<std::size_t>& as, const std::vector<std::size_t>& bs) {
    auto split = [](const model::Expression& e, const std::vector<std::size_t>& set,
                    std::vector<std::size_t>& containers, std::vector<std::size_t>& units) {
      for (std::size_t i : set) {
        if (internal::HoldsArticles(e, i)) {
          containers.push_back(i);
          continue;
        }
        const std::size_t parent = e.provisions[i].parent;
        const bool in_set = std::find(set.begin(), set.end(), parent) != set.end();
        if (parent == model::kNoProvision || !in_set || internal::HoldsArticles(e, parent)) {
          units.push_back(i);  // its parent (if any) is a container: it starts a unit
        }
      }
    };
    std::vector<std::size_t> a_containers, a_units, b_containers, b_units;
    split(a_, as, a_containers, a_units);
    split(b_, bs, b_containers, b_units);
    // Containers pair by their whole text, without descending: their
    // articles are aligned across the whole set (an article may change chapter).
    PairBestFirst(a_containers, b_containers);
    AlignUnits(a_units, b_units, false);
  }

  Alignment Take() { return std::move(out_); }

  double RootSimilarity(std::size_t i, std::size_t j) { return Jaccard(sa_.Body(i), sb_.Body(j)); }

 private:
  // Similarity of i and j among the provisions aligned at one level, words
  // weighted by their rarity there. A heading names what an article is about
  // and survives rewording of the body ("Education authorities" in 2008 and
  // 2021), so where both sides have one it weighs 40%.
  double Score(std::size_t i, std::size_t j, const Weights& body, const Weights& heading) {
    const double text = body.Similarity(sa_.Body(i), sb_.Body(j));
    if (sa_.Heading(i).empty() || sb_.Heading(j).empty()) {
      return text;
    }
    return 0.6 * text + 0.4 * heading.Similarity(sa_.Heading(i), sb_.Heading(j));
  }

  // Pairs by a shared wId, then best first by similarity: a pair scoring
  // kPairThreshold is taken; one scoring kWeakPairThreshold only when it
  // beats every other candidate of either side still free by kWeakPairMargin
  // (a weak match that is as good as another is a guess).
  void PairBestFirst(const std::vector<std::size_t>& as, const std::vector<std::size_t>& bs) {
    for (std::size_t i : as) {
      const model::Provision& pa = a_.provisions[i];
      for (std::size_t j : bs) {
        const model::Provision& pb = b_.provisions[j];
        if (!out_.a_to_b[i] && !out_.b_to_a[j] && (!pa.wid.empty() || !pb.wid.empty()) &&
            pa.Identity() == pb.Identity()) {
          Pair(i, j, 1);
        }
      }
    }
    Weights body, heading;
    for (std::size_t i : as) {
      body.Count(sa_.Body(i));
      heading.Count(sa_.Heading(i));
    }
    for (std::size_t j : bs) {
      body.Count(sb_.Body(j));
      heading.Count(sb_.Heading(j));
    }

    struct Candidate {
      double score;
      bool same_eid;
      std::size_t distance;
      std::size_t i, j;
    };

    std::vector<Candidate> candidates;
    for (std::size_t x = 0; x < as.size(); ++x) {
      const std::size_t i = as[x];
      if (out_.a_to_b[i]) {
        continue;
      }
      for (std::size_t y = 0; y < bs.size(); ++y) {
        const std::size_t j = bs[y];
        if (out_.b_to_a[j] || a_.provisions[i].element != b_.provisions[j].element) {
          continue;
        }
        const bool same_eid = a_.provisions[i].eid == b_.provisions[j].eid;
        const double score = Score(i, j, body, heading) + (same_eid ? kSameEidBonus : 0);
        if (score >= kWeakPairThreshold / kWeakPairMargin) {
          candidates.push_back({score, same_eid, x > y ? x - y : y - x, i, j});
        }
      }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& l, const Candidate& r) {
      return std::tie(r.score, r.same_eid, l.distance, l.i, l.j) <
             std::tie(l.score, l.same_eid, r.distance, r.i, r.j);
    });
    for (const Candidate& c : candidates) {
      if (out_.a_to_b[c.i] || out_.b_to_a[c.j] || c.score < kWeakPairThreshold) {
        continue;
      }
      if (c.score < kPairThreshold) {
        double rival = 0;
        for (const Candidate& o : candidates) {
          const bool competes = (o.i == c.i && o.j != c.j && !out_.b_to_a[o.j]) ||
                                (o.j == c.j && o.i != c.i && !out_.a_to_b[o.i]);
          if (competes) {
            rival = std::max(rival, o.score);
          }
        }
        if (c.score < kWeakPairMargin * rival) {
          continue;
        }
      }
      Pair(c.i, c.j, c.score);
    }
  }

  const model::Expression& a_;
  const model::Expression& b_;
  ShingleCache sa_;
  ShingleCache sb_;
  Alignment out_;
};

}  // namespace

Alignment AlignExpressions(const analysis::Analyzer& analyzer, const model::Expression& a,
                           const model::Expression& b) {
  Aligner aligner(analyzer, a, b);
  aligner.AlignTrees(internal::AllProvisions(a), internal::AllProvisions(b));
  return aligner.Take();
}

Alignment AlignSubtrees(const analysis::Analyzer& analyzer, const model::Expression& a,
                        std::size_t ia, const model::Expression& b, std::size_t ib) {
  Aligner aligner(analyzer, a, b);
  aligner.Pair(ia, ib, aligner.RootSimilarity(ia, ib));
  if (internal::HoldsArticles(a, ia) || internal::HoldsArticles(b, ib)) {
    std::vector<std::size_t> as = internal::Subtree(a, ia);
    std::vector<std::size_t> bs = internal::Subtree(b, ib);
    as.erase(as.begin());
    bs.erase(bs.begin());
    aligner.AlignTrees(as, bs);
  } else {
    aligner.AlignUnits(a.provisions[ia].children, b.provisions[ib].children, true);
  }
  return aligner.Take();
}

double ProvisionSimilarity(const analysis::Analyzer& analyzer, const model::Expression& a,
                           std::size_t ia, const model::Expression& b, std::size_t ib) {
  Aligner aligner(analyzer, a, b);
  return aligner.RootSimilarity(ia, ib);
}

}  // namespace qonun::versions

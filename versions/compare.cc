#include "versions/compare.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
#include <string_view>

#include "citation/keys.h"
#include "versions/align.h"
#include "versions/internal/figures.h"
#include "versions/internal/labels.h"
#include "versions/internal/summary_text.h"
#include "versions/internal/tree.h"

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

std::optional<SummaryLanguage> ForReader(std::string_view ui) {
  if (ui == "uzb-Cyrl") {
    return SummaryLanguage(Language::kUzbek, true);
  }
  if (const std::optional<Language> language = ParseLanguageCode(ui)) {
    return SummaryLanguage(*language);
  }
  return std::nullopt;
}

std::string ReaderCode(const SummaryLanguage& summary) {
  return std::string(LanguageCode(summary.language)) + (summary.cyrillic ? "-Cyrl" : "");
}

namespace {

using internal::AddOnce;
using internal::ArticleFate;
using internal::ArticleLine;
using internal::CountsLine;
using internal::FiguresLine;
using internal::HoldsArticles;
using internal::Label;
using internal::LabelPart;
using internal::OwnText;
using internal::Subtree;
using internal::UnitLine;

struct Side {
  const model::Expression* e;
  std::vector<std::size_t> units;
  int base_depth;
};

// Builds the unit list of a comparison from an alignment.
class Comparer {
 public:
  Comparer(const analysis::Analyzer& analyzer, SummaryLanguage language, const DiffOptions& options,
           const model::Expression* reader_a = nullptr, const model::Expression* reader_b = nullptr)
      : analyzer_(analyzer),
        language_(language),
        options_(options),
        reader_a_(reader_a),
        reader_b_(reader_b) {}

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
              head.reader_heading,
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
    u.reader_heading =
        internal::ReaderHeading(e1, first.units[k], language_, added ? reader_b_ : reader_a_);
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
    u.reader_heading = internal::ReaderHeading(e2, second->units[j], language_, reader_b_);
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
  const model::Expression* reader_a_;  // the versions in the reader's language, when there are
  const model::Expression* reader_b_;
};

}  // namespace

std::optional<std::string> TooLargeToCompare(const model::Expression& a, std::size_t ia,
                                             const model::Expression& b, std::size_t ib) {
  for (const auto& [e, root] : {std::pair{&a, ia}, std::pair{&b, ib}}) {
    const std::vector<std::size_t> units =
        root == model::kNoProvision ? internal::AllProvisions(*e) : Subtree(*e, root);
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
                            SummaryLanguage summary_language, const DiffOptions& options,
                            const model::Expression* reader_text) {
  Comparer comparer(analyzer, summary_language, options, nullptr, reader_text);
  Comparison c = comparer.Compare({&a, Subtree(a, ia), a.provisions[ia].depth},
                                  {&b, Subtree(b, ib), b.provisions[ib].depth},
                                  AlignSubtrees(analyzer, a, ia, b, ib));
  c.summary = comparer.ProvisionSummary(c);
  if (!c.summary.empty()) {
    c.summary.insert(c.summary.begin(),
                     internal::ProvisionTitle(b, ib, summary_language, reader_text));
  }
  return c;
}

Comparison CompareExpressions(const analysis::Analyzer& analyzer, const model::Expression& a,
                              const model::Expression& b, SummaryLanguage summary_language,
                              const DiffOptions& options, const model::Expression* reader_a,
                              const model::Expression* reader_b) {
  Comparer comparer(analyzer, summary_language, options, reader_a, reader_b);
  Comparison whole =
      comparer.Compare({&a, internal::AllProvisions(a), 0}, {&b, internal::AllProvisions(b), 0},
                       AlignExpressions(analyzer, a, b));
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

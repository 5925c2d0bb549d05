#pragma once
// Facets: how many results (articles, once the versions and languages of
// one article are collapsed into one) have each work, language, level and
// kind, counted while Xapian matches.
//
// A FacetSpy belongs to one Enquire on one thread.

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "search/searcher.h"

namespace qonun::search::internal {

// Counts, for each facet slot and value, the result groups (articles) that
// have a matching document with that value: facets then count what the user
// sees as results, not every matching part in every language. One spy for
// all facets, so each document's group key is read once.
class FacetSpy : public Xapian::MatchSpy {
 public:
  struct Facet {
    const char* name;  // "work", "lang", …
    Xapian::valueno slot;
  };

  FacetSpy(std::vector<Facet> facets, Xapian::valueno group_slot)
      : facets_(std::move(facets)), groups_(facets_.size()), group_slot_(group_slot) {}

  void operator()(const Xapian::Document& doc, double /*weight*/) override {
    std::string group = doc.get_value(group_slot_);
    if (group.empty()) {
      // Xapian does not collapse documents without a key: each is its own result.
      group = "#" + std::to_string(doc.get_docid());
    }
    for (std::size_t f = 0; f < facets_.size(); ++f) {
      groups_[f][doc.get_value(facets_[f].slot)].insert(group);
    }
    all_groups_.insert(std::move(group));
    ++documents_seen_;
  }

  Xapian::doccount DocumentsSeen() const { return documents_seen_; }

  // Distinct groups seen: the exact number of results once collapsed.
  std::size_t GroupCount() const { return all_groups_.size(); }

  std::map<std::string, std::vector<FacetValue>> Values() const {
    std::map<std::string, std::vector<FacetValue>> out;
    for (std::size_t f = 0; f < facets_.size(); ++f) {
      auto& values = out[facets_[f].name];
      for (const auto& [value, groups] : groups_[f]) {
        values.push_back({value, groups.size()});
      }
    }
    return out;
  }

 private:
  std::vector<Facet> facets_;
  std::vector<std::map<std::string, std::unordered_set<std::string>>> groups_;  // per facet
  Xapian::valueno group_slot_;
  std::unordered_set<std::string> all_groups_;
  Xapian::doccount documents_seen_ = 0;
};

// Totals and facets are exact while a query matches at most this many
// documents; past it Xapian stops looking (a common word at a million
// provisions) and the total is its estimate.
inline constexpr Xapian::doccount kExactCountLimit = 1000;

}  // namespace qonun::search::internal

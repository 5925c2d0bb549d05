#include "search/type_ahead.h"

#include <algorithm>
#include <set>
#include <tuple>
#include <unordered_set>

#include "analysis/analyzer.h"

namespace qonun::search {

WordKeys SuggestWords(const analysis::Analyzer& analyzer, std::string_view text) {
  WordKeys words;
  for (const analysis::Token& t : analyzer.AnalyzeQuery(text)) {
    if (words.size() <= t.position) {
      words.resize(t.position + 1);
    }
    words[t.position].push_back(t.key);
  }
  std::erase_if(words, [](const auto& keys) { return keys.empty(); });
  return words;
}

std::string_view KindName(TypeAheadEntry::Kind kind) {
  switch (kind) {
    case TypeAheadEntry::Kind::kWork:
      return "work";
    case TypeAheadEntry::Kind::kHeading:
      return "heading";
    case TypeAheadEntry::Kind::kTerm:
      return "term";
  }
  return "term";
}

TypeAhead TypeAhead::Build(const model::Corpus& corpus, const model::Thesaurus& thesaurus,
                           const analysis::Analyzer& analyzer) {
  using Kind = TypeAheadEntry::Kind;
  std::vector<TypeAheadEntry> candidates;
  for (const model::Work& w : corpus.works()) {
    for (const std::string& alias : w.metadata.aliases) {
      candidates.push_back({alias, Kind::kWork, w.metadata.uri, ""});
    }
    for (const auto& [language, name] : w.names) {
      candidates.push_back({name, Kind::kWork, w.metadata.uri, ""});
    }
    std::set<std::string> headings;
    for (const model::Expression& e : w.expressions) {
      for (const model::Provision& prov : e.provisions) {
        if (prov.element == "article" && !prov.heading.empty() &&
            headings.insert(prov.heading).second) {
          candidates.push_back({prov.heading, Kind::kHeading, w.metadata.uri, prov.eid});
        }
      }
    }
  }
  for (const model::Concept& concept_entry : thesaurus.concepts) {
    for (const auto& [language, terms] : concept_entry.terms) {
      for (const std::string& term : terms) {
        candidates.push_back({term, Kind::kTerm, "", ""});
      }
    }
  }
  // Answer order without the starting word; ties keep corpus order.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const TypeAheadEntry& a, const TypeAheadEntry& b) {
                     return std::make_tuple(a.kind, a.text.size(), std::string_view(a.text)) <
                            std::make_tuple(b.kind, b.text.size(), std::string_view(b.text));
                   });

  TypeAhead table;
  // Of candidates with one text (a heading in many works, a name that is
  // also a term) only the first can be answered: equal texts match at equal
  // words, and one text is given once.
  std::unordered_set<std::string> texts;
  for (TypeAheadEntry& c : candidates) {
    if (!texts.insert(c.text).second) {
      continue;
    }
    WordKeys words = SuggestWords(analyzer, c.text);
    if (words.empty()) {
      continue;
    }
    table.words_.push_back(std::move(words));
    table.entries_.push_back(std::move(c));
  }
  for (std::uint32_t e = 0; e < table.words_.size(); ++e) {
    for (std::uint32_t w = 0; w < table.words_[e].size(); ++w) {
      for (std::uint32_t r = 0; r < table.words_[e][w].size(); ++r) {
        table.keys_.push_back({e, w, r});
      }
    }
  }
  std::sort(table.keys_.begin(), table.keys_.end(),
            [&table](const KeyRef& a, const KeyRef& b) { return table.KeyOf(a) < table.KeyOf(b); });
  return table;
}

std::vector<const TypeAheadEntry*> TypeAhead::Find(const WordKeys& typed, std::size_t limit) const {
  std::vector<const TypeAheadEntry*> out;
  if (typed.empty() || limit == 0) {
    return out;
  }
  const std::size_t last = typed.size() - 1;
  // Does entry `e`, from its word `at` on, match every typed word after the first?
  const auto rest_matches = [&](std::uint32_t e, std::size_t at) {
    const WordKeys& words = words_[e];
    if (at + typed.size() > words.size()) {
      return false;
    }
    for (std::size_t k = 1; k < typed.size(); ++k) {
      bool any = false;
      for (const std::string& want : typed[k]) {
        for (const std::string& have : words[at + k]) {
          any = any || (k == last ? have.starts_with(want) : have == want);
        }
      }
      if (!any) {
        return false;
      }
    }
    return true;
  };

  // (starting word, entry): sorted, the first of an entry is its best start.
  std::vector<std::uint64_t> matches;
  const auto key_less = [this](const KeyRef& ref, const std::string& key) {
    return KeyOf(ref) < key;
  };
  for (const std::string& want : typed[0]) {
    auto it = std::lower_bound(keys_.begin(), keys_.end(), want, key_less);
    for (; it != keys_.end(); ++it) {
      const std::string& key = KeyOf(*it);
      if (last == 0 ? !key.starts_with(want) : key != want) {
        break;
      }
      if (rest_matches(it->entry, it->word)) {
        matches.push_back(std::uint64_t{it->word} << 32 | it->entry);
      }
    }
  }

  // Most prefixes match far more entries than are shown: order only the
  // first few, and everything only when repeated entries leave too few.
  const auto take = [&](std::size_t sorted) {
    out.clear();
    for (std::size_t i = 0; i < sorted && out.size() < limit; ++i) {
      const TypeAheadEntry* entry = &entries_[matches[i] & 0xffffffffU];
      if (std::find(out.begin(), out.end(), entry) == out.end()) {
        out.push_back(entry);
      }
    }
  };
  const std::size_t first = std::min(matches.size(), 4 * limit);
  std::partial_sort(matches.begin(), matches.begin() + static_cast<std::ptrdiff_t>(first),
                    matches.end());
  take(first);
  if (out.size() < limit && first < matches.size()) {
    std::sort(matches.begin(), matches.end());
    take(matches.size());
  }
  return out;
}

}  // namespace qonun::search

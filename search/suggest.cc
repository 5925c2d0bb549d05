#include "search/suggest.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "analysis/analyzer.h"

namespace qonun::search {

namespace {

// The analysis keys of each word of `text` (a word may have several readings).
std::vector<std::vector<std::string>> KeysByWord(const analysis::Analyzer& analyzer,
                                                 std::string_view text) {
  std::vector<std::vector<std::string>> words;
  for (const analysis::Token& t : analyzer.AnalyzeQuery(text)) {
    if (words.size() <= t.position) {
      words.resize(t.position + 1);
    }
    words[t.position].push_back(t.key);
  }
  std::erase_if(words, [](const auto& keys) { return keys.empty(); });
  return words;
}

}  // namespace

std::vector<Suggestion> Suggest(const Snapshot& snapshot, const analysis::Analyzer& analyzer,
                                std::string_view typed_text, std::size_t limit) {
  const std::vector<std::vector<std::string>> typed = KeysByWord(analyzer, typed_text);
  if (typed.empty()) {
    return {};
  }
  std::vector<Suggestion> candidates;
  for (const model::Work& w : snapshot.corpus.works()) {
    for (const std::string& alias : w.metadata.aliases) {
      candidates.push_back({alias, "work", w.metadata.uri, ""});
    }
    for (const auto& [language, name] : w.names) {
      candidates.push_back({name, "work", w.metadata.uri, ""});
    }
    std::set<std::string> headings;
    for (const model::Expression& e : w.expressions) {
      for (const model::Provision& prov : e.provisions) {
        if (prov.element == "article" && !prov.heading.empty() &&
            headings.insert(prov.heading).second) {
          candidates.push_back({prov.heading, "heading", w.metadata.uri, prov.eid});
        }
      }
    }
  }
  for (const model::Concept& concept_entry : snapshot.thesaurus.concepts) {
    for (const auto& [language, terms] : concept_entry.terms) {
      for (const std::string& term : terms) {
        candidates.push_back({term, "term", "", ""});
      }
    }
  }

  // A candidate matches when the typed words start at one of its words, the
  // last typed word as a prefix. Earlier starts and works rank first.
  struct Scored {
    std::size_t offset;
    int kind;
    std::size_t length;
    const Suggestion* s;
  };

  std::vector<Scored> matches;
  for (const Suggestion& s : candidates) {
    const std::vector<std::vector<std::string>> words = KeysByWord(analyzer, s.text);
    for (std::size_t at = 0; at + typed.size() <= words.size(); ++at) {
      bool all = true;
      for (std::size_t k = 0; k < typed.size() && all; ++k) {
        const bool last = k + 1 == typed.size();
        bool any = false;
        for (const std::string& want : typed[k]) {
          for (const std::string& have : words[at + k]) {
            any = any || (last ? have.rfind(want, 0) == 0 : have == want);
          }
        }
        all = any;
      }
      if (all) {
        matches.push_back({at,
                           s.kind == "work"      ? 0
                           : s.kind == "heading" ? 1
                                                 : 2,
                           s.text.size(), &s});
        break;
      }
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.offset, a.kind, a.length, a.s->text) <
           std::tie(b.offset, b.kind, b.length, b.s->text);
  });
  std::vector<Suggestion> out;
  std::set<std::string> seen;
  for (const Scored& m : matches) {
    if (out.size() >= limit) {
      break;
    }
    if (seen.insert(m.s->text).second) {
      out.push_back(*m.s);
    }
  }
  return out;
}

}  // namespace qonun::search

// The type-ahead table (search/type_ahead.h) over the bundled corpus gives,
// for every query, what the suggest handler computed before the table
// existed: each candidate's words analysed on the spot and compared with the
// typed words. That computation is kept here as the expectation.

#include "search/type_ahead.h"

#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus.h"
#include "model/thesaurus.h"

namespace fs = std::filesystem;
using qonun::search::TypeAheadEntry;
using qonun::search::WordKeys;

namespace {

struct Answer {
  std::string text, kind, work, eid;
  bool operator==(const Answer&) const = default;
};

// The suggest handler as it was: every candidate analysed per request.
std::vector<Answer> BruteForce(const qonun::model::Corpus& corpus,
                               const qonun::model::Thesaurus& thesaurus,
                               const qonun::analysis::Analyzer& analyzer, const std::string& q,
                               std::size_t limit) {
  const WordKeys typed = qonun::search::SuggestWords(analyzer, q);
  if (typed.empty()) {
    return {};
  }
  std::vector<Answer> candidates;
  for (const qonun::model::Work& w : corpus.works()) {
    for (const std::string& alias : w.metadata.aliases) {
      candidates.push_back({alias, "work", w.metadata.uri, ""});
    }
    for (const auto& [language, name] : w.names) {
      candidates.push_back({name, "work", w.metadata.uri, ""});
    }
    std::set<std::string> headings;
    for (const qonun::model::Expression& e : w.expressions) {
      for (const qonun::model::Provision& prov : e.provisions) {
        if (prov.element == "article" && !prov.heading.empty() &&
            headings.insert(prov.heading).second) {
          candidates.push_back({prov.heading, "heading", w.metadata.uri, prov.eid});
        }
      }
    }
  }
  for (const qonun::model::Concept& c : thesaurus.concepts) {
    for (const auto& [language, terms] : c.terms) {
      for (const std::string& term : terms) {
        candidates.push_back({term, "term", "", ""});
      }
    }
  }

  struct Scored {
    std::size_t offset;
    int kind;
    std::size_t length;
    const Answer* s;
  };

  std::vector<Scored> matches;
  for (const Answer& s : candidates) {
    const WordKeys words = qonun::search::SuggestWords(analyzer, s.text);
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
  // Stable: of equal candidates (one heading in several works) the first in
  // corpus order is given, as the table does.
  std::stable_sort(matches.begin(), matches.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.offset, a.kind, a.length, a.s->text) <
           std::tie(b.offset, b.kind, b.length, b.s->text);
  });
  std::vector<Answer> out;
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

// The first `chars` characters of UTF-8 `text`.
std::string Prefix(const std::string& text, std::size_t chars) {
  std::size_t at = 0;
  for (std::size_t n = 0; n < chars && at < text.size(); ++n) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) {
      ++at;
    }
  }
  return text.substr(0, at);
}

}  // namespace

namespace Catch {
template <>
struct StringMaker<Answer> {
  static std::string convert(const Answer& a) {
    return "{" + a.text + " | " + a.kind + " | " + a.work + " | " + a.eid + "}";
  }
};
}  // namespace Catch

TEST_CASE("type-ahead table answers as the per-request analysis did", "[search][suggest]") {
  const fs::path corpus_dir = fs::path(QONUN_SOURCE_DIR) / "corpus";
  qonun::model::CorpusLoad load = qonun::model::LoadCorpus(corpus_dir);
  REQUIRE(load.files_rejected == 0);
  std::vector<qonun::model::Diagnostic> diagnostics;
  const qonun::model::Thesaurus thesaurus =
      qonun::model::LoadThesaurus((corpus_dir / "thesaurus.tsv").string(), diagnostics);
  REQUIRE(!thesaurus.concepts.empty());
  auto analyzer = qonun::analysis::Analyzer::Create();
  REQUIRE(analyzer.ok());
  const qonun::search::TypeAhead table =
      qonun::search::TypeAhead::Build(load.corpus, thesaurus, *analyzer);
  REQUIRE(table.size() > 100);

  // Keystrokes: prefixes of the start of every seventh article heading, of its
  // second word, and two words with the second cut short; plus a few fixed ones.
  std::set<std::string> queries = {"вербо", "ст", "jinoyat",     "Criminal co",    "o'",
                                   "оʻз",   "x",  "торговля лю", "trafficking in", "",
                                   "!!",    "1"};
  std::size_t n = 0;
  for (const qonun::model::Work& w : load.corpus.works()) {
    for (const qonun::model::Expression& e : w.expressions) {
      for (const qonun::model::Provision& prov : e.provisions) {
        if (prov.element != "article" || prov.heading.empty() || n++ % 7 != 0) {
          continue;
        }
        for (std::size_t chars = 1; chars <= 5; ++chars) {
          queries.insert(Prefix(prov.heading, chars));
        }
        const std::size_t space = prov.heading.find(' ');
        if (space != std::string::npos) {
          queries.insert(Prefix(prov.heading.substr(space + 1), 3));
          queries.insert(prov.heading.substr(0, space) + " " +
                         Prefix(prov.heading.substr(space + 1), 2));
        }
      }
    }
  }
  REQUIRE(queries.size() > 200);
  std::size_t answered = 0;
  for (const std::string& q : queries) {
    // A shorter list is the start of the longer one.
    const std::vector<Answer> longest = BruteForce(load.corpus, thesaurus, *analyzer, q, 20);
    for (const std::size_t limit : {std::size_t{1}, std::size_t{8}, std::size_t{20}}) {
      const std::vector<Answer> expected(
          longest.begin(),
          longest.begin() + static_cast<std::ptrdiff_t>(std::min(limit, longest.size())));
      std::vector<Answer> got;
      for (const TypeAheadEntry* entry :
           table.Find(qonun::search::SuggestWords(*analyzer, q), limit)) {
        got.push_back({entry->text, std::string(qonun::search::KindName(entry->kind)), entry->work,
                       entry->eid});
      }
      INFO("query '" << q << "', limit " << limit);
      REQUIRE(got == expected);
      answered += got.empty() ? 0 : 1;
    }
  }
  // Most keystrokes find something: the comparison is not of empty lists.
  CHECK(answered > queries.size() * 2);
}

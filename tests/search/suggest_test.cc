// Type-ahead over a snapshot of the small test corpus (no index needed).

#include "search/suggest.h"

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus.h"
#include "search/type_ahead.h"

namespace {

using qonun::search::Suggest;
using qonun::search::Suggestion;

const qonun::analysis::Analyzer& A() {
  static const auto analyzer = qonun::analysis::Analyzer::Create().value();
  return analyzer;
}

const qonun::search::Snapshot& S() {
  static const qonun::search::Snapshot snapshot = [] {
    qonun::search::Snapshot s;
    s.corpus = qonun::model::LoadCorpus(std::string(QONUN_TEST_DATA_DIR) + "/minimal").corpus;
    qonun::model::Concept labour;
    labour.id = "forced-labour";
    labour.terms[qonun::Language::kEnglish] = {"forced labour"};
    labour.terms[qonun::Language::kUzbek] = {"majburiy mehnat"};
    s.thesaurus.concepts.push_back(labour);
    // As the snapshot loader does: the type-ahead table is built once.
    s.type_ahead = qonun::search::TypeAhead::Build(s.corpus, s.thesaurus, A());
    return s;
  }();
  return snapshot;
}

}  // namespace

TEST_CASE("type-ahead completes the last word of a heading", "[search][unit]") {
  const std::vector<Suggestion> found = Suggest(S(), A(), "вербо", 8);
  REQUIRE_FALSE(found.empty());
  CHECK(found[0].text == "Вербовка людей");
  CHECK(found[0].kind == "heading");
  CHECK(found[0].eid == "art_5");
  CHECK(found[0].work == "/akn/uz/act/1994-09-22/test-1");
}

TEST_CASE("type-ahead puts works first and finds thesaurus terms in any script", "[search][unit]") {
  const std::vector<Suggestion> work = Suggest(S(), A(), "т", 8);
  REQUIRE_FALSE(work.empty());
  CHECK(work[0].kind == "work");
  // Cyrillic Uzbek typed, Latin term found.
  const std::vector<Suggestion> term = Suggest(S(), A(), "мажбурий меҳ", 8);
  REQUIRE(term.size() == 1);
  CHECK(term[0].text == "majburiy mehnat");
  CHECK(term[0].kind == "term");
}

TEST_CASE("type-ahead stops at the limit and says nothing to nothing", "[search][unit]") {
  CHECK(Suggest(S(), A(), "", 8).empty());
  CHECK(Suggest(S(), A(), "  ,. ", 8).empty());
  CHECK(Suggest(S(), A(), "т", 1).size() == 1);
  CHECK(Suggest(S(), A(), "zzzzqqq", 8).empty());
}

// The relevance suite: real queries a judge, prosecutor or trainer would
// type, over the bundled corpus, each with the provisions it must find.
// Reports MRR, recall@5 and nDCG@10 overall, per kind and per language
// (bench/relevance_suite.h scores them), and fails below the floors here.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include <catch2/catch.hpp>

#include "bench/relevance_suite.h"
#include "indexer/indexer.h"
#include "search/searcher.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;

// The suite's floors (tests/search/relevance.tsv): overall, and for every
// kind and every language of query.
constexpr double kMinMrr = 0.85;
constexpr double kMinGroupMrr = 0.75;
constexpr double kMinRecallAt5 = 0.85;
// The held-out set's floors (tests/search/relevance_holdout.tsv).
constexpr double kMinHoldoutMrr = 0.80;
constexpr double kMinHoldoutRecallAt5 = 0.85;

qonun::search::SearchRequest RequestFor(const qonun::bench::RelevanceCase& c) {
  qonun::search::SearchRequest request;
  request.query = c.query;
  request.limit = 10;
  if (c.at) {
    request.at = qonun::model::Date::Parse(*c.at);
  }
  if (c.display_language) {
    request.display_language = qonun::ParseLanguageCode(*c.display_language);
  }
  if (auto in = qonun::ParseLanguageCode(c.in_language)) {
    request.languages = {*in};
  }
  request.all_versions = c.all_versions;
  return request;
}

// A searcher over an index of the bundled corpus, built in `dir`.
qonun::Result<qonun::search::Searcher> OpenCorpusIndex(const qonun::testing::TempDir& dir) {
  qonun::indexer::IndexReport report;
  const qonun::Status built = qonun::indexer::BuildIndex(
      {.corpus_dir = fs::path(QONUN_SOURCE_DIR) / "corpus", .db_dir = dir.path() / "index"},
      report);
  INFO(built.ToString());
  REQUIRE(built.ok());
  auto searcher = qonun::search::Searcher::Open(dir.path() / "index");
  REQUIRE(searcher.ok());
  return searcher;
}

// Runs the relevance cases of tests/search/FILE over an index of the bundled
// corpus; prints each case's rank and the summaries per kind and language.
std::map<std::string, qonun::bench::RelevanceSummary> RunSuite(const char* file,
                                                               std::size_t min_cases) {
  const fs::path source(QONUN_SOURCE_DIR);
  qonun::testing::TempDir dir;
  auto searcher = OpenCorpusIndex(dir);

  const auto cases = qonun::bench::ReadRelevanceSuite(source / "tests/search" / file);
  INFO(cases.status().ToString());
  REQUIRE(cases.ok());
  REQUIRE(cases->size() >= min_cases);
  qonun::bench::RelevanceTally tally;
  for (const qonun::bench::RelevanceCase& c : *cases) {
    auto response = searcher->Search(RequestFor(c));
    INFO("line " << c.line << ": " << c.query << " -> " << response.status().ToString());
    REQUIRE(response.ok());
    std::vector<std::string> ids;
    for (const auto& hit : response->hits) {
      ids.push_back(hit.work + "#" + hit.eid);
    }
    const qonun::bench::CaseScore score = qonun::bench::ScoreCase(c, ids);
    tally.Add(c, score);
    // Facets count results (articles), as `total` does: each article belongs
    // to one work, and no language or kind can have more than all results.
    std::size_t by_work = 0;
    for (const auto& value : response->facets["work"]) {
      by_work += value.count;
    }
    // (A query that is only a citation goes straight to it, without facets.)
    INFO("facets: " << by_work << " by work, total " << response->total);
    CHECK((by_work == response->total || response->facets["work"].empty()));
    CHECK(response->total_exact);  // the bundled corpus is far below the counting limit
    for (const char* facet : {"lang", "kind", "level"}) {
      for (const auto& value : response->facets[facet]) {
        CHECK(value.count <= response->total);
      }
    }
    const int rank = score.first_answer_rank;
    std::printf("%-4s line %3d  rank %-2d nDCG %.2f  %s [%s %s]   top: %s\n",
                rank == 1 ? "ok"
                : rank    ? "~"
                          : "MISS",
                c.line, rank, score.ndcg_at_10, c.query.c_str(), c.language.c_str(), c.kind.c_str(),
                ids.empty() ? "(none)" : ids[0].c_str());
  }
  auto summaries = tally.Summaries();
  for (const auto& [group, s] : summaries) {
    std::printf("relevance %-14s %3d queries  MRR %.3f  recall@5 %.3f  nDCG@10 %.3f  no hits %d\n",
                group.c_str(), s.queries, s.mrr, s.recall_at_5, s.ndcg_at_10, s.no_hits);
  }
  return summaries;
}

}  // namespace

TEST_CASE("relevance over the bundled corpus meets its thresholds", "[search][golden]") {
  const auto summaries = RunSuite("relevance.tsv", 150);
  const auto& all = summaries.at("all");
  CHECK(all.mrr >= kMinMrr);
  CHECK(all.recall_at_5 >= kMinRecallAt5);
  for (const auto& [group, s] : summaries) {
    INFO(group);
    CHECK(s.mrr >= kMinGroupMrr);
  }
  // Every query of the suite has an answer in the corpus.
  CHECK(all.no_hits == 0);
}

// The held-out set (relevance_holdout.tsv): written before its ranking was
// seen and never tuned on, so its figures say how Qonun does on questions
// nobody fitted it to. Its floors sit just under what it measured when it
// was written down, to catch a change that helps the tuning set only.
TEST_CASE("relevance on the held-out questions", "[search][golden]") {
  const auto summaries = RunSuite("relevance_holdout.tsv", 25);
  const auto& all = summaries.at("all");
  CHECK(all.mrr >= kMinHoldoutMrr);
  CHECK(all.recall_at_5 >= kMinHoldoutRecallAt5);
  CHECK(all.no_hits == 0);
}

TEST_CASE("a misspelt query that finds nothing is searched as corrected, and as typed on request",
          "[search][golden]") {
  qonun::testing::TempDir dir;
  auto searcher = OpenCorpusIndex(dir);

  qonun::search::SearchRequest request;
  request.query = "ekspluatatsya degani nima";  // one letter missing
  auto corrected = searcher->Search(request);
  REQUIRE(corrected.ok());
  CHECK(corrected->corrected_query == "ekspluatatsiya degani nima");
  CHECK(corrected->suggestion.empty());
  REQUIRE_FALSE(corrected->hits.empty());
  CHECK(corrected->hits[0].eid.rfind("art_3", 0) == 0);

  request.correct_spelling = false;
  auto as_typed = searcher->Search(request);
  REQUIRE(as_typed.ok());
  CHECK(as_typed->corrected_query.empty());
  // As typed, no provision has every word: at most the any-word fallback.
  CHECK((as_typed->hits.empty() || as_typed->interpretation.relaxed));
  CHECK(as_typed->suggestion == "ekspluatatsiya degani nima");

  // A query that finds enough as typed is left alone.
  request.query = "odam savdosi";
  request.correct_spelling = true;
  auto plain = searcher->Search(request);
  REQUIRE(plain.ok());
  CHECK(plain->corrected_query.empty());
  CHECK(plain->total >= 3);
}

TEST_CASE("question words steer the ranking but name no thesaurus concept; defined terms answer",
          "[search][golden]") {
  qonun::testing::TempDir dir;
  auto searcher = OpenCorpusIndex(dir);
  auto expansions = [&](const std::string& query) {
    qonun::search::SearchRequest request;
    request.query = query;
    auto response = searcher->Search(request);
    REQUIRE(response.ok());
    return response->interpretation.expansions;
  };
  using Concepts = std::vector<std::string>;
  // "punishment" only says what is asked: no "punishment" concept, whose
  // terms every article of a code repeats; "fine" names a kind of sanction.
  CHECK(expansions("what is the punishment for selling a child") ==
        Concepts{"buying-and-selling", "child"});
  CHECK(expansions("наказание за продажу ребенка") == Concepts{"buying-and-selling"});
  const Concepts fine = expansions("fine for forcing someone to work");
  CHECK(std::find(fine.begin(), fine.end(), "fine") != fine.end());

  // "what is X": the point of an article of terms that defines X, in English
  // (whose question words the analysis also reads as Uzbek) as in Russian.
  for (const char* query : {"what is trafficking in persons", "что такое торговля людьми"}) {
    INFO(query);
    qonun::search::SearchRequest request;
    request.query = query;
    auto response = searcher->Search(request);
    REQUIRE(response.ok());
    REQUIRE_FALSE(response->hits.empty());
    CHECK(response->hits[0].work == "/akn/uz/act/2008-04-17/zru-154");
    CHECK(response->hits[0].eid == "art_3__point_10");
  }
}

// The indexer and the searcher on a real Xapian database in a temporary
// folder, over the small test corpus in tests/data/minimal.

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <catch2/catch.hpp>

#include "indexer/indexer.h"
#include "search/searcher.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using qonun::Language;
using qonun::indexer::BuildIndex;
using qonun::indexer::IndexOptions;
using qonun::indexer::IndexReport;
using qonun::model::Date;
using qonun::search::Searcher;
using qonun::search::SearchRequest;
using qonun::search::SearchResponse;

const fs::path kMinimal = fs::path(QONUN_TEST_DATA_DIR) / "minimal";

std::string Read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string CurrentStub(const fs::path& db) {
  return Read(db / "current");
}

// A copy of the minimal corpus that a test may change, and an index of it.
struct Fixture {
  qonun::testing::TempDir dir;
  fs::path corpus = dir.path() / "corpus";
  fs::path db = dir.path() / "index";

  Fixture() {
    fs::copy(kMinimal, corpus, fs::copy_options::recursive);
    REQUIRE(Build().documents > 0);
  }

  IndexReport Build() {
    IndexReport report;
    const qonun::Status status = BuildIndex({.corpus_dir = corpus, .db_dir = db}, report);
    INFO(status.ToString());
    REQUIRE(status.ok());
    return report;
  }

  SearchResponse Search(SearchRequest request) {
    auto searcher = Searcher::Open(db);
    INFO(searcher.status().ToString());
    REQUIRE(searcher.ok());
    auto response = searcher->Search(request);
    INFO(response.status().ToString());
    REQUIRE(response.ok());
    return *response;
  }
};

SearchRequest Query(std::string q, const char* at = "2021-01-01") {
  SearchRequest r;
  r.query = std::move(q);
  r.at = Date::Parse(at);
  return r;
}

}  // namespace

TEST_CASE("index build writes one document per provision and switches atomically",
          "[indexer][integration]") {
  Fixture f;
  CHECK(CurrentStub(f.db) == "auto gen-000001\n");
  const IndexReport again = f.Build();
  CHECK(again.generation == "gen-000002");
  CHECK(again.expressions == 6);
  CHECK(again.reanalysed == 0);
  CHECK(again.reused == 6);
  CHECK(again.documents == 50);
  CHECK(CurrentStub(f.db) == "auto gen-000002\n");
  CHECK(fs::exists(f.db / "gen-000001"));  // kept for searchers still reading it

  // One changed file: only that expression is analysed again.
  const fs::path file = f.corpus / "uz/act/test-code/eng@2020-08-18.xml";
  std::string text = Read(file);
  text.replace(text.find("Compelling a person"), 19, "Forcing a person");
  std::ofstream(file, std::ios::binary) << text;
  const IndexReport third = f.Build();
  CHECK(third.reanalysed == 1);
  CHECK(third.reused == 5);
  CHECK(third.removed == 1);
  CHECK(third.documents == 50);
  CHECK_FALSE(fs::exists(f.db / "gen-000001"));  // pruned: only one previous is kept
  CHECK(f.Search(Query("forcing")).hits.size() == 1);
  CHECK(f.Search(Query("compelling")).hits.empty());
}

TEST_CASE("a failed build leaves the previous index serving", "[indexer][integration]") {
  Fixture f;
  std::ofstream(f.corpus / "broken.xml") << "<akomaNtoso><act>";
  IndexReport report;
  const qonun::Status status = BuildIndex({.corpus_dir = f.corpus, .db_dir = f.db}, report);
  CHECK(status.code() == qonun::StatusCode::kInvalidArgument);
  CHECK_THAT(status.message(), Catch::Contains("previous index is unchanged"));
  REQUIRE_FALSE(report.diagnostics.empty());
  CHECK_THAT(report.diagnostics[0].ToString(), Catch::Contains("broken.xml:1: error"));
  CHECK(CurrentStub(f.db) == "auto gen-000001\n");
  CHECK(f.Search(Query("recruiting")).hits.size() == 1);

  // An interrupted build leaves a .tmp folder; the next build clears it.
  fs::create_directories(f.db / "gen-000002.tmp");
  fs::remove(f.corpus / "broken.xml");
  CHECK(f.Build().generation == "gen-000002");
  CHECK_FALSE(fs::exists(f.db / "gen-000002.tmp"));
}

TEST_CASE("search finds words through their stems and highlights them", "[search][integration]") {
  Fixture f;
  const SearchResponse r = f.Search(Query("вербовку людей"));
  REQUIRE_FALSE(r.hits.empty());
  const auto& hit = r.hits[0];
  CHECK(hit.work == "/akn/uz/act/1994-09-22/test-1");
  CHECK(hit.language == Language::kRussian);
  CHECK_THAT(hit.eid, Catch::StartsWith("art_5"));
  CHECK_THAT(hit.snippet, Catch::Contains("<mark>Вербовка</mark>"));
  CHECK(hit.languages == std::vector<Language>{Language::kEnglish, Language::kRussian});
  CHECK(hit.valid_from == "2020-08-18");
  CHECK(hit.valid_to.empty());
}

TEST_CASE("search answers as the law stood on a date", "[search][integration]") {
  Fixture f;
  const auto old = f.Search(Query("heading:вербовка лишением свободы", "2000-01-01"));
  REQUIRE_FALSE(old.hits.empty());
  CHECK_THAT(old.hits[0].text, Catch::Contains("от трёх до пяти лет"));
  CHECK(old.hits[0].valid_to == "2008-09-16");
  const auto now = f.Search(Query("heading:вербовка лишением свободы", "2010-01-01"));
  REQUIRE_FALSE(now.hits.empty());
  CHECK_THAT(now.hits[0].text, Catch::Contains("от пяти до восьми лет"));
  CHECK(f.Search(Query("вербовка", "1990-01-01")).hits.empty());
}

TEST_CASE("a citation goes straight to its provision", "[search][integration]") {
  Fixture f;
  auto first = [&](const char* q, const char* at = "2021-01-01") {
    const auto r = f.Search(Query(q, at));
    REQUIRE_FALSE(r.hits.empty());
    CHECK(r.hits[0].exact_citation);
    return r.hits[0];
  };
  CHECK(first("ст. 5 ТК").eid == "art_5");
  CHECK(first("ч. 2 ст. 5 ТК").eid == "art_5__para_2");
  CHECK(first("п. «в» ч. 2 ст. 5 ТК").eid == "art_5__para_2__point_c");
  CHECK(first("Article 6¹ TK").eid == "art_6");
  const auto hit = first("ч. 2 ст. 5 ТК");
  // The short title is written in the citation's script, as the API writes it
  // (issue 20: search said "TK" where the API said "ТК").
  CHECK(hit.citation == "ч. 2 ст. 5 ТК");
  // Point «в» was inserted in 2020: in 2010 there is no such provision.
  const auto before = f.Search(Query("п. «в» ч. 2 ст. 5 ТК", "2010-01-01"));
  for (const auto& h : before.hits) {
    CHECK(h.eid != "art_5__para_2__point_c");
  }
}

TEST_CASE("hits are shown in the preferred language and filtered by language",
          "[search][integration]") {
  Fixture f;
  SearchRequest r = Query("вербовка");
  r.display_language = Language::kEnglish;
  const auto shown = f.Search(r);
  REQUIRE_FALSE(shown.hits.empty());
  CHECK(shown.hits[0].language == Language::kEnglish);
  CHECK_THAT(shown.hits[0].text, Catch::Contains("Recruiting"));

  SearchRequest only = Query("recruiting");
  only.languages = {Language::kRussian};
  CHECK(f.Search(only).hits.empty());
  only.languages = {Language::kEnglish};
  CHECK(f.Search(only).hits.size() == 1);
}

TEST_CASE("search reports facets and suggests spellings", "[search][integration]") {
  Fixture f;
  const auto r = f.Search(Query("recruiting"));
  REQUIRE(r.facets.at("lang").size() == 1);
  CHECK(r.facets.at("lang")[0].value == "eng");
  CHECK(r.facets.at("work")[0].value == "/akn/uz/act/1994-09-22/test-1");
  // Only "abroad" matches as typed: the correction is searched instead.
  CHECK(f.Search(Query("recruitng abroad")).corrected_query == "recruiting abroad");
  auto as_typed = Query("recruitng abroad");
  as_typed.correct_spelling = false;
  CHECK(f.Search(as_typed).suggestion == "recruiting abroad");
  // Citation words are not misspellings.
  CHECK(f.Search(Query("ст. 5 ТК")).suggestion.empty());
}

TEST_CASE("totals are exact up to the counting limit and estimated past it",
          "[search][integration]") {
  Fixture f;
  // 1,500 extra articles that all mention "harbouring", and three that also say "quillwort".
  const fs::path file = f.corpus / "uz/act/test-code/eng@2020-08-18.xml";
  std::ifstream in(file);
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::string extra;
  for (int n = 1000; n < 2500; ++n) {
    const std::string id = std::to_string(n);
    extra += "<article eId=\"art_" + id + "\"><num>Article " + id +
             ".</num><content><p>Harbouring persons, case " + id +
             (n < 1003 ? ", and quillwort" : "") + ".</p></content></article>\n";
  }
  const auto end = xml.find("</chapter>");
  REQUIRE(end != std::string::npos);
  xml.insert(end, extra);
  std::ofstream(file, std::ios::trunc) << xml;
  f.Build();

  const auto exact = f.Search(Query("quillwort"));
  CHECK(exact.total_exact);
  CHECK(exact.total == 3);

  const auto estimated = f.Search(Query("harbouring"));
  CHECK_FALSE(estimated.total_exact);
  CHECK(estimated.total >= 1000);
  CHECK(estimated.total <= 3000);  // an estimate of 1,500, not a count
  CHECK(estimated.hits.size() == 10);
}

TEST_CASE("malformed queries and requests are errors, not exceptions", "[search][integration]") {
  Fixture f;
  auto searcher = Searcher::Open(f.db);
  REQUIRE(searcher.ok());
  CHECK(searcher->Search(Query("\"unclosed")).status().code() ==
        qonun::StatusCode::kInvalidArgument);
  SearchRequest big = Query("x");
  big.limit = 1000;
  CHECK(searcher->Search(big).status().message() == "limit must be between 1 and 100");
  SearchRequest work = Query("x");
  work.works = {"nope"};
  CHECK(searcher->Search(work).status().message() == "unknown work 'nope'");
  CHECK(Searcher::Open(f.dir.path() / "nowhere").status().code() == qonun::StatusCode::kNotFound);
}

TEST_CASE("a searcher keeps answering while new generations are switched in",
          "[search][integration]") {
  Fixture f;
  auto searcher = Searcher::Open(f.db);
  REQUIRE(searcher.ok());
  std::atomic<bool> done{false};
  std::atomic<int> failures{0};
  std::atomic<int> searches{0};
  std::thread reader([&] {
    while (!done) {
      auto refreshed = searcher->Refresh();
      auto r = searcher->Search(Query("recruiting"));
      if (!refreshed.ok() || !r.ok() || r->hits.size() != 1) {
        ++failures;
      }
      ++searches;
    }
  });
  for (int i = 0; i < 4; ++i) {
    IndexReport report;
    REQUIRE(
        BuildIndex({.corpus_dir = f.corpus, .db_dir = f.db, .full_rebuild = true}, report).ok());
  }
  done = true;
  reader.join();
  CHECK(failures == 0);
  CHECK(searches > 0);
  REQUIRE(searcher->Refresh().ok());
  CHECK(searcher->generation() == "gen-000005");
}

// The API handlers called in process, without HTTP: each test builds an
// HttpRequest, hands it with a snapshot and a borrowed worker to the handler
// the route table names, and reads the reply. The index is a real Xapian
// database built from tests/data/minimal in a temporary folder (Searcher
// opens an index folder only, so there is no in-memory variant to use).

#include "api/internal/handlers.h"

#include <filesystem>
#include <memory>
#include <string>
#include <utility>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "api/http.h"
#include "api/internal/serving_state.h"
#include "indexer/indexer.h"
#include "tests/support/temp_dir.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using qonun::api::HttpReply;
using qonun::api::HttpRequest;
namespace internal = qonun::api::internal;

const std::string kWork = "/akn/uz/act/1994-09-22/test-1";

// One index, serving state and worker for the whole file.
struct Shared {
  qonun::testing::TempDir dir;
  fs::path db = dir.path() / "index";
  std::unique_ptr<internal::ServingState> serving;
  std::unique_ptr<internal::WorkerPool> pool;
  std::unique_ptr<internal::Worker> worker;

  Shared() {
    qonun::indexer::IndexReport report;
    const qonun::Status built = qonun::indexer::BuildIndex(
        {.corpus_dir = fs::path(QONUN_TEST_DATA_DIR) / "minimal", .db_dir = db}, report);
    if (!built.ok()) {
      FAIL("index build: " << built.ToString());
    }
    serving = std::make_unique<internal::ServingState>(db);
    pool = std::make_unique<internal::WorkerPool>(db);
    auto borrowed = pool->Borrow();
    if (!borrowed.ok()) {
      FAIL("worker: " << borrowed.status().ToString());
    }
    worker = std::move(*borrowed);
  }
};

Shared& S() {
  static Shared shared;
  return shared;
}

// Calls `handler` on GET `path` with the query parameters `query`.
HttpReply Call(internal::Handler handler, const std::string& path,
               std::multimap<std::string, std::string> query) {
  HttpRequest request;
  request.method = "GET";
  request.path = path;
  request.raw_path = path;
  request.query = std::move(query);
  const auto snapshot = S().serving->Current();
  REQUIRE(snapshot != nullptr);
  internal::Context context{request, *snapshot, *S().worker, *S().serving};
  return handler(context);
}

json Body(const HttpReply& reply) {
  INFO(reply.status << " " << reply.body);
  CHECK(reply.content_type == "application/json; charset=utf-8");
  return json::parse(reply.body);
}

}  // namespace

TEST_CASE("handler: search finds a word and a citation", "[api][handlers]") {
  const HttpReply words =
      Call(internal::Search, "/api/v1/search", {{"q", "вербовка"}, {"at", "2021-01-01"}});
  REQUIRE(words.status == 200);
  const json r = Body(words);
  REQUIRE(r["total"].get<int>() >= 1);
  CHECK(r["results"][0]["work"] == kWork);
  CHECK(r["results"][0]["lang"] == "rus");
  CHECK_THAT(r["results"][0]["snippet"].get<std::string>(),
             Catch::Contains("<mark>Вербовка</mark>"));

  const json cited =
      Body(Call(internal::Search, "/api/v1/search", {{"q", "ч. 2 ст. 5 ТК"}, {"lang", "eng"}}));
  REQUIRE_FALSE(cited["results"].empty());
  CHECK(cited["results"][0]["eId"] == "art_5__para_2");
  CHECK(cited["results"][0]["exact_citation"] == true);
  CHECK(cited["interpretation"]["citation"] == "art5.p2");
}

TEST_CASE("handler: a provision as it stood on a day", "[api][handlers]") {
  const json old =
      Body(Call(internal::Provision, "/api/v1/provision",
                {{"work", "TK"}, {"eid", "art_5__para_1"}, {"lang", "rus"}, {"at", "2000-01-01"}}));
  CHECK_THAT(old["text"].get<std::string>(), Catch::Contains("от трёх до пяти лет"));
  CHECK(old["valid_from"] == "1995-04-01");
  const json newer = Body(
      Call(internal::Provision, "/api/v1/provision",
           {{"work", "test-1"}, {"eid", "art_5__para_1"}, {"lang", "rus"}, {"at", "2010-06-01"}}));
  CHECK_THAT(newer["text"].get<std::string>(), Catch::Contains("от пяти до восьми лет"));
  CHECK(newer["permalink"] == kWork + "/rus@2008-09-16/~art_5__para_1");
}

TEST_CASE("handler: cite gives the short and full citation in every language", "[api][handlers]") {
  const HttpReply reply =
      Call(internal::Cite, "/api/v1/cite",
           {{"work", "TK"}, {"eid", "art_5__para_2"}, {"lang", "rus"}, {"at", "2021-01-01"}});
  REQUIRE(reply.status == 200);
  const json cite = Body(reply);
  CHECK(cite["citations"]["rus"]["short"] == "ч. 2 ст. 5 ТК");
  CHECK(cite["citations"]["eng"]["short"] == "Art. 5(2), TK");
  CHECK_THAT(cite["citations"]["eng"]["full"].get<std::string>(),
             Catch::Contains("as amended by Test Law No. 2"));
  CHECK(cite["permalink"] == kWork + "/rus@2020-08-18/~art_5__para_2");

  const json only_short =
      Body(Call(internal::Cite, "/api/v1/cite",
                {{"work", "TK"}, {"eid", "art_5__para_2"}, {"lang", "eng"}, {"style", "short"}}));
  CHECK(only_short["citations"]["eng"].contains("short"));
  CHECK_FALSE(only_short["citations"]["eng"].contains("full"));
}

TEST_CASE("handler: the work list names the work in each language", "[api][handlers]") {
  const json works = Body(Call(internal::Works, "/api/v1/works", {}));
  REQUIRE(works["works"].size() == 1);
  const json& work = works["works"][0];
  CHECK(work["uri"] == kWork);
  CHECK(work["names"]["eng"] == "Test Code");
  CHECK(work["short_titles"]["eng"] == "TK");
  CHECK(work["versions"] == json::array({"1995-04-01", "2008-09-16", "2020-08-18"}));
}

TEST_CASE("handler: bad requests get 4xx JSON errors naming the parameter", "[api][handlers]") {
  struct Case {
    internal::Handler handler;
    std::multimap<std::string, std::string> query;
    int status;
    std::string code;
    std::string param;
  };

  const Case cases[] = {
      {internal::Search, {}, 400, "bad_param", "q"},
      {internal::Search, {{"q", "x"}, {"limit", "1000"}}, 400, "bad_param", "limit"},
      {internal::Search, {{"q", "x"}, {"work", "nope"}}, 400, "bad_param", "work"},
      {internal::Cite,
       {{"work", "TK"}, {"eid", "art_5"}, {"style", "long"}},
       400,
       "bad_param",
       "style"},
      {internal::Cite, {{"work", "TK"}}, 400, "bad_param", "eid"},
      {internal::Provision,
       {{"work", "TK"}, {"eid", "art_99"}, {"lang", "rus"}},
       404,
       "not_found",
       ""},
      {internal::Provision,
       {{"work", "TK"}, {"eid", "art_5"}, {"lang", "rus"}, {"at", "1990-01-01"}},
       404,
       "not_in_force",
       ""},
  };
  for (const Case& c : cases) {
    const HttpReply reply = Call(c.handler, "/api/v1/x", c.query);
    INFO(reply.body);
    CHECK(reply.status == c.status);
    const json body = Body(reply);
    CHECK(body["error"]["status"] == c.status);
    CHECK(body["error"]["code"] == c.code);
    CHECK_FALSE(body["error"]["message"].get<std::string>().empty());
    if (!c.param.empty()) {
      CHECK(body["error"]["param"] == c.param);
    }
  }
}

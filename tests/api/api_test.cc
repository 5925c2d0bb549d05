// The HTTP API, tested as a client would use it: a real `qonun serve`
// process on a free loopback port, over the small test corpus.

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <thread>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "api/service.h"
#include "tests/support/http_client.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/wait.h"

namespace {

using nlohmann::json;
using qonun::testing::Get;
using qonun::testing::ServerProcess;
using qonun::testing::UrlEncode;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";
const std::string kWork = "/akn/uz/act/1994-09-22/test-1";

// One server for the whole file: starting it builds an index.
struct Shared {
  qonun::testing::TempDir dir;
  ServerProcess server{QONUN_BINARY,
                       {"--db", (dir.path() / "index").string(), "--corpus", kMinimal, "--web",
                        std::string(QONUN_SOURCE_DIR) + "/web", "--threads", "4"}};
};

Shared& S() {
  static Shared shared;
  return shared;
}

json GetJson(const std::string& target, int expected_status = 200) {
  const auto r = Get(S().server.port(), target);
  INFO(target << " -> " << r.status << " " << r.body);
  REQUIRE(r.status == expected_status);
  CHECK(r.headers.at("content-type") == "application/json; charset=utf-8");
  CHECK(r.headers.at("x-content-type-options") == "nosniff");
  return json::parse(r.body);
}

void ExpectError(const std::string& target, int status, const std::string& code,
                 const std::string& param = "") {
  const json body = GetJson(target, status);
  CHECK(body["error"]["status"] == status);
  CHECK(body["error"]["code"] == code);
  CHECK_FALSE(body["error"]["message"].get<std::string>().empty());
  if (!param.empty()) {
    CHECK(body["error"]["param"] == param);
  }
}

}  // namespace

TEST_CASE("health reports the open index", "[api][http]") {
  const json health = GetJson("/health");
  CHECK(health["status"] == "ready");
  CHECK(health["generation"] == "gen-000001");
  CHECK(health["works"] == 1);
}

TEST_CASE("search returns ranked results with snippets, facets and citations", "[api][http]") {
  const json r = GetJson("/api/v1/search?q=" + UrlEncode("вербовка") + "&at=2021-01-01");
  REQUIRE(r["total"].get<int>() >= 1);
  const json& hit = r["results"][0];
  CHECK(hit["work"] == kWork);
  CHECK(hit["lang"] == "rus");
  CHECK_THAT(hit["snippet"].get<std::string>(), Catch::Contains("<mark>Вербовка</mark>"));
  CHECK(hit["languages"] == json::array({"eng", "rus"}));
  CHECK(r["facets"]["lang"][0]["value"] == "rus");

  const json cited = GetJson("/api/v1/search?q=" + UrlEncode("ч. 2 ст. 5 ТК") + "&lang=eng");
  REQUIRE_FALSE(cited["results"].empty());
  CHECK(cited["results"][0]["eId"] == "art_5__para_2");
  CHECK(cited["results"][0]["lang"] == "eng");
  CHECK(cited["results"][0]["exact_citation"] == true);
  CHECK(cited["interpretation"]["citation"] == "art5.p2");
}

TEST_CASE("Akoma Ntoso URIs resolve to the provision as it stood", "[api][http]") {
  const json old = GetJson(kWork + "/rus@2000-01-01/~art_5__para_1");
  CHECK_THAT(old["text"].get<std::string>(), Catch::Contains("от трёх до пяти лет"));
  CHECK(old["valid_from"] == "1995-04-01");
  const json newer = GetJson(kWork + "/rus@2010-06-01/~art_5__para_1");
  CHECK_THAT(newer["text"].get<std::string>(), Catch::Contains("от пяти до восьми лет"));
  CHECK(newer["permalink"] == kWork + "/rus@2008-09-16/~art_5__para_1");
  const json today = GetJson(kWork + "/eng/~art_5");
  CHECK(today["valid_from"] == "2020-08-18");
  CHECK(today["provision"]["children"].size() == 2);
  CHECK(today["breadcrumb"][0]["eId"] == "chp_1");
  ExpectError(kWork + "/rus@1990-01-01/~art_5", 404, "not_in_force");
  ExpectError(kWork + "/rus@2021-02-30/~art_5", 400, "bad_param");
  ExpectError(kWork + "/rus/~art_99", 404, "not_found");
}

TEST_CASE("works, versions, diff, cite and suggest answer with content", "[api][http]") {
  const json works = GetJson("/api/v1/works");
  REQUIRE(works["works"].size() == 1);
  CHECK(works["works"][0]["versions"] == json::array({"1995-04-01", "2008-09-16", "2020-08-18"}));
  const json work = GetJson("/api/v1/works/test-1?lang=rus");
  CHECK(work["toc"]["items"][0]["eId"] == "chp_1");

  const json timeline = GetJson("/api/v1/versions?work=TK&eid=art_5__para_2__point_c&lang=eng");
  REQUIRE(timeline["versions"].size() == 3);
  CHECK(timeline["versions"][0]["change"] == "absent");
  CHECK(timeline["versions"][2]["change"] == "inserted");
  CHECK(timeline["versions"][2]["acts"][0]["show_as"] == "Test Law No. 2");

  const json diff =
      GetJson("/api/v1/diff?work=TK&eid=art_5&lang=rus&from=2000-01-01&to=2021-01-01&ui=eng");
  CHECK(diff["changed_units"] == 2);
  bool sanction = false;
  for (const auto& line : diff["summary"]) {
    sanction = sanction ||
               line.get<std::string>().find("from 3–5 years to 5–8 years") != std::string::npos;
  }
  CHECK(sanction);
  const auto html = Get(S().server.port(),
                        "/api/v1/diff?work=TK&eid=art_5__para_1&lang=eng&from=2000-01-01&"
                        "to=2021-01-01&format=html");
  CHECK(html.status == 200);
  CHECK(html.headers.at("content-type") == "text/html; charset=utf-8");
  CHECK_THAT(html.body, Catch::Contains("<del>three</del>") && Catch::Contains("<ins>"));

  const json cyrillic =
      GetJson("/api/v1/diff?work=TK&eid=art_5&lang=rus&from=1996-01-01&to=2021-01-01&ui=uzb-Cyrl");
  CHECK(cyrillic["summary"].back() == "5-модда, 2-қисм, «в» банди киритилди");
  ExpectError("/api/v1/diff?work=TK&eid=art_5&lang=rus&from=1996-01-01&ui=uzb-Arab", 400,
              "bad_param", "ui");

  const json cite = GetJson("/api/v1/cite?work=TK&eid=art_5__para_2&lang=rus&at=2021-01-01");
  // The Russian files state no short title: the Cyrillic alias is taken.
  CHECK(cite["citations"]["rus"]["short"] == "ч. 2 ст. 5 ТК");
  CHECK(cite["citations"]["eng"]["short"] == "Art. 5(2), TK");
  CHECK_THAT(cite["citations"]["eng"]["full"].get<std::string>(),
             Catch::Contains("as amended by Test Law No. 2"));
  CHECK(cite["permalink"] == kWork + "/rus@2020-08-18/~art_5__para_2");

  const json suggest = GetJson("/api/v1/suggest?q=" + UrlEncode("вербо"));
  REQUIRE_FALSE(suggest["suggestions"].empty());
  CHECK(suggest["suggestions"][0]["text"] == "Вербовка людей");
}

TEST_CASE("bad requests get 4xx JSON errors naming the parameter", "[api][http]") {
  ExpectError("/api/v1/search", 400, "bad_param", "q");
  ExpectError("/api/v1/search?q=x&limit=1000", 400, "bad_param", "limit");
  ExpectError("/api/v1/search?q=x&at=2021-02-30", 400, "bad_param", "at");
  ExpectError("/api/v1/search?q=x&lang=fra", 400, "bad_param", "lang");
  ExpectError("/api/v1/search?q=%22unclosed", 400, "bad_param", "q");
  ExpectError("/api/v1/search?q=x&work=nope", 400, "bad_param", "work");
  ExpectError("/api/v1/diff?work=TK&eid=art_5", 400, "bad_param", "from");
  ExpectError("/api/v1/works/nope", 404, "not_found");
  ExpectError("/api/v1/nothing", 404, "not_found");
  ExpectError("/api/v1/search?q=%zz", 400, "bad_request");
  const auto post = Get(S().server.port(), "/api/v1/search?q=x", "POST");
  CHECK(post.status == 405);
  CHECK(json::parse(post.body)["error"]["code"] == "method_not_allowed");
}

TEST_CASE("openapi documents every route the server has", "[api][http]") {
  const json doc = GetJson("/api/v1/openapi.json");
  CHECK(doc["openapi"] == "3.0.3");
  for (const auto& route : qonun::api::RouteTable()) {
    std::string path = route.path;
    if (path == "/api/v1/works/*") {
      path = "/api/v1/works/{id}";
    } else if (path == "/akn/*") {
      path = "/akn/{uri}";
    }
    INFO(path);
    CHECK(doc["paths"].contains(path));
  }
  CHECK(doc["paths"].size() == qonun::api::RouteTable().size());
}

TEST_CASE("metrics count requests in Prometheus form", "[api][http]") {
  GetJson("/health");
  const auto r = Get(S().server.port(), "/metrics");
  CHECK(r.status == 200);
  CHECK_THAT(r.body, Catch::Contains("qonun_requests_total{route=\"health\",status=\"200\"}"));
  CHECK_THAT(r.body, Catch::Contains("qonun_index_generation 1"));
  CHECK_THAT(r.body, Catch::Contains("qonun_request_duration_seconds_bucket{le=\"+Inf\"}"));
}

TEST_CASE("a reindex under load loses no request", "[api][http]") {
  std::atomic<bool> done{false};
  std::atomic<int> failed{0};
  std::atomic<int> served{0};
  std::vector<std::thread> clients;
  for (int t = 0; t < 3; ++t) {
    clients.emplace_back([&] {
      while (!done) {
        const auto r = Get(S().server.port(), "/api/v1/search?q=recruiting&at=2021-01-01");
        if (r.status != 200 || json::parse(r.body)["results"].size() != 1) {
          ++failed;
        }
        ++served;
      }
    });
  }
  for (int i = 0; i < 3; ++i) {
    const auto r = qonun::testing::RunProcess(
        {QONUN_BINARY, "index", kMinimal, "--db", (S().dir.path() / "index").string(), "--full"});
    REQUIRE(r.exit_code == 0);
  }
  // The server moves to the last generation within its half-second check;
  // the clients keep asking meanwhile.
  CHECK(qonun::testing::WaitFor([] { return GetJson("/health")["generation"] == "gen-000004"; }));
  done = true;
  for (auto& c : clients) {
    c.join();
  }
  CHECK(failed == 0);
  CHECK(served > 10);
}

TEST_CASE("SIGTERM stops the server cleanly", "[api][http]") {
  qonun::testing::TempDir dir;
  ServerProcess server(QONUN_BINARY,
                       {"--db", (dir.path() / "index").string(), "--corpus", kMinimal});
  CHECK(Get(server.port(), "/health").status == 200);
  CHECK(server.Stop() == 0);
  CHECK_THAT(server.log(), Catch::Contains("SIGTERM"));
}

namespace {

long MetricValue(const std::string& metrics, const std::string& name) {
  const auto at = metrics.find("\n" + name + " ");
  REQUIRE(at != std::string::npos);
  return std::stol(metrics.substr(at + name.size() + 2));
}

}  // namespace

TEST_CASE("a question asked again is answered from the reply cache, never across a reindex",
          "[api][http]") {
  qonun::testing::TempDir dir;
  const auto corpus = dir.path() / "corpus";
  std::filesystem::copy(kMinimal, corpus, std::filesystem::copy_options::recursive);
  ServerProcess server(QONUN_BINARY,
                       {"--db", (dir.path() / "index").string(), "--corpus", corpus.string()});
  const auto hits = [&] {
    return MetricValue(Get(server.port(), "/metrics").body, "qonun_cache_hits_total");
  };
  const std::string query = "/api/v1/search?q=recruiting&at=2021-01-01&lang=eng";

  const auto first = Get(server.port(), query);
  REQUIRE(first.status == 200);
  const long before = hits();
  const auto again = Get(server.port(), query);
  CHECK(hits() == before + 1);
  CHECK(again.body == first.body);
  // The same parameters in another order are the same question.
  CHECK(Get(server.port(), "/api/v1/search?lang=eng&at=2021-01-01&q=recruiting").body ==
        first.body);
  CHECK(hits() == before + 2);
  // Errors are not kept: each bad request is checked again.
  CHECK(Get(server.port(), "/api/v1/search?q=recruiting&at=2021-02-30").status == 400);
  CHECK(Get(server.port(), "/api/v1/search?q=recruiting&at=2021-02-30").status == 400);
  CHECK(hits() == before + 2);

  // Change the text and reindex: the next answer comes from the new generation.
  const std::string file = "corpus/uz/act/test-code/eng@2020-08-18.xml";
  std::ifstream in(dir.path() / file);
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string old_words = "five to eight years";
  REQUIRE(xml.find(old_words) != std::string::npos);
  xml.replace(xml.find(old_words), old_words.size(), "six to nine years");
  dir.Write(file, xml);
  REQUIRE(qonun::testing::RunProcess(
              {QONUN_BINARY, "index", corpus.string(), "--db", (dir.path() / "index").string()})
              .exit_code == 0);
  std::string body;
  qonun::testing::WaitFor([&] {  // the server looks twice a second
    body = Get(server.port(), query).body;
    return body.find("six to nine") != std::string::npos;
  });
  CHECK_THAT(body, Catch::Contains("six to nine"));
  CHECK_THAT(body, !Catch::Contains("five to eight"));
}

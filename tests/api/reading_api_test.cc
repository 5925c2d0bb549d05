// The API additions for readers (issue 21), over HTTP to a real `qonun serve`
// on the small test corpus: content negotiation at /akn/… addresses, the
// display transliteration of Uzbek, Russian citations in the genitive.

#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "tests/support/http_client.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using nlohmann::json;
using qonun::testing::Get;
using qonun::testing::UrlEncode;

const std::string kPart = "/akn/uz/act/1994-09-22/test-1/eng@2020-08-18/~art_5__para_2";

struct Server {
  qonun::testing::TempDir dir;
  qonun::testing::ServerProcess process{QONUN_BINARY,
                                        {"--db", (dir.path() / "index").string(), "--corpus",
                                         std::string(QONUN_TEST_DATA_DIR) + "/minimal", "--web",
                                         std::string(QONUN_SOURCE_DIR) + "/web", "--threads", "2"}};
};

Server& S() {
  static Server server;
  return server;
}

}  // namespace

TEST_CASE("an /akn/ address answers HTML, Akoma Ntoso or JSON as asked", "[api][http]") {
  const int port = S().process.port();
  SECTION("a browser gets the page, with its security policy") {
    const auto r =
        Get(port, kPart, "GET", {{"Accept", "text/html,application/xhtml+xml,*/*;q=0.8"}});
    REQUIRE(r.status == 200);
    CHECK(r.headers.at("content-type").rfind("text/html", 0) == 0);
    CHECK(r.headers.count("content-security-policy") == 1);
    CHECK_THAT(r.body, Catch::Contains("<script type=\"module\" src=\"/app.js\">"));
    const auto suffixed = Get(port, kPart + ".html");
    CHECK(suffixed.status == 200);
    CHECK(suffixed.body == r.body);
  }
  SECTION("application/akn+xml: the provision and its descendants, nothing else") {
    const auto r = Get(port, kPart, "GET", {{"Accept", "application/akn+xml"}});
    REQUIRE(r.status == 200);
    CHECK(r.headers.at("content-type") == "application/akn+xml; charset=utf-8");
    CHECK_THAT(r.body, Catch::StartsWith("<?xml"));
    CHECK_THAT(r.body, Catch::Contains("<akomaNtoso"));
    CHECK_THAT(r.body, Catch::Contains("eId=\"art_5__para_2\""));
    CHECK_THAT(r.body, Catch::Contains("eId=\"art_5__para_2__point_c\""));
    CHECK_THAT(r.body, !Catch::Contains("eId=\"art_5__para_1\""));
    const auto suffixed = Get(port, kPart + ".xml");
    CHECK(suffixed.status == 200);
    CHECK(suffixed.body == r.body);
    // The whole expression when no provision is named.
    const auto whole = Get(port, "/akn/uz/act/1994-09-22/test-1/eng@2020-08-18.xml");
    REQUIRE(whole.status == 200);
    CHECK_THAT(whole.body, Catch::Contains("eId=\"art_5__para_1\""));
  }
  SECTION("JSON for API clients, and with .json; the cache keeps the formats apart") {
    const auto xml = Get(port, kPart, "GET", {{"Accept", "application/akn+xml"}});
    const auto r = Get(port, kPart, "GET", {{"Accept", "application/json"}});
    REQUIRE(r.status == 200);
    CHECK(r.headers.at("content-type") == "application/json; charset=utf-8");
    CHECK(json::parse(r.body)["eId"] == "art_5__para_2");
    const auto plain = Get(port, kPart);
    CHECK(json::parse(plain.body)["eId"] == "art_5__para_2");
    CHECK(json::parse(Get(port, kPart + ".json").body)["eId"] == "art_5__para_2");
    CHECK(xml.body != r.body);
  }
  SECTION("an unknown provision is still a JSON 404, whatever the format") {
    const auto r = Get(port, "/akn/uz/act/1994-09-22/test-1/eng/~art_99.xml");
    CHECK(r.status == 404);
    CHECK(json::parse(r.body)["error"]["code"] == "not_found");
  }
}

TEST_CASE("Uzbek texts are transliterated for display", "[api][http]") {
  const int port = S().process.port();
  const auto r =
      Get(port, "/api/v1/transliterate?to=latn&t0=" + UrlEncode("Ўзбекистон Республикаси") +
                    "&t1=" + UrlEncode("Art. 5") + "&t2=" + UrlEncode("маъно"));
  REQUIRE(r.status == 200);
  const json body = json::parse(r.body);
  CHECK(body["texts"] == json::array({"Oʻzbekiston Respublikasi", "Art. 5", "maʼno"}));
  CHECK(body["transliterated"] == json::array({true, false, true}));
  const json cyrl = json::parse(
      Get(port, "/api/v1/transliterate?to=cyrl&t0=" + UrlEncode("Oʻzbekiston, 17 sentabr")).body);
  CHECK(cyrl["texts"][0] == "Ўзбекистон, 17 сентябрь");

  CHECK(Get(port, "/api/v1/transliterate?to=greek&t0=x").status == 400);
  CHECK(Get(port, "/api/v1/transliterate?t0=x").status == 400);
  CHECK(Get(port, "/api/v1/transliterate?to=latn&t0=%FF").status == 400);
  std::string many = "/api/v1/transliterate?to=latn";
  for (int i = 0; i <= 200; ++i) {
    many += "&t" + std::to_string(i) + "=a";
  }
  const auto too_many = Get(port, many);
  CHECK(too_many.status == 400);
  CHECK(json::parse(too_many.body)["error"]["param"] == "t200");
}

TEST_CASE("Russian citations name the act in the genitive", "[api][http]") {
  const auto r =
      Get(S().process.port(), "/api/v1/cite?work=test-1&eid=art_5&lang=rus&at=2020-08-18");
  REQUIRE(r.status == 200);
  const json body = json::parse(r.body);
  CHECK_THAT(body["citations"]["rus"]["full"].get<std::string>(),
             Catch::StartsWith("ст. 5 Тестового кодекса"));
}

// The structure RFC 4287 requires: a feed with id, title, updated, author and
// a self link; each entry with id, title, updated and a link; dates in RFC
// 3339 form; every id an absolute IRI.
void CheckAtom(const std::string& body) {
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_string(body.c_str());
  INFO(body.substr(0, 400));
  REQUIRE(parsed);
  const pugi::xml_node feed = doc.child("feed");
  REQUIRE(feed);
  CHECK(std::string(feed.attribute("xmlns").value()) == "http://www.w3.org/2005/Atom");
  const auto is_stamp = [](const std::string& s) {
    return s.size() == 20 && s[4] == '-' && s[7] == '-' && s[10] == 'T' && s.back() == 'Z';
  };
  for (const char* name : {"id", "title", "updated"}) {
    CHECK(feed.child(name));
  }
  CHECK(is_stamp(feed.child_value("updated")));
  CHECK(std::string(feed.child("author").child_value("name")) == "Qonun");
  CHECK(feed.find_child_by_attribute("link", "rel", "self"));
  for (const pugi::xml_node entry : feed.children("entry")) {
    CHECK(std::string(entry.child_value("id")).rfind("urn:qonun:", 0) == 0);
    CHECK_FALSE(std::string(entry.child_value("title")).empty());
    CHECK(is_stamp(entry.child_value("updated")));
    CHECK(entry.child("link").attribute("href"));
  }
}

TEST_CASE("Atom feeds of a work and of a provision", "[api][http]") {
  const int port = S().process.port();
  const auto work = Get(port, "/api/v1/feed?work=test-1&lang=eng");
  REQUIRE(work.status == 200);
  CHECK(work.headers.at("content-type") == "application/atom+xml; charset=utf-8");
  CheckAtom(work.body);
  pugi::xml_document doc;
  doc.load_string(work.body.c_str());
  // Three versions, newest first.
  std::vector<std::string> updated;
  for (const pugi::xml_node entry : doc.child("feed").children("entry")) {
    updated.push_back(entry.child_value("updated"));
  }
  CHECK(updated == std::vector<std::string>{"2020-08-18T00:00:00Z", "2008-09-16T00:00:00Z",
                                            "1995-04-01T00:00:00Z"});

  // Point (c) came in 2020 and never changed: one entry, naming the act.
  const auto point = Get(port, "/api/v1/feed?work=test-1&eid=art_5__para_2__point_c&lang=eng");
  REQUIRE(point.status == 200);
  CheckAtom(point.body);
  pugi::xml_document point_doc;
  point_doc.load_string(point.body.c_str());
  const auto entries = point_doc.child("feed").children("entry");
  CHECK(std::distance(entries.begin(), entries.end()) == 1);
  CHECK_THAT(point.body, Catch::Contains("inserted"));
  CHECK_THAT(point.body, Catch::Contains("Test Law No. 2"));

  CHECK(Get(port, "/api/v1/feed?work=nope").status == 404);
  CHECK(Get(port, "/api/v1/feed?work=test-1&eid=art_99").status == 404);
  CHECK(Get(port, "/api/v1/feed").status == 400);
}

// GET /api/v1/changes over HTTP to a real `qonun serve` on the small test
// corpus (one code in three versions: 1995, 2008 and 2020): what changed
// between two dates, the limit and its truncated flag, and the 400s that name
// the parameter at fault.

#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/http_client.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using nlohmann::json;
using qonun::testing::Get;

struct Server {
  qonun::testing::TempDir dir;
  qonun::testing::ServerProcess process{
      QONUN_BINARY,
      {"--db", (dir.path() / "index").string(), "--corpus",
       std::string(QONUN_TEST_DATA_DIR) + "/minimal", "--threads", "2"}};
};

Server& S() {
  static Server server;
  return server;
}

json GetJson(const std::string& target, int status = 200) {
  const auto r = Get(S().process.port(), target);
  INFO(target << " -> " << r.body);
  REQUIRE(r.status == status);
  return json::parse(r.body);
}

}  // namespace

TEST_CASE("changes lists the versions between two dates and the articles they touched",
          "[api][http]") {
  const json r = GetJson("/api/v1/changes?from=2008-09-16&to=2021-01-01&lang=eng");
  CHECK(r["from"] == "2008-09-16");
  CHECK(r["to"] == "2021-01-01");
  CHECK(r["truncated"] == false);
  // The 2008 version took effect on `from`, which the range excludes.
  REQUIRE(r["versions"].size() == 1);
  const json& v = r["versions"][0];
  CHECK(v["valid_from"] == "2020-08-18");
  CHECK(v["expression"] == "/akn/uz/act/1994-09-22/test-1/eng@2020-08-18");
  CHECK(v["previous"] == "/akn/uz/act/1994-09-22/test-1/eng@2008-09-16");
  REQUIRE(v["acts"].size() == 1);
  CHECK(v["acts"][0]["show_as"] == "Test Law No. 2");
  CHECK(v["acts"][0]["href"] == "/akn/uz/act/2020-08-17/zru-t2");
  // Point (c) was inserted into Art. 5, part 2: Art. 5 is listed as changed, Art. 6 is not.
  REQUIRE(v["provisions"].size() == 1);
  CHECK(v["provisions"][0]["eId"] == "art_5");
  CHECK(v["provisions"][0]["change"] == "changed");
  CHECK(v["provisions_total"] == 1);
  CHECK_FALSE(v["summary"].empty());
}

TEST_CASE("changes from the beginning: both amendments, oldest first, in Russian", "[api][http]") {
  const json r = GetJson("/api/v1/changes?from=1995-04-01&to=2020-08-18&lang=rus&work=test-1");
  REQUIRE(r["versions"].size() == 2);
  CHECK(r["versions"][0]["valid_from"] == "2008-09-16");
  CHECK(r["versions"][1]["valid_from"] == "2020-08-18");
  CHECK(r["versions"][0]["lang"] == "rus");
  CHECK(r["provisions_listed"] == 2);
  // A range before the code existed holds its entry into force, with nothing to compare.
  const json first = GetJson("/api/v1/changes?from=1990-01-01&to=1995-04-01");
  REQUIRE(first["versions"].size() == 1);
  CHECK(first["versions"][0]["previous"] == "");
  CHECK(first["versions"][0]["provisions"].empty());
  // An empty range is an empty report, not an error.
  CHECK(GetJson("/api/v1/changes?from=2021-01-01&to=2021-01-01")["versions"].empty());
}

TEST_CASE("changes: the limit cuts the list and says so", "[api][http]") {
  const json r = GetJson("/api/v1/changes?from=1995-04-01&to=2020-08-18&limit=1");
  CHECK(r["truncated"] == true);
  CHECK(r["provisions_listed"] == 1);
  REQUIRE(r["versions"].size() == 2);
  CHECK(r["versions"][0]["provisions"].size() == 1);
  CHECK(r["versions"][1]["provisions"].empty());
  CHECK(r["versions"][1]["provisions_total"] == 1);
  CHECK(GetJson("/api/v1/changes?from=1995-04-01&limit=2000")["truncated"] == false);
}

TEST_CASE("changes: bad dates, order and limits are 400s naming the parameter", "[api][http]") {
  auto param_of = [](const std::string& target) {
    const json e = GetJson(target, 400)["error"];
    CHECK(e["code"] == "bad_param");
    return e["param"].get<std::string>();
  };
  CHECK(param_of("/api/v1/changes") == "from");
  CHECK(param_of("/api/v1/changes?from=2021-02-30") == "from");
  CHECK(param_of("/api/v1/changes?from=2020-01-01&to=17.08.2020") == "to");
  CHECK(param_of("/api/v1/changes?from=2020-01-01&to=2019-12-31") == "to");
  CHECK(param_of("/api/v1/changes?from=2020-01-01&limit=2001") == "limit");
  CHECK(param_of("/api/v1/changes?from=2020-01-01&limit=0") == "limit");
  CHECK(param_of("/api/v1/changes?from=2020-01-01&lang=fra") == "lang");
  const json missing = GetJson("/api/v1/changes?from=2020-01-01&work=nothing", 404)["error"];
  CHECK(missing["param"] == "work");
}

// End-to-end tests of `qonun check`: the real binary on real folders.

#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using qonun::testing::RunProcess;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";

std::string Read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("qonun check summarises a valid corpus and exits 0", "[cli][e2e]") {
  const auto r = RunProcess({QONUN_BINARY, "check", kMinimal});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK_THAT(r.out, Catch::Contains("1 works, 6 expressions, 50 provisions"));
  CHECK_THAT(r.out, Catch::Contains("/akn/uz/act/1994-09-22/test-1  [code, national uz]"));
  CHECK_THAT(r.out, Catch::Contains("rus  2008-09-16 → 2020-08-18  8 provisions  summary"));
  CHECK_THAT(r.out, Catch::Contains("aliases: TK, ТК"));
}

TEST_CASE("qonun check names each bad file, line and problem and exits 1", "[cli][e2e]") {
  qonun::testing::TempDir dir;
  const std::string good = Read(kMinimal + "/uz/act/test-code/eng@1995-04-01.xml");
  REQUIRE_FALSE(good.empty());

  std::string bad_date = good;
  bad_date.replace(bad_date.find(R"(date="1995-04-01" name="consolidation")"), 17,
                   R"(date="1995-02-30")");
  dir.Write("bad-date.xml", bad_date);

  std::string duplicate = good;
  duplicate.replace(duplicate.find(R"(eId="art_6")"), 11, R"(eId="art_5")");
  dir.Write("duplicate.xml", duplicate);

  std::string no_uri = good;
  no_uri.replace(no_uri.find(R"(<FRBRuri value="/akn/uz/act/1994-09-22/test-1"/>)"), 49,
                 "<FRBRuri/>");
  dir.Write("no-uri.xml", no_uri);

  dir.Write("malformed.xml", good.substr(0, good.size() / 2));

  const auto r = RunProcess({QONUN_BINARY, "check", dir.path().string()});
  CHECK(r.exit_code == 1);
  const std::string root = dir.path().string() + "/";
  CHECK_THAT(r.err, Catch::Contains(root + "bad-date.xml:20: error: expression date "
                                           "'1995-02-30' is not a valid ISO date"));
  CHECK_THAT(r.err, Catch::Contains(root + "duplicate.xml:56: error: duplicate eId 'art_5' "
                                           "(first at line 45)"));
  CHECK_THAT(r.err,
             Catch::Contains(root + "no-uri.xml:") && Catch::Contains(": error: missing work URI"));
  CHECK_THAT(r.err,
             Catch::Contains(root + "malformed.xml:") && Catch::Contains("XML is not well-formed"));
  CHECK_THAT(r.err, Catch::Contains("4 file(s) rejected"));
  CHECK(r.out.empty());
}

TEST_CASE("qonun check without a folder is a usage error", "[cli][e2e]") {
  const auto r = RunProcess({QONUN_BINARY, "check"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("DIR is required"));
}

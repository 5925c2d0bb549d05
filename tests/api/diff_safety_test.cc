// Comparisons are safe to serve: numbers, headings and texts that carry
// markup come out inert in the API's HTML (over HTTP, from a real server
// process) and in `qonun diff --format html`, and a comparison too large to
// diff within bounded memory is refused with a clear JSON error.

#include <filesystem>
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/http_client.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using nlohmann::json;
using qonun::testing::Get;
using qonun::testing::ServerProcess;

// What an imported file or a corpus file could carry, as written in XML.
const std::string kHostileXml = "&lt;img src=x onerror=alert(1)&gt; &quot;&apos;&amp;";

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::stringstream out;
  out << in.rdbuf();
  return out.str();
}

void Replace(std::string& text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  text.replace(at, from.size(), to);
}

// The test corpus with markup in Article 5's number, heading and text in the
// 2020 English version, and an article with a 1.1 MB part.
std::filesystem::path HostileCorpus(const std::filesystem::path& dir) {
  const auto corpus = dir / "corpus";
  std::filesystem::copy(std::string(QONUN_TEST_DATA_DIR) + "/minimal", corpus,
                        std::filesystem::copy_options::recursive);
  const auto file = corpus / "uz/act/test-code/eng@2020-08-18.xml";
  std::string xml = Read(file);
  Replace(xml, "<num>Article 5.</num>", "<num>Article 5 " + kHostileXml + ".</num>");
  Replace(xml, "<heading>Recruitment of persons</heading>",
          "<heading>Recruitment " + kHostileXml + "</heading>");
  Replace(xml, "Recruiting persons for exploitation", "Recruiting " + kHostileXml);
  std::string huge;
  while (huge.size() < (11u << 20) / 10) {
    huge += "word" + std::to_string(huge.size() % 9973) + " ";
  }
  Replace(xml, "<article eId=\"art_5\">",
          "<article eId=\"art_90\"><num>Article 90.</num><heading>Long</heading>"
          "<paragraph eId=\"art_90__para_1\"><content><p>" +
              huge + "</p></content></paragraph></article>\n<article eId=\"art_5\">");
  std::ofstream(file) << xml;
  return corpus;
}

struct Shared {
  qonun::testing::TempDir dir;
  std::filesystem::path corpus = HostileCorpus(dir.path());
  ServerProcess server{
      QONUN_BINARY,
      {"--db", (dir.path() / "index").string(), "--corpus", corpus.string(), "--threads", "2"}};
};

Shared& S() {
  static Shared shared;
  return shared;
}

// No element or attribute from the data survives: only the escaped text.
void CheckInert(const std::string& html) {
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("onerror=alert(1)>") == std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(html.find("&quot;&#39;&amp;") != std::string::npos);
}

}  // namespace

TEST_CASE("the API's HTML comparison escapes numbers, headings and texts",
          "[api][http][security]") {
  const auto r = Get(S().server.port(),
                     "/api/v1/diff?work=TK&eid=art_5&lang=eng&from=2010-01-01&to=2021-01-01"
                     "&format=html");
  INFO(r.body.substr(0, 2000));
  REQUIRE(r.status == 200);
  CHECK(r.headers.at("content-type") == "text/html; charset=utf-8");
  CheckInert(r.body);
  // The JSON carries the text as data; its html field is escaped too.
  const auto j = Get(S().server.port(),
                     "/api/v1/diff?work=TK&eid=art_5&lang=eng&from=2010-01-01&to=2021-01-01");
  REQUIRE(j.status == 200);
  const json reply =
      json::parse(j.body);  // kept alive: a range-for over a temporary's member dangles
  for (const auto& unit : reply["units"]) {
    CHECK(unit["html"].get<std::string>().find("<img") == std::string::npos);
  }
}

TEST_CASE("qonun diff --format html escapes numbers, headings and texts", "[cli][security]") {
  const auto result = qonun::testing::RunProcess(
      {QONUN_BINARY, "diff", "TK art_5", "--lang", "eng", "--from", "2010-01-01", "--to",
       "2021-01-01", "--format", "html", "--corpus", S().corpus.string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CheckInert(result.out);
  // The whole-work comparison quotes headings in its summary.
  const auto whole = qonun::testing::RunProcess(
      {QONUN_BINARY, "diff", "TK", "--lang", "eng", "--from", "2010-01-01", "--to", "2021-01-01",
       "--format", "html", "--corpus", S().corpus.string()});
  REQUIRE(whole.exit_code == 0);
  CheckInert(whole.out);
  CHECK(whole.out.find("“Recruitment &lt;img") != std::string::npos);
}

TEST_CASE("a comparison past the diff size limit is a 413 JSON error", "[api][http][limits]") {
  const auto r = Get(S().server.port(),
                     "/api/v1/diff?work=TK&eid=art_5&lang=eng&from=2021-01-01&with_work=TK"
                     "&with_eid=art_90&to=2021-01-01");
  INFO(r.body.substr(0, 500));
  REQUIRE(r.status == 413);
  const json body = json::parse(r.body);
  CHECK(body["error"]["code"] == "diff_too_large");
  CHECK_THAT(body["error"]["message"].get<std::string>(), Catch::Contains("art_90"));
  // The whole work holds that article: refused as well.
  const auto whole =
      Get(S().server.port(), "/api/v1/diff?work=TK&lang=eng&from=2010-01-01&to=2021-01-01");
  CHECK(whole.status == 413);
  // The server still answers.
  CHECK(Get(S().server.port(), "/health").status == 200);
}

// End-to-end tests of `qonun import` and `qonun export`: the real binary,
// its files, messages and exit codes.

#include <filesystem>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "tests/support/process.h"
#include "tests/support/temp_dir.h"

namespace {

using qonun::testing::RunProcess;

const std::string kFixtures = std::string(QONUN_SOURCE_DIR) + "/tests/importers/fixtures";

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::vector<std::string> ImportArgs(const std::string& format, const std::string& file,
                                    const std::string& corpus) {
  return {
      QONUN_BINARY, "import", format,    file,         "--work",   "/akn/uz/act/2019-03-04/zru-999",
      "--lang",     "rus",    "--date",  "2021-05-01", "--corpus", corpus,
      "--kind",     "law",    "--alias", "ЗПП"};
}

int FilesUnder(const std::filesystem::path& root) {
  int n = 0;
  if (std::filesystem::exists(root)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      n += entry.is_regular_file() ? 1 : 0;
    }
  }
  return n;
}

}  // namespace

TEST_CASE("qonun import writes a file that qonun check accepts", "[cli][e2e][import]") {
  qonun::testing::TempDir dir;
  const std::string corpus = (dir.path() / "corpus").string();
  const auto text = RunProcess(ImportArgs("text", kFixtures + "/rus.txt", corpus));
  CHECK(text.exit_code == 0);
  CHECK(text.err.empty());
  const std::filesystem::path written = dir.path() / "corpus/uz/act/zru-999/rus@2021-05-01.xml";
  CHECK_THAT(text.out, Catch::Contains("wrote " + written.string() +
                                       ": /akn/uz/act/2019-03-04/zru-999/rus@2021-05-01, 9 "
                                       "provisions, 0 warning(s)"));
  REQUIRE(std::filesystem::exists(written));

  // A second version of the same work goes into the same folder.
  auto html_args = ImportArgs("html", kFixtures + "/lexuz-rus.html", corpus);
  html_args[9] = "2022-01-01";
  html_args.insert(html_args.end(), {"--status", "official", "--source", "https://lex.uz/docs/-1"});
  const auto html = RunProcess(html_args);
  CHECK(html.exit_code == 0);
  CHECK(std::filesystem::exists(dir.path() / "corpus/uz/act/zru-999/rus@2022-01-01.xml"));

  const auto check = RunProcess({QONUN_BINARY, "check", corpus});
  CHECK(check.exit_code == 0);
  CHECK(check.err.empty());
  CHECK_THAT(check.out, Catch::Contains("1 works, 2 expressions, 22 provisions"));
  CHECK_THAT(check.out, Catch::Contains("aliases: ЗПП"));
  CHECK_THAT(check.out, Catch::Contains("rus  2022-01-01 → in force  13 provisions  official"));
  CHECK_THAT(Read(dir.path() / "corpus/uz/act/zru-999/rus@2022-01-01.xml"),
             Catch::Contains("<q:officialSource href=\"https://lex.uz/docs/-1\" />"));
}

TEST_CASE("qonun import akn and export text through the binary", "[cli][e2e][import]") {
  qonun::testing::TempDir dir;
  const std::string out = (dir.path() / "x/eng@2020-01-01.xml").string();
  const auto akn =
      RunProcess({QONUN_BINARY, "import", "akn", kFixtures + "/akn-publisher.xml", "--work",
                  "/akn/xx/act/2019-06-01/7", "--lang", "eng", "--date", "2020-01-01", "-o", out});
  CHECK(akn.exit_code == 0);
  CHECK(RunProcess({QONUN_BINARY, "check", (dir.path() / "x").string()}).exit_code == 0);

  const auto exported = RunProcess({QONUN_BINARY, "export", "text", out});
  CHECK(exported.exit_code == 0);
  CHECK_THAT(exported.out, Catch::StartsWith("To provide for example records"));
  CHECK_THAT(exported.out, Catch::Contains("\n\n(1) In this Act \"record\" means"));

  // By expression URI, looked up in a corpus folder.
  const auto by_uri =
      RunProcess({QONUN_BINARY, "export", "text", "/akn/uz/act/1994-09-22/2012-xii/rus@2025-05-19",
                  "--corpus", std::string(QONUN_SOURCE_DIR) + "/corpus"});
  CHECK(by_uri.exit_code == 0);
  CHECK_THAT(by_uri.out,
             Catch::Contains("\n\nСтатья 148². Административное принуждение к труду\n\n"));
  CHECK_THAT(by_uri.out, Catch::Contains("\n\nСтатья 148¹. "));

  // A work URI names no single expression.
  const auto work_only =
      RunProcess({QONUN_BINARY, "export", "text", "/akn/uz/act/1994-09-22/2012-xii", "--corpus",
                  std::string(QONUN_SOURCE_DIR) + "/corpus"});
  CHECK(work_only.exit_code == 1);
  CHECK_THAT(work_only.err, Catch::Contains("nor an expression URI (/akn/…/LANG@DATE)"));

  // The export imports back: text → corpus file → check.
  const std::string text_file = (dir.path() / "cc.txt").string();
  REQUIRE(
      RunProcess({QONUN_BINARY, "export", "text", "/akn/uz/act/1994-09-22/2012-xii/rus@2025-05-19",
                  "--corpus", std::string(QONUN_SOURCE_DIR) + "/corpus", "-o", text_file})
          .exit_code == 0);
  const auto back = RunProcess({QONUN_BINARY, "import", "text", text_file, "--work",
                                "/akn/uz/act/1994-09-22/2012-xii", "--lang", "rus", "--date",
                                "2025-05-19", "--corpus", (dir.path() / "c").string()});
  CHECK(back.exit_code == 0);
  CHECK(back.err.empty());
  CHECK(RunProcess({QONUN_BINARY, "check", (dir.path() / "c").string()}).exit_code == 0);
}

TEST_CASE("qonun import never overwrites without --force", "[cli][e2e][import]") {
  qonun::testing::TempDir dir;
  const std::filesystem::path out = dir.Write("out.xml", "keep me");
  auto args = ImportArgs("text", kFixtures + "/rus.txt", "unused");
  args.push_back("-o");
  args.push_back(out.string());
  const auto refused = RunProcess(args);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err == out.string() + ": error: already exists; use --force to replace it\n");
  CHECK(Read(out) == "keep me");
  CHECK(FilesUnder(dir.path()) == 1);  // no temporary file left behind

  args.push_back("--force");
  const auto forced = RunProcess(args);
  CHECK(forced.exit_code == 0);
  CHECK_THAT(Read(out), Catch::Contains("<FRBRalias value=\"ЗПП\" name=\"short\" />"));
  CHECK(FilesUnder(dir.path()) == 1);
}

TEST_CASE("qonun import writes nothing for bad input", "[cli][e2e][import]") {
  qonun::testing::TempDir dir;
  const std::string corpus = (dir.path() / "corpus").string();
  const std::filesystem::path cp1251 =
      dir.Write("cp1251.txt", "Title\n\n\xD1\xF2\xE0\xF2\xFC\xFF 1.\n");
  const std::filesystem::path empty = dir.Write("empty.txt", "");
  const std::filesystem::path binary = dir.Write("binary.txt", std::string_view("\x7F"
                                                                                "ELF\0\x01\x02",
                                                                                7));

  const auto bad = RunProcess(ImportArgs("text", cp1251.string(), corpus));
  CHECK(bad.exit_code == 1);
  CHECK(bad.err == cp1251.string() +
                       ":3: error: not valid UTF-8: byte 0xD1 at column 1 (Windows-1251 or "
                       "another legacy encoding? convert the file to UTF-8)\n");
  CHECK(bad.out.empty());

  CHECK_THAT(RunProcess(ImportArgs("text", empty.string(), corpus)).err,
             Catch::Equals(empty.string() + ":1: error: the input is empty\n"));
  CHECK_THAT(RunProcess(ImportArgs("html", binary.string(), corpus)).err,
             Catch::StartsWith(binary.string() + ":1: error: binary data"));
  const auto none = RunProcess(ImportArgs("text", kFixtures + "/no-structure.txt", corpus));
  CHECK(none.exit_code == 1);
  CHECK_THAT(none.err, Catch::Contains("no-structure.txt:1: error: no structure recognised"));
  const auto old =
      RunProcess({QONUN_BINARY, "import", "akn", kFixtures + "/akn-2.0.xml", "--corpus", corpus});
  CHECK(old.exit_code == 1);
  CHECK_THAT(old.err, Catch::Contains("unsupported document variant"));
  CHECK(FilesUnder(corpus) == 0);
}

TEST_CASE("qonun import reports usage errors with exit code 2", "[cli][e2e][import]") {
  auto args = ImportArgs("text", kFixtures + "/rus.txt", "corpus");
  args[9] = "2021-02-30";
  const auto bad_date = RunProcess(args);
  CHECK(bad_date.exit_code == 2);
  CHECK_THAT(bad_date.err, Catch::Contains("--date '2021-02-30' is not a date"));
  const auto missing = RunProcess({QONUN_BINARY, "import", "text", kFixtures + "/rus.txt"});
  CHECK(missing.exit_code == 2);
  CHECK_THAT(missing.err, Catch::Contains("--work is required"));
}

TEST_CASE("qonun import reads a folder of editions and check sees every version",
          "[cli][e2e][import]") {
  qonun::testing::TempDir dir;
  const std::string corpus = (dir.path() / "corpus").string();
  // Named by date: two editions, each in force from its date.
  dir.Write("named/2019-03-04.txt", Read(kFixtures + "/lexuz-copy-rus.txt"));
  dir.Write("named/rus@2021-05-01.txt", Read(kFixtures + "/rus.txt"));
  const auto named =
      RunProcess({QONUN_BINARY, "import", "text", (dir.path() / "named").string(), "--work",
                  "/akn/uz/act/2019-03-04/zru-999", "--lang", "rus", "--corpus", corpus});
  CHECK(named.exit_code == 0);
  CHECK_THAT(named.out, Catch::Contains("2 editions of /akn/uz/act/2019-03-04/zru-999 written"));
  const auto check = RunProcess({QONUN_BINARY, "check", corpus});
  CHECK(check.exit_code == 0);
  CHECK_THAT(check.out, Catch::Contains("rus  2019-03-04 → 2021-05-01"));
  CHECK_THAT(check.out, Catch::Contains("rus  2021-05-01 → in force"));
  // Each file holds the lifecycle of both editions.
  CHECK_THAT(Read(dir.path() / "corpus/uz/act/zru-999/rus@2019-03-04.xml"),
             Catch::Contains("date=\"2021-05-01\""));

  // A manifest names the files; a bad line is an error naming its line, and nothing is written.
  dir.Write("listed/a.txt", Read(kFixtures + "/rus.txt"));
  dir.Write("listed/editions.txt", "# editions\n2022-01-01 a.txt\n2023-01-01\n");
  const auto listed =
      RunProcess({QONUN_BINARY, "import", "text", (dir.path() / "listed").string(), "--work",
                  "/akn/uz/act/2019-03-04/zru-998", "--lang", "rus", "--corpus", corpus});
  CHECK(listed.exit_code == 1);
  CHECK_THAT(listed.err, Catch::Contains("editions.txt:3: expected 'YYYY-MM-DD FILE'"));
  CHECK_FALSE(std::filesystem::exists(dir.path() / "corpus/uz/act/zru-998"));
}

#include "importers/output.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

namespace {

using qonun::importers::ConventionalPath;
using qonun::importers::FindExpressionFile;
using qonun::importers::Overwrite;
using qonun::importers::WriteFileAtomically;

const std::filesystem::path kCorpus = std::filesystem::path(QONUN_SOURCE_DIR) / "corpus";

qonun::model::Expression Expr(const char* work, qonun::Language language, const char* date) {
  qonun::model::Expression e;
  e.work.uri = work;
  e.language = language;
  e.date = *qonun::model::Date::Parse(date);
  return e;
}

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("The conventional path reuses the folder of the work's other files",
          "[importers][output]") {
  const auto known = ConventionalPath(
      kCorpus, Expr("/akn/uz/act/2008-04-17/zru-154", qonun::Language::kUzbek, "2030-01-01"));
  REQUIRE(known.ok());
  CHECK(*known == kCorpus / "uz/act/tip-law/uzb@2030-01-01.xml");
  const auto treaty =
      ConventionalPath(kCorpus, Expr("/akn/un/act/convention/un-ga/2000-11-15/untoc",
                                     qonun::Language::kRussian, "2003-09-29"));
  REQUIRE(treaty.ok());
  CHECK(*treaty == kCorpus / "un/act/untoc/rus@2003-09-29.xml");
  const auto fresh = ConventionalPath(
      kCorpus, Expr("/akn/uz/act/2024-01-02/pq-77", qonun::Language::kEnglish, "2024-01-03"));
  REQUIRE(fresh.ok());
  CHECK(*fresh == kCorpus / "uz/act/pq-77/eng@2024-01-03.xml");
  CHECK_FALSE(
      ConventionalPath(kCorpus, Expr("not-a-uri", qonun::Language::kEnglish, "2024-01-03")).ok());
}

TEST_CASE("Expressions are found by URI", "[importers][output]") {
  const auto found = FindExpressionFile(kCorpus, "/akn/uz/act/1994-09-22/2012-xii/uzb@2008-09-16");
  REQUIRE(found.ok());
  CHECK(found->filename() == "uzb@2008-09-16.xml");
  const auto missing =
      FindExpressionFile(kCorpus, "/akn/uz/act/1994-09-22/2012-xii/uzb@1900-01-01");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == qonun::StatusCode::kNotFound);
}

TEST_CASE("Atomic writes refuse to replace a file unless allowed", "[importers][output]") {
  qonun::testing::TempDir dir;
  const auto path = dir.path() / "a/b/c.xml";
  REQUIRE(WriteFileAtomically(path, "one", Overwrite::kRefuse).ok());
  CHECK(Read(path) == "one");
  const qonun::Status refused = WriteFileAtomically(path, "two", Overwrite::kRefuse);
  CHECK(refused.code() == qonun::StatusCode::kAlreadyExists);
  CHECK(Read(path) == "one");
  REQUIRE(WriteFileAtomically(path, "three", Overwrite::kAllow).ok());
  CHECK(Read(path) == "three");
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir.path())) {
    files += entry.is_regular_file() ? 1 : 0;
  }
  CHECK(files == 1);  // no temporary file left
  // A folder that cannot be created (a file is in the way) is an error.
  const qonun::Status blocked =
      WriteFileAtomically(dir.path() / "a/b/c.xml/d.xml", "x", Overwrite::kAllow);
  CHECK(blocked.code() == qonun::StatusCode::kUnavailable);
}

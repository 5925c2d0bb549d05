#include "common/atomic_file.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

namespace {

std::string Read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a file is replaced whole, leaving no temporary file", "[common][unit]") {
  qonun::testing::TempDir dir;
  const auto path = dir.path() / "current";
  REQUIRE(qonun::WriteFileAtomically(path, "auto gen-000001\n").ok());
  CHECK(Read(path) == "auto gen-000001\n");
  REQUIRE(qonun::WriteFileAtomically(path, "auto gen-000002\n").ok());
  CHECK(Read(path) == "auto gen-000002\n");
  CHECK_FALSE(std::filesystem::exists(path.string() + ".tmp"));
}

TEST_CASE("a file that cannot be written is an error naming it, the old one kept",
          "[common][unit]") {
  qonun::testing::TempDir dir;
  const auto missing = dir.path() / "no-such-folder" / "current";
  const qonun::Status status = qonun::WriteFileAtomically(missing, "x");
  CHECK(status.code() == qonun::StatusCode::kUnavailable);
  CHECK_THAT(status.message(), Catch::Contains("no-such-folder"));
}

TEST_CASE("kRefuse keeps an existing file and leaves no temporary file", "[common][unit]") {
  qonun::testing::TempDir dir;
  const auto path = dir.path() / "uzb@2021-04-21.xml";
  REQUIRE(qonun::WriteFileAtomically(path, "first", qonun::ExistingFile::kRefuse).ok());
  const qonun::Status refused =
      qonun::WriteFileAtomically(path, "second", qonun::ExistingFile::kRefuse);
  CHECK(refused.code() == qonun::StatusCode::kAlreadyExists);
  CHECK_THAT(refused.message(), Catch::Contains("uzb@2021-04-21.xml"));
  CHECK(Read(path) == "first");
  REQUIRE(qonun::WriteFileAtomically(path, "third").ok());
  CHECK(Read(path) == "third");
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    ++files;
  }
  CHECK(files == 1);  // each write's own mkstemp temporary is gone
}

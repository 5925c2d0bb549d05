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

#include "model/index_stub.h"

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

TEST_CASE("the current stub names the generation it was pointed at", "[model][unit]") {
  qonun::testing::TempDir dir;
  CHECK_FALSE(qonun::model::ReadCurrentGeneration(dir.path()).has_value());
  REQUIRE(qonun::model::WriteCurrentGeneration(dir.path(), "gen-000003").ok());
  CHECK(qonun::model::ReadCurrentGeneration(dir.path()) == "gen-000003");
  // Xapian's stub format, which `xapian-delve DIR/current` also reads.
  dir.Write("current", "auto gen-000004\n");
  CHECK(qonun::model::ReadCurrentGeneration(dir.path()) == "gen-000004");
  dir.Write("current", "glass gen-000004\n");
  CHECK_FALSE(qonun::model::ReadCurrentGeneration(dir.path()).has_value());
}

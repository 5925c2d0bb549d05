// Export to text, then import: every expression of the bundled corpus must
// come back with the same provision tree and texts.

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "tests/support/same_tree.h"

#include "importers/text_exporter.h"
#include "importers/text_importer.h"

namespace {

using qonun::importers::ExportText;
using qonun::importers::ImportOptions;
using qonun::importers::ImportText;

}  // namespace

TEST_CASE("Every bundled expression survives export to text and import",
          "[importers][round-trip]") {
  int compared = 0;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(QONUN_SOURCE_DIR) + "/corpus")) {
    if (!entry.is_regular_file() || entry.path().extension() != ".xml") {
      continue;
    }
    const std::string file = entry.path().string();
    const auto read = qonun::model::ReadExpressionFile(file);
    REQUIRE(read.expression);
    const qonun::model::Expression& original = *read.expression;
    const std::string text = ExportText(original);

    ImportOptions options;
    options.source_name = "exported.txt";
    options.work_uri = original.work.uri;
    options.language = original.language;
    options.date = original.date;
    const auto imported = ImportText(text, options);
    INFO(file);
    REQUIRE(imported.ok());
    for (const auto& w : imported->warnings) {
      UNSCOPED_INFO(w.ToString());
    }
    CHECK(imported->warnings.empty());
    CHECK(imported->expression.long_title == original.long_title);
    qonun::testing::CheckSameTree(original, imported->expression, file);
    ++compared;
  }
  CHECK(compared == 33);
}

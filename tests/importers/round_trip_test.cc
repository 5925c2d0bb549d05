// Export to text, then import: every expression of the bundled corpus must
// come back with the same provision tree and texts.

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "tests/importers/fixture.h"
#include "tests/support/same_tree.h"

#include "importers/lexuz_importer.h"
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
  CHECK(compared >= 42);  // every bundled expression (42 when corpus/ last grew)
}

TEST_CASE("Imported fixtures survive export to text and import", "[importers][round-trip]") {
  struct Case {
    const char* file;
    qonun::Language language;
  };

  for (const Case& c :
       {Case{"eng.txt", qonun::Language::kEnglish}, Case{"rus.txt", qonun::Language::kRussian},
        Case{"uzb-latn.txt", qonun::Language::kUzbek},
        Case{"uzb-latn-apostrophes.txt", qonun::Language::kUzbek},
        Case{"uzb-cyrl.txt", qonun::Language::kUzbek},
        Case{"uzb-code-structure.txt", qonun::Language::kUzbek},
        Case{"rus-code-structure.txt", qonun::Language::kRussian},
        Case{"lexuz-rus.html", qonun::Language::kRussian},
        Case{"lexuz-uzb.html", qonun::Language::kUzbek}}) {
    const std::string name = c.file;
    const auto options = qonun::testing::Options(c.language, c.file);
    const auto first = name.ends_with(".html") ? qonun::importers::ImportLexUzHtml(
                                                     qonun::testing::Fixture(name), options)
                                               : ImportText(qonun::testing::Fixture(name), options);
    REQUIRE(first.ok());
    const auto second = ImportText(ExportText(first->expression), options);
    INFO(name);
    REQUIRE(second.ok());
    CHECK(second->expression.long_title == first->expression.long_title);
    qonun::testing::CheckSameTree(first->expression, second->expression, name);
    // Notes come back on the same units; plain text writes every note in
    // parentheses, so a footnote gains them.
    for (std::size_t i = 0; i < first->expression.provisions.size(); ++i) {
      std::vector<std::string> want = first->expression.provisions[i].notes;
      for (std::string& note : want) {
        note = !note.empty() && note.front() == '(' ? note : "(" + note + ")";
      }
      CHECK(second->expression.provisions[i].notes == want);
    }
    CHECK(second->expression.references.size() == first->expression.references.size());
  }
}

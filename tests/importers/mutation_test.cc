// Deterministic mutations of every fixture through every importer: each
// call returns a result or an error, never crashes (run under ASan and
// UBSan in the sanitizer build), and whatever it returns writes a file the
// corpus reader accepts.

#include <filesystem>
#include <random>
#include <string>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "model/akn_writer.h"
#include "tests/importers/fixture.h"

#include "importers/akn_importer.h"
#include "importers/lexuz_importer.h"
#include "importers/text_exporter.h"
#include "importers/text_importer.h"

namespace {

std::string Mutate(std::string input, std::mt19937& random) {
  static const std::string kPieces[] = {"\n",
                                        "\n\n",
                                        "Статья 1.",
                                        "1-modda.",
                                        "a) ",
                                        "— ",
                                        "(",
                                        ")",
                                        "<div class=\"ACT_TEXT\">",
                                        "</div>",
                                        "<sup>",
                                        "&#",
                                        "<br>",
                                        "\xFF",
                                        "\xD0",
                                        "²",
                                        "<hcontainer>",
                                        "</p>"};
  const int edits = 1 + static_cast<int>(random() % 8);
  for (int i = 0; i < edits && !input.empty(); ++i) {
    const std::size_t at = random() % input.size();
    switch (random() % 4) {
      case 0:
        input.erase(at, 1 + random() % 16);
        break;
      case 1:
        input.insert(at, kPieces[random() % std::size(kPieces)]);
        break;
      case 2:
        input[at] = static_cast<char>(random() % 256);
        break;
      default:
        input.insert(at, input.substr(random() % input.size(), random() % 64));
        break;
    }
  }
  return input;
}

}  // namespace

TEST_CASE("Mutated fixtures give a result or an error, never a crash", "[importers][mutation]") {
  std::mt19937 random(20261129);
  int ok = 0;
  int errors = 0;
  for (const auto& entry : std::filesystem::directory_iterator(QONUN_IMPORTER_FIXTURES)) {
    const std::string original = qonun::testing::Fixture(entry.path().filename().string());
    for (int round = 0; round < 150; ++round) {
      const std::string input = Mutate(original, random);
      auto options = qonun::testing::Options(qonun::Language::kUzbek, "mutated");
      const auto text = qonun::importers::ImportText(input, options);
      const auto html = qonun::importers::ImportLexUzHtml(input, options);
      options.work_uri.clear();
      const auto akn = qonun::importers::ImportAkn(input, options);
      for (const auto* result : {&text, &html, &akn}) {
        if (!result->ok()) {
          ++errors;
          CHECK_FALSE(result->status().message().empty());
          continue;
        }
        ++ok;
        const auto& e = (*result)->expression;
        const auto reread =
            qonun::model::ReadExpression(qonun::model::WriteExpression(e), "mutated.xml");
        INFO(input);
        for (const auto& d : reread.diagnostics) {
          UNSCOPED_INFO(d.ToString());
        }
        CHECK(reread.expression);
        CHECK_FALSE(qonun::importers::ExportText(e).empty());
      }
    }
  }
  CHECK(ok > 100);
  CHECK(errors > 100);
}

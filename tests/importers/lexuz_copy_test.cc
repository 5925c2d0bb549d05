// Text copied from lex.uz pages, in the shape real codes come in: page
// furniture between the lines, unnumbered parts, sanctions after a dash,
// amendment notes with dates in words, headings spelled in words, parts of
// a code restarting their sections and chapters, a flattened superscript.
// The three fixtures are one invented code in Uzbek Latin, Uzbek Cyrillic
// and Russian; they must import to the same structure.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "common/utf8.h"
#include "model/akn_reader.h"
#include "model/akn_writer.h"
#include "tests/importers/fixture.h"

#include "importers/internal/furniture.h"
#include "importers/internal/numbering.h"
#include "importers/text_importer.h"

namespace {

using qonun::Language;
using qonun::importers::ImportText;
using qonun::testing::At;
using qonun::testing::Eids;
using qonun::testing::Fixture;
using qonun::testing::Options;
using Strings = std::vector<std::string>;

struct Case {
  const char* fixture;
  Language language;
};

constexpr Case kCases[] = {{"lexuz-copy-uzb-latn.txt", Language::kUzbek},
                           {"lexuz-copy-uzb-cyrl.txt", Language::kUzbek},
                           {"lexuz-copy-rus.txt", Language::kRussian}};

qonun::importers::ImportResult Import(const Case& c) {
  auto result = ImportText(Fixture(c.fixture), Options(c.language, c.fixture));
  INFO(c.fixture);
  REQUIRE(result.ok());
  const auto reread =
      qonun::model::ReadExpression(qonun::model::WriteExpression(result->expression), c.fixture);
  CHECK(reread.expression);
  return std::move(result).value();
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("lex.uz copies in three scripts import to one structure", "[importers][lexuz-copy]") {
  const Strings expected{"part_1",
                         "part_1__sec_1",
                         "part_1__chp_1",
                         "art_1",
                         "art_1__para_1",
                         "art_2",
                         "art_2__para_1",
                         "art_2__para_2",
                         "art_2-1",
                         "art_2-1__para_1",
                         "art_3",
                         "art_3__para_1",
                         "art_3__para_2",
                         "art_3__para_2__point_a",
                         "art_3__para_2__point_b",
                         "art_3__para_2__point_c",
                         "art_3__para_2__point_d",
                         "art_3__para_3",
                         "part_2",
                         "part_2__sec_1",
                         "part_2__chp_1",
                         "part_2__chp_1__subchp_1",
                         "art_4",
                         "art_4__para_1"};
  for (const Case& c : kCases) {
    INFO(c.fixture);
    const auto r = Import(c);
    const auto& e = r.expression;
    // Class 2: no furniture line is a part, a note or text anywhere.
    CHECK(Eids(e) == expected);
    for (const auto& p : e.provisions) {
      for (const std::string& text : {p.text, p.wrap_up, p.heading}) {
        CHECK_FALSE(Contains(text, "tahrirga"));
        CHECK_FALSE(Contains(text, "таҳрирга"));
        CHECK_FALSE(Contains(text, "редакцию"));
        CHECK_FALSE(Contains(text, "LexUZ"));
        CHECK_FALSE(Contains(text, "LexUz"));
        CHECK_FALSE(Contains(text, "5-"));  // the commentary's "Qarang: … 5-moddasi"
        CHECK_FALSE(Contains(text, "статью 5"));
      }
    }
    // Class 4: the clause and its sanction are one part; the sanction after
    // the last point is the part's wrap-up, not a part of its own.
    CHECK(Contains(At(e, "art_3__para_1").text, "\u2014 "));
    CHECK(At(e, "art_3__para_2").children.size() == 4);
    CHECK_FALSE(At(e, "art_3__para_2").wrap_up.empty());
    CHECK(At(e, "art_3__para_2__point_d").text.ends_with("\u2014"));
    // Class 5: v) and в) are both point_c.
    CHECK((At(e, "art_3__para_2__point_c").num == "v)" ||
           At(e, "art_3__para_2__point_c").num == "в)"));
    // Class 6: headings in words, parts of the code, § sub-chapters.
    CHECK(At(e, "part_1__sec_1").heading.size() > 5);
    CHECK(At(e, "part_2__chp_1__subchp_1").heading.size() > 5);
    // The flattened superscript is read and said.
    CHECK((At(e, "art_2-1").num == "2¹-modda." || At(e, "art_2-1").num == "2¹-модда." ||
           At(e, "art_2-1").num == "Статья 2¹."));
    REQUIRE(r.warnings.size() == 1);
    CHECK(Contains(r.warnings[0].message, "read as 2¹"));
    CHECK(r.warnings[0].line == 16);
    // Class 3: notes stay notes, and their acts carry the signing date, in
    // words or digits, not the publication date printed after the number.
    CHECK(At(e, "art_1").notes.size() == 1);
    Strings hrefs;
    for (const auto& ref : e.references) {
      if (ref.element == "passiveRef") {
        hrefs.push_back(ref.href);
      }
    }
    CHECK(hrefs == Strings{"/akn/uz/act/2021-04-21/zru-683", "/akn/uz/act/2018-04-18/zru-476",
                           "/akn/uz/act/2001-08-29/254-ii"});
    CHECK(e.events.size() == 4);
  }
}

TEST_CASE("Furniture is recognised in every script, and only as a whole line",
          "[importers][lexuz-copy]") {
  using qonun::importers::internal::ClassifyFurniture;
  using qonun::importers::internal::Furniture;
  CHECK(ClassifyFurniture("Oldingi tahrirga qarang.") == Furniture::kLine);
  CHECK(ClassifyFurniture("  Олдинги таҳрирга қаранг. ") == Furniture::kLine);
  CHECK(ClassifyFurniture("См. предыдущую редакцию.") == Furniture::kLine);
  CHECK(ClassifyFurniture("See the previous version.") == Furniture::kLine);
  CHECK(ClassifyFurniture("LexUZ sharhiQarang: 49-modda.") == Furniture::kCommentary);
  CHECK(ClassifyFurniture("Комментарий LexUz") == Furniture::kCommentary);
  CHECK(ClassifyFurniture("Sud oldingi tahrirga qarang deb yozadi.") == Furniture::kNone);
}

TEST_CASE("English text copied with furniture and a dash sanction", "[importers][lexuz-copy]") {
  const auto r = ImportText(
      "Model Code\n\nGENERAL PART\n\nArticle 1. Offence\nAn offence \u2014\nSee the previous "
      "version.\nis punished by a fine.\nA repeated offence \u2014\nis punished by arrest.\n",
      Options(Language::kEnglish, "eng-copy.txt"));
  REQUIRE(r.ok());
  CHECK(Eids(r->expression) == Strings{"part_1", "art_1", "art_1__para_1", "art_1__para_2"});
  CHECK(At(r->expression, "art_1__para_1").text == "An offence \u2014 is punished by a fine.");
  CHECK(r->warnings.empty());
}

TEST_CASE("Warnings quote text without cutting a UTF-8 character", "[importers][lexuz-copy]") {
  CHECK(qonun::model::Excerpt("абв", 3) == "а\u2026");  // а is 2 bytes; б would be cut
  CHECK(qonun::model::Excerpt("abc", 3) == "abc");
  // Text before any article, in Cyrillic, 41 bytes into a two-byte letter.
  const auto r = ImportText("Т\n\nI боб. Боб\n\nа" + std::string(60, 'x') +
                                "\n\nбббббббббббббббббббббббббббббб.\n\n1-модда. М\n\nМатн.\n",
                            Options(Language::kUzbek, "cut.txt"));
  REQUIRE(r.ok());
  REQUIRE_FALSE(r->warnings.empty());
  for (const auto& w : r->warnings) {
    CHECK_FALSE(qonun::FindInvalidUtf8(w.ToString()).has_value());
  }
}

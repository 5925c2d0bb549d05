#include "importers/text_importer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "model/akn_writer.h"
#include "tests/importers/fixture.h"

namespace {

using qonun::Language;
using qonun::importers::ImportText;
using qonun::testing::At;
using qonun::testing::Eids;
using qonun::testing::Fixture;
using qonun::testing::Options;
using Strings = std::vector<std::string>;

qonun::importers::ImportResult Import(const std::string& name, Language language) {
  auto result = ImportText(Fixture(name), Options(language, name.c_str()));
  INFO(name);
  REQUIRE(result.ok());
  // Whatever was imported must be a file the corpus reader accepts.
  const auto reread =
      qonun::model::ReadExpression(qonun::model::WriteExpression(result->expression), name);
  for (const auto& d : reread.diagnostics) {
    UNSCOPED_INFO(d.ToString());
  }
  CHECK(reread.expression);
  return std::move(result).value();
}

}  // namespace

TEST_CASE("English text: chapters, articles, parts, lettered points, a note", "[importers][text]") {
  const auto r = Import("eng.txt", Language::kEnglish);
  const auto& e = r.expression;
  CHECK(r.warnings.empty());
  CHECK(e.long_title == "Law of the Republic of Uzbekistan on Example Procedures");
  CHECK(e.work.name == e.long_title);
  CHECK(e.uri == "/akn/uz/act/2019-03-04/zru-999/eng@2021-05-01");
  CHECK(e.work.number == "ZRU-999");
  CHECK(e.work.kind == "law");
  CHECK(Eids(e) == Strings{"preamble", "chp_1", "art_1", "art_1__para_1", "art_2", "art_2__para_1",
                           "art_2__para_1__point_a", "art_2__para_1__point_b", "art_2__para_2",
                           "chp_2", "art_3", "art_3__para_1", "art_3__para_2"});
  CHECK(At(e, "preamble").text ==
        "This Law is an invented text written for the tests of Qonun's importers.");
  CHECK(At(e, "chp_1").num == "Chapter 1.");
  CHECK(At(e, "chp_1").heading == "General provisions");
  CHECK(At(e, "art_1").heading == "Purpose of this Law");
  // Two hard-wrapped lines make one part.
  CHECK(At(e, "art_1__para_1").text ==
        "The purpose of this Law is to set out how example procedures are opened and closed by "
        "the competent body.");
  CHECK(At(e, "art_2__para_1").num == "1.");
  CHECK(At(e, "art_2__para_1").text == "In this Law the following terms are used:");
  CHECK(At(e, "art_2__para_1__point_b").num == "(b)");
  CHECK(At(e, "art_2__para_1__point_b").text ==
        "\"body\" means the authority that conducts the procedure.");
  CHECK(At(e, "art_2__para_2").notes == Strings{"(as amended by Law No. ZRU-683 of 12.04.2021)"});
  CHECK(At(e, "art_2__para_2").text == "Other terms keep their ordinary meaning.");
  CHECK(At(e, "chp_2").num == "CHAPTER II");
  CHECK(At(e, "chp_2").heading == "OPENING A PROCEDURE");
  CHECK(At(e, "art_3__para_2").num.empty());
  REQUIRE(e.references.size() == 2);
  CHECK(e.references[1].eid == "amd_1");
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
  CHECK(e.references[1].show_as == "as amended by Law No. ZRU-683 of 12.04.2021");
  REQUIRE(e.events.size() == 2);
  CHECK(e.events[0].type == "generation");
  CHECK(e.events[0].date.ToString() == "2019-03-04");
  CHECK(e.events[1].type == "amendment");
  CHECK(e.events[1].date.ToString() == "2021-04-12");
  CHECK(e.events[1].source == "amd_1");
}

TEST_CASE("Russian text: all-caps chapter, superscript article, Cyrillic points",
          "[importers][text]") {
  const auto r = Import("rus.txt", Language::kRussian);
  const auto& e = r.expression;
  CHECK(r.warnings.empty());
  CHECK(Eids(e) == Strings{"chp_1", "art_135", "art_135__para_1", "art_135__para_2",
                           "art_135__para_2__point_a", "art_135__para_2__point_b",
                           "art_135__para_2__point_c", "art_135-1", "art_135-1__para_1"});
  CHECK(At(e, "chp_1").num == "ГЛАВА I");
  CHECK(At(e, "chp_1").heading == "ОБЩИЕ ПОЛОЖЕНИЯ");
  CHECK(At(e, "art_135-1").num == "Статья 135¹.");
  CHECK(At(e, "art_135-1").heading == "Использование поддельных документов");
  CHECK(At(e, "art_135__para_2__point_c").num == "в)");
  CHECK(At(e, "art_135__para_2__point_c").text == "группой лиц по предварительному сговору.");
  // The note after part 2 stays with part 2; "статья введена" goes to the article.
  CHECK(At(e, "art_135__para_2").notes.size() == 1);
  CHECK(At(e, "art_135-1").notes ==
        Strings{"(статья введена Законом Республики Узбекистан от 20.01.2020 г. № ЗРУ-600)"});
  CHECK(At(e, "art_135-1__para_1").notes.empty());
  REQUIRE(e.references.size() == 3);
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
  CHECK(e.references[2].href == "/akn/uz/act/2020-01-20/zru-600");
  // Which units the acts changed, and how.
  REQUIRE(e.modifications.size() == 2);
  CHECK(e.modifications[0].type == "substitution");
  CHECK(e.modifications[0].source == "amd_1");
  CHECK(e.modifications[0].destinations == Strings{"art_135__para_2"});
  CHECK(e.modifications[1].type == "insertion");
  CHECK(e.modifications[1].source == "amd_2");
  CHECK(e.modifications[1].destinations == Strings{"art_135-1"});
  REQUIRE(e.events.size() == 3);  // generation, then amendments by date
  CHECK(e.events[1].source == "amd_2");
  CHECK(e.events[1].eid == "evt_2");
  CHECK(e.events[2].source == "amd_1");
}

TEST_CASE("Uzbek Latin text: implicit parts, dashes, numbered points, sections",
          "[importers][text]") {
  const auto r = Import("uzb-latn.txt", Language::kUzbek);
  const auto& e = r.expression;
  CHECK(r.warnings.empty());
  CHECK(Eids(e) == Strings{"chp_1", "art_1", "art_1__para_1", "art_1__para_2", "art_2",
                           "art_2__point_1", "art_2__point_2", "sec_2", "chp_2", "art_135-1",
                           "art_135-1__point_1", "art_135-1__point_2", "art_136", "art_136__para_1",
                           "art_136__para_2"});
  CHECK(At(e, "art_2").text == "Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi:");
  CHECK(At(e, "art_2__point_1").num.empty());
  CHECK(At(e, "art_2__point_1").text == "arizachi — protsedura ochilishini soʻragan shaxs;");
  CHECK(At(e, "sec_2").num == "2-bo'lim.");
  CHECK(At(e, "sec_2").heading == "Maxsus qism");
  CHECK(At(e, "chp_2").parent == e.FindByEid("sec_2"));
  CHECK(At(e, "art_135-1").num == "135¹-modda.");
  CHECK(At(e, "art_135-1__point_2").num == "2)");
  CHECK(At(e, "art_135-1").notes.size() == 1);
  CHECK(At(e, "art_136__para_2").notes.size() == 1);
  REQUIRE(e.modifications.size() == 2);
  CHECK(e.modifications[0].type == "substitution");
  CHECK(e.modifications[0].destinations == Strings{"art_135-1"});
  CHECK(e.modifications[1].type == "insertion");
  CHECK(e.modifications[1].destinations == Strings{"art_136__para_2"});
  REQUIRE(e.references.size() == 3);
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
  CHECK(e.references[2].href == "/akn/uz/act/2020-01-20/zru-600");
}

TEST_CASE("Uzbek apostrophe variants in headings are recognised and kept as written",
          "[importers][text]") {
  const auto r = Import("uzb-latn-apostrophes.txt", Language::kUzbek);
  const auto& e = r.expression;
  CHECK(Eids(e) == Strings{"sec_1", "sec_2", "sec_3", "art_1", "art_1__para_1"});
  CHECK(At(e, "sec_1").num == "1-bo‘lim.");
  CHECK(At(e, "sec_2").num == "2-bo`lim.");
  CHECK(At(e, "sec_3").num == "3-bo’lim.");
  CHECK(At(e, "sec_3").heading == "Uchinchi bo´lim");
  CHECK(At(e, "art_1__para_1").text ==
        "Matndagi apostroflar: o‘g‘il, o'g'il, o`g`il, o’g’il — hammasi oʻzgarishsiz saqlanadi.");
}

TEST_CASE("Uzbek Cyrillic text: roman chapter in capitals, superscript article",
          "[importers][text]") {
  const auto r = Import("uzb-cyrl.txt", Language::kUzbek);
  const auto& e = r.expression;
  CHECK(r.warnings.empty());
  CHECK(Eids(e) == Strings{"chp_1", "art_148-2", "art_148-2__para_1", "art_148-2__para_2",
                           "art_149", "art_149__para_1", "art_149__para_1__point_a",
                           "art_149__para_1__point_b"});
  CHECK(At(e, "chp_1").num == "I БОБ");
  CHECK(At(e, "chp_1").heading == "УМУМИЙ ҚОИДАЛАР");
  CHECK(At(e, "art_148-2").num == "148²-модда.");
  CHECK(At(e, "art_149").num == "149-МОДДА.");
  CHECK(At(e, "art_149__para_1").text == "Ушбу модда:");
  CHECK(At(e, "art_149__para_1__point_b").num == "б)");
  CHECK(At(e, "art_148-2__para_2").notes.size() == 1);
  REQUIRE(e.references.size() == 2);
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
}

TEST_CASE("Repeated numbers and undated amendment notes are warnings with line numbers",
          "[importers][text]") {
  const std::string text =
      "Title\n\nArticle 1. One\n\nFirst.\n\nArticle 1. Again\n\nSecond.\n\n"
      "(as amended by a law of unknown date)\n";
  const auto r = ImportText(text, Options(Language::kEnglish, "dup.txt"));
  REQUIRE(r.ok());
  CHECK(Eids(r->expression) ==
        Strings{"art_1", "art_1__para_1", "art_1_dup2", "art_1_dup2__para_1"});
  REQUIRE(r->warnings.size() == 2);
  CHECK(r->warnings[0].ToString() ==
        "dup.txt:7: warning: 'Article 1.' repeats the number of line 3; its eId is 'art_1_dup2'");
  CHECK(r->warnings[1].ToString() ==
        "dup.txt:11: warning: amendment note names no date (dd.mm.yyyy or in words); kept as a "
        "note only");
}

TEST_CASE("Bad input is an error naming file and line, never a result", "[importers][text]") {
  const auto options = Options(Language::kRussian, "bad.txt");
  SECTION("empty") {
    const auto r = ImportText(Fixture("empty.txt"), options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() == "bad.txt:1: error: the input is empty");
  }
  SECTION("binary") {
    const auto r = ImportText(std::string_view("Статья 1.\n\x7F"
                                               "ELF\0\0\x01",
                                               22),
                              options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() ==
          "bad.txt:2: error: binary data (a NUL byte at column 5); expected UTF-8 text");
  }
  SECTION("Windows-1251") {
    // "Статья 1." in Windows-1251 on the third line
    const auto r = ImportText("Title\n\n\xD1\xF2\xE0\xF2\xFC\xFF 1.\n", options);
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().message() ==
          "bad.txt:3: error: not valid UTF-8: byte 0xD1 at column 1 (Windows-1251 or another "
          "legacy encoding? convert the file to UTF-8)");
  }
  SECTION("no structure") {
    const auto r = ImportText(Fixture("no-structure.txt"), options);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(),
               Catch::StartsWith("bad.txt:1: error: no structure recognised"));
  }
  SECTION("bad work URI") {
    auto bad = options;
    bad.work_uri = "criminal-code";
    const auto r = ImportText(Fixture("rus.txt"), bad);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(), Catch::Contains("work URI 'criminal-code'"));
  }
}

TEST_CASE("Long inputs take linear time: many points, repeated numbers, unclosed tags",
          "[importers][text]") {
  // Quadratic work here would run for minutes and hit the test timeout.
  std::string list = "Title\n\nArticle 1. Many\n\nLead-in:\n";
  for (int i = 0; i < 200000; ++i) {
    list += "— item;\n";
  }
  const auto many = ImportText(list, Options(Language::kEnglish, "many.txt"));
  REQUIRE(many.ok());
  CHECK(many->expression.provisions.size() == 200001);
  CHECK(many->expression.provisions.back().eid == "art_1__point_200000");

  std::string repeated = "Title\n\n";
  for (int i = 0; i < 50000; ++i) {
    repeated += "Article 1. Same\n\n";
  }
  const auto dups = ImportText(repeated, Options(Language::kEnglish, "dups.txt"));
  REQUIRE(dups.ok());
  CHECK(dups->expression.provisions.back().eid == "art_1_dup50000");
  CHECK(dups->warnings.size() == 49999);

  std::string line(2000000, 'x');
  line = "Article 1. Long\n\n" + line;
  const auto long_line = ImportText(line, Options(Language::kEnglish, "long.txt"));
  REQUIRE(long_line.ok());
  CHECK(long_line->expression.provisions.back().text.size() == 2000000);
}

TEST_CASE("Control characters become spaces, so the output is well-formed XML",
          "[importers][text]") {
  const auto r = ImportText(
      "T\n\nArticle 1. Bell\x07s\n\nA\x01"
      "B\x1F C.\n",
      Options(Language::kEnglish, "ctl.txt"));
  REQUIRE(r.ok());
  CHECK(At(r->expression, "art_1").heading == "Bell s");
  CHECK(At(r->expression, "art_1__para_1").text == "A B C.");
}

TEST_CASE("Uzbek Latin lists lettered a) b) v) g) d) align with Cyrillic а) б) в) г) д)",
          "[importers][text]") {
  // lex.uz spells the Cyrillic list letters in Latin: v) is в), the third.
  const auto latin = ImportText(
      "T\n\n5-modda. Hollar\n\nQuyidagi hollarda:\na) birinchi;\nb) ikkinchi;\nv) uchinchi;\n"
      "g) toʻrtinchi;\nd) beshinchi;\nj) oltinchi.\n\n6-modda. Boshqa\n\nRoʻyxat:\na) bir;\nb) "
      "ikki;\n"
      "c) uch;\nd) toʻrt.\n",
      Options(Language::kUzbek, "uzb.txt"));
  REQUIRE(latin.ok());
  const auto cyrillic = ImportText(
      "T\n\n5-модда. Ҳоллар\n\nҚуйидаги ҳолларда:\nа) биринчи;\nб) иккинчи;\nв) учинчи;\n"
      "г) тўртинчи;\nд) бешинчи;\nж) олтинчи.\n",
      Options(Language::kUzbek, "uzb-cyrl.txt"));
  REQUIRE(cyrillic.ok());
  const Strings article_5{"art_5",
                          "art_5__para_1",
                          "art_5__para_1__point_a",
                          "art_5__para_1__point_b",
                          "art_5__para_1__point_c",
                          "art_5__para_1__point_d",
                          "art_5__para_1__point_e",
                          "art_5__para_1__point_g"};
  Strings latin_eids = Eids(latin->expression);
  CHECK(Strings(latin_eids.begin(), latin_eids.begin() + 8) == article_5);
  CHECK(Eids(cyrillic->expression) == article_5);
  CHECK(At(latin->expression, "art_5__para_1__point_c").num == "v)");
  CHECK(At(cyrillic->expression, "art_5__para_1__point_c").num == "в)");
  // A list that uses c) is lettered the English way and keeps its letters.
  CHECK(Strings(latin_eids.begin() + 8, latin_eids.end()) ==
        Strings{"art_6", "art_6__para_1", "art_6__para_1__point_a", "art_6__para_1__point_b",
                "art_6__para_1__point_c", "art_6__para_1__point_d"});
  // In an English text d) is the fourth letter.
  const auto english = ImportText("T\n\nArticle 5. Cases\n\nLead:\n(b) two;\n(d) four.\n",
                                  Options(Language::kEnglish, "eng.txt"));
  REQUIRE(english.ok());
  CHECK(english->expression.provisions.back().eid == "art_5__para_1__point_d");
}

TEST_CASE("A text in the wrong script for its language is a warning", "[importers][text]") {
  const auto r = ImportText(Fixture("eng.txt"), Options(Language::kRussian, "eng.txt"));
  REQUIRE(r.ok());
  REQUIRE(r->warnings.size() == 1);
  CHECK(r->warnings[0].ToString() ==
        "eng.txt:5: warning: the text is mostly in Latin script, but its language is given as "
        "rus");
  const auto uzbek = ImportText(Fixture("uzb-cyrl.txt"), Options(Language::kUzbek, "u.txt"));
  REQUIRE(uzbek.ok());
  CHECK(uzbek->warnings.empty());
}

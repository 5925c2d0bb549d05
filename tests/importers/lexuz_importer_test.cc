#include "importers/lexuz_importer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "model/akn_writer.h"
#include "tests/importers/fixture.h"

namespace {

using qonun::Language;
using qonun::importers::ImportLexUzHtml;
using qonun::testing::At;
using qonun::testing::Eids;
using qonun::testing::Fixture;
using qonun::testing::Options;
using Strings = std::vector<std::string>;

qonun::importers::ImportResult Import(const std::string& name, Language language) {
  auto result = ImportLexUzHtml(Fixture(name), Options(language, name.c_str()));
  INFO(name);
  if (!result.ok()) {
    FAIL(result.status().message());
  }
  const auto reread =
      qonun::model::ReadExpression(qonun::model::WriteExpression(result->expression), name);
  CHECK(reread.expression);
  return std::move(result).value();
}

void CheckRussianPage(const qonun::importers::ImportResult& r) {
  const auto& e = r.expression;
  CHECK(e.long_title == "О примерных процедурах");
  CHECK(Eids(e) == Strings{"preamble", "chp_1", "art_1", "art_1__para_1", "art_2-1",
                           "art_2-1__para_1", "art_2-1__para_1__point_a",
                           "art_2-1__para_1__point_b", "art_2-1__para_2", "chp_2", "art_3",
                           "art_3__para_1", "art_3__para_2"});
  // In page order; no-break spaces are plain spaces.
  CHECK(At(e, "preamble").text ==
        "(с изменениями, внесёнными Законом от 12.04.2021 г. № ЗРУ-683)\n"
        "Этот текст придуман для тестов импортёра и не воспроизводит официальную редакцию.");
  CHECK(At(e, "chp_1").num == "ГЛАВА 1.");
  CHECK(At(e, "chp_1").heading == "ОБЩИЕ ПОЛОЖЕНИЯ");
  CHECK(At(e, "art_1__para_1").text ==
        "Целью Закона является порядок «примерных» процедур\u2009— от подачи заявления до "
        "решения.");
  CHECK(At(e, "art_2-1").num == "Статья 2¹.");
  CHECK(At(e, "art_2-1").heading == "Заявление");
  CHECK(At(e, "art_2-1__para_1__point_b").num == "б)");
  CHECK(At(e, "art_2-1__para_1__point_b").text == "суть просьбы & основания.");
  CHECK(At(e, "art_2-1__para_2").notes ==
        Strings{"(часть вторая в редакции Закона Республики Узбекистан от 12.04.2021 г. № "
                "ЗРУ-683)"});
  CHECK(At(e, "chp_2").heading == "ЗАКЛЮЧИТЕЛЬНЫЕ ПОЛОЖЕНИЯ");
  CHECK(At(e, "art_3__para_1").text == "Закон вступает в силу со дня опубликования.");
  CHECK(At(e, "art_3__para_2").notes == Strings{"Сноска: дата опубликования условная."});
  // Skipped: interface panels, comments, classifier indexes, scripts.
  for (const auto& p : e.provisions) {
    CHECK(p.text.find("Аудио") == std::string::npos);
    CHECK(p.text.find("предыдущую") == std::string::npos);
    CHECK(p.text.find("01.02.03") == std::string::npos);
    CHECK(p.text.find("not text") == std::string::npos);
  }
  REQUIRE(e.references.size() == 2);
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
  CHECK(e.events.size() == 2);
  CHECK(r.warnings.empty());
}

}  // namespace

TEST_CASE("A Russian lex.uz page: flat blocks rebuilt into chapters, articles, parts, points",
          "[importers][lexuz]") {
  CheckRussianPage(Import("lexuz-rus.html", Language::kRussian));
}

TEST_CASE("A windows-1251 lex.uz page reads as its UTF-8 twin", "[importers][lexuz]") {
  CheckRussianPage(Import("lexuz-rus-cp1251.html", Language::kRussian));
}

TEST_CASE("An Uzbek lex.uz page: implicit parts, <br> lists, <sup> article numbers",
          "[importers][lexuz]") {
  const auto r = Import("lexuz-uzb.html", Language::kUzbek);
  const auto& e = r.expression;
  CHECK(e.long_title == "Namunaviy tartib-taomillar toʻgʻrisida");
  // Lower-case items after a lead-in that ends in ':' are its points, not parts.
  CHECK(Eids(e) == Strings{"chp_1", "art_1", "art_1__point_1", "art_1__point_2", "art_2-1",
                           "art_2-1__para_1", "art_2-1__para_2", "art_2-1__para_2__point_1",
                           "art_2-1__para_2__point_2", "art_2-1__para_3", "art_2-1__para_4"});
  CHECK(At(e, "art_1").text == "Ushbu Qonunda quyidagi asosiy tushunchalar qoʻllaniladi:");
  CHECK(At(e, "art_1__point_1").text == "arizachi — tartib-taomil ochilishini soʻragan shaxs;");
  CHECK(At(e, "art_1__point_2").num.empty());
  CHECK(At(e, "art_2-1").num == "2¹-modda.");
  CHECK(At(e, "art_2-1__para_2").text == "Arizachiga qaror haqida yozma xabar beriladi:");
  CHECK(At(e, "art_2-1__para_2__point_2").text == "qaror ustidan shikoyat qilish tartibi.");
  CHECK(At(e, "art_2-1").notes.size() == 1);
  CHECK(At(e, "art_2-1__para_3").text == "Noma'lum sarlavha");
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].ToString() ==
        "lexuz-uzb.html:14: warning: article header not recognised, read as text: 'Noma'lum "
        "sarlavha'");
  REQUIRE(e.references.size() == 2);
  CHECK(e.references[1].href == "/akn/uz/act/2021-04-12/zru-683");
}

TEST_CASE("Pages that are not lex.uz documents are errors", "[importers][lexuz]") {
  const auto options = Options(Language::kRussian, "page.html");
  SECTION("no classed blocks") {
    const auto r = ImportLexUzHtml("<html><body><p>Статья 1. Текст</p></body></html>", options);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(),
               Catch::StartsWith("page.html:1: error: no structure recognised"));
  }
  SECTION("undeclared Windows-1251") {
    const auto r = ImportLexUzHtml(
        "<html>\n<div class=\"CLAUSE_DEFAULT\">\xD1\xF2\xE0\xF2\xFC\xFF 1.</div>", options);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(),
               Catch::StartsWith("page.html:2: error: not valid UTF-8: byte 0xD1 at column 29"));
  }
  SECTION("another charset") {
    const auto r =
        ImportLexUzHtml("<meta charset=\"koi8-r\"><div class=\"ACT_TEXT\">x</div>", options);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(), Catch::Contains("declares charset 'koi8-r'"));
  }
}

TEST_CASE("Broken markup neither crashes nor loops", "[importers][lexuz]") {
  const auto options = Options(Language::kEnglish, "broken.html");
  std::string deep;
  for (int i = 0; i < 100000; ++i) {
    deep += "<div>";
  }
  deep += "<div class=\"CLAUSE_DEFAULT\">Article 1. A</div><div class=\"ACT_TEXT\">Text.";
  for (int i = 0; i < 100000; ++i) {
    deep += "</span>";
  }
  const auto r = ImportLexUzHtml(deep, options);
  REQUIRE(r.ok());
  CHECK(Eids(r->expression) == Strings{"art_1", "art_1__para_1"});
  for (const char* bad : {"<", "<div class=\"ACT_TEXT", "<!--", "&#xFFFFFFFFFF;", "<sup>",
                          "<div class='ACT_TEXT'>&#0;&#55296;<sup>1</div>"}) {
    INFO(bad);
    const auto result = ImportLexUzHtml(bad, options);
    CHECK_FALSE(result.ok());
  }
}

TEST_CASE("Unterminated tags and quotes take linear time", "[importers][lexuz]") {
  std::string page = "<div class=\"CLAUSE_DEFAULT\">Article 1. A</div>";
  for (int i = 0; i < 100000; ++i) {
    page += "<a b=\"";
  }
  for (int i = 0; i < 100000; ++i) {
    page += "<a <b ";
  }
  const auto r = ImportLexUzHtml(page, Options(Language::kEnglish, "tags.html"));
  REQUIRE(r.ok());
  CHECK(Eids(r->expression) == Strings{"art_1"});
}

TEST_CASE("A lex.uz page with a signature block and an ACT_TITLE_APPL annex",
          "[importers][lexuz][structure]") {
  const auto r = Import("lexuz-uzb-annex.html", Language::kUzbek);
  const auto& e = r.expression;
  CHECK(e.long_title == "Namunaviy nizomni tasdiqlash toʻgʻrisida");
  // The annex's numbered items are its text, not paragraphs 1 and 2 again.
  CHECK(Eids(e) == Strings{"preamble", "para_1", "para_2", "conclusions", "att_1"});
  CHECK(At(e, "conclusions").text ==
        "Oʻzbekiston Respublikasining Prezidenti A. NAMUNAVIY\nToshkent sh.,\n2021-yil "
        "5-aprel,\nPF-999-son");
  CHECK(At(e, "att_1").num ==
        "Oʻzbekiston Respublikasi Prezidentining 2021-yil 5-apreldagi PF-999-son farmoniga ILOVA");
  CHECK(At(e, "att_1").heading == "Namunaviy nizom");
  CHECK(At(e, "att_1").text ==
        "1. Ushbu Nizom namunaviy tartibni belgilaydi.\n2. Nizom barcha tashkilotlarga tatbiq "
        "etiladi.");
  CHECK(r.warnings.empty());
  // Written and read back: <conclusions> after <body>, then <attachments>.
  const std::string xml = qonun::model::WriteExpression(e);
  CHECK(xml.find("</body>") < xml.find("<conclusions"));
  CHECK(xml.find("</conclusions>") < xml.find("<attachments>"));
  const auto back = qonun::model::ReadExpression(xml, "annex.xml");
  REQUIRE(back.expression);
  CHECK(Eids(*back.expression) == Eids(e));
}

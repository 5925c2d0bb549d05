#include "importers/internal/numbering.h"

#include <catch2/catch.hpp>

#include "importers/internal/furniture.h"

namespace {

using qonun::importers::internal::IsAmendmentNote;
using qonun::importers::internal::IsParenthesisedNote;
using qonun::importers::internal::PointStyle;
using qonun::importers::internal::RecogniseUnit;
using qonun::importers::internal::Unit;
using qonun::importers::internal::UnitKind;

Unit Must(std::string_view line) {
  auto unit = RecogniseUnit(line);
  INFO(line);
  REQUIRE(unit);
  return *unit;
}

}  // namespace

TEST_CASE("Article headings in every language and script", "[importers][numbering]") {
  struct Case {
    const char* line;
    const char* num;
    const char* id;
    const char* heading;
  };

  const Case cases[] = {
      {"Article 3. Use of terms", "Article 3.", "3", "Use of terms"},
      {"Article 1 Purpose", "Article 1", "1", "Purpose"},
      {"ARTICLE 12. SCOPE", "ARTICLE 12.", "12", "SCOPE"},
      {"Статья 135. Торговля людьми", "Статья 135.", "135", "Торговля людьми"},
      {"Статья 135¹. Вербовка", "Статья 135¹.", "135-1", "Вербовка"},
      {"СТАТЬЯ 148². Принуждение к труду", "СТАТЬЯ 148².", "148-2", "Принуждение к труду"},
      {"Статья 135-1. Вербовка", "Статья 135-1.", "135-1", "Вербовка"},
      {"135-modda. Odam savdosi", "135-modda.", "135", "Odam savdosi"},
      {"135¹-modda. Yollash", "135¹-modda.", "135-1", "Yollash"},
      {"135-1-modda. Yollash", "135-1-modda.", "135-1", "Yollash"},
      {"148²-модда. Мажбурий меҳнат", "148²-модда.", "148-2", "Мажбурий меҳнат"},
      {"7-MODDA. QOʻLLANISH", "7-MODDA.", "7", "QOʻLLANISH"},
  };
  for (const Case& c : cases) {
    const Unit u = Must(c.line);
    CHECK(u.kind == UnitKind::kArticle);
    CHECK(u.num == c.num);
    CHECK(u.id == c.id);
    CHECK(u.rest == c.heading);
  }
}

TEST_CASE("Chapter and section headings, arabic and roman", "[importers][numbering]") {
  CHECK(Must("Chapter 1. General provisions").id == "1");
  CHECK(Must("CHAPTER IV").id == "4");
  CHECK(Must("CHAPTER IV").kind == UnitKind::kChapter);
  CHECK(Must("Глава IX. Преступления против свободы").id == "9");
  CHECK(Must("ГЛАВА 2").num == "ГЛАВА 2");
  CHECK(Must("1-bob. Umumiy qoidalar").num == "1-bob.");
  CHECK(Must("VI боб. Озодликка қарши жиноятлар").id == "6");
  CHECK(Must("V BOB").kind == UnitKind::kChapter);
  CHECK(Must("Глава ХІІ. Кириллица").id == "12");  // Cyrillic Х and І
  CHECK(Must("Статья 7.Заголовок").rest == "Заголовок");
  CHECK_FALSE(RecogniseUnit("Статья 7.5 Кодекса"));
  const Unit bare = Must("XII");
  CHECK(bare.kind == UnitKind::kChapter);
  CHECK(bare.bare_roman);
  CHECK(bare.id == "12");
  for (const char* section :
       {"2-bo'lim. Maxsus qism", "2-boʻlim. Maxsus qism", "2-bo‘lim. Maxsus qism",
        "2-bo`lim. Maxsus qism", "2-BOʼLIM. MAXSUS QISM", "Раздел 2. Особенная часть",
        "2-бўлим. Махсус қисм", "SECTION II"}) {
    const Unit u = Must(section);
    CHECK(u.kind == UnitKind::kSection);
    CHECK(u.id == "2");
  }
}

TEST_CASE("Parts and points", "[importers][numbering]") {
  const Unit part = Must("2. The same act, if committed:");
  CHECK(part.kind == UnitKind::kParagraph);
  CHECK(part.num == "2.");
  CHECK(part.rest == "The same act, if committed:");
  const Unit a = Must("а) с применением насилия;");  // Cyrillic а
  CHECK(a.style == PointStyle::kLetter);
  CHECK(a.id == "a");
  CHECK(Must("к) в целях изъятия органов").id == "j");  // й is not a list letter
  CHECK(Must("(c) a third case").id == "c");
  CHECK(Must("(c) a third case").num == "(c)");
  const Unit n = Must("12) oʻn ikkinchi band;");
  CHECK(n.style == PointStyle::kNumber);
  CHECK(n.id == "12");
  const Unit dash = Must("— bir banddagi matn;");
  CHECK(dash.style == PointStyle::kDash);
  CHECK(dash.num.empty());
  CHECK(dash.rest == "bir banddagi matn;");
  CHECK(Must("- hyphen item").style == PointStyle::kDash);
}

TEST_CASE("Running text is not a unit", "[importers][numbering]") {
  for (const char* text :
       {"Статья 135 устанавливает ответственность", "I am a sentence", "2020 yilda qabul qilingan",
        "1.5 percent of the fine", "135-moddasining ikkinchi qismi", "Article 5, as it stood", "a)",
        "—", "Ҳужжат матни", "CHAPTERS OF THE CODE"}) {
    INFO(text);
    CHECK_FALSE(RecogniseUnit(text));
  }
}

TEST_CASE("Amendment notes in three languages", "[importers][numbering]") {
  CHECK(IsAmendmentNote("(в редакции Закона Республики Узбекистан от 12.04.2021 г. № ЗРУ-683)"));
  CHECK(
      IsAmendmentNote("(Oʻzbekiston Respublikasining 2021-yil 12-apreldagi OʻRQ-683-sonli "
                      "Qonuni tahririda)"));
  CHECK(IsAmendmentNote("(Qonun bilan kiritilgan)"));
  CHECK(IsAmendmentNote("(as amended by Law No. ZRU-683 of 12.04.2021)."));
  CHECK_FALSE(IsAmendmentNote("(a remark in brackets)"));
  CHECK(IsParenthesisedNote("(a remark in brackets)"));
  CHECK(IsParenthesisedNote("(see (b) above)."));
  CHECK_FALSE(IsParenthesisedNote("(one) and (two)"));
  CHECK_FALSE(IsParenthesisedNote("no brackets"));
  CHECK_FALSE(IsAmendmentNote("в редакции Закона без скобок"));
}

// Structures of real codes the importers must keep, on fixtures written by
// the project in the shape of lex.uz copies: notes on the part or point
// they name, repealed parts kept in place, lists, the signature block and
// annexes.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/importers/fixture.h"

#include "importers/internal/furniture.h"
#include "importers/text_importer.h"

namespace {

using qonun::Language;
using qonun::importers::ImportText;
using qonun::testing::At;
using qonun::testing::Eids;
using qonun::testing::Fixture;
using qonun::testing::Options;
using Strings = std::vector<std::string>;

bool HasModification(const qonun::model::Expression& e, const std::string& type,
                     const std::string& destination) {
  for (const auto& m : e.modifications) {
    for (const auto& d : m.destinations) {
      if (m.type == type && d == destination) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

TEST_CASE("An Uzbek code: parts, lists, notes on the part they name, conclusions and annexes",
          "[importers][text][structure]") {
  const auto r = ImportText(Fixture("uzb-code-structure.txt"),
                            Options(Language::kUzbek, "uzb-code-structure.txt"));
  REQUIRE(r.ok());
  const auto& e = r->expression;
  // The title in capitals does not take the preamble after it.
  CHECK(e.long_title == "OʻZBEKISTON RESPUBLIKASINING NAMUNAVIY KODEKSI");
  CHECK(At(e, "preamble").text == "Ushbu Kodeks namunaviy munosabatlarni tartibga soladi.");
  CHECK(Eids(e) == Strings{"preamble",
                           "part_1",
                           "part_1__sec_1",
                           "part_1__chp_1",
                           "art_1",
                           "art_1__point_1",
                           "art_1__point_2",
                           "art_1__point_3",
                           "art_2",
                           "art_2__para_1",
                           "art_2__para_1__point_1",
                           "art_2__para_1__point_2",
                           "art_2__para_2",
                           "art_2__para_3",
                           "art_3",
                           "art_3__para_1",
                           "art_3__para_2",
                           "art_3__para_3",
                           "art_3__para_3__point_a",
                           "art_3__para_3__point_b",
                           "art_3__para_3__point_c",
                           "art_3-1",
                           "art_3-1__para_1",
                           "art_3-1__para_2",
                           "conclusions",
                           "att_1"});
  CHECK(At(e, "part_1").num == "Birinchi qism");
  // Lower-case items after a lead-in ending in ':' are points, not parts.
  CHECK(At(e, "art_1").text == "Kodeksning vazifalari quyidagilardan iborat:");
  CHECK(At(e, "art_1__point_3").text == "qonunchilikni takomillashtirish.");
  // A lead-in with 1)-points followed by more parts is the first part.
  CHECK(At(e, "art_2__para_1").text == "Ishonchnoma quyidagi hollarda tugaydi:");
  CHECK(At(e, "art_2__para_3").text == "Ishonchnoma tugashi bilan vakolat ham tugaydi.");
  CHECK(At(e, "art_2").wrap_up.empty());
  // The note names the second part: it lands there, and so does the change.
  CHECK(At(e, "art_2").notes.empty());
  CHECK(At(e, "art_2__para_2").notes.size() == 1);
  CHECK(HasModification(e, "substitution", "art_2__para_2"));
  // A repealed part keeps its place: the parts after it keep their numbers.
  CHECK(At(e, "art_3__para_1").text.empty());
  CHECK(At(e, "art_3__para_1").notes.size() == 1);
  CHECK(HasModification(e, "repeal", "art_3__para_1"));
  CHECK(At(e, "art_3__para_2").text ==
        "Namunaviy qilmishni takroran sodir etish — besh yilgacha ozodlikdan mahrum qilish bilan "
        "jazolanadi.");
  // “v” bandi of the third part is point_c (the Cyrillic в).
  CHECK(At(e, "art_3__para_3__point_c").notes.size() == 1);
  CHECK(HasModification(e, "insertion", "art_3__para_3__point_c"));
  // "31-moddaning" is article 3¹ flattened, as the heading was.
  CHECK(At(e, "art_3-1__para_2").notes.size() == 1);
  // The signature block is the conclusions, not text of article 3¹.
  CHECK(At(e, "art_3-1__para_2").text == "Ikkinchi gap alohida qismdir.");
  CHECK(At(e, "conclusions").text ==
        "Oʻzbekiston Respublikasining Prezidenti A. NAMUNAVIY\nToshkent sh.,\n2020-yil "
        "1-iyun,\nOʻRQ-999-son");
  // The annex is an attachment with its own text, not articles or parts.
  CHECK(At(e, "att_1").num == "1-ILOVA");
  CHECK(At(e, "att_1").heading == "Namunaviy hujjatlar roʻyxati");
  CHECK(At(e, "att_1").text == "1. Ariza.\n2. Maʼlumotnoma.");
  REQUIRE(r->warnings.size() == 1);
  CHECK_THAT(r->warnings[0].message, Catch::Contains("read as 3¹"));
}

TEST_CASE("A Russian law: notes on the part and point they name, a repealed part kept in place",
          "[importers][text][structure]") {
  const auto r = ImportText(Fixture("rus-code-structure.txt"),
                            Options(Language::kRussian, "rus-code-structure.txt"));
  REQUIRE(r.ok());
  const auto& e = r->expression;
  CHECK(e.long_title == "ЗАКОН РЕСПУБЛИКИ УЗБЕКИСТАН О ПРИМЕРНЫХ ПРОЦЕДУРАХ");
  CHECK(Eids(e) == Strings{"preamble", "art_1", "art_1__para_1", "art_1__para_2", "art_1__para_3",
                           "art_2", "art_2__para_1", "art_2__para_1__point_a",
                           "art_2__para_1__point_b", "art_2__para_1__point_c", "conclusions",
                           "att_1"});
  // "часть первая … утратила силу" in place of the part: an empty part 1.
  CHECK(At(e, "art_1__para_1").text.empty());
  CHECK(HasModification(e, "repeal", "art_1__para_1"));
  CHECK(At(e, "art_1__para_2").text == "Заявление рассматривается в течение десяти дней.");
  CHECK(HasModification(e, "substitution", "art_1__para_2"));
  CHECK(At(e, "art_1").notes.empty());
  // "пункт «в» части первой" is the point, not the article.
  CHECK(At(e, "art_2__para_1__point_c").notes.size() == 1);
  CHECK(HasModification(e, "insertion", "art_2__para_1__point_c"));
  // Amending acts are dated by their signing date, written in words or digits.
  bool found = false;
  for (const auto& ref : e.references) {
    found = found || ref.href == "/akn/uz/act/2019-01-14/zru-602";
  }
  CHECK(found);
  CHECK(At(e, "conclusions").text ==
        "Президент Республики Узбекистан А. ПРИМЕРОВ\nг. Ташкент,\n1 июня 2020 г.,\n№ ЗРУ-999");
  CHECK(At(e, "att_1").num == "ПРИЛОЖЕНИЕ № 1");
  // Lines that end no sentence join, as everywhere in plain text.
  CHECK(At(e, "att_1").heading == "к Закону Республики Узбекистан Перечень документов");
  CHECK(r->warnings.empty());
}

TEST_CASE("Signature lines and annex headings, and sentences that are neither",
          "[importers][structure]") {
  using qonun::importers::internal::IsAnnexHeading;
  using qonun::importers::internal::IsSignatureLine;
  CHECK(IsSignatureLine("Oʻzbekiston Respublikasining Prezidenti Sh. MIRZIYOYEV"));
  CHECK(IsSignatureLine("Ўзбекистон Республикаси Президенти Ш. МИРЗИЁЕВ"));
  CHECK(IsSignatureLine("Президент Республики Узбекистан"));
  CHECK(IsSignatureLine("President of the Republic of Uzbekistan Sh. MIRZIYOYEV"));
  CHECK_FALSE(IsSignatureLine("Oʻzbekiston Respublikasining Prezidenti Kengashni tuzadi."));
  CHECK_FALSE(IsSignatureLine("Президент Республики Узбекистан назначает членов Комиссии."));
  CHECK(IsAnnexHeading("1-ILOVA"));
  CHECK(IsAnnexHeading("Vazirlar Mahkamasining 2021-yil 5-apreldagi 190-son qaroriga 2-ilova"));
  CHECK(IsAnnexHeading("Приложение № 3"));
  CHECK(IsAnnexHeading("ПРИЛОЖЕНИЕ к Закону Республики Узбекистан"));
  CHECK(IsAnnexHeading("Annex 1"));
  CHECK_FALSE(
      IsAnnexHeading("Приложение к настоящему Закону является его неотъемлемой частью и "
                     "утверждается одновременно с ним."));
  CHECK_FALSE(IsAnnexHeading("Ariza ilovalari bilan birga topshiriladi."));
}

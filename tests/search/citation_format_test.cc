#include "search/citation_format.h"

#include <catch2/catch.hpp>

using qonun::Language;
using qonun::search::CitationParts;
using qonun::search::FormatCitation;
using qonun::search::PointLabel;

TEST_CASE("citations are written the way each language cites", "[search][unit]") {
  const CitationParts part{"135", "2", PointLabel("а)")};
  CHECK(FormatCitation(part, Language::kRussian, true, "УК РУз") == "п. «а» ч. 2 ст. 135 УК РУз");
  CHECK(FormatCitation(part, Language::kUzbek, true, "ЖК") == "ЖК 135-модда 2-қисм «а» банди");
  CHECK(FormatCitation({"135", "2", "a"}, Language::kUzbek, false, "JK") ==
        "JK 135-modda 2-qism «a» bandi");
  CHECK(FormatCitation({"135", "2", PointLabel("(a)")}, Language::kEnglish, false,
                       "Criminal Code") == "Art. 135(2)(a), Criminal Code");
  CHECK(FormatCitation({"135-1", "", ""}, Language::kRussian, false, "УК РУз") ==
        "ст. 135¹ УК РУз");
  CHECK(FormatCitation({"3", "", ""}, Language::kEnglish, false, "") == "Art. 3");
  CHECK(FormatCitation({"", "2", ""}, Language::kEnglish, false, "X").empty());
  // Treaties have paragraphs and subparagraphs.
  CHECK(FormatCitation({"18", "2", ""}, Language::kRussian, false, "Конвенция против ТОП", true) ==
        "п. 2 ст. 18 Конвенции против ТОП");
  // The act is named in the genitive; abbreviations stay as they are.
  CHECK(FormatCitation({"3", "", ""}, Language::kRussian, false, "Протокол о торговле людьми",
                       true) == "ст. 3 Протокола о торговле людьми");
  CHECK(FormatCitation({"3", "", ""}, Language::kRussian, false, "Протоколы", true) ==
        "ст. 3 Протоколы");
  CHECK(qonun::search::RussianGenitiveTitle("Уголовный кодекс Республики Узбекистан") ==
        "Уголовного кодекса Республики Узбекистан");
  CHECK(qonun::search::RussianGenitiveTitle("Гражданский кодекс") == "Гражданского кодекса");
  CHECK(qonun::search::RussianGenitiveTitle("Тестовый кодекс") == "Тестового кодекса");
  CHECK(qonun::search::RussianGenitiveTitle("Закон Республики Узбекистан «О противодействии»") ==
        "Закона Республики Узбекистан «О противодействии»");
  CHECK(qonun::search::RussianGenitiveTitle("Новый порядок") == "Новый порядок");
  CHECK(FormatCitation({"5", "1", "a"}, Language::kUzbek, false, "UNTOC", true) ==
        "UNTOC 5-modda 1-band «a» kichik bandi");
}

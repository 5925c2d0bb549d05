#include "citation/keys.h"

#include <catch2/catch.hpp>

using qonun::CanonicalNumber;
using qonun::CanonicalPoint;
using qonun::CitationKey;

TEST_CASE("printed article and part numbers become canonical numbers", "[citation][unit]") {
  CHECK(CanonicalNumber("Статья 135.") == "135");
  CHECK(CanonicalNumber("135-modda.") == "135");
  CHECK(CanonicalNumber("135-модда.") == "135");
  CHECK(CanonicalNumber("Article 3") == "3");
  CHECK(CanonicalNumber("Статья 135¹.") == "135-1");
  CHECK(CanonicalNumber("148²-modda") == "148-2");
  CHECK(CanonicalNumber("Article 148-2") == "148-2");
  CHECK(CanonicalNumber("135¹²") == "135-12");
  CHECK(CanonicalNumber("2.") == "2");
  CHECK(CanonicalNumber("Глава IX.") == "");
  CHECK(CanonicalNumber("") == "");
}

TEST_CASE("point letters meet across scripts", "[citation][unit]") {
  CHECK(CanonicalPoint("(a)") == "a");
  CHECK(CanonicalPoint("a)") == "a");
  CHECK(CanonicalPoint("а)") == "a");  // Cyrillic а
  CHECK(CanonicalPoint("б)") == "b");
  CHECK(CanonicalPoint("в)") == "c");
  CHECK(CanonicalPoint("Г)") == "d");
  CHECK(CanonicalPoint("и)") == "i");
  CHECK(CanonicalPoint("к)") == "j");  // й is skipped
  CHECK(CanonicalPoint("(k)") == "k");
  CHECK(CanonicalPoint("1)") == "1");
  CHECK(CanonicalPoint("—") == "");
}

TEST_CASE("Uzbek Latin point letters follow the Cyrillic order they spell", "[citation][unit]") {
  // a b v g d e j z = а б в г д е ж з: "v)" in a Latin text is "в)" in a Cyrillic one.
  const char* latin[] = {"a)", "b)", "v)", "g)", "d)", "e)", "j)", "z)", "i)", "k)"};
  const char* cyrillic[] = {"а)", "б)", "в)", "г)", "д)", "е)", "ж)", "з)", "и)", "к)"};
  for (std::size_t i = 0; i < std::size(latin); ++i) {
    CHECK(qonun::CanonicalUzbekPoint(latin[i]) == CanonicalPoint(cyrillic[i]));
    CHECK(qonun::CanonicalUzbekPoint(cyrillic[i]) == CanonicalPoint(cyrillic[i]));
  }
  CHECK(qonun::CanonicalUzbekPoint("«v»") == "c");
  CHECK(CanonicalPoint("v)") == "v");  // elsewhere v is the 22nd letter
  CHECK(qonun::CanonicalUzbekPoint("q)") == CanonicalPoint("қ)"));
  CHECK(qonun::CanonicalUzbekPoint("2)") == "2");
  // The Uzbek letters after я, in either case, and back.
  CHECK(CanonicalPoint("ю)") == "z1");
  CHECK(CanonicalPoint("ў)") == "z3");
  CHECK(CanonicalPoint("Ҳ)") == "z6");
  CHECK(qonun::PointLetter("z4", true) == "қ");
  CHECK(qonun::UzbekLatinPointId('c').empty());
}

TEST_CASE("canonical points are written back in either script", "[citation][unit]") {
  CHECK(qonun::PointLetter("c", true) == "в");
  CHECK(qonun::PointLetter("j", true) == "к");
  CHECK(qonun::PointLetter("z", true) == "э");
  CHECK(qonun::PointLetter("c", false) == "c");
  CHECK(qonun::PointLetter("12", true) == "12");
  for (const char* cyrillic : {"а", "б", "в", "к", "л", "э"}) {
    CHECK(qonun::PointLetter(CanonicalPoint(cyrillic), true) == cyrillic);
  }
}

TEST_CASE("citation keys nest article, part and point", "[citation][unit]") {
  CHECK(CitationKey("135", "", "") == "art135");
  CHECK(CitationKey("135", "2", "") == "art135.p2");
  CHECK(CitationKey("135", "2", "b") == "art135.p2.ptb");
  CHECK(CitationKey("3", "", "a") == "art3.pta");
  CHECK(CitationKey("", "2", "a") == "");
}

TEST_CASE("citation words are read by their role, whatever the language", "[citation][unit]") {
  using qonun::CitationWordRole;
  using qonun::RoleOfCitationWord;
  CHECK(RoleOfCitationWord("st") == CitationWordRole::kArticle);
  CHECK(RoleOfCitationWord("statya") == CitationWordRole::kArticle);
  CHECK(RoleOfCitationWord("article") == CitationWordRole::kArticle);
  CHECK(RoleOfCitationWord("status") == CitationWordRole::kNone);
  CHECK(RoleOfCitationWord("statistics") ==
        CitationWordRole::kNone);  // longer than a form of stat'ya
  CHECK(RoleOfCitationWord("moddasi") == CitationWordRole::kArticleAfterNumber);
  CHECK(RoleOfCitationWord("chasti") == CitationWordRole::kPart);
  CHECK(RoleOfCitationWord("qismi") == CitationWordRole::kPart);
  CHECK(RoleOfCitationWord("paragraph") == CitationWordRole::kPart);
  CHECK(RoleOfCitationWord("p") == CitationWordRole::kPoint);
  CHECK(RoleOfCitationWord("bandi") == CitationWordRole::kPoint);
  CHECK(RoleOfCitationWord("subparagraph") == CitationWordRole::kPoint);
  CHECK(RoleOfCitationWord("code") == CitationWordRole::kNone);
}

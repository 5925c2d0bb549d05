// Citations of provisions of the small test corpus (a test code in English
// and Russian, aliases "TK" and "ТК"), as the API and the CLI show them.

#include "model/provision_citation.h"

#include <catch2/catch.hpp>

#include "model/corpus.h"

namespace {

using qonun::Language;
using qonun::model::Date;

const qonun::model::Work& W() {
  static const auto load = qonun::model::LoadCorpus(std::string(QONUN_TEST_DATA_DIR) + "/minimal");
  return load.corpus.works().at(0);
}

const qonun::model::Expression& In(Language language) {
  const qonun::model::Expression* e = W().InForce(language, *Date::Parse("2021-01-01"));
  REQUIRE(e != nullptr);
  return *e;
}

std::size_t At(const qonun::model::Expression& e, const char* eid) {
  const std::size_t index = e.FindByEid(eid);
  REQUIRE(index != qonun::model::kNoProvision);
  return index;
}

}  // namespace

TEST_CASE("a provision's citation comes from its own and its ancestors' numbers",
          "[citation][integration]") {
  const auto& rus = In(Language::kRussian);
  const auto point = qonun::model::CitationOf(rus, At(rus, "art_5__para_2__point_c"));
  CHECK(point.article == "5");
  CHECK(point.part == "2");
  CHECK(point.point == "c");
  CHECK(point.point_num == "в)");
  CHECK(point.exact);
  CHECK(qonun::model::CitationOf(rus, At(rus, "art_6")).article == "6-1");
  // A chapter is outside every article: no citation.
  CHECK(qonun::model::CitationOf(rus, rus.Roots().at(0)).article.empty());
}

TEST_CASE("short citations use the short title in the citation's script",
          "[citation][integration]") {
  const auto& rus = In(Language::kRussian);
  const auto& eng = In(Language::kEnglish);
  // Issue 20: the search said "TK" and the API "ТК" for the same provision.
  CHECK(qonun::model::ShortCitation(W(), rus, At(rus, "art_5__para_2")) == "ч. 2 ст. 5 ТК");
  CHECK(qonun::model::ShortCitation(W(), rus, At(rus, "art_5__para_2__point_c")) ==
        "п. «в» ч. 2 ст. 5 ТК");
  CHECK(qonun::model::ShortCitation(W(), eng, At(eng, "art_5__para_2")) == "Art. 5(2), TK");
  CHECK(qonun::model::ShortCitation(W(), rus, At(rus, "art_6")) == "ст. 6¹ ТК");
}

TEST_CASE("full citations name the work and the latest amending act", "[citation][integration]") {
  const auto& rus = In(Language::kRussian);
  CHECK(qonun::model::FullCitation(W(), rus, At(rus, "art_5__para_2")) ==
        "ч. 2 ст. 5 Тестового кодекса (в редакции: Test Law No. 2)");
  REQUIRE(qonun::model::LatestAmendment(rus) != nullptr);
  CHECK(qonun::model::LatestAmendment(rus)->show_as == "Test Law No. 2");
}

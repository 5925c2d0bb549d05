// Citation forms a query may use, read by the analysis chain into the keys
// the indexer gives provisions (citation/keys.h).

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"

#include "citation/keys.h"

namespace {

std::string KeyOf(const qonun::analysis::Analyzer& analyzer, const std::string& query) {
  const auto refs = analyzer.FindReferences(query);
  return refs.empty() ? std::string() : refs.front().Key();
}

}  // namespace

TEST_CASE("a short title with its number before the article cites the article, not the number",
          "[search][citation]") {
  auto analyzer = qonun::analysis::Analyzer::Create();
  REQUIRE(analyzer.ok());
  CHECK(KeyOf(*analyzer, "OʻRQ-154 3-modda") == "art3");
  CHECK(KeyOf(*analyzer, "ЎРҚ-154 3-модда") == "art3");
  CHECK(KeyOf(*analyzer, "ЗРУ-154 ст. 3") == "art3");
  // The numbered article forms are unchanged.
  CHECK(KeyOf(*analyzer, "135-1-modda") == "art135-1");
  CHECK(KeyOf(*analyzer, "135-modda 2-qism JK") == "art135.p2");
  CHECK(KeyOf(*analyzer, "Art. 135 CC") == "art135");
}

TEST_CASE("a decree's point is cited without an article", "[search][citation]") {
  auto analyzer = qonun::analysis::Analyzer::Create();
  REQUIRE(analyzer.ok());
  CHECK(KeyOf(*analyzer, "п. 4 Указа УП-5775") == "unit4");
  CHECK(KeyOf(*analyzer, "п.4 указа УП-5775") == "unit4");
  CHECK(KeyOf(*analyzer, "PF-5775 4-band") == "unit4");
  CHECK(KeyOf(*analyzer, "ПФ-5775 4-банд") == "unit4");
  CHECK(KeyOf(*analyzer, "paragraph 5 Decree PF-5775") == "unit5");
  // With an article, a point is the article's point.
  CHECK(KeyOf(*analyzer, "п. «а» ч. 3 ст. 135 УК") == "art135.p3.pta");
  // A number alone, or the act's own number, cites nothing.
  CHECK(KeyOf(*analyzer, "PF-5775").empty());
  CHECK(qonun::UnitCitationKey("").empty());
  CHECK(qonun::UnitCitationKey("4") == "unit4");
}

#include <catch2/catch.hpp>

#include "model/concordance.h"
#include "model/thesaurus.h"
#include "tests/support/temp_dir.h"

namespace {

using qonun::Language;
using qonun::model::Diagnostic;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";

std::vector<std::string> Messages(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics) {
    out.push_back(d.ToString());
  }
  return out;
}

}  // namespace

TEST_CASE("thesaurus rows become concepts with terms per language", "[model][unit]") {
  qonun::testing::TempDir dir;
  const auto path = dir.Write("thesaurus.tsv",
                              "# comment\n\n"
                              "id\teng\trus\tuzb\n"
                              "trafficking-in-persons\ttrafficking in persons | human trafficking\t"
                              "торговля людьми\todam savdosi | одам савдоси\n"
                              "victim\tvictim\tжертва | потерпевший\tjabrlanuvchi\n");
  std::vector<Diagnostic> diagnostics;
  const auto thesaurus = qonun::model::LoadThesaurus(path.string(), diagnostics);
  CHECK(diagnostics.empty());
  REQUIRE(thesaurus.concepts.size() == 2);
  const auto* c = thesaurus.Find("trafficking-in-persons");
  REQUIRE(c != nullptr);
  CHECK(c->line == 4);
  CHECK(c->terms.at(Language::kEnglish) ==
        std::vector<std::string>{"trafficking in persons", "human trafficking"});
  CHECK(c->terms.at(Language::kUzbek) == std::vector<std::string>{"odam savdosi", "одам савдоси"});
  CHECK(thesaurus.Find("victim")->terms.at(Language::kRussian).size() == 2);
}

TEST_CASE("thesaurus problems are reported with their lines", "[model][unit]") {
  qonun::testing::TempDir dir;
  const auto path = dir.Write("thesaurus.tsv",
                              "id\teng\trus\tuzb\n"
                              "victim\tvictim\tжертва\tjabrlanuvchi\n"
                              "victim\tvictim\tжертва\tjabrlanuvchi\n"
                              "Bad Id\ta\tb\tc\n"
                              "no-uzbek\tx\tу\t\n"
                              "short\tonly two\n");
  std::vector<Diagnostic> diagnostics;
  const auto thesaurus = qonun::model::LoadThesaurus(path.string(), diagnostics);
  CHECK(thesaurus.concepts.size() == 1);
  const auto messages = Messages(diagnostics);
  REQUIRE(messages.size() == 4);
  CHECK_THAT(messages[0],
             Catch::EndsWith(":3: error: duplicate concept id 'victim' (first at line 2)"));
  CHECK_THAT(messages[1], Catch::Contains(":4: error: concept id 'Bad Id'"));
  CHECK_THAT(messages[2], Catch::Contains(":5: error: concept 'no-uzbek' has no uzb term"));
  CHECK_THAT(messages[3], Catch::Contains(":6: error: expected 4 tab-separated cells, found 2"));
}

TEST_CASE("thesaurus with a wrong header is rejected", "[model][unit]") {
  qonun::testing::TempDir dir;
  const auto path = dir.Write("thesaurus.tsv", "id\ten\tru\tuz\nx\ta\tb\tc\n");
  std::vector<Diagnostic> diagnostics;
  CHECK(qonun::model::LoadThesaurus(path.string(), diagnostics).concepts.empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].line == 1);
}

TEST_CASE("concordance links resolve against the corpus", "[model][integration]") {
  const auto load = qonun::model::LoadCorpus(kMinimal);
  qonun::testing::TempDir dir;
  const std::string w = "/akn/uz/act/1994-09-22/test-1";
  const auto path = dir.Write(
      "concordance.tsv",
      "national_work\tnational_eid\trelation\tinternational_work\tinternational_eid\ttags\tnote\n" +
          w + "\tart_5\timplements\t" + w + "\tart_6\tcriminalisation, definition\tok\n" + w +
          "\tart_5__para_2__point_c\tcorresponds\t" + w + "\tart_6\t\t\n" + w +
          "\tart_77\timplements\t" + w + "\tart_6\tcriminalisation\t\n" + w +
          "\tart_5\tmatches\t/akn/un/act/x/2000-01-01/none\tart_1\tnonsense\t\n");
  std::vector<Diagnostic> diagnostics;
  const auto concordance = qonun::model::LoadConcordance(path.string(), load.corpus, diagnostics);
  REQUIRE(concordance.links.size() == 2);
  CHECK(concordance.links[0].relation == qonun::model::ConcordanceRelation::kImplements);
  CHECK(concordance.links[0].tags == std::vector<std::string>{"criminalisation", "definition"});
  CHECK(concordance.LinksOf(w, "art_6").size() == 2);
  CHECK(concordance.LinksOf(w, "art_5__para_2__point_c").size() == 1);
  const auto messages = Messages(diagnostics);
  REQUIRE(messages.size() == 4);
  CHECK_THAT(messages[0], Catch::Contains(":4: error: eId 'art_77' is in no expression of " + w));
  CHECK_THAT(messages[1], Catch::Contains(":5: error: relation 'matches'"));
  CHECK_THAT(messages[2], Catch::Contains(":5: error: unknown tag 'nonsense'"));
  CHECK_THAT(messages[3],
             Catch::Contains(":5: error: work '/akn/un/act/x/2000-01-01/none' is not"));
}

TEST_CASE("concordance gap rows list treaty articles nothing implements", "[model][integration]") {
  const auto load = qonun::model::LoadCorpus(kMinimal);
  qonun::testing::TempDir dir;
  const std::string w = "/akn/uz/act/1994-09-22/test-1";
  const auto path = dir.Write(
      "concordance.tsv",
      "national_work\tnational_eid\trelation\tinternational_work\tinternational_eid\ttags\tnote\n" +
          w + "\tart_5\timplements\t" + w + "\tart_6\t\tlinked\n" +           // line 2
          "-\t-\tnot_covered\t" + w + "\tart_5\t\tno national provision\n" +  // line 3
          "-\t-\tnot_applicable\t" + w + "\tart_6\t\tlinked above\n" +  // line 4: contradicts 2
          w + "\tart_5\tnot_covered\t" + w + "\tart_5\t\tx\n" +         // line 5: national side
          "-\t-\tnot_covered\t" + w + "\tart_5\t\t\n");                 // line 6: no note
  std::vector<Diagnostic> diagnostics;
  const auto concordance = qonun::model::LoadConcordance(path.string(), load.corpus, diagnostics);
  REQUIRE(concordance.links.size() == 1);
  REQUIRE(concordance.gaps.size() == 1);  // the row contradicting line 2 is left out
  CHECK(concordance.gaps[0].kind == qonun::model::GapKind::kNotCovered);
  CHECK(concordance.gaps[0].international_eid == "art_5");
  CHECK(concordance.LinksOf(w, "art_5").size() == 1);  // gaps are not links
  const auto messages = Messages(diagnostics);
  REQUIRE(messages.size() == 3);
  CHECK_THAT(messages[0], Catch::Contains(":4: error: art_6 is marked not_applicable but line 2"));
  CHECK_THAT(messages[1], Catch::Contains(":5: error: a not_covered row has '-'"));
  CHECK_THAT(messages[2], Catch::Contains(":6: error: a not_covered row says why"));

  // The matrix: every article of the expression, its links and its gap row.
  const qonun::model::Work* work = load.corpus.FindWork(w);
  REQUIRE(work != nullptr);
  const auto rows = qonun::model::ConcordanceMatrix(concordance, work->expressions.front());
  const auto& e = work->expressions.front();
  bool saw5 = false;
  bool saw6 = false;
  for (const auto& row : rows) {
    const auto& article = e.provisions[row.provision];
    CHECK(article.element == "article");
    if (article.eid == "art_5") {
      saw5 = true;
      CHECK(row.links.empty());
      REQUIRE(row.gap != nullptr);
      CHECK(row.gap->note == "no national provision");
    }
    if (article.eid == "art_6") {
      saw6 = true;
      CHECK(row.links.size() == 1);
      CHECK(row.gap == nullptr);  // the contradicting row was refused
    }
  }
  CHECK(saw5);
  CHECK(saw6);
}

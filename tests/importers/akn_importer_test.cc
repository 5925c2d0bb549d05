#include "importers/akn_importer.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "model/akn_writer.h"
#include "tests/importers/fixture.h"
#include "tests/support/same_tree.h"

namespace {

using qonun::Language;
using qonun::importers::ImportAkn;
using qonun::importers::ImportOptions;
using qonun::testing::At;
using qonun::testing::Eids;
using qonun::testing::Fixture;
using Strings = std::vector<std::string>;

ImportOptions PublisherOptions() {
  ImportOptions options;
  options.source_name = "akn-publisher.xml";
  options.work_uri = "/akn/xx/act/2019-06-01/7";
  options.language = Language::kEnglish;
  options.date = *qonun::model::Date::Parse("2020-01-01");
  options.aliases = {"ERA"};
  return options;
}

}  // namespace

TEST_CASE("Another publisher's Akoma Ntoso keeps its structure, ids, notes and tables",
          "[importers][akn]") {
  const auto r = ImportAkn(Fixture("akn-publisher.xml"), PublisherOptions());
  if (!r.ok()) {
    FAIL(r.status().message());
  }
  const auto& e = r->expression;
  CHECK(e.uri == "/akn/xx/act/2019-06-01/7/eng@2020-01-01");
  CHECK(e.work.name == "Example Records Act");
  CHECK(e.work.aliases == Strings{"ERA"});
  CHECK(e.long_title == "To provide for example records and matters connected with them.");
  CHECK(Eids(e) == Strings{"part_1", "part_1__chp_1", "part_1__chp_1__sec_1",
                           "part_1__chp_1__sec_1__subsec_1", "part_1__chp_1__sec_1__subsec_2",
                           "part_1__chp_1__sec_2", "hcontainer_1"});
  CHECK(At(e, "part_1__chp_1__sec_1").wid == "sec_1");
  CHECK(At(e, "part_1__chp_1__sec_1").element == "section");
  CHECK(At(e, "part_1__chp_1__sec_1__subsec_1").element == "subsection");
  CHECK(At(e, "part_1__chp_1__sec_1__subsec_1").text ==
        "In this Act \"record\" means information kept in any form.");
  CHECK(At(e, "part_1__chp_1__sec_1__subsec_1").notes ==
        Strings{"Wording invented for Qonun's tests."});
  const auto& fees = At(e, "part_1__chp_1__sec_1__subsec_2");
  CHECK(fees.text ==
        "Fees are set out in the table below, as section 2 requires:\n"
        "Service | Fee\nCopy of a record | 5 units\nCertified copy | 12 units");
  REQUIRE(fees.refs.size() == 1);
  CHECK(fees.refs[0].href == "/akn/xx/act/2019/7/~sec_2");
  CHECK(fees.refs[0].text == "section 2");
  // An element Qonun does not know keeps its text where it stands.
  CHECK(At(e, "part_1__chp_1__sec_2").text ==
        "Records are kept for ten years.\nKept for historical interest.");
  CHECK(At(e, "hcontainer_1").heading == "Schedule");
  bool reported = false;
  for (const auto& d : r->warnings) {
    reported |= d.message.find("<foreignNote>") != std::string::npos;
  }
  CHECK(reported);

  // Written in the corpus format and read back: nothing lost.
  const auto again = qonun::model::ReadExpression(qonun::model::WriteExpression(e), "written.xml");
  REQUIRE(again.expression);
  qonun::testing::CheckSameExpression(e, *again.expression, "akn-publisher.xml");
}

TEST_CASE("Akoma Ntoso problems are errors naming the file", "[importers][akn]") {
  ImportOptions keep_identity;
  keep_identity.source_name = "in.xml";
  SECTION("a work URI without the adoption date needs --work") {
    const auto r = ImportAkn(Fixture("akn-publisher.xml"), keep_identity);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(
        r.status().message(),
        Catch::Contains("in.xml:11: error: work URI '/akn/xx/act/2019/7' is not of the form"));
  }
  SECTION("another namespace") {
    const auto r = ImportAkn(Fixture("akn-2.0.xml"), keep_identity);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(),
               Catch::Contains("in.xml:2: error: unsupported document variant") &&
                   Catch::Contains("'http://www.akomantoso.org/2.0'"));
  }
  SECTION("not well-formed") {
    const auto r = ImportAkn("<akomaNtoso>\n<act>\n</akomaNtoso>", keep_identity);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(), Catch::StartsWith("in.xml:3: error: XML is not well-formed"));
  }
  SECTION("nesting too deep") {
    std::string deep = "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">";
    for (int i = 0; i < 5000; ++i) {
      deep += "<hcontainer>";
    }
    for (int i = 0; i < 5000; ++i) {
      deep += "</hcontainer>";
    }
    deep += "</akomaNtoso>";
    const auto r = ImportAkn(deep, keep_identity);
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.status().message(), Catch::Contains("nested more than 256 levels"));
  }
}

TEST_CASE("Laws.Africa-shaped AKN: list labels, subsection numbers, empty meta, tables, schedules",
          "[importers][akn]") {
  ImportOptions options = PublisherOptions();
  options.source_name = "akn-foreign-eng.xml";
  options.aliases.clear();
  const auto r = ImportAkn(Fixture("akn-foreign-eng.xml"), options);
  if (!r.ok()) {
    FAIL(r.status().message());
  }
  const auto& e = r->expression;
  // The identity comes from the options: the file's <meta/> is empty.
  CHECK(e.uri == "/akn/xx/act/2019-06-01/7/eng@2020-01-01");
  CHECK(Eids(e) == Strings{"sec_1", "sec_1__subsec_1", "sec_1__subsec_2", "sec_1__subsec_3",
                           "sec_2", "att_1", "att_1__sec_1"});
  // A list item's num labels its text; the subsections keep their own numbers.
  CHECK(At(e, "sec_1").num == "1.");
  CHECK(At(e, "sec_1__subsec_2").num == "(2)");
  CHECK(At(e, "sec_1__subsec_3").num == "(3)");
  CHECK(At(e, "sec_1__subsec_2").text ==
        "The second subsection lists:\n(a) the first thing; and\n(b) the second thing.");
  CHECK(At(e, "sec_1__subsec_3").text ==
        "The third subsection lists:\n(a) one item,\nand closes the list.");
  // <br/> in a cell separates words.
  CHECK(At(e, "sec_2").text == "Kind of holding | Share\nDirect | half or more");
  // The schedule's own sec_1 is scoped by its attachment, not a duplicate.
  CHECK(At(e, "att_1__sec_1").heading == "First item of the schedule");
  const auto reread = qonun::model::ReadExpression(qonun::model::WriteExpression(e), "x.xml");
  CHECK(reread.expression);
}

TEST_CASE("Template placeholders and title aliases never become short names", "[model][akn]") {
  const std::string xml = R"(<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <act name="act"><meta><identification source="#x">
    <FRBRWork><FRBRthis value="/akn/xx/act/2019-06-01/7/!main"/><FRBRuri value="/akn/xx/act/2019-06-01/7"/>
      <FRBRalias value="#varWork" name="short"/><FRBRalias value="A Long Title, 2019" name="title"/>
      <FRBRalias value="LTA" name="short"/>
      <FRBRdate date="2019-06-01" name="Generation"/><FRBRauthor href=""/><FRBRcountry value="xx"/></FRBRWork>
    <FRBRExpression><FRBRthis value="/akn/xx/act/2019-06-01/7/eng@2020-01-01/!main"/>
      <FRBRuri value="/akn/xx/act/2019-06-01/7/eng@2020-01-01"/><FRBRdate date="2020-01-01" name="x"/>
      <FRBRauthor href=""/><FRBRlanguage language="eng"/></FRBRExpression>
  </identification></meta><body><section eId="sec_1"><num>1.</num><content><p>Text.</p></content></section></body></act></akomaNtoso>)";
  const auto read = qonun::model::ReadExpression(xml, "placeholders.xml");
  REQUIRE(read.expression);
  CHECK(read.expression->work.aliases == Strings{"LTA"});
  CHECK(read.expression->work.name == "A Long Title, 2019");
}

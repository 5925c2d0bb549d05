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

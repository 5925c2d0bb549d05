// The .docx writer: a real Office Open XML package (unzipped and read back
// with libzip, every XML part well-formed), texts escaped, links as external
// relationships, tables with equal columns, and a file LibreOffice opens.

#include "docx/docx.h"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "tests/docx/docx_reading.h"
#include "tests/support/temp_dir.h"

namespace {

using qonun::docx::Cell;
using qonun::docx::Document;
using qonun::docx::LinkRun;
using qonun::docx::Para;
using qonun::docx::Style;
using qonun::docx::Table;
using qonun::docx::TextRun;

Document Sample() {
  Document d;
  d.title = "Handout <&> \"quoted\"";
  d.language = "ru-RU";
  d.body.emplace_back(Para({TextRun(d.title)}, Style::kTitle));
  d.body.emplace_back(Para({TextRun("1. ч. 2 ст. 135 Уголовного кодекса")}, Style::kHeading));
  const std::string link = "http://x/#/akn/uz/act/1994-09-22/2012-xii/rus@2020-01-22/~art_135";
  d.body.emplace_back(Para({TextRun("Permalink: "), LinkRun(link, link)}, Style::kMeta));
  Table table;
  table.header = {Cell{{Para({TextRun("русский", true)})}},
                  Cell{{Para({TextRun("oʻzbekcha", true)})}}};
  table.rows.push_back({Cell{{Para({TextRun("a) <script>alert(1)</script> & \x01"
                                            "bell")},
                                   Style::kNormal, 1)}},
                        Cell{{Para({TextRun("line one\nline two\tafter a tab")}, Style::kNormal, 0,
                                   "uz-Latn-UZ")}}});
  d.body.emplace_back(std::move(table));
  return d;
}

pugi::xml_document Parse(const std::string& xml) {
  pugi::xml_document doc;
  const pugi::xml_parse_result r = doc.load_string(xml.c_str());
  INFO(r.description() << " at " << r.offset);
  REQUIRE(r);
  return doc;
}

}  // namespace

TEST_CASE("XmlEscape escapes markup and drops what XML forbids", "[docx]") {
  using qonun::docx::XmlEscape;
  CHECK(XmlEscape("a<b>&\"c'") == "a&lt;b&gt;&amp;&quot;c&#39;");
  CHECK(XmlEscape("bell\x01"
                  " tab\t nl\n") == "bell tab\t nl\n");
  CHECK(XmlEscape("Oʻzbekiston — ст. 135") == "Oʻzbekiston — ст. 135");
  CHECK(XmlEscape("x\xEF\xBF\xBEy") == "xy");  // U+FFFE
  CHECK(XmlEscape("broken \xC3") == "broken ");
}

TEST_CASE("the package holds the parts Word needs, each well-formed", "[docx]") {
  const auto bytes = qonun::docx::WriteDocx(Sample());
  REQUIRE(bytes.ok());
  CHECK(bytes->rfind("PK", 0) == 0);
  const auto files = qonun::testing::ReadZip(*bytes);
  for (const char* part :
       {"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
        "word/styles.xml", "word/_rels/document.xml.rels"}) {
    INFO(part);
    REQUIRE(files.count(part) == 1);
    Parse(files.at(part));
  }
  const auto types = Parse(files.at("[Content_Types].xml"));
  CHECK(types.select_node("//Override[@PartName='/word/document.xml']") != nullptr);
  const auto core = Parse(files.at("docProps/core.xml"));
  CHECK(std::string(core.child("cp:coreProperties").child("dc:title").text().get()) ==
        "Handout <&> \"quoted\"");
}

TEST_CASE("document.xml reads back: texts, escaped markup, links, table", "[docx]") {
  const auto bytes = qonun::docx::WriteDocx(Sample());
  REQUIRE(bytes.ok());
  const auto files = qonun::testing::ReadZip(*bytes);
  const std::string& xml = files.at("word/document.xml");
  CHECK(xml.find("<script>") == std::string::npos);
  CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  const auto doc = Parse(xml);
  std::string text;
  for (const auto& t : doc.select_nodes("//w:t")) {
    text += t.node().text().get();
    text += "|";
  }
  CHECK_THAT(text, Catch::Contains("1. ч. 2 ст. 135 Уголовного кодекса|"));
  CHECK_THAT(text, Catch::Contains("a) <script>alert(1)</script> & bell|"));
  CHECK_THAT(text, Catch::Contains("line one|line two|after a tab|"));
  CHECK(doc.select_nodes("//w:tbl").size() == 1);
  CHECK(doc.select_nodes("//w:tbl/w:tr").size() == 2);
  CHECK(doc.select_nodes("//w:tbl/w:tr[1]/w:trPr/w:tblHeader").size() == 1);
  CHECK(doc.select_nodes("//w:tc").size() == 4);
  CHECK(doc.select_nodes("//w:gridCol").size() == 2);
  CHECK(doc.select_node("//w:lang[@w:val='uz-Latn-UZ']") != nullptr);
  CHECK(doc.select_node("//w:ind[@w:left='360']") != nullptr);
  // The link: a hyperlink element whose id is an external relationship.
  const auto link = doc.select_node("//w:hyperlink");
  REQUIRE(link);
  const std::string id = link.node().attribute("r:id").value();
  const auto rels = Parse(files.at("word/_rels/document.xml.rels"));
  const auto rel = rels.select_node(("//Relationship[@Id='" + id + "']").c_str());
  REQUIRE(rel);
  CHECK(std::string(rel.node().attribute("TargetMode").value()) == "External");
  CHECK_THAT(std::string(rel.node().attribute("Target").value()), Catch::EndsWith("~art_135"));
}

TEST_CASE("WriteDocx refuses an empty document and a ragged table", "[docx]") {
  CHECK(qonun::docx::WriteDocx(Document{}).status().code() == qonun::StatusCode::kInvalidArgument);
  Document d = Sample();
  std::get<Table>(d.body.back()).rows[0].pop_back();
  const auto r = qonun::docx::WriteDocx(d);
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.status().message(), Catch::Contains("row 1 has 1 cells"));
}

TEST_CASE("LibreOffice opens the package and converts it to PDF", "[docx][soffice]") {
  const auto soffice = qonun::testing::FindSoffice();
  if (!soffice) {
    // scripts/install-deps.sh installs LibreOffice, so CI always converts.
    if (qonun::testing::InCi()) {
      FAIL("soffice not found; scripts/install-deps.sh installs libreoffice-writer-nogui");
    }
    WARN("SKIPPED: soffice not found (apt-get install libreoffice-writer-nogui to run this check)");
    return;
  }
  const auto bytes = qonun::docx::WriteDocx(Sample());
  REQUIRE(bytes.ok());
  qonun::testing::TempDir dir;
  const std::string pdf = qonun::testing::ConvertToPdf(*soffice, *bytes, dir.path());
  CHECK(pdf.rfind("%PDF-", 0) == 0);
  CHECK(pdf.size() > 1000);
}

#include "model/akn_writer.h"

#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/akn_reader.h"
#include "tests/support/same_tree.h"

namespace {

using qonun::model::Expression;
using qonun::model::ReadExpression;
using qonun::model::ReadExpressionFile;
using qonun::model::WriteExpression;

std::vector<std::string> XmlFilesUnder(const std::string& root) {
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.is_regular_file() && entry.path().extension() == ".xml") {
      files.push_back(entry.path().string());
    }
  }
  return files;
}

}  // namespace

TEST_CASE("Every bundled corpus file survives write and read unchanged", "[model][writer]") {
  std::vector<std::string> files = XmlFilesUnder(std::string(QONUN_SOURCE_DIR) + "/corpus");
  const std::vector<std::string> minimal = XmlFilesUnder(std::string(QONUN_TEST_DATA_DIR));
  files.insert(files.end(), minimal.begin(), minimal.end());
  REQUIRE(files.size() >= 33);
  int compared = 0;
  for (const std::string& file : files) {
    const auto original = ReadExpressionFile(file);
    if (!original.expression) {
      continue;  // test data that is bad on purpose
    }
    const std::string xml = WriteExpression(*original.expression);
    const auto again = ReadExpression(xml, "written.xml");
    INFO(file);
    for (const auto& d : again.diagnostics) {
      UNSCOPED_INFO(d.ToString());
    }
    REQUIRE(again.expression);
    CHECK(again.diagnostics.size() <= original.diagnostics.size());
    qonun::testing::CheckSameExpression(*original.expression, *again.expression, file);
    ++compared;
  }
  CHECK(compared >= 33);
}

TEST_CASE("The writer keeps notes, cross-references, wIds and wrap-ups", "[model][writer]") {
  Expression e;
  e.work.uri = "/akn/uz/act/2001-02-03/zru-9";
  e.work.country = "uz";
  e.work.doc_type = "act";
  e.work.kind = "law";
  e.uri = e.work.uri + "/eng@2001-02-03";
  e.date = *qonun::model::Date::Parse("2001-02-03");
  e.long_title = "Law on Examples & <Tests>";
  qonun::model::Provision art;
  art.element = "article";
  art.eid = "art_1";
  art.wid = "art_2";
  art.num = "Article 1.";
  art.heading = "Scope";
  art.text = "This Law applies as Article 5 says.\nSecond block.";
  art.wrap_up = "Closing words.";
  art.notes = {"as amended by Law No. ZRU-10"};
  art.refs = {{"/akn/uz/act/2001-02-03/zru-9/~art_5", "Article 5"}};
  art.children = {1};
  qonun::model::Provision point;
  point.element = "point";
  point.eid = "art_1__point_1";
  point.num = "1)";
  point.text = "first item";
  point.parent = 0;
  e.provisions = {art, point};

  const std::string xml = WriteExpression(e);
  CHECK(xml.find("<ref href=\"/akn/uz/act/2001-02-03/zru-9/~art_5\">Article 5</ref> says.") !=
        std::string::npos);
  CHECK(xml.find("Law on Examples &amp; &lt;Tests&gt;") != std::string::npos);
  const auto again = ReadExpression(xml, "x.xml");
  REQUIRE(again.expression);
  const qonun::model::Provision& got = again.expression->provisions[0];
  CHECK(got.wid == "art_2");
  CHECK(got.text == "This Law applies as Article 5 says.\nSecond block.");
  CHECK(got.wrap_up == "Closing words.");
  CHECK(got.notes == std::vector<std::string>{"as amended by Law No. ZRU-10"});
  REQUIRE(got.refs.size() == 1);
  CHECK(got.refs[0].text == "Article 5");
  CHECK(again.expression->long_title == "Law on Examples & <Tests>");
}

#include "model/akn_reader.h"

#include <string>

#include <catch2/catch.hpp>

namespace {

using qonun::Language;
using qonun::model::Diagnostic;
using qonun::model::Expression;
using qonun::model::kNoProvision;
using qonun::model::ReadExpression;
using qonun::model::ReadOutcome;
using qonun::model::Severity;

struct DocParts {
  std::string root_namespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
  std::string work_uri = "/akn/uz/act/1994-09-22/2012-xii";
  std::string language = "rus";
  std::string date = "2020-06-18";
  std::string lifecycle =
      R"(<eventRef eId="evt_1" date="1994-09-22" source="#original" type="generation"/>)";
  std::string body;
};

std::string Document(const DocParts& d) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns=")" +
         d.root_namespace + R"(" xmlns:q="urn:qonun">
  <act name="code">
    <meta>
      <identification source="#qonun">
        <FRBRWork>
          <FRBRuri value=")" +
         d.work_uri + R"("/>
          <FRBRdate date="1994-09-22" name="adoption"/>
          <FRBRcountry value="uz"/>
          <FRBRnumber value="2012-XII"/>
          <FRBRname value="Уголовный кодекс"/>
          <FRBRalias value="УК" name="short"/>
          <FRBRalias value="JK" name="short"/>
        </FRBRWork>
        <FRBRExpression>
          <FRBRuri value=")" +
         d.work_uri + "/" + d.language + "@" + d.date + R"("/>
          <FRBRdate date=")" +
         d.date + R"(" name="consolidation"/>
          <FRBRlanguage language=")" +
         d.language + R"("/>
        </FRBRExpression>
      </identification>
      <lifecycle source="#qonun">
        )" +
         d.lifecycle +
         R"(
      </lifecycle>
      <references source="#qonun">
        <original eId="original" href="/akn/uz/act/1994-09-22/2012-xii/rus@1995-04-01" showAs="Первоначальный текст"/>
        <passiveRef eId="amd_1" href="/akn/uz/act/2020-06-17/zru-621" showAs="Закон № ЗРУ-621 от 17 июня 2020 года"/>
      </references>
      <proprietary source="#qonun">
        <q:status>summary</q:status>
        <q:officialSource href="https://lex.uz/docs/111457"/>
        <q:shortTitle>УК РУз</q:shortTitle>
        <q:verification status="confirmed">checked</q:verification>
      </proprietary>
    </meta>
    <preface><longTitle><p>Уголовный кодекс Республики Узбекистан</p></longTitle></preface>
    <body>
)" + d.body +
         R"(
    </body>
  </act>
</akomaNtoso>
)";
}

const char* const kArticle135 = R"(      <chapter eId="chp_9">
        <num>Глава IX.</num>
        <heading>Преступления против свободы</heading>
        <article eId="art_135">
          <num>Статья 135.</num>
          <heading>Торговля   людьми</heading>
          <paragraph eId="art_135__para_1">
            <num>1.</num>
            <content><p>Торговля людьми <b>наказывается</b>
               лишением свободы<authorialNote eId="n1"><p>В редакции Закона ЗРУ-621.</p></authorialNote> от пяти до восьми лет.</p></content>
          </paragraph>
          <paragraph eId="art_135__para_2">
            <num>2.</num>
            <intro><p>То же деяние, совершённое:</p></intro>
            <point eId="art_135__para_2__point_a"><num>а)</num><content><p>в отношении двух лиц;</p></content></point>
            <point eId="art_135__para_2__point_b"><num>б)</num><content><p>см. <ref href="/akn/uz/act/1994-09-22/2012-xii/~art_131">статью 131</ref>;</p></content></point>
            <wrapUp><p>наказывается строже.</p></wrapUp>
          </paragraph>
        </article>
        <article eId="art_135-1">
          <num>Статья 135<sup>1</sup>.</num>
          <heading>Новая статья</heading>
          <paragraph eId="art_135-1__para_1"><content><p>Текст.</p><futureThing>Сохранённый текст</futureThing></content></paragraph>
        </article>
      </chapter>)";

int LineContaining(const std::string& text, const std::string& needle) {
  const auto at = text.find(needle);
  REQUIRE(at != std::string::npos);
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

std::vector<Diagnostic> Errors(const ReadOutcome& outcome) {
  std::vector<Diagnostic> errors;
  for (const Diagnostic& d : outcome.diagnostics) {
    if (d.severity == Severity::kError) {
      errors.push_back(d);
    }
  }
  return errors;
}

}  // namespace

TEST_CASE("reader builds work and expression metadata", "[model][unit]") {
  DocParts parts;
  parts.body = kArticle135;
  const ReadOutcome outcome = ReadExpression(Document(parts), "rus.xml");
  REQUIRE(outcome.expression);
  const Expression& e = *outcome.expression;
  CHECK(e.work.uri == "/akn/uz/act/1994-09-22/2012-xii");
  CHECK(e.work.country == "uz");
  CHECK(e.work.doc_type == "act");
  CHECK(e.work.kind == "code");
  CHECK(e.work.number == "2012-XII");
  CHECK(e.work.date->ToString() == "1994-09-22");
  CHECK(e.work.aliases == std::vector<std::string>{"УК", "JK"});
  CHECK_FALSE(e.work.IsInternational());
  CHECK(e.uri == "/akn/uz/act/1994-09-22/2012-xii/rus@2020-06-18");
  CHECK(e.language == Language::kRussian);
  CHECK(e.date.ToString() == "2020-06-18");
  CHECK(e.long_title == "Уголовный кодекс Республики Узбекистан");
  CHECK(e.status == qonun::model::TextStatus::kSummary);
  CHECK(e.official_source == "https://lex.uz/docs/111457");
  CHECK(e.short_title == "УК РУз");
  CHECK(e.verification == qonun::model::Verification::kConfirmed);
  REQUIRE(e.events.size() == 1);
  CHECK(e.events[0].type == "generation");
  CHECK(e.events[0].source == "original");
  REQUIRE(e.references.size() == 2);
  CHECK(e.FindReference("amd_1")->show_as == "Закон № ЗРУ-621 от 17 июня 2020 года");
  CHECK(e.file == "rus.xml");
}

TEST_CASE("reader builds the provision tree with text, nums and parents", "[model][unit]") {
  DocParts parts;
  parts.body = kArticle135;
  const ReadOutcome outcome = ReadExpression(Document(parts), "rus.xml");
  REQUIRE(outcome.expression);
  const Expression& e = *outcome.expression;

  std::vector<std::string> eids;
  for (const auto& p : e.provisions) {
    eids.push_back(p.eid);
  }
  CHECK(eids == std::vector<std::string>{"chp_9", "art_135", "art_135__para_1", "art_135__para_2",
                                         "art_135__para_2__point_a", "art_135__para_2__point_b",
                                         "art_135-1", "art_135-1__para_1"});

  const auto& article = e.provisions[e.FindByEid("art_135")];
  CHECK(article.element == "article");
  CHECK(article.num == "Статья 135.");
  CHECK(article.heading == "Торговля людьми");  // whitespace collapsed
  CHECK(article.depth == 1);
  CHECK(e.provisions[article.parent].eid == "chp_9");
  CHECK(article.children.size() == 2);

  const auto& part1 = e.provisions[e.FindByEid("art_135__para_1")];
  CHECK(part1.text == "Торговля людьми наказывается лишением свободы от пяти до восьми лет.");
  CHECK(part1.notes == std::vector<std::string>{"В редакции Закона ЗРУ-621."});

  const auto& part2 = e.provisions[e.FindByEid("art_135__para_2")];
  CHECK(part2.text == "То же деяние, совершённое:");
  CHECK(part2.wrap_up == "наказывается строже.");

  const std::size_t point_b = e.FindByEid("art_135__para_2__point_b");
  CHECK(e.provisions[point_b].num == "б)");
  REQUIRE(e.provisions[point_b].refs.size() == 1);
  CHECK(e.provisions[point_b].refs[0].href == "/akn/uz/act/1994-09-22/2012-xii/~art_131");
  CHECK(e.provisions[point_b].refs[0].text == "статью 131");
  const auto ancestors = e.Ancestors(point_b);
  REQUIRE(ancestors.size() == 3);
  CHECK(e.provisions[ancestors[0]].eid == "chp_9");
  CHECK(e.provisions[ancestors[2]].eid == "art_135__para_2");

  CHECK(e.FullText(e.FindByEid("art_135__para_2")) ==
        "То же деяние, совершённое:\nа) в отношении двух лиц;\nб) см. статью 131;\n"
        "наказывается строже.");
  CHECK(e.provisions[e.FindByEid("art_135-1")].num == "Статья 135¹.");
  CHECK(e.FindByEid("art_999") == kNoProvision);
}

TEST_CASE("reader keeps the text of unknown elements and notes them", "[model][unit]") {
  DocParts parts;
  parts.body = kArticle135;
  const std::string xml = Document(parts);
  const ReadOutcome outcome = ReadExpression(xml, "rus.xml");
  REQUIRE(outcome.expression);
  const auto& e = *outcome.expression;
  CHECK(e.provisions[e.FindByEid("art_135-1__para_1")].text == "Текст.\nСохранённый текст");
  REQUIRE(outcome.diagnostics.size() == 1);
  CHECK(outcome.diagnostics[0].severity == Severity::kNote);
  CHECK(outcome.diagnostics[0].line == LineContaining(xml, "<futureThing>"));
  CHECK_THAT(outcome.diagnostics[0].message, Catch::Contains("<futureThing>"));
}

TEST_CASE("reader reports malformed XML with its line", "[model][unit]") {
  DocParts parts;
  parts.body = R"(<article eId="art_1"><num>1</num>
      <paragraph eId="art_1__para_1"><content><p>broken</content></paragraph></article>)";
  const std::string xml = Document(parts);
  const ReadOutcome outcome = ReadExpression(xml, "bad.xml");
  CHECK_FALSE(outcome.expression);
  const auto errors = Errors(outcome);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file == "bad.xml");
  CHECK(errors[0].line == LineContaining(xml, "<p>broken"));
  CHECK_THAT(errors[0].message, Catch::Contains("not well-formed"));
  CHECK_THAT(errors[0].ToString(),
             Catch::StartsWith("bad.xml:" + std::to_string(errors[0].line) + ": error: "));
}

TEST_CASE("reader reports duplicate eIds with both lines", "[model][unit]") {
  DocParts parts;
  parts.body =
      R"(<article eId="art_1"><num>1</num><paragraph eId="art_1__para_1"><content><p>a</p></content></paragraph></article>
<article eId="art_1"><num>2</num><paragraph eId="art_2__para_1"><content><p>b</p></content></paragraph></article>)";
  const std::string xml = Document(parts);
  const ReadOutcome outcome = ReadExpression(xml, "dup.xml");
  CHECK_FALSE(outcome.expression);
  const auto errors = Errors(outcome);
  REQUIRE(errors.size() == 1);
  const int first = LineContaining(xml, R"(<article eId="art_1"><num>1)");
  CHECK(errors[0].line == first + 1);
  CHECK(errors[0].message == "duplicate eId 'art_1' (first at line " + std::to_string(first) + ")");
}

TEST_CASE("reader rejects invalid dates wherever they stand", "[model][unit]") {
  SECTION("expression date") {
    DocParts parts;
    parts.date = "2020-02-30";
    const std::string xml = Document(parts);
    const auto errors = Errors(ReadExpression(xml, "d.xml"));
    REQUIRE_FALSE(errors.empty());
    CHECK(errors[0].line == LineContaining(xml, R"(<FRBRdate date="2020-02-30")"));
    CHECK_THAT(errors[0].message, Catch::Contains("'2020-02-30' is not a valid ISO date"));
  }
  SECTION("lifecycle event date") {
    DocParts parts;
    parts.lifecycle =
        R"(<eventRef eId="evt_1" date="22.09.1994" source="#original" type="generation"/>)";
    const std::string xml = Document(parts);
    const auto errors = Errors(ReadExpression(xml, "d.xml"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == LineContaining(xml, "22.09.1994"));
    CHECK_THAT(errors[0].message, Catch::Contains("lifecycle event 'evt_1'"));
  }
}

TEST_CASE("reader rejects a missing work URI", "[model][unit]") {
  DocParts parts;
  parts.work_uri = "";
  const std::string xml = Document(parts);
  const auto errors = Errors(ReadExpression(xml, "nouri.xml"));
  REQUIRE_FALSE(errors.empty());
  CHECK(errors[0].line == LineContaining(xml, "<FRBRuri value=\"\"/>"));
  CHECK_THAT(errors[0].message, Catch::Contains("missing work URI"));
}

TEST_CASE("reader rejects an unsupported language", "[model][unit]") {
  DocParts parts;
  parts.language = "fra";
  const std::string xml = Document(parts);
  const auto errors = Errors(ReadExpression(xml, "fr.xml"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == LineContaining(xml, "<FRBRlanguage"));
  CHECK(errors[0].message == "language 'fra' is not supported (use eng, rus or uzb)");
}

TEST_CASE("reader reports other namespaces as unsupported variants", "[model][unit]") {
  DocParts parts;
  parts.root_namespace = "http://www.akomantoso.org/1.0";
  const auto errors = Errors(ReadExpression(Document(parts), "old.xml"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == 2);
  CHECK_THAT(errors[0].message, Catch::Contains("unsupported document variant") &&
                                    Catch::Contains("http://www.akomantoso.org/1.0"));
}

TEST_CASE("reader accepts a prefixed Akoma Ntoso namespace", "[model][unit]") {
  const std::string xml =
      R"(<akn:akomaNtoso xmlns:akn="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
<akn:act name="law"><akn:meta><akn:identification>
<akn:FRBRWork><akn:FRBRuri value="/akn/uz/act/2008-04-17/zru-154"/></akn:FRBRWork>
<akn:FRBRExpression><akn:FRBRuri value="/akn/uz/act/2008-04-17/zru-154/eng@2008-04-18"/>
<akn:FRBRdate date="2008-04-18" name="x"/><akn:FRBRlanguage language="eng"/></akn:FRBRExpression>
</akn:identification></akn:meta>
<akn:body><akn:article eId="art_1"><akn:num>Article 1</akn:num><akn:content><akn:p>Purpose.</akn:p></akn:content></akn:article></akn:body>
</akn:act></akn:akomaNtoso>)";
  const ReadOutcome outcome = ReadExpression(xml, "prefixed.xml");
  REQUIRE(outcome.expression);
  REQUIRE(outcome.expression->provisions.size() == 1);
  CHECK(outcome.expression->provisions[0].text == "Purpose.");
  CHECK(outcome.expression->work.kind == "law");
}

TEST_CASE("reader reports every error of a file at once", "[model][unit]") {
  DocParts parts;
  parts.language = "deu";
  parts.lifecycle =
      R"(<eventRef eId="evt_1" date="1994-13-01" source="#original" type="generation"/>
        <eventRef eId="evt_2" date="2000-01-01" source="#nowhere" type="amendment"/>)";
  parts.body = R"(<article eId="art_1"/><article eId="art_1"/>)";
  const auto errors = Errors(ReadExpression(Document(parts), "many.xml"));
  REQUIRE(errors.size() == 4);
  CHECK_THAT(errors[0].message, Catch::Contains("'deu' is not supported"));
  CHECK_THAT(errors[1].message, Catch::Contains("'1994-13-01'"));
  CHECK_THAT(errors[2].message, Catch::Contains("'#nowhere', which is not in <references>"));
  CHECK_THAT(errors[3].message, Catch::Contains("duplicate eId 'art_1'"));
}

TEST_CASE("reader rejects files that are not UTF-8", "[model][unit]") {
  DocParts parts;
  parts.body = "<article eId=\"art_1\"><content><p>caf\xe9</p></content></article>";
  const std::string xml = Document(parts);
  const auto errors = Errors(ReadExpression(xml, "latin1.xml"));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].line == LineContaining(xml, "caf"));
  CHECK_THAT(errors[0].message, Catch::Contains("not valid UTF-8"));
}

TEST_CASE("reader makes up eIds for provisions without one, with a warning", "[model][unit]") {
  DocParts parts;
  parts.body = R"(<article eId="art_1"><paragraph><content><p>a</p></content></paragraph>
      <paragraph><content><p>b</p></content></paragraph></article>)";
  const ReadOutcome outcome = ReadExpression(Document(parts), "noeid.xml");
  REQUIRE(outcome.expression);
  CHECK(outcome.expression->provisions[1].eid == "art_1__para_1");
  CHECK(outcome.expression->provisions[2].eid == "art_1__para_2");
  CHECK(qonun::model::CountSeverity(outcome.diagnostics, Severity::kWarning) == 2);
}

TEST_CASE("work URIs are split into their parts", "[model][unit]") {
  const auto untoc = qonun::model::ParseWorkUri("/akn/un/act/convention/un-ga/2000-11-15/untoc");
  REQUIRE(untoc);
  CHECK(untoc->country == "un");
  CHECK(untoc->doc_type == "act");
  CHECK(untoc->date.ToString() == "2000-11-15");
  CHECK(untoc->number == "untoc");
  CHECK(qonun::model::ParseWorkUri("/akn/uz/act/1994-09-22/2012-xii"));
  CHECK_FALSE(qonun::model::ParseWorkUri("/akn/uz/act/2012-xii"));
  CHECK_FALSE(qonun::model::ParseWorkUri("/akn/uz/act/1994-02-30/2012-xii"));
  CHECK_FALSE(qonun::model::ParseWorkUri("akn/uz/act/1994-09-22/2012-xii"));
  CHECK_FALSE(qonun::model::ParseWorkUri("/akn/uz/act/1994-09-22/2012-xii/rus@2020-01-01"));
}

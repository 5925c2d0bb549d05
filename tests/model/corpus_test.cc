#include "model/corpus.h"

#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>

#include "tests/support/temp_dir.h"

namespace {

using qonun::Language;
using qonun::model::CorpusLoad;
using qonun::model::Date;
using qonun::model::LoadCorpus;
using qonun::model::Severity;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";

std::string Minimal(const std::string& relative) {
  std::ifstream in(kMinimal + "/" + relative, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Date D(const char* text) {
  return *Date::Parse(text);
}

}  // namespace

TEST_CASE("corpus groups expressions into works and derives validity", "[model][integration]") {
  const CorpusLoad load = LoadCorpus(kMinimal);
  CHECK(load.diagnostics.empty());
  CHECK(load.files_read == 6);
  REQUIRE(load.corpus.works().size() == 1);
  const auto& work = load.corpus.works()[0];
  CHECK(work.metadata.name == "Test Code");
  CHECK(work.Name(Language::kRussian) == "Тестовый кодекс");
  CHECK(work.Languages() == std::vector<Language>{Language::kEnglish, Language::kRussian});
  REQUIRE(work.VersionDates().size() == 3);

  const auto versions = work.Versions(Language::kRussian);
  REQUIRE(versions.size() == 3);
  CHECK(versions[0]->date == D("1995-04-01"));
  CHECK(versions[0]->valid_to == D("2008-09-16"));
  CHECK(versions[1]->valid_to == D("2020-08-18"));
  CHECK_FALSE(versions[2]->valid_to);

  CHECK(work.InForce(Language::kRussian, D("1994-12-31")) == nullptr);
  CHECK(work.InForce(Language::kRussian, D("1995-04-01")) == versions[0]);
  CHECK(work.InForce(Language::kRussian, D("2008-09-15")) == versions[0]);
  CHECK(work.InForce(Language::kRussian, D("2008-09-16")) == versions[1]);
  CHECK(work.InForce(Language::kRussian, D("2030-01-01")) == versions[2]);
  CHECK(work.InForce(Language::kUzbek, D("2030-01-01")) == nullptr);

  // The sanction in part 1 is the fact the versions differ in.
  const auto& old_text = versions[0]->provisions[versions[0]->FindByEid("art_5__para_1")].text;
  const auto& new_text = versions[1]->provisions[versions[1]->FindByEid("art_5__para_1")].text;
  CHECK_THAT(old_text, Catch::Contains("от трёх до пяти лет"));
  CHECK_THAT(new_text, Catch::Contains("от пяти до восьми лет"));
  CHECK(versions[2]->FindByEid("art_5__para_2__point_c") != qonun::model::kNoProvision);
  CHECK(versions[1]->FindByEid("art_5__para_2__point_c") == qonun::model::kNoProvision);
  CHECK(versions[2]->modifications.size() == 2);
}

TEST_CASE("corpus finds works by URI and alias, expressions by URI", "[model][integration]") {
  const CorpusLoad load = LoadCorpus(kMinimal);
  CHECK(load.corpus.FindWork("/akn/uz/act/1994-09-22/test-1") != nullptr);
  CHECK(load.corpus.FindWork("ТК") == load.corpus.FindWork("TK"));
  CHECK(load.corpus.FindWork("XX") == nullptr);
  const auto* e = load.corpus.FindExpression("/akn/uz/act/1994-09-22/test-1/eng@2008-09-16");
  REQUIRE(e != nullptr);
  CHECK(e->language == Language::kEnglish);
  CHECK(load.corpus.ExpressionCount() == 6);
  CHECK(load.corpus.ProvisionCount() == 50);
}

TEST_CASE("a repeal event ends the last version", "[model][integration]") {
  qonun::testing::TempDir dir;
  std::string text = Minimal("uz/act/test-code/eng@2020-08-18.xml");
  const std::string marker = R"(type="amendment"/>)";
  const auto at = text.rfind(marker);
  REQUIRE(at != std::string::npos);
  text.insert(at + marker.size(),
              R"(<eventRef eId="evt_9" date="2024-01-01" source="#amd_2" type="repeal"/>)");
  dir.Write("a/eng@2020-08-18.xml", text);
  dir.Write("a/eng@2008-09-16.xml", Minimal("uz/act/test-code/eng@2008-09-16.xml"));
  const CorpusLoad load = LoadCorpus(dir.path());
  CHECK(load.diagnostics.empty());
  const auto& work = load.corpus.works().at(0);
  CHECK(work.repealed == D("2024-01-01"));
  CHECK(work.Versions(Language::kEnglish)[1]->valid_to == D("2024-01-01"));
  CHECK(work.Versions(Language::kEnglish)[0]->valid_to == D("2020-08-18"));
  CHECK(work.InForce(Language::kEnglish, D("2025-01-01")) == nullptr);
}

TEST_CASE("corpus reports every bad file and keeps the good ones", "[model][integration]") {
  qonun::testing::TempDir dir;
  dir.Write("good/eng@1995-04-01.xml", Minimal("uz/act/test-code/eng@1995-04-01.xml"));
  dir.Write("copy/eng@1995-04-01.xml", Minimal("uz/act/test-code/eng@1995-04-01.xml"));
  dir.Write("broken.xml", "<akomaNtoso>\n<act>\n</akomaNtoso>\n");
  dir.Write("README.md", "not a document");
  std::string other_number = Minimal("uz/act/test-code/rus@1995-04-01.xml");
  other_number.replace(other_number.find("TEST-1"), 6, "TEST-2");
  dir.Write("good/rus@1995-04-01.xml", other_number);

  const CorpusLoad load = LoadCorpus(dir.path());
  CHECK(load.files_read == 4);
  CHECK(load.files_rejected == 1);
  std::vector<std::string> errors;
  for (const auto& d : load.diagnostics) {
    if (d.severity == Severity::kError) {
      errors.push_back(d.ToString());
    }
  }
  REQUIRE(errors.size() == 3);
  CHECK_THAT(errors[0], Catch::Contains("broken.xml:3: error: XML is not well-formed"));
  CHECK_THAT(errors[1], Catch::Contains("is also defined in"));
  CHECK_THAT(errors[2], Catch::Contains("work number (FRBRnumber) 'TEST-2' differs from 'TEST-1'"));
  REQUIRE(load.corpus.works().size() == 1);
  CHECK(load.corpus.works()[0].expressions.size() == 2);
}

TEST_CASE("loading a missing folder is an error, not a crash", "[model][unit]") {
  const CorpusLoad load = LoadCorpus("/nonexistent/qonun/corpus");
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].severity == Severity::kError);
  CHECK(load.corpus.works().empty());
}

TEST_CASE("a version in some languages only ends the others' text, with a warning",
          "[model][integration]") {
  // English has the 2008 and 2020 versions; Russian only the 2008 one. From
  // 2020 the Russian text is out of date: expired, not in force.
  qonun::testing::TempDir dir;
  dir.Write("a/eng@2008-09-16.xml", Minimal("uz/act/test-code/eng@2008-09-16.xml"));
  dir.Write("a/eng@2020-08-18.xml", Minimal("uz/act/test-code/eng@2020-08-18.xml"));
  dir.Write("a/rus@2008-09-16.xml", Minimal("uz/act/test-code/rus@2008-09-16.xml"));
  const CorpusLoad load = LoadCorpus(dir.path());
  REQUIRE(load.diagnostics.size() == 1);
  CHECK(load.diagnostics[0].severity == Severity::kWarning);
  CHECK(load.diagnostics[0].file.ends_with("rus@2008-09-16.xml"));
  CHECK(load.diagnostics[0].message ==
        "the version of 2020-08-18 exists in other languages but not in rus: this rus text (of "
        "2008-09-16) is treated as expired from that day");
  const auto& work = load.corpus.works().at(0);
  CHECK(work.InForce(Language::kRussian, D("2010-01-01")) != nullptr);
  CHECK(work.InForce(Language::kRussian, D("2021-01-01")) == nullptr);
  CHECK(work.InForce(Language::kEnglish, D("2021-01-01")) != nullptr);
}

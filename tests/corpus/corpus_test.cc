// Facts about the bundled corpus that other features rely on: what is in it,
// that its versions differ where they should, that its languages line up,
// and that its thesaurus and concordance resolve.

#include <set>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus_folder.h"

namespace {

using qonun::Language;
using qonun::model::Date;

const qonun::model::CorpusFolder& Folder() {
  static const auto folder =
      qonun::model::ReadCorpusFolder(std::string(QONUN_SOURCE_DIR) + "/corpus");
  return folder;
}

const qonun::model::Work& WorkAt(const char* uri) {
  const auto* work = Folder().load.corpus.FindWork(uri);
  INFO(uri);
  REQUIRE(work != nullptr);
  return *work;
}

constexpr const char* kUntoc = "/akn/un/act/convention/un-ga/2000-11-15/untoc";
constexpr const char* kProtocol = "/akn/un/act/protocol/un-ga/2000-11-15/tip-protocol";
constexpr const char* kTipLaw = "/akn/uz/act/2008-04-17/zru-154";
constexpr const char* kCriminalCode = "/akn/uz/act/1994-09-22/2012-xii";

std::set<std::string> Eids(const qonun::model::Expression& e) {
  std::set<std::string> out;
  for (const auto& p : e.provisions) {
    out.insert(p.eid);
  }
  return out;
}

}  // namespace

TEST_CASE("the bundled corpus reads without errors", "[corpus][integration]") {
  std::vector<std::string> errors;
  for (const auto& d : Folder().load.diagnostics) {
    if (d.severity == qonun::model::Severity::kError) {
      errors.push_back(d.ToString());
    }
  }
  INFO(errors.size() << " errors, first: " << (errors.empty() ? "" : errors[0]));
  CHECK(errors.empty());
  CHECK(Folder().load.corpus.works().size() >= 5);
  CHECK(Folder().load.corpus.ProvisionCount() >= 1500);
}

TEST_CASE("every work is in three languages and every version lines up across them",
          "[corpus][integration]") {
  for (const auto& work : Folder().load.corpus.works()) {
    INFO(work.metadata.uri);
    CHECK(work.Languages().size() == 3);
    for (const Date& day : work.VersionDates()) {
      const auto* eng = work.InForce(Language::kEnglish, day);
      const auto* rus = work.InForce(Language::kRussian, day);
      const auto* uzb = work.InForce(Language::kUzbek, day);
      REQUIRE(eng != nullptr);
      REQUIRE(rus != nullptr);
      REQUIRE(uzb != nullptr);
      INFO(day.ToString());
      CHECK(Eids(*eng) == Eids(*rus));
      CHECK(Eids(*eng) == Eids(*uzb));
    }
    for (const auto& e : work.expressions) {
      INFO(e.file);
      CHECK(e.status == qonun::model::TextStatus::kSummary);
      CHECK_FALSE(e.official_source.empty());
      CHECK(e.verification != qonun::model::Verification::kUnstated);
    }
  }
}

TEST_CASE("the treaties have all their articles in every language", "[corpus][integration]") {
  for (const auto& [uri, articles] : {std::pair{kUntoc, 41}, std::pair{kProtocol, 20}}) {
    const auto& work = WorkAt(uri);
    for (Language l : qonun::kAllLanguages) {
      const auto* e = work.InForce(l, *Date::Parse("2020-01-01"));
      REQUIRE(e != nullptr);
      for (int n = 1; n <= articles; ++n) {
        INFO(uri << " " << qonun::LanguageCode(l) << " art_" << n);
        CHECK(e->FindByEid("art_" + std::to_string(n)) != qonun::model::kNoProvision);
      }
    }
  }
  const auto* definition =
      WorkAt(kProtocol).InForce(Language::kEnglish, *Date::Parse("2020-01-01"));
  CHECK(definition->provisions[definition->FindByEid("art_3")].heading == "Use of terms");
}

TEST_CASE("Article 135 of the Criminal Code has at least three distinct versions",
          "[corpus][integration]") {
  const auto& code = WorkAt(kCriminalCode);
  std::set<std::string> texts;
  for (const auto* e : code.Versions(Language::kRussian)) {
    const std::size_t i = e->FindByEid("art_135");
    if (i != qonun::model::kNoProvision) {
      texts.insert(e->provisions[i].heading + "\n" + e->FullText(i));
    }
  }
  CHECK(texts.size() >= 3);
  CHECK(code.Versions(Language::kRussian).front()->date < *Date::Parse("2000-01-01"));
}

TEST_CASE("the TIP law has its 2008 text and its 2020 edition", "[corpus][integration]") {
  const auto& law = WorkAt(kTipLaw);
  const auto versions = law.Versions(Language::kEnglish);
  REQUIRE(versions.size() >= 2);
  CHECK(versions.front()->date.year() == 2008);
  bool amended_by_633 = false;
  for (const auto& ref : versions.back()->references) {
    amended_by_633 = amended_by_633 || ref.href.find("zru-633") != std::string::npos;
  }
  CHECK(amended_by_633);
}

TEST_CASE("Uzbek is in Latin script for some works and Cyrillic for others",
          "[corpus][integration]") {
  using qonun::analysis::Analyzer;
  using qonun::analysis::Script;
  auto script = [](const char* uri) {
    const auto* e = WorkAt(uri).InForce(Language::kUzbek, *Date::Parse("2030-01-01"));
    REQUIRE(e != nullptr);
    std::string text;
    for (const auto& p : e->provisions) {
      text += p.text;
    }
    return Analyzer::DetectScript(text);
  };
  CHECK(script(kUntoc) == Script::kLatin);
  CHECK(script(kTipLaw) == Script::kLatin);
  CHECK(script(kProtocol) == Script::kCyrillic);
  CHECK(script(kCriminalCode) == Script::kCyrillic);
}

TEST_CASE("the thesaurus and the concordance are large enough and resolve",
          "[corpus][integration]") {
  REQUIRE(Folder().thesaurus);
  REQUIRE(Folder().concordance);
  CHECK(Folder().thesaurus->concepts.size() >= 150);
  CHECK(Folder().concordance->links.size() >= 40);
  CHECK(Folder().thesaurus->Find("trafficking-in-persons") != nullptr);
  std::set<std::string> works;
  for (const auto& link : Folder().concordance->links) {
    works.insert(link.international_work);
  }
  CHECK(works.contains(kProtocol));
  CHECK(works.contains(kUntoc));
}

TEST_CASE("every Protocol article is linked or listed as not covered", "[corpus][integration]") {
  REQUIRE(Folder().concordance);
  const qonun::model::Work* protocol = Folder().load.corpus.FindWork(kProtocol);
  REQUIRE(protocol != nullptr);
  for (const auto& e : protocol->expressions) {
    for (const auto& row : qonun::model::ConcordanceMatrix(*Folder().concordance, e)) {
      INFO(e.uri << " " << e.provisions[row.provision].eid);
      CHECK((!row.links.empty() || row.gap != nullptr));
    }
  }
}

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

TEST_CASE("every amending act is cited by its number, not by date and subject",
          "[corpus][integration]") {
  // An act number in a URI's last segment: letters, a dash, digits
  // ("zru-603", "pf-5775", "vm-60"); never a subject slug or "nn".
  auto numbered = [](const std::string& href) {
    const std::string last = href.substr(href.rfind('/') + 1);
    const auto dash = last.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 == last.size()) {
      return false;
    }
    for (std::size_t i = dash + 1; i < last.size(); ++i) {
      if (last[i] < '0' || last[i] > '9') {
        return false;
      }
    }
    return true;
  };
  int amending = 0;
  for (const auto& work : Folder().load.corpus.works()) {
    for (const auto& e : work.expressions) {
      for (const auto& ref : e.references) {
        if (ref.element == "passiveRef") {
          INFO(e.file << ": " << ref.href);
          CHECK(numbered(ref.href));
          CHECK(ref.show_as.find("not confirmed") == std::string::npos);
          ++amending;
        }
      }
    }
  }
  CHECK(amending >= 20);
}

TEST_CASE(
    "Criminal Code: Article 135 since 2025, and the forced-labour articles from 24 April 2020",
    "[corpus][integration]") {
  const auto& code = WorkAt(kCriminalCode);
  auto children = [](const qonun::model::Expression& e, const char* eid) {
    const std::size_t i = e.FindByEid(eid);
    REQUIRE(i != qonun::model::kNoProvision);
    return e.provisions[i].children.size();
  };
  for (Language l : qonun::kAllLanguages) {
    INFO(qonun::LanguageCode(l));
    const auto* now = code.InForce(l, *Date::Parse("2025-06-01"));
    REQUIRE(now != nullptr);
    // ZRU-1065 of 19 May 2025: ten aggravating points in part two, six in part three.
    CHECK(children(*now, "art_135__para_2") == 10);
    CHECK(children(*now, "art_135__para_3") == 6);
    CHECK(now->FindByEid("art_135__para_2__point_k") == qonun::model::kNoProvision);
    // ZRU-826 of 27 March 2023 added part three of Article 148-2.
    CHECK(now->FindByEid("art_148-2__para_3") != qonun::model::kNoProvision);
    // ZRU-603 of 22 January 2020 took effect on 24 April 2020.
    const auto* signed_day = code.InForce(l, *Date::Parse("2020-01-22"));
    const auto* in_force = code.InForce(l, *Date::Parse("2020-04-24"));
    REQUIRE(signed_day != nullptr);
    REQUIRE(in_force != nullptr);
    for (const char* eid : {"art_148-1", "art_148-2"}) {
      INFO(eid);
      CHECK(signed_day->FindByEid(eid) == qonun::model::kNoProvision);
      CHECK(in_force->FindByEid(eid) != qonun::model::kNoProvision);
    }
    CHECK(in_force->date == *Date::Parse("2020-04-24"));
  }
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

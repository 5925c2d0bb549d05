// Timelines and comparisons over the small test corpus (three versions of a
// test code in English and Russian).

#include <algorithm>
#include <map>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus.h"

#include "versions/compare.h"
#include "versions/locate.h"
#include "versions/timeline.h"

namespace {

using qonun::Language;
using qonun::model::Date;
using qonun::versions::ProvisionChange;
using qonun::versions::UnitChange;

const qonun::model::CorpusLoad& Load() {
  static const auto load = qonun::model::LoadCorpus(std::string(QONUN_TEST_DATA_DIR) + "/minimal");
  return load;
}

const qonun::model::Work& W() {
  return Load().corpus.works().at(0);
}

const qonun::analysis::Analyzer& A() {
  static const auto analyzer = qonun::analysis::Analyzer::Create().value();
  return analyzer;
}

Date D(const char* s) {
  return *Date::Parse(s);
}

}  // namespace

TEST_CASE("a work's timeline lists versions, acts and languages", "[versions][integration]") {
  const auto t = qonun::versions::WorkTimeline(W(), Language::kRussian);
  REQUIRE(t.entries.size() == 3);
  CHECK(t.entries[0].valid_from == D("1995-04-01"));
  CHECK(t.entries[0].valid_to == D("2008-09-16"));
  CHECK_FALSE(t.entries[2].valid_to);
  REQUIRE(t.entries[1].acts.size() == 1);
  CHECK(t.entries[1].acts[0].show_as == "Test Law No. 1");
  CHECK(t.entries[1].acts[0].href == "/akn/uz/act/2008-09-15/zru-t1");
  CHECK(t.entries[2].languages == std::vector<Language>{Language::kEnglish, Language::kRussian});
}

TEST_CASE("a provision's timeline says what happened to it", "[versions][integration]") {
  const auto part1 =
      qonun::versions::ProvisionTimeline(A(), W(), "art_5__para_1", Language::kEnglish);
  REQUIRE(part1.ok());
  CHECK(part1->entries[0].change == ProvisionChange::kOriginal);
  CHECK(part1->entries[1].change == ProvisionChange::kChanged);
  CHECK(part1->entries[1].acts[0].touches_provision);
  CHECK(part1->entries[2].change == ProvisionChange::kUnchanged);
  const auto point =
      qonun::versions::ProvisionTimeline(A(), W(), "art_5__para_2__point_c", Language::kEnglish);
  REQUIRE(point.ok());
  CHECK(point->entries[0].change == ProvisionChange::kAbsent);
  CHECK(point->entries[2].change == ProvisionChange::kInserted);
  CHECK(
      qonun::versions::ProvisionTimeline(A(), W(), "art_99", Language::kEnglish).status().code() ==
      qonun::StatusCode::kNotFound);
}

TEST_CASE("point in time gives the text in force or says why not", "[versions][integration]") {
  const auto then =
      qonun::versions::ProvisionInForce(W(), "art_5__para_1", Language::kRussian, D("2001-05-05"));
  REQUIRE(then.ok());
  CHECK_THAT(then->expression->provisions[then->index].text, Catch::Contains("трёх до пяти"));
  const auto before =
      qonun::versions::ProvisionInForce(W(), "art_5", Language::kRussian, D("1990-01-01"));
  CHECK(before.status().message() ==
        "no version of /akn/uz/act/1994-09-22/test-1 in rus was in force on 1990-01-01");
  const auto absent = qonun::versions::ProvisionInForce(W(), "art_5__para_2__point_c",
                                                        Language::kRussian, D("2010-01-01"));
  CHECK_THAT(absent.status().message(), Catch::Contains("was not part of"));
}

TEST_CASE("comparing an article across amendments summarises the changes",
          "[versions][integration]") {
  const auto a =
      qonun::versions::ProvisionInForce(W(), "art_5", Language::kRussian, D("2000-01-01"));
  const auto b =
      qonun::versions::ProvisionInForce(W(), "art_5", Language::kRussian, D("2021-01-01"));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  // The heading in the reader's language: from the English text of that version.
  const auto* english = W().InForce(Language::kEnglish, b->expression->date);
  REQUIRE(english != nullptr);
  const auto c = qonun::versions::CompareProvision(A(), *a->expression, a->index, *b->expression,
                                                   b->index, Language::kEnglish, {}, english);
  CHECK(c.changed_units == 2);
  std::vector<std::string> summary = c.summary;
  // The article as the reader names it, then one line per change: the
  // sanction line says what the amendment of part 1 was.
  CHECK(summary == std::vector<std::string>{
                       "Article 5 “Recruitment of persons”",
                       "sanction in Article 5, part 1 changed from 3–5 years to 5–8 years",
                       // The Russian text's "в)" is the third point: (c) in English.
                       "Article 5, part 2, point (c) inserted"});
  const auto rus = qonun::versions::CompareProvision(A(), *a->expression, a->index, *b->expression,
                                                     b->index, Language::kRussian);
  CHECK(rus.summary[0] == "Статья 5 «Вербовка людей»");
  CHECK(rus.summary[1] == "санкция (статья 5, часть 1) изменена: было 3–5 лет, стало 5–8 лет");
  CHECK(rus.summary.back() == "статья 5, часть 2, пункт «в»: добавлено");
  const auto uzb = qonun::versions::CompareProvision(A(), *a->expression, a->index, *b->expression,
                                                     b->index, Language::kUzbek);
  CHECK(uzb.summary.back() == "5-modda, 2-qism, «c» bandi kiritildi");
  const auto cyrl =
      qonun::versions::CompareProvision(A(), *a->expression, a->index, *b->expression, b->index,
                                        qonun::versions::SummaryLanguage(Language::kUzbek, true));
  CHECK(cyrl.summary ==
        std::vector<std::string>{"5-модда «Вербовка людей»",  // no Uzbek text: its own heading
                                 "5-модда, 1-қисм санкцияси ўзгарди: 3–5 йил ўрнига 5–8 йил",
                                 "5-модда, 2-қисм, «в» банди киритилди"});
  // Swapping the sides turns the insertion into a repeal.
  const auto back = qonun::versions::CompareProvision(A(), *b->expression, b->index, *a->expression,
                                                      a->index, Language::kEnglish);
  CHECK(back.summary.back() == "Article 5, part 2, point (c) repealed");
}

TEST_CASE("a point that moved with the same text is reported as renumbered",
          "[versions][integration]") {
  // Make a version where point (b) is gone and the old (c) became (b).
  qonun::model::Expression before = *W().InForce(Language::kEnglish, D("2021-01-01"));
  qonun::model::Expression after = before;
  const std::size_t b = after.FindByEid("art_5__para_2__point_b");
  const std::size_t c = after.FindByEid("art_5__para_2__point_c");
  after.provisions[b].text = after.provisions[c].text;
  after.provisions[b].eid = "art_5__para_2__point_b";
  const std::size_t para = after.FindByEid("art_5__para_2");
  after.provisions[para].children.pop_back();
  after.provisions.erase(after.provisions.begin() + static_cast<long>(c));
  const auto cmp = qonun::versions::CompareProvision(A(), before, before.FindByEid("art_5"), after,
                                                     after.FindByEid("art_5"), Language::kEnglish);
  std::map<std::string, UnitChange> by_eid;
  for (const auto& u : cmp.units) {
    by_eid[u.eid_from.empty() ? u.eid_to : u.eid_from] = u.change;
  }
  CHECK(by_eid.at("art_5__para_2__point_b") == UnitChange::kRemoved);
  CHECK(by_eid.at("art_5__para_2__point_c") == UnitChange::kRenumbered);
  CHECK(by_eid.at("art_5__para_2__point_a") == UnitChange::kUnchanged);
  CHECK(cmp.changed_units == 2);
  CHECK(cmp.summary ==
        std::vector<std::string>{
            "Article 5 “Recruitment of persons”", "Article 5, part 2, point (b) repealed",
            "moved from Article 5, part 2, point (c) to Article 5, part 2, point (b)"});
}

TEST_CASE("citations in any language locate a provision through aliases and nums",
          "[versions][integration]") {
  auto locate = [](const char* text) {
    auto r = qonun::versions::Locate(Load().corpus, A(), text);
    INFO(text << ": " << r.status().ToString());
    REQUIRE(r.ok());
    return r->identity;
  };
  CHECK(locate("ст. 5 ТК") == "art_5");
  CHECK(locate("ч. 2 ст. 5 ТК") == "art_5__para_2");
  CHECK(locate("п. «в» ч. 2 ст. 5 ТК") == "art_5__para_2__point_c");
  CHECK(locate("TK art_6") == "art_6");
  CHECK(locate("/akn/uz/act/1994-09-22/test-1/~art_5") == "art_5");
  CHECK(locate("TK").empty());
  CHECK(qonun::versions::Locate(Load().corpus, A(), "ст. 99 ТК").status().code() ==
        qonun::StatusCode::kNotFound);
}

TEST_CASE("Article 135 of the bundled Criminal Code: the 2025 amendment summarised",
          "[versions][integration]") {
  const auto load = qonun::model::LoadCorpus(std::string(QONUN_SOURCE_DIR) + "/corpus");
  const auto* code = load.corpus.FindWork("/akn/uz/act/1994-09-22/2012-xii");
  REQUIRE(code != nullptr);
  const auto a =
      qonun::versions::ProvisionInForce(*code, "art_135", Language::kRussian, D("2010-01-01"));
  const auto b =
      qonun::versions::ProvisionInForce(*code, "art_135", Language::kRussian, D("2026-01-01"));
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  const auto c = qonun::versions::CompareProvision(A(), *a->expression, a->index, *b->expression,
                                                   b->index, Language::kEnglish);
  const auto has = [&](const std::string& line) {
    return std::find(c.summary.begin(), c.summary.end(), line) != c.summary.end();
  };
  CHECK(has("sanction in Article 135, part 2 changed from 5–8 years to 5–10 years"));
  CHECK(has("sanction in Article 135, part 3 changed from 8–12 years to 10–15 years"));
  // ZRU-1065 restated parts two and three: the pregnant-victim point is the
  // third of part two ("в)"), and coercion moved from part two to part three.
  CHECK(has("Article 135, part 2, point (c) inserted"));
  CHECK(has("Article 135, part 2, point (a) repealed"));
  CHECK(has("Article 135, part 3, point (a) inserted"));
  // The timeline shows the two versions in which Article 135 changed after 1995.
  const auto t = qonun::versions::ProvisionTimeline(A(), *code, "art_135", Language::kEnglish);
  REQUIRE(t.ok());
  int changed = 0;
  for (const auto& e : t->entries) {
    changed += e.change == ProvisionChange::kChanged ? 1 : 0;
  }
  CHECK(changed >= 2);
}

TEST_CASE("an Akoma Ntoso URI path names a work, a language, a day and a provision",
          "[versions][unit]") {
  const auto& corpus = Load().corpus;
  const std::string work = "/akn/uz/act/1994-09-22/test-1";
  const auto whole = qonun::versions::ResolveAknUri(corpus, work);
  REQUIRE(whole.ok());
  CHECK(whole->work == &W());
  CHECK_FALSE(whole->language);
  CHECK_FALSE(whole->date);
  CHECK(whole->eid.empty());
  const auto full = qonun::versions::ResolveAknUri(corpus, work + "/rus@2019-01-01/~art_5__para_2");
  REQUIRE(full.ok());
  CHECK(full->language == Language::kRussian);
  CHECK(full->date == D("2019-01-01"));
  CHECK(full->eid == "art_5__para_2");
  CHECK(qonun::versions::ResolveAknUri(corpus, work + "/eng/~art_5")->language ==
        Language::kEnglish);
  CHECK(qonun::versions::ResolveAknUri(corpus, "/akn/uz/act/2000-01-01/none").status().code() ==
        qonun::StatusCode::kNotFound);
  CHECK(qonun::versions::ResolveAknUri(corpus, work + "/fra").status().code() ==
        qonun::StatusCode::kNotFound);
  CHECK(qonun::versions::ResolveAknUri(corpus, work + "/rus@2019-02-30").status().code() ==
        qonun::StatusCode::kInvalidArgument);
}

TEST_CASE("the version in force on a day is found once, for works and provisions",
          "[versions][unit]") {
  const auto e = qonun::versions::ExpressionInForce(W(), Language::kRussian, D("2010-01-01"));
  REQUIRE(e.ok());
  CHECK((*e)->date == D("2008-09-16"));
  const auto none = qonun::versions::ExpressionInForce(W(), Language::kRussian, D("1990-01-01"));
  CHECK(none.status().code() == qonun::StatusCode::kNotFound);
  CHECK_THAT(none.status().message(), Catch::Contains("was in force on 1990-01-01"));
}

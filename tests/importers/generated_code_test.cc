// A real-size code, generated: 420 articles in Uzbek Latin, Uzbek Cyrillic
// and Russian, shaped as text copied from lex.uz (unnumbered parts, furniture
// lines, "LexUZ sharhi" comments, dash sanctions, lettered points, amendment
// notes with dates in words). Each imports with exactly the parts and points
// generated, and citations in every form resolve on it through the citation
// path (versions::Locate: aliases, printed numbers, implicit part numbers).

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus.h"
#include "tests/importers/fixture.h"

#include "importers/text_importer.h"
#include "versions/locate.h"

namespace {

using qonun::Language;

constexpr int kArticles = 420;

enum class Script { kLatin, kCyrillic, kRussian };

// Article n has 1 + n % 3 parts; its second part (when it has one) lists
// 2 + n % 4 lettered points, the last ending in a dash and followed by the
// sanction.
int PartsOf(int n) {
  return 1 + n % 3;
}

int PointsOf(int n) {
  return PartsOf(n) >= 2 ? 2 + n % 4 : 0;
}

std::string Code(Script script) {
  static const char* const kLatinLetters[] = {"a", "b", "v", "g", "d", "e"};
  static const char* const kCyrillicLetters[] = {"а", "б", "в", "г", "д", "е"};
  const bool russian = script == Script::kRussian;
  const bool latin = script == Script::kLatin;
  std::string text = latin     ? "NAMUNA KODEKSI\n"
                     : russian ? "ОБРАЗЦОВЫЙ КОДЕКС\n"
                               : "НАМУНА КОДЕКСИ\n";
  for (int n = 1; n <= kArticles; ++n) {
    const std::string number = std::to_string(n);
    if (n % 20 == 1) {
      const std::string chapter = std::to_string(n / 20 + 1);
      text += russian ? "Глава " + chapter + ". Глава\n"
                      : chapter + (latin ? "-bob. Bob\n" : "-боб. Боб\n");
    }
    text += russian ? "Статья " + number + ". Статья\n"
                    : number + (latin ? "-modda. Modda\n" : "-модда. Модда\n");
    if (n % 5 == 0) {
      text += latin     ? "Oldingi tahrirga qarang.\n"
              : russian ? "См. предыдущую редакцию.\n"
                        : "Олдинги таҳрирга қаранг.\n";
    }
    for (int part = 1; part <= PartsOf(n); ++part) {
      if (part == 2) {
        text += latin ? "Oʻsha harakat:\n" : russian ? "То же деяние:\n" : "Ўша ҳаракат:\n";
        for (int point = 0; point < PointsOf(n); ++point) {
          const bool last = point + 1 == PointsOf(n);
          text += std::string(latin ? kLatinLetters[point] : kCyrillicLetters[point]) + ") " +
                  (latin ? "holat" : "ҳолат") + std::to_string(point) + (last ? " —\n" : ";\n");
        }
        if (n % 7 == 0) {
          text += latin     ? "Oldingi tahrirga qarang.\n"
                  : russian ? "См. предыдущую редакцию.\n"
                            : "Олдинги таҳрирга қаранг.\n";
        }
        text += latin     ? "jarima bilan jazolanadi.\n"
                : russian ? "наказывается штрафом.\n"
                          : "жарима билан жазоланади.\n";
        continue;
      }
      text += (latin     ? "Harakat "
               : russian ? "Деяние "
                         : "Ҳаракат ") +
              number + "." + std::to_string(part) + " \u2014\n";
      if (n % 3 == 0) {
        text += latin     ? "LexUZ sharhi\nQarang: 5-modda.\n"
                : russian ? "Комментарий LexUz\nСм.: статью 5.\n"
                          : "LexUZ шарҳи\nҚаранг: 5-модда.\n";
      }
      text += latin     ? "jarima bilan jazolanadi.\n"
              : russian ? "наказывается штрафом.\n"
                        : "жарима билан жазоланади.\n";
    }
    if (n % 11 == 0) {
      text += latin ? "(" + number +
                          "-modda Oʻzbekiston Respublikasining 2021-yil 21-apreldagi "
                          "OʻRQ-683-sonli Qonuni tahririda — 22.04.2021-y.)\n"
              : russian ? "(статья " + number +
                              " в редакции Закона от 21 апреля 2021 года № ЗРУ-683 — "
                              "22.04.2021 г.)\n"
                        : "(" + number +
                              "-модда Ўзбекистон Республикасининг 2021 йил 21 апрелдаги "
                              "ЎРҚ-683-сонли Қонуни таҳририда — 22.04.2021 й.)\n";
    }
  }
  return text;
}

}  // namespace

TEST_CASE("A generated 420-article code imports exactly and its citations resolve",
          "[importers][generated]") {
  const auto analyzer = qonun::analysis::Analyzer::Create().value();
  int expected_parts = 0;
  int expected_points = 0;
  for (int n = 1; n <= kArticles; ++n) {
    expected_parts += PartsOf(n);
    expected_points += PointsOf(n);
  }

  struct Case {
    Script script;
    Language language;
    const char* alias;
    const char* date;
  };

  for (const Case& c : {Case{Script::kLatin, Language::kUzbek, "NK", "2021-05-01"},
                        Case{Script::kCyrillic, Language::kUzbek, "НК", "2021-05-01"},
                        Case{Script::kRussian, Language::kRussian, "ОК", "2021-05-01"}}) {
    auto options = qonun::testing::Options(c.language, "generated.txt");
    options.aliases = {c.alias};
    const auto r = qonun::importers::ImportText(Code(c.script), options);
    REQUIRE(r.ok());
    CHECK(r->warnings.empty());
    const qonun::model::Expression& e = r->expression;
    int articles = 0;
    int parts = 0;
    int points = 0;
    for (const auto& p : e.provisions) {
      articles += p.element == "article";
      parts += p.element == "paragraph";
      points += p.element == "point";
    }
    CHECK(articles == kArticles);
    CHECK(parts == expected_parts);
    CHECK(points == expected_points);
    CHECK(e.references.size() == 2);  // the original and ZRU-683 of 21 April 2021

    std::vector<qonun::model::Diagnostic> diagnostics;
    const auto corpus = qonun::model::BuildCorpus({e}, diagnostics);
    auto locate = [&](const std::string& citation) {
      auto located = qonun::versions::Locate(corpus, analyzer, citation);
      INFO(citation << ": " << located.status().ToString());
      REQUIRE(located.ok());
      return located->identity;
    };
    // Article 250 has 2 parts; its second lists 4 points (a b v g / а б в г).
    const std::string alias = c.alias;
    CHECK(locate("ч. 2 ст. 250 " + alias) == "art_250__para_2");
    CHECK(locate("250-modda 2-qism " + alias) == "art_250__para_2");
    CHECK(locate("п. «в» ч. 2 ст. 250 " + alias) == "art_250__para_2__point_c");
    CHECK(locate("250-modda 2-qism «v» band " + alias) == "art_250__para_2__point_c");
    CHECK(locate("ч. 3 ст. 401 " + alias) == "art_401__para_3");
  }
}

// Alignment of provisions across versions: the bundled Law ZRU-154 (2008 text
// and the 2021 edition, where most articles moved) and generated acts with
// shuffled, inserted, deleted and edited articles.

#include "versions/align.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <random>
#include <set>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"
#include "model/corpus.h"

#include "versions/compare.h"
#include "versions/timeline.h"

namespace {

using qonun::Language;
using qonun::model::Date;

const qonun::analysis::Analyzer& A() {
  static const auto analyzer = qonun::analysis::Analyzer::Create().value();
  return analyzer;
}

const qonun::model::CorpusLoad& Bundled() {
  static const auto load = qonun::model::LoadCorpus(std::string(QONUN_SOURCE_DIR) + "/corpus");
  return load;
}

const qonun::model::Work& TipLaw() {
  const auto* work = Bundled().corpus.FindWork("/akn/uz/act/2008-04-17/zru-154");
  REQUIRE(work != nullptr);
  return *work;
}

// Article pairs 2008 → 2021 read from the two texts: what the 2021 edition
// did with each 2008 article (absent: repealed or replaced by a new article).
const std::map<std::string, std::string>& ExpectedPairs() {
  static const std::map<std::string, std::string> pairs = {
      {"art_1", "art_1"},   {"art_2", "art_2"},   {"art_3", "art_3"},   {"art_4", "art_4"},
      {"art_5", "art_5"},   {"art_6", "art_6"},   {"art_7", "art_8"},   {"art_8", "art_9"},
      {"art_9", "art_10"},  {"art_10", "art_11"}, {"art_11", "art_12"}, {"art_13", "art_14"},
      {"art_14", "art_15"}, {"art_15", "art_16"}, {"art_16", "art_24"}, {"art_17", "art_17"},
      {"art_20", "art_26"}, {"art_21", "art_27"}, {"art_22", "art_28"}, {"art_23", "art_29"},
      {"art_24", "art_30"}, {"art_25", "art_31"}, {"art_26", "art_32"}, {"art_27", "art_33"}};
  return pairs;
}

// The 2008 articles on protecting and assisting victims went into the new
// chapter on victims: either unpaired or paired with the article on victims'
// rights (art_23) that took up both; they are not scored.
const std::set<std::string>& Ambiguous() {
  static const std::set<std::string> ambiguous = {"art_18", "art_19"};
  return ambiguous;
}

struct Score {
  double precision, recall;
};

Score ScorePairs(const std::set<std::pair<std::string, std::string>>& found,
                 const std::set<std::pair<std::string, std::string>>& expected) {
  std::size_t right = 0;
  for (const auto& p : found) {
    right += expected.count(p);
  }
  return {
      found.empty() ? 1.0 : static_cast<double>(right) / static_cast<double>(found.size()),
      expected.empty() ? 1.0 : static_cast<double>(right) / static_cast<double>(expected.size())};
}

}  // namespace

TEST_CASE("ZRU-154 2008 → 2021: every article is followed to its new number, in every language",
          "[versions][align][integration]") {
  for (Language language : {Language::kEnglish, Language::kRussian, Language::kUzbek}) {
    INFO("language " << qonun::LanguageCode(language));
    const auto* old_text = TipLaw().InForce(language, *Date::Parse("2010-01-01"));
    const auto* new_text = TipLaw().InForce(language, *Date::Parse("2022-01-01"));
    REQUIRE(old_text != nullptr);
    REQUIRE(new_text != nullptr);
    REQUIRE(old_text != new_text);
    const auto m = qonun::versions::AlignExpressions(A(), *old_text, *new_text);
    std::set<std::pair<std::string, std::string>> found;
    for (std::size_t i = 0; i < old_text->provisions.size(); ++i) {
      if (old_text->provisions[i].element != "article") {
        continue;
      }
      const std::string& eid = old_text->provisions[i].eid;
      if (m.a_to_b[i]) {
        const std::string& to = new_text->provisions[*m.a_to_b[i]].eid;
        INFO(eid << " → " << to << " similarity " << m.similarity[i]);
        if (Ambiguous().count(eid) != 0) {
          CHECK(to == "art_23");
          continue;
        }
        found.emplace(eid, to);
        if (ExpectedPairs().count(eid) != 0) {
          CHECK(to == ExpectedPairs().at(eid));
        }
      } else {
        INFO(eid << " unpaired");
        CHECK(ExpectedPairs().count(eid) == 0);
      }
    }
    std::set<std::pair<std::string, std::string>> expected(ExpectedPairs().begin(),
                                                           ExpectedPairs().end());
    const Score score = ScorePairs(found, expected);
    CHECK(score.precision >= 0.95);
    CHECK(score.recall >= 0.95);
    // 2008 Art. 21 is not paired with the unrelated 2021 Art. 21.
    CHECK(m.b_to_a[new_text->FindByEid("art_21")] == std::nullopt);
    // Parts follow their article: part 1 of 2008 Art. 21 is part 1 of 2021 Art. 27.
    const std::size_t part = old_text->FindByEid("art_21__para_1");
    REQUIRE(m.a_to_b[part]);
    CHECK(new_text->provisions[*m.a_to_b[part]].eid == "art_27__para_1");
  }
}

TEST_CASE("comparing 2008 Art. 21 with the 2021 law follows it to Art. 27",
          "[versions][align][integration]") {
  const auto* old_text = TipLaw().InForce(Language::kEnglish, *Date::Parse("2010-01-01"));
  const auto* new_text = TipLaw().InForce(Language::kEnglish, *Date::Parse("2022-01-01"));
  const auto whole =
      qonun::versions::CompareExpressions(A(), *old_text, *new_text, Language::kEnglish);
  const auto has = [&](const std::string& needle) {
    return std::any_of(whole.summary.begin(), whole.summary.end(), [&](const std::string& line) {
      return line.find(needle) != std::string::npos;
    });
  };
  CHECK(
      has("moved from Articles 20–25 to Articles 26–31 and amended: “Non-disclosure of "
          "information about victims”; “Exemption of victims from liability”"));
  CHECK(has("moved from Articles 26, 27 to Articles 32, 33, text unchanged"));
  CHECK(whole.summary.front() == "Articles: 9 inserted, 3 repealed, 17 moved, 22 amended");
  CHECK_FALSE(has("art_"));  // no internal ids
  // The single-article comparison of 2008 Art. 21 with its 2021 place.
  const auto one =
      qonun::versions::CompareProvision(A(), *old_text, old_text->FindByEid("art_21"), *new_text,
                                        new_text->FindByEid("art_27"), Language::kEnglish);
  CHECK(one.summary == std::vector<std::string>{"Article 27 “Exemption of victims from liability”",
                                                "moved from Article 21 to Article 27",
                                                "Article 27 amended"});
}

namespace {

bool HasCyrillic(const std::string& s) {
  // U+0400–U+04FF: lead bytes D0–D3.
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD3;
  });
}

bool HasLatinLetter(const std::string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

}  // namespace

TEST_CASE("a single-article comparison names the article in the reader's language and script",
          "[versions][align][integration]") {
  using qonun::versions::SummaryLanguage;

  struct Reader {
    SummaryLanguage ui;
    const char* title;  // how the summary opens
    const char* moved;  // the renumbering line
  };

  const Reader readers[] = {
      {SummaryLanguage(Language::kEnglish), "Article 27 “", "moved from Article 21 to Article 27"},
      {SummaryLanguage(Language::kRussian), "Статья 27 «", "статья 21 → статья 27: перенесено"},
      {SummaryLanguage(Language::kUzbek, false), "27-modda «", "21-modda → 27-modda: koʻchirildi"},
      {SummaryLanguage(Language::kUzbek, true), "27-модда «", "21-модда → 27-модда: кўчирилди"}};
  for (Language language : {Language::kEnglish, Language::kRussian, Language::kUzbek}) {
    const auto* old_text = TipLaw().InForce(language, *Date::Parse("2010-01-01"));
    const auto* new_text = TipLaw().InForce(language, *Date::Parse("2022-01-01"));
    REQUIRE(old_text != nullptr);
    REQUIRE(new_text != nullptr);
    for (const Reader& r : readers) {
      INFO(qonun::LanguageCode(language) << " text, reader " << qonun::versions::ReaderCode(r.ui));
      const auto* reader_text = TipLaw().InForce(r.ui.language, new_text->date);
      REQUIRE(reader_text != nullptr);
      const auto c = qonun::versions::CompareProvision(
          A(), *old_text, old_text->FindByEid("art_21"), *new_text, new_text->FindByEid("art_27"),
          r.ui, {}, reader_text);
      REQUIRE(c.summary.size() >= 2);
      INFO(c.summary.front());
      CHECK(c.summary.front().rfind(r.title, 0) == 0);
      // The heading is the reader's text's, in the reader's script.
      const std::string& heading =
          reader_text->provisions[reader_text->FindByEid("art_27")].heading;
      REQUIRE_FALSE(heading.empty());
      if (!r.ui.cyrillic) {
        CHECK(c.summary.front().find(heading) != std::string::npos);
      }
      // "… moved" or "… moved and amended" (the Uzbek text's heading was reworded).
      CHECK(std::any_of(c.summary.begin(), c.summary.end(),
                        [&](const std::string& line) { return line.rfind(r.moved, 0) == 0; }));
      for (const std::string& line : c.summary) {
        INFO(line);
        CHECK(line.find("art_") == std::string::npos);
        CHECK(line.find("para_") == std::string::npos);
        if (r.ui.language == Language::kEnglish ||
            (r.ui.language == Language::kUzbek && !r.ui.cyrillic)) {
          CHECK_FALSE(HasCyrillic(line));
        } else {
          CHECK_FALSE(HasLatinLetter(line));
        }
      }
    }
  }
}

TEST_CASE("reader interface codes", "[versions][unit]") {
  using qonun::versions::ForReader;
  for (const char* code : {"eng", "rus", "uzb", "uzb-Cyrl"}) {
    const auto reader = ForReader(code);
    REQUIRE(reader);
    CHECK(qonun::versions::ReaderCode(*reader) == code);
  }
  CHECK(ForReader("uzb-Cyrl")->cyrillic);
  CHECK_FALSE(ForReader("uzb")->cyrillic);
  CHECK_FALSE(ForReader("rus-Cyrl"));
  CHECK_FALSE(ForReader("fra"));
  CHECK_FALSE(ForReader(""));
}

TEST_CASE("the ZRU-154 2008 → 2021 summary fits on one screen in every language and script",
          "[versions][align][integration]") {
  using qonun::versions::SummaryLanguage;
  for (Language language : {Language::kEnglish, Language::kRussian, Language::kUzbek}) {
    const auto* old_text = TipLaw().InForce(language, *Date::Parse("2010-01-01"));
    const auto* new_text = TipLaw().InForce(language, *Date::Parse("2022-01-01"));
    for (const SummaryLanguage& ui :
         {SummaryLanguage(Language::kEnglish), SummaryLanguage(Language::kRussian),
          SummaryLanguage(Language::kUzbek, false), SummaryLanguage(Language::kUzbek, true)}) {
      const auto c = qonun::versions::CompareExpressions(A(), *old_text, *new_text, ui);
      INFO(qonun::LanguageCode(language) << " text, summary in " << qonun::LanguageCode(ui.language)
                                         << (ui.cyrillic ? " Cyrillic" : ""));
      CHECK(c.summary.size() <= 30);
      CHECK(c.summary.size() >= 10);
      std::set<std::string> distinct(c.summary.begin(), c.summary.end());
      CHECK(distinct.size() == c.summary.size());  // no line twice
      for (const std::string& line : c.summary) {
        INFO(line);
        CHECK(line.find("art_") == std::string::npos);
        CHECK(line.find("para_") == std::string::npos);
      }
    }
  }
  const auto* old_text = TipLaw().InForce(Language::kUzbek, *Date::Parse("2010-01-01"));
  const auto* new_text = TipLaw().InForce(Language::kUzbek, *Date::Parse("2022-01-01"));
  const auto latin = qonun::versions::CompareExpressions(A(), *old_text, *new_text,
                                                         SummaryLanguage(Language::kUzbek, false));
  const auto cyrillic = qonun::versions::CompareExpressions(
      A(), *old_text, *new_text, SummaryLanguage(Language::kUzbek, true));
  CHECK(latin.summary.front().rfind("Moddalar: 9 ta kiritildi", 0) == 0);
  CHECK(cyrillic.summary.front().rfind("Моддалар: 9 та киритилди", 0) == 0);
  const auto russian =
      qonun::versions::CompareExpressions(A(), *old_text, *new_text, Language::kRussian);
  const bool moved_line =
      std::any_of(russian.summary.begin(), russian.summary.end(), [](const std::string& l) {
        return l.find("перенесено из статей 7–11 в статьи 8–12 и изменено") != std::string::npos;
      });
  CHECK(moved_line);
}

namespace {

// A generated act: `count` articles of one to three parts, each of 8–30 words
// drawn from a 400-word vocabulary, numbered in order.
qonun::model::Expression GeneratedAct(const std::vector<std::vector<std::string>>& articles) {
  qonun::model::Expression e;
  e.language = Language::kEnglish;
  for (std::size_t k = 0; k < articles.size(); ++k) {
    qonun::model::Provision article;
    article.element = "article";
    article.eid = "art_" + std::to_string(k + 1);
    article.num = "Article " + std::to_string(k + 1) + ".";
    article.heading = articles[k][0];
    const std::size_t index = e.provisions.size();
    e.provisions.push_back(article);
    for (std::size_t p = 1; p < articles[k].size(); ++p) {
      qonun::model::Provision part;
      part.element = "paragraph";
      part.eid = article.eid + "__para_" + std::to_string(p);
      part.text = articles[k][p];
      part.parent = index;
      part.depth = 1;
      e.provisions[index].children.push_back(e.provisions.size());
      e.provisions.push_back(part);
    }
  }
  return e;
}

}  // namespace

TEST_CASE("a generated act with shuffled, inserted, deleted and edited articles aligns",
          "[versions][align]") {
  std::mt19937 rng(20261204);
  std::vector<std::string> vocabulary;
  const char* syllables[] = {"ka", "lo", "mi", "ne", "su", "ta", "ro", "vi", "de", "po",
                             "ra", "zu", "be", "fo", "gi", "hu", "ja", "ke", "ly", "mo"};
  for (int i = 0; i < 400; ++i) {
    std::string word;
    for (int s = 0; s < 3; ++s) {
      word += syllables[(i * 7 + s * 13 + (i / 20) * s) % 20];
    }
    word += syllables[i % 20];
    vocabulary.push_back(word);
  }
  auto sentence = [&](std::size_t words) {
    std::string out;
    for (std::size_t w = 0; w < words; ++w) {
      out += (w ? " " : "") + vocabulary[rng() % vocabulary.size()];
    }
    return out + ".";
  };
  auto edit = [&](const std::string& text) {  // about one word in six replaced
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
      std::size_t end = text.find(' ', start);
      end = end == std::string::npos ? text.size() : end;
      std::string word = text.substr(start, end - start);
      if (rng() % 6 == 0) {
        word = vocabulary[rng() % vocabulary.size()];
      }
      out += (out.empty() ? "" : " ") + word;
      start = end + 1;
    }
    return out;
  };
  double worst_precision = 1, worst_recall = 1;
  for (int round = 0; round < 10; ++round) {
    std::vector<std::vector<std::string>> before;
    for (int k = 0; k < 60; ++k) {
      std::vector<std::string> article{sentence(2 + rng() % 4)};
      const int parts = 1 + static_cast<int>(rng() % 3);
      for (int p = 0; p < parts; ++p) {
        article.push_back(sentence(8 + rng() % 23));
      }
      before.push_back(article);
    }
    // After: 10% deleted, the rest shuffled in blocks, a third edited, 10% new.
    std::vector<std::pair<int, std::vector<std::string>>> after;  // (index in before or -1)
    for (int k = 0; k < 60; ++k) {
      if (rng() % 10 == 0) {
        continue;
      }
      std::vector<std::string> article = before[static_cast<std::size_t>(k)];
      if (rng() % 3 == 0) {
        for (std::size_t p = 1; p < article.size(); ++p) {
          article[p] = edit(article[p]);
        }
      }
      after.emplace_back(k, article);
    }
    for (int k = 0; k < 6; ++k) {
      std::vector<std::string> article{sentence(3), sentence(15)};
      after.insert(after.begin() + static_cast<long>(rng() % (after.size() + 1)), {-1, article});
    }
    for (int s = 0; s < 8; ++s) {  // move single articles elsewhere
      const std::size_t from = rng() % after.size();
      auto moved = after[from];
      after.erase(after.begin() + static_cast<long>(from));
      after.insert(after.begin() + static_cast<long>(rng() % (after.size() + 1)), moved);
    }
    std::vector<std::vector<std::string>> after_texts;
    std::set<std::pair<std::string, std::string>> expected;
    for (std::size_t j = 0; j < after.size(); ++j) {
      after_texts.push_back(after[j].second);
      if (after[j].first >= 0) {
        expected.emplace("art_" + std::to_string(after[j].first + 1),
                         "art_" + std::to_string(j + 1));
      }
    }
    const auto a = GeneratedAct(before);
    const auto b = GeneratedAct(after_texts);
    const auto m = qonun::versions::AlignExpressions(A(), a, b);
    std::set<std::pair<std::string, std::string>> found;
    for (std::size_t i = 0; i < a.provisions.size(); ++i) {
      if (a.provisions[i].element == "article" && m.a_to_b[i]) {
        found.emplace(a.provisions[i].eid, b.provisions[*m.a_to_b[i]].eid);
      }
    }
    const Score score = ScorePairs(found, expected);
    worst_precision = std::min(worst_precision, score.precision);
    worst_recall = std::min(worst_recall, score.recall);
  }
  INFO("worst precision " << worst_precision << ", worst recall " << worst_recall);
  CHECK(worst_precision >= 0.95);
  CHECK(worst_recall >= 0.95);
}

TEST_CASE("a provision's timeline follows its text to its new number",
          "[versions][align][integration]") {
  const auto t = qonun::versions::ProvisionTimeline(A(), TipLaw(), "art_21", Language::kEnglish,
                                                    *Date::Parse("2010-01-01"));
  REQUIRE(t.ok());
  CHECK(qonun::versions::NumbersLine(*t) == "Article 21 (2008) → Article 27 (2021)");
  REQUIRE(t->entries.size() == 2);
  CHECK(t->entries[1].eid == "art_27");
  CHECK(t->entries[1].change == qonun::versions::ProvisionChange::kChanged);
  // Without an anchor the latest Art. 21 is meant: the 2021 article on identification.
  const auto latest =
      qonun::versions::ProvisionTimeline(A(), TipLaw(), "art_21", Language::kEnglish);
  REQUIRE(latest.ok());
  CHECK(latest->entries[0].change == qonun::versions::ProvisionChange::kAbsent);
  CHECK(latest->entries[1].change == qonun::versions::ProvisionChange::kInserted);
  // Comparing "Art. 21 from 2010 to 2022" follows the text to Art. 27.
  const auto followed =
      qonun::versions::FollowProvision(A(), TipLaw(), "art_21", Language::kEnglish,
                                       *Date::Parse("2010-01-01"), *Date::Parse("2022-01-01"));
  REQUIRE(followed.ok());
  CHECK(followed->expression->provisions[followed->index].eid == "art_27");
  // The old citation looked up in 2022 explains where its text went.
  const auto moved = qonun::versions::WhereTextWent(A(), TipLaw(), "art_21", Language::kEnglish,
                                                    *Date::Parse("2022-01-01"));
  REQUIRE(moved);
  CHECK(moved->eid_now == "art_27");
  CHECK(moved->until == *Date::Parse("2021-02-19"));
  CHECK(moved->note == "the text of Article 21 (until 2021-02-19) is Article 27 since 2021-02-19");
  // An article that kept its number has nothing to explain.
  CHECK_FALSE(qonun::versions::WhereTextWent(A(), TipLaw(), "art_1", Language::kEnglish,
                                             *Date::Parse("2022-01-01")));
}

TEST_CASE("Art. 135 part 2 of the Criminal Code shows the dates its wording stood",
          "[versions][integration]") {
  const auto* code = Bundled().corpus.FindWork("/akn/uz/act/1994-09-22/2012-xii");
  REQUIRE(code != nullptr);
  for (Language language : {Language::kRussian, Language::kEnglish, Language::kUzbek}) {
    const auto t = qonun::versions::ProvisionTimeline(A(), *code, "art_135__para_2", language,
                                                      *Date::Parse("2021-01-01"));
    REQUIRE(t.ok());
    bool seen = false;
    for (const auto& e : t->entries) {
      if (e.valid_from == *Date::Parse("2020-04-24")) {
        seen = true;
        // The consolidated version ran 2020-04-24 – 2021-02-12; the wording
        // stood from 2008 until the 2025 amendment.
        REQUIRE(e.wording_from);
        CHECK(*e.wording_from == *Date::Parse("2008-09-16"));
        REQUIRE(e.wording_to);
        CHECK(*e.wording_to == *Date::Parse("2025-05-19"));
      }
    }
    CHECK(seen);
  }
}

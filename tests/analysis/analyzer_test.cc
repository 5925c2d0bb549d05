// The analysis chain against its test vectors (the .tsv and .txt files in
// this folder): folding across scripts and apostrophes, words that must stay
// apart, Uzbek stems, Snowball exactness, legal references.

#include "analysis/analyzer.h"

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <thread>

#include <catch2/catch.hpp>
#include <xapian.h>

namespace {

using qonun::Language;
using qonun::analysis::Analyzer;
using qonun::analysis::Token;

const Analyzer& A() {
  static const Analyzer analyzer = Analyzer::Create().value();
  return analyzer;
}

// Non-comment lines of a vector file, split on tabs.
std::vector<std::vector<std::string>> Rows(const std::string& name) {
  std::ifstream in(std::string(QONUN_SOURCE_DIR) + "/tests/analysis/" + name);
  REQUIRE(in);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) {
      cells.push_back(cell);
    }
    if (line.back() == '\t') {
      cells.emplace_back();
    }
    rows.push_back(cells);
  }
  return rows;
}

std::string Key(const std::string& word) {
  const auto tokens = A().AnalyzeDocument(word, Language::kUzbek);
  REQUIRE(tokens.size() == 1);
  return tokens[0].key;
}

std::string Stem(const std::string& word) {
  const auto tokens = A().AnalyzeDocument(word, Language::kUzbek);
  REQUIRE(tokens.size() == 1);
  return tokens[0].stem;
}

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

// ASCII upper case is enough: the vectors' non-ASCII letters are ʻ and ʼ.
std::string Upper(const std::string& s) {
  std::string out;
  for (char c : s) {
    out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  return out;
}

}  // namespace

TEST_CASE("Cyrillic and Latin Uzbek fold to one key", "[analysis][unit]") {
  const auto rows = Rows("fold_pairs.tsv");
  REQUIRE(rows.size() >= 100);
  for (const auto& row : rows) {
    INFO(row[0] << " / " << row[1]);
    CHECK(Key(row[0]) == Key(row[1]));
  }
  CHECK(Key("Ўзбекистон") == "oʻzbekiston");
  CHECK(Key("цирк") == "sirk");
  CHECK(Key("абзац") == "abzas");
  CHECK(Key("съезд") == "sezd");  // consonant + ye is e (syezd = sezd)
  CHECK(Key("сентябрь") == "sentabr");
  CHECK(Key("Исҳоқ") == "ishoq");
}

TEST_CASE("every apostrophe form of oʻ, gʻ and the tutuq meets every other", "[analysis][unit]") {
  const std::vector<std::string> forms = {"ʻ", "ʼ", "‘", "’", "'", "`", "´", "′", "＇", "ʹ", "ʽ"};
  const auto rows = Rows("apostrophe_words.txt");
  int vectors = 0;
  for (const auto& row : rows) {
    const std::string& word = row[0];
    const std::string key = Key(word);
    for (const std::string& form : forms) {
      std::string variant = Replace(Replace(word, "ʻ", form), "ʼ", form);
      for (const std::string& cased : {variant, Upper(variant)}) {
        INFO(word << " written " << cased);
        CHECK(Key(cased) == key);
        ++vectors;
      }
      // The apostrophe at the end of a word, where ICU alone drops it.
      if (word.ends_with("gʻ")) {
        CHECK(A().AnalyzeDocument("bu " + variant + " edi", Language::kUzbek)[1].key == key);
      }
    }
  }
  CHECK(vectors >= 100);
  // Reform letters and accents fold to the 1995 spelling too.
  CHECK(Key("Özbekiston") == "oʻzbekiston");
  CHECK(Key("Ōzbekiston") == "oʻzbekiston");
  CHECK(Key("şahar") == "shahar");
  CHECK(Key("çiroq") == "chiroq");
  CHECK(Key("ğazna") == "gʻazna");
}

TEST_CASE("words that differ by the oʻ/gʻ sign and different lemmas stay apart",
          "[analysis][unit]") {
  const auto rows = Rows("different_pairs.tsv");
  REQUIRE(rows.size() >= 100);
  for (const auto& row : rows) {
    INFO(row[0] << ": " << row[1] << " / " << row[2]);
    if (row[0] == "key") {
      CHECK(Key(row[1]) != Key(row[2]));
    } else {
      CHECK(Stem(row[1]) != Stem(row[2]));
    }
  }
}

TEST_CASE("inflected Uzbek forms get their lemma's expected stem", "[analysis][unit]") {
  int vectors = 0;
  for (const auto& row : Rows("stem_groups.tsv")) {
    std::stringstream forms(row[1]);
    for (std::string form; forms >> form;) {
      INFO(row[0] << ": " << form);
      CHECK(Stem(form) == row[0]);
      ++vectors;
    }
  }
  CHECK(vectors >= 150);
  // The same in Cyrillic.
  CHECK(Stem("жиноятлар") == "jinoyat");
  CHECK(Stem("моддасининг") == "modda");
  CHECK(Stem("қишлоғи") == "qishloq");
  CHECK(Stem("қилинди") == "qil");
  CHECK(Stem("асосида") == "asos");
}

namespace {

// Pairs of forms of one lemma that share a stem (recall) and pairs of forms
// of different lemmas that do (wrong merges), over the gold list.
struct Conflation {
  double recall = 0;
  double wrong = 0;
};

Conflation Measure(const std::vector<std::vector<std::string>>& rows, const std::string& pos) {
  std::map<std::string, std::map<std::string, long>> stems_of_lemma;  // lemma → stem → forms
  std::map<std::string, std::map<std::string, long>> lemmas_of_stem;
  long forms = 0;
  for (const auto& row : rows) {
    if (row[0] != pos) {
      continue;
    }
    const std::string stem = Stem(row[2]);
    ++stems_of_lemma[row[1]][stem];
    ++lemmas_of_stem[stem][row[1]];
    ++forms;
  }
  auto pairs = [](long n) {
    return n * (n - 1) / 2;
  };
  long same = 0;
  long same_shared = 0;
  for (const auto& [lemma, stems] : stems_of_lemma) {
    long n = 0;
    for (const auto& [stem, count] : stems) {
      n += count;
      same_shared += pairs(count);
    }
    same += pairs(n);
  }
  long shared = 0;
  for (const auto& [stem, lemmas] : lemmas_of_stem) {
    long n = 0;
    for (const auto& [lemma, count] : lemmas) {
      n += count;
    }
    shared += pairs(n);
  }
  const long different = pairs(forms) - same;
  return {static_cast<double>(same_shared) / static_cast<double>(same),
          static_cast<double>(shared - same_shared) / static_cast<double>(different)};
}

}  // namespace

TEST_CASE("the Uzbek gold list conflates by part of speech", "[analysis][unit]") {
  const auto rows = Rows("uz_gold_forms.tsv");
  REQUIRE(rows.size() >= 1500);
  const Conflation nouns = Measure(rows, "noun");
  const Conflation adjectives = Measure(rows, "adj");
  const Conflation verbs = Measure(rows, "verb");
  std::printf(
      "uz gold list: nouns %.1f %% (wrong %.5f %%), adjectives %.1f %% (wrong %.5f %%), "
      "verbs %.1f %% (wrong %.5f %%)\n",
      100 * nouns.recall, 100 * nouns.wrong, 100 * adjectives.recall, 100 * adjectives.wrong,
      100 * verbs.recall, 100 * verbs.wrong);
  CHECK(nouns.recall >= 0.92);
  CHECK(adjectives.recall >= 0.90);
  CHECK(verbs.recall >= 0.95);
  CHECK(nouns.wrong <= 0.0001);
  CHECK(adjectives.wrong <= 0.0001);
  CHECK(verbs.wrong <= 0.0001);
}

TEST_CASE("the last fold gaps are closed", "[analysis][unit]") {
  // ts after a consonant is s, as Cyrillic ц there.
  CHECK(Key("frantsuz") == Key("француз"));
  CHECK(Key("frantsuz") == "fransuz");
  CHECK(Key("shveytsariya") == Key("Швейцария"));
  // ... but a verb's t before -sa/-sin stays (aytsa is ayt + sa).
  CHECK(Key("aytsa") == "aytsa");
  CHECK(Key("айтса") == "aytsa");
  CHECK(Key("qaytsin") == "qaytsin");
  // A consonant + ye is e, whatever sign stood between.
  CHECK(Key("объект") == Key("ob'ekt"));
  CHECK(Key("объект") == Key("obyekt"));
  CHECK(Key("пьеса") == Key("pesa"));
  // ... and ye at a word start stays distinct.
  CHECK(Key("etti") != Key("yetti"));
  CHECK(Key("ер") == "yer");
  CHECK(Key("er") != Key("ер"));
  CHECK(Key("Ета") == "yeta");
  // Letters joined to digits are transliterated too.
  CHECK(A().AnalyzeDocument("модда1", Language::kUzbek)[0].key == "modda1");
  CHECK(A().AnalyzeDocument("5х5", Language::kUzbek)[0].key == "5x5");
  bool latin_reading = false;
  for (const Token& t : A().AnalyzeQuery("модда1")) {
    latin_reading = latin_reading || t.key == "modda1";
  }
  CHECK(latin_reading);
  // A closing quote after a final o is a quote, not the sign of oʻ; after
  // g it is still gʻ.
  const auto quoted = A().AnalyzeDocument("‘kino’ va 'tog'", Language::kUzbek);
  REQUIRE(quoted.size() == 3);
  CHECK(quoted[0].key == "kino");
  CHECK(quoted[2].key == "tog\u02BB");
  CHECK(A().AnalyzeDocument("\"radio'\" bo'ldi", Language::kUzbek)[0].key == "radio");
  CHECK(A().AnalyzeDocument("\"radio'\" bo'ldi", Language::kUzbek)[1].key == "bo\u02BBldi");
}

TEST_CASE("Russian and English stems are Snowball's", "[analysis][unit]") {
  Xapian::Stem russian("russian");
  Xapian::Stem english("english");
  int vectors = 0;
  for (const auto& row : Rows("russian_words.txt")) {
    const auto tokens = A().AnalyzeDocument(row[0], Language::kRussian);
    REQUIRE(tokens.size() == 1);
    std::string lower = tokens[0].key;
    CHECK(lower.find("ё") == std::string::npos);
    INFO(row[0]);
    CHECK(tokens[0].stem == russian(lower));
    ++vectors;
  }
  for (const auto& row : Rows("english_words.txt")) {
    const auto tokens = A().AnalyzeDocument(row[0], Language::kEnglish);
    REQUIRE(tokens.size() == 1);
    INFO(row[0]);
    CHECK(tokens[0].key.find("’") == std::string::npos);
    CHECK(tokens[0].stem == english(tokens[0].key));
    ++vectors;
  }
  CHECK(vectors >= 200);
  // ё is folded before stemming, so актёр and актер meet.
  CHECK(A().AnalyzeDocument("актёр", Language::kRussian)[0].stem ==
        A().AnalyzeDocument("актер", Language::kRussian)[0].stem);
  CHECK(A().AnalyzeDocument("Uzbekistan’s", Language::kEnglish)[0].stem == "uzbekistan");
}

TEST_CASE("legal references become citation keys", "[analysis][unit]") {
  std::vector<std::pair<std::string, std::string>> cases;
  for (const auto& row : Rows("references.tsv")) {
    cases.emplace_back(row[0], row.size() > 1 ? row[1] : "");
  }
  for (const std::string n : {"1", "3", "5", "12", "135", "148"}) {
    cases.emplace_back("ст. " + n, "art" + n);
    cases.emplace_back("статья " + n, "art" + n);
    cases.emplace_back("Article " + n, "art" + n);
    cases.emplace_back(n + "-modda", "art" + n);
    cases.emplace_back(n + "-модда", "art" + n);
    for (const std::string p : {"1", "2", "3"}) {
      cases.emplace_back("ч. " + p + " ст. " + n, "art" + n + ".p" + p);
      cases.emplace_back(n + "-modda " + p + "-qism", "art" + n + ".p" + p);
      cases.emplace_back("Article " + n + "(" + p + ")", "art" + n + ".p" + p);
      cases.emplace_back("part " + p + " of article " + n, "art" + n + ".p" + p);
    }
  }
  REQUIRE(cases.size() >= 100);
  for (const auto& [text, expected] : cases) {
    std::string keys;
    for (const auto& ref : A().FindReferences(text)) {
      keys += (keys.empty() ? "" : " ") + ref.Key();
    }
    INFO(text);
    CHECK(keys == expected);
  }
  // Offsets cover the whole reference.
  const std::string text = "Ср. п. «а» ч. 2 ст. 135 УК.";
  const auto refs = A().FindReferences(text);
  REQUIRE(refs.size() == 1);
  CHECK(text.substr(refs[0].start, refs[0].end - refs[0].start) == "п. «а» ч. 2 ст. 135");
}

TEST_CASE("tokens keep offsets into the original text", "[analysis][unit]") {
  const std::string text = "Bu — O‘zbekiston Respublikasi tog' qonuni.";
  const auto tokens = A().AnalyzeDocument(text, Language::kUzbek);
  REQUIRE(tokens.size() == 5);
  for (const Token& t : tokens) {
    CHECK(text.substr(t.start, t.end - t.start) == t.text);
  }
  CHECK(tokens[1].text == "O‘zbekiston");
  CHECK(tokens[1].key == "oʻzbekiston");
  CHECK(tokens[3].text == "tog'");
  CHECK(tokens[3].key == "togʻ");
  CHECK(tokens[4].position == 4);
}

TEST_CASE("a query is read every way its script allows", "[analysis][unit]") {
  auto languages = [](const std::string& q) {
    std::vector<Language> out;
    for (const Token& t : A().AnalyzeQuery(q)) {
      out.push_back(t.lang);
    }
    return out;
  };
  CHECK(languages("Ўзбекистон") == std::vector<Language>{Language::kUzbek});
  CHECK(languages("торговля") == std::vector<Language>{Language::kRussian, Language::kUzbek});
  CHECK(languages("victims") == std::vector<Language>{Language::kUzbek, Language::kEnglish});
  // Readings with the same key and stem are one.
  CHECK(languages("victim") == std::vector<Language>{Language::kUzbek});
  CHECK(A().AnalyzeQuery("135").size() == 1);
  const auto two = A().AnalyzeQuery("одам савдоси");
  REQUIRE_FALSE(two.empty());
  CHECK(two.back().position == 1);
}

TEST_CASE("stopwords are flagged, never dropped", "[analysis][unit]") {
  const auto tokens = A().AnalyzeDocument("trafficking in persons", Language::kEnglish);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].stopword);
  CHECK_FALSE(tokens[0].stopword);
  CHECK(A().AnalyzeDocument("права человека и свободы", Language::kRussian)[2].stopword);
  CHECK_FALSE(A().AnalyzeDocument("права человека", Language::kRussian)[1].stopword);
  CHECK(A().AnalyzeDocument("ва", Language::kUzbek)[0].stopword);  // Cyrillic va
  CHECK(A().AnalyzeDocument("boʻyicha", Language::kUzbek)[0].stopword);
}

TEST_CASE("bad input neither crashes nor produces overlong terms", "[analysis][unit]") {
  const std::string bad = "odam \xff\xfe savdosi \xc3";
  const auto tokens = A().AnalyzeDocument(bad, Language::kUzbek);
  REQUIRE(tokens.size() >= 2);
  for (const Token& t : tokens) {
    CHECK(t.end <= bad.size());
  }
  const std::string long_word(5000, 'a');
  const auto long_tokens = A().AnalyzeDocument(long_word, Language::kEnglish);
  REQUIRE(long_tokens.size() == 1);
  CHECK(long_tokens[0].key.size() <= qonun::analysis::kMaxTermBytes);
  const std::string cyrillic_long = [] {
    std::string s;
    for (int i = 0; i < 1000; ++i) {
      s += "ж";
    }
    return s;
  }();
  const auto c = A().AnalyzeDocument(cyrillic_long, Language::kRussian);
  REQUIRE(c.size() == 1);
  CHECK(c[0].key.size() <= qonun::analysis::kMaxTermBytes);
  CHECK(c[0].key.size() % 2 == 0);  // cut on a character boundary
  CHECK(A().AnalyzeDocument("", Language::kUzbek).empty());
}

TEST_CASE("segments tile the text for the word diff", "[analysis][unit]") {
  const std::string text = "ч. 2, ст. 135 — «Торговля людьми»\n";
  std::string rebuilt;
  std::size_t words = 0;
  for (const auto& s : A().SegmentText(text)) {
    rebuilt += text.substr(s.start, s.end - s.start);
    words += s.is_word ? 1 : 0;
  }
  CHECK(rebuilt == text);
  CHECK(words == 6);
}

TEST_CASE("scripts are detected from the letters", "[analysis][unit]") {
  using qonun::analysis::Script;
  CHECK(Analyzer::DetectScript("Жиноят кодекси 135") == Script::kCyrillic);
  CHECK(Analyzer::DetectScript("Jinoyat kodeksi") == Script::kLatin);
  CHECK(Analyzer::DetectScript("135 — 2") == Script::kOther);
}

TEST_CASE("one analyzer shared by separate threads: its calls take turns", "[analysis][unit]") {
  // Every method is const and locks the analyser's state (analyzer.h); under
  // ThreadSanitizer this test reports a race if one of them does not.
  const Analyzer shared = A();
  const std::vector<std::string> texts = {"Ўзбекистон Республикаси", "ч. 2 ст. 135 УК",
                                          "135-modda 2-qism", "trafficking in persons"};
  std::vector<std::vector<std::string>> seen(texts.size());
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    threads.emplace_back([i, &texts, &seen, &shared] {
      for (int k = 0; k < 100; ++k) {
        std::string summary;
        for (const auto& t : shared.AnalyzeQuery(texts[i])) {
          summary += t.key + "/" + t.stem + " ";
        }
        for (const auto& r : shared.FindReferences(texts[i])) {
          summary += r.Key() + " ";
        }
        summary += std::to_string(shared.SegmentText(texts[i]).size()) + " ";
        summary += shared.FoldUzbek(texts[i]);
        seen[i].push_back(std::move(summary));
      }
    });
  }
  for (auto& t : threads) {
    t.join();
  }
  const Analyzer alone = A();
  for (std::size_t i = 0; i < texts.size(); ++i) {
    std::string expected;
    for (const auto& t : alone.AnalyzeQuery(texts[i])) {
      expected += t.key + "/" + t.stem + " ";
    }
    for (const auto& r : alone.FindReferences(texts[i])) {
      expected += r.Key() + " ";
    }
    expected += std::to_string(alone.SegmentText(texts[i]).size()) + " ";
    expected += alone.FoldUzbek(texts[i]);
    for (const auto& summary : seen[i]) {
      CHECK(summary == expected);
    }
  }
  CHECK(seen[1].front().find("art135.p2") != std::string::npos);
}

TEST_CASE("copies of an analyzer work on separate threads", "[analysis][unit]") {
  std::vector<std::thread> threads;
  std::vector<std::string> keys(4);
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([i, &keys, copy = A()] {
      for (int k = 0; k < 200; ++k) {
        keys[static_cast<std::size_t>(i)] =
            copy.AnalyzeDocument("Ўзбекистон Республикаси", Language::kUzbek)[0].key;
      }
    });
  }
  for (auto& t : threads) {
    t.join();
  }
  for (const auto& key : keys) {
    CHECK(key == "oʻzbekiston");
  }
}

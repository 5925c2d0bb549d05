#include "versions/word_diff.h"

#include <random>

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"

namespace {

using qonun::versions::DiffOpKind;
using qonun::versions::DiffWords;
using qonun::versions::WordDiff;

const qonun::analysis::Analyzer& A() {
  static const qonun::analysis::Analyzer analyzer = qonun::analysis::Analyzer::Create().value();
  return analyzer;
}

// Rebuilds A from the equal and deleted ops' A-ranges, B from the equal and
// inserted ops' B-ranges, checking that the ranges tile both texts.
void CheckTiles(const std::string& a, const std::string& b, const WordDiff& d) {
  std::string from_a;
  std::string from_b;
  std::size_t a_at = 0;
  std::size_t b_at = 0;
  for (const auto& op : d.ops) {
    REQUIRE(op.a_start == a_at);
    REQUIRE(op.b_start == b_at);
    if (op.kind != DiffOpKind::kInsert) {
      from_a += a.substr(op.a_start, op.a_end - op.a_start);
    }
    if (op.kind != DiffOpKind::kDelete) {
      from_b += b.substr(op.b_start, op.b_end - op.b_start);
    }
    a_at = op.a_end;
    b_at = op.b_end;
  }
  CHECK(from_a == a);
  CHECK(from_b == b);
}

std::vector<std::string> Tokens(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& s : A().SegmentText(text)) {
    out.push_back(text.substr(s.start, s.end - s.start));
  }
  return out;
}

std::size_t Lcs(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::vector<std::size_t>> t(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      t[i][j] = a[i - 1] == b[j - 1] ? t[i - 1][j - 1] + 1 : std::max(t[i - 1][j], t[i][j - 1]);
    }
  }
  return t[a.size()][b.size()];
}

}  // namespace

TEST_CASE("word diff marks whole words and keeps punctuation apart", "[versions][unit]") {
  const std::string a = "Торговля людьми наказывается лишением свободы от трёх до пяти лет.";
  const std::string b = "Торговля людьми наказывается лишением свободы от пяти до восьми лет.";
  const WordDiff d = DiffWords(A(), a, b);
  CheckTiles(a, b, d);
  CHECK(d.deleted_words == 2);
  CHECK(d.inserted_words == 2);
  const std::string html = qonun::versions::WordDiffToHtml(d);
  CHECK_THAT(html, Catch::StartsWith("Торговля людьми наказывается лишением свободы от "));
  CHECK_THAT(html,
             Catch::Contains("<del><span class=\"diff-label\">deleted: </span>трёх</del>") &&
                 Catch::Contains("<ins><span class=\"diff-label\">inserted: </span>восьми</ins>"));
  CHECK_THAT(html, Catch::EndsWith(" лет."));
}

TEST_CASE("a deleted word and the inserted one that replaces it are kept apart",
          "[versions][unit]") {
  // «восьми» struck and «десяти» inserted must not copy or read as «восьмидесяти».
  const WordDiff d = DiffWords(A(), "до восьми лет", "до десяти лет");
  const std::string html = qonun::versions::WordDiffToHtml(d, {"удалено", "добавлено"});
  CHECK(html ==
        "до <del><span class=\"diff-label\">удалено: </span>восьми</del> "
        "<ins><span class=\"diff-label\">добавлено: </span>десяти</ins> лет");
  CHECK(qonun::versions::WordDiffToTerminal(d, false) == "до [-восьми-] {+десяти+} лет");
  const WordDiff english = DiffWords(A(), "for eight years", "for ten years");
  CHECK(qonun::versions::WordDiffToTerminal(english, false) == "for [-eight-] {+ten+} years");
  // A change that brings its own space gets no extra one.
  const WordDiff spaced = DiffWords(A(), "a b", "a");
  CHECK(qonun::versions::WordDiffToTerminal(spaced, false) == "a[- b-]");
}

TEST_CASE("word diff can ignore case and whitespace", "[versions][unit]") {
  const std::string a = "Article 3.  Use of terms";
  const std::string b = "article 3. Use of\nterms";
  CHECK(DiffWords(A(), a, b).HasChanges());
  CHECK_FALSE(DiffWords(A(), a, b, {.ignore_whitespace = true, .ignore_case = true}).HasChanges());
  CHECK(DiffWords(A(), a, b, {.ignore_whitespace = true}).HasChanges());
  CHECK(DiffWords(A(), a, b, {.ignore_case = true}).HasChanges());
}

TEST_CASE("word diff ops rebuild both texts on random edits", "[versions][unit]") {
  const std::vector<std::string> words = {"odam",     "savdosi", "uchun",  "jazo",    "oʻn", "yil",
                                          "торговля", "людьми",  "victim", "consent", ",",   "."};
  std::mt19937 rng(42);
  for (int round = 0; round < 200; ++round) {
    std::string a;
    std::string b;
    for (int i = 0, n = static_cast<int>(rng() % 30); i < n; ++i) {
      a += words[rng() % words.size()] + (rng() % 5 == 0 ? "  " : " ");
    }
    for (int i = 0, n = static_cast<int>(rng() % 30); i < n; ++i) {
      b += words[rng() % words.size()] + (rng() % 7 == 0 ? "\n" : " ");
    }
    const WordDiff forward = DiffWords(A(), a, b);
    CheckTiles(a, b, forward);
    const WordDiff backward = DiffWords(A(), b, a);
    CHECK(forward.deleted_tokens == backward.inserted_tokens);
    CHECK(forward.inserted_tokens == backward.deleted_tokens);
    // Minimal: as many edits as an independent LCS over the same tokens allows.
    const auto ta = Tokens(a);
    const auto tb = Tokens(b);
    CHECK(forward.deleted_tokens + forward.inserted_tokens ==
          ta.size() + tb.size() - 2 * Lcs(ta, tb));
  }
}

TEST_CASE("identical texts have no changes", "[versions][unit]") {
  const WordDiff d = DiffWords(A(), "Oʻzbekiston Respublikasi", "Oʻzbekiston Respublikasi");
  CHECK(d.Identical());
  REQUIRE(d.ops.size() == 1);
  CHECK(d.ops[0].kind == DiffOpKind::kEqual);
}

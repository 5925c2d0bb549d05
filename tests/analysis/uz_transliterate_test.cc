#include "analysis/uz_transliterate.h"

#include <catch2/catch.hpp>

#include "analysis/analyzer.h"

using qonun::analysis::Analyzer;
using qonun::analysis::UzScript;
using qonun::analysis::UzTransliterator;

namespace {

const UzTransliterator& Tr() {
  static const UzTransliterator tr = [] {
    auto r = UzTransliterator::Create();
    REQUIRE(r.ok());
    return std::move(*r);
  }();
  return tr;
}

}  // namespace

TEST_CASE("Cyrillic Uzbek reads in Latin by the 1995 rules, case kept per word") {
  const auto& tr = Tr();
  CHECK(tr.ToLatin("Ўзбекистон Республикасининг Жиноят кодекси") ==
        "Oʻzbekiston Respublikasining Jinoyat kodeksi");
  CHECK(tr.ToLatin("ЎЗБЕКИСТОН") == "OʻZBEKISTON");
  CHECK(tr.ToLatin("Шаҳар, ғазна, қаерда, ер, поезд") == "Shahar, gʻazna, qayerda, yer, poyezd");
  // The tutuq the search key drops is kept for the reader.
  CHECK(tr.ToLatin("маъно, санъат") == "maʼno, sanʼat");
  CHECK(tr.ToLatin("Исҳоқ") == "Isʼhoq");
  // ц and ъ/ь by the official rules, not ICU's built-in ones.
  CHECK(tr.ToLatin("цирк, акция, абзац, конституция") == "sirk, aksiya, abzas, konstitutsiya");
  CHECK(tr.ToLatin("съезд, объект, павильон") == "syezd, obyekt, pavilyon");
  CHECK(tr.ToLatin("135-модда 2-қисм «а» банди") == "135-modda 2-qism «a» bandi");
  // Latin and other text pass through untouched.
  CHECK(tr.ToLatin("Art. 135, UNTOC") == "Art. 135, UNTOC");
}

TEST_CASE("Latin Uzbek reads in Cyrillic, with exceptions for loanwords") {
  const auto& tr = Tr();
  CHECK(tr.ToCyrillic("Oʻzbekiston Respublikasining Jinoyat kodeksi") ==
        "Ўзбекистон Республикасининг Жиноят кодекси");
  // Any apostrophe form of oʻ/gʻ, and the tutuq.
  CHECK(tr.ToCyrillic("O'zbekiston, O‘zbekiston, tog'") == "Ўзбекистон, Ўзбекистон, тоғ");
  CHECK(tr.ToCyrillic("maʼmuriy javobgarlik toʻgʻrisida") == "маъмурий жавобгарлик тўғрисида");
  CHECK(tr.ToCyrillic("yoʻl, yer, ekspert, aeroport, Isʼhoq") ==
        "йўл, ер, эксперт, аэропорт, Исҳоқ");
  CHECK(tr.ToCyrillic("SHAHAR Shahar") == "ШАҲАР Шаҳар");
  CHECK(tr.ToCyrillic("konstitutsiya, konvensiyasini, budjetning, 17 sentabr") ==
        "конституция, конвенциясини, бюджетнинг, 17 сентябрь");
  CHECK(tr.ToCyrillic("VI bob") == "VI боб");
  CHECK(tr.ToCyrillic("135-modda 2-qism «a» bandi") == "135-модда 2-қисм «а» банди");
  CHECK(tr.ToCyrillic("‘Mustaqillik’ ordeni") == "‘Мустақиллик’ ордени");
  CHECK(tr.ToCyrillic("Ўзбекистон") == "Ўзбекистон");
}

TEST_CASE("A round trip through Cyrillic keeps the search key") {
  auto analyzer = Analyzer::Create();
  REQUIRE(analyzer.ok());
  const auto& tr = Tr();
  for (const char* word : {"Oʻzbekiston", "majburiy", "mehnat", "maʼmuriy", "qishloq", "yoʻl",
                           "sheʼr", "konstitutsiya", "jinoyatchilikka", "toʻgʻrisidagi"}) {
    const std::string cyrillic = tr.ToCyrillic(word);
    CAPTURE(word, cyrillic);
    CHECK(analyzer->FoldUzbek(cyrillic) == analyzer->FoldUzbek(word));
    CHECK(tr.ToLatin(cyrillic) == word);
  }
}

TEST_CASE("Only text in the other script needs transliteration") {
  CHECK(UzTransliterator::NeedsTransliteration(UzScript::kLatin, "Жиноят"));
  CHECK_FALSE(UzTransliterator::NeedsTransliteration(UzScript::kLatin, "Jinoyat 135"));
  CHECK(UzTransliterator::NeedsTransliteration(UzScript::kCyrillic, "Jinoyat"));
  CHECK_FALSE(UzTransliterator::NeedsTransliteration(UzScript::kCyrillic, "Жиноят, 135-модда"));
}

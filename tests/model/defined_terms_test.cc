#include "model/defined_terms.h"

#include <string>
#include <vector>

#include <catch2/catch.hpp>

using qonun::model::DefinedTerms;
using Terms = std::vector<std::string>;

// Shapes of definitions as the corpus and real acts write them (the texts
// here are this test's own).
TEST_CASE("a term before a colon or a dash is what the text defines", "[model][definitions]") {
  CHECK(DefinedTerms("trafficking in persons: recruiting or moving a person to exploit them") ==
        Terms{"trafficking in persons"});
  CHECK(DefinedTerms("торговля людьми — вербовка или перевозка человека") ==
        Terms{"торговля людьми"});
  CHECK(DefinedTerms("odam savdosi – odamni sotish yoki sotib olish") == Terms{"odam savdosi"});
  CHECK(DefinedTerms("  majburiy mehnat - jazo tahdidi ostidagi ish ") == Terms{"majburiy mehnat"});
}

TEST_CASE("quoted terms at the start are defined, each of them", "[model][definitions]") {
  CHECK(DefinedTerms("\u201Corganized criminal group\u201D: a structured group of three") ==
        Terms{"organized criminal group"});
  CHECK(DefinedTerms("«Торговля людьми» складывается из трёх элементов") ==
        Terms{"Торговля людьми"});
  CHECK(DefinedTerms("\u201Cfreezing\u201D or \u201Cseizure\u201D: a temporary ban") ==
        Terms{"freezing", "seizure"});
  CHECK(DefinedTerms("A \u201Cchild\u201D is any person under eighteen years of age.") ==
        Terms{"child"});
  CHECK(DefinedTerms("\"proceeds\" means any property obtained through an offence") ==
        Terms{"proceeds"});
}

TEST_CASE("text that does not open with a term defines nothing", "[model][definitions]") {
  // The separator comes too late to close a term.
  CHECK(DefinedTerms("Recruiting, transporting, transferring, harbouring or receiving a child for "
                     "the purpose of exploitation is trafficking even where none of the means "
                     "of (a) is used: the child's consent is irrelevant")
            .empty());
  CHECK(DefinedTerms("is committed in more than one State;").empty());
  CHECK(DefinedTerms(": nothing before the colon").empty());
  CHECK(DefinedTerms("\u201Cunclosed quote and no separator").empty());
  CHECK(DefinedTerms("").empty());
}

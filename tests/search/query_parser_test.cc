#include "search/query_parser.h"

#include <catch2/catch.hpp>

using qonun::search::Clause;
using qonun::search::Field;
using qonun::search::Occurrence;
using qonun::search::ParseQuery;

TEST_CASE("query parser splits words, phrases and operators", "[search][unit]") {
  const auto parsed = ParseQuery(R"(торговля "forced labour" +consent -child heading:Oʻzbekiston)");
  REQUIRE(parsed.ok());
  const auto& c = parsed->clauses;
  REQUIRE(c.size() == 5);
  CHECK(c[0].text == "торговля");
  CHECK_FALSE(c[0].phrase);
  CHECK(c[1].text == "forced labour");
  CHECK(c[1].phrase);
  CHECK(c[2].occurrence == Occurrence::kMust);
  CHECK(c[2].text == "consent");
  CHECK(c[3].occurrence == Occurrence::kExclude);
  CHECK(c[4].field == Field::kHeading);
  CHECK(c[4].text == "Oʻzbekiston");
  CHECK(c[0].or_group == -1);
}

TEST_CASE("query parser joins OR alternatives into one group", "[search][unit]") {
  const auto parsed = ParseQuery("recruitment OR harbouring OR transport victim");
  REQUIRE(parsed.ok());
  const auto& c = parsed->clauses;
  REQUIRE(c.size() == 4);
  CHECK(c[0].or_group == 0);
  CHECK(c[1].or_group == 0);
  CHECK(c[2].or_group == 0);
  CHECK(c[3].or_group == -1);
}

TEST_CASE("query parser keeps citations and apostrophes as text", "[search][unit]") {
  const auto parsed = ParseQuery("ч. 2 ст. 135 УК o'z tog` 135-modda");
  REQUIRE(parsed.ok());
  REQUIRE(parsed->clauses.size() == 8);
  CHECK(parsed->clauses[6].text == "tog`");
  CHECK(parsed->clauses[7].text == "135-modda");
  // A dash between spaces is punctuation, not an exclusion.
  const auto dash = ParseQuery("art. 5 - 6");
  REQUIRE(dash.ok());
  CHECK(dash->clauses.size() == 3);
}

TEST_CASE("query parser rejects malformed queries with a clear message", "[search][unit]") {
  auto message = [](const char* q) {
    return ParseQuery(q).status().message();
  };
  CHECK_FALSE(ParseQuery(R"(torture "forced labour)").ok());
  CHECK(message(R"(torture "forced labour)") ==
        "unbalanced quote: the phrase at character 9 has no closing \"");
  CHECK(message("") == "the query is empty");
  CHECK(message("   ") == "the query is empty");
  CHECK(message("-child") == "the query only excludes words; add a word to search for");
  CHECK(message("OR victim") == "OR at character 1 needs a word before it");
  CHECK(message("victim OR") == "OR at the end of the query needs a word after it");
  CHECK(message("author:smith") ==
        "unknown field 'author:' at character 1 (the field is heading:)");
  CHECK(ParseQuery(std::string(1001, 'a')).status().message() ==
        "the query is too long (1001 bytes; at most 1000)");
  std::string many;
  for (int i = 0; i < 41; ++i) {
    many += "w" + std::to_string(i) + " ";
  }
  CHECK(message(many.c_str()) == "the query has too many words (at most 40)");
  CHECK(ParseQuery(R"(victim "")").ok());
}

#pragma once

#include <algorithm>
#include <string>
#include <vector>

// Every ranking weight Qonun uses, in one place. Index-time weights change
// what is stored (bump schema::kSchemaVersion when changing them); query-time
// weights apply at once.
//
// Scoring is Xapian's BM25 (k1 = 1.2, b = 0.75, the defaults), over the
// unprefixed key terms and the Z-prefixed stem terms of each provision.

namespace qonun::ranking {

// Index time: each heading word (and the printed number, "Статья 135") of an
// article, part or point is added with this extra within-document frequency,
// so that a match in the heading weighs about as much as several matches in
// the body. Chapters and sections, which are only a heading, get no boost.
inline constexpr unsigned kHeadingWdfBoost = 4;

// Query time.
// An exact key match (the word as the user wrote it, after folding) counts
// fully; a match on the stem only counts this much.
inline constexpr double kStemMatchWeight = 0.6;
// Documents where all the query's words stand together as a phrase, or within
// kProximityWindow words, get these extra weights on top of BM25.
inline constexpr double kPhraseBoost = 2.0;
inline constexpr double kProximityBoost = 1.0;
inline constexpr unsigned kProximityWindow = 8;
// Terms reached only through the thesaurus (other languages' terms for a
// concept the query names) count this much of a direct match.
inline constexpr double kThesaurusWeight = 0.5;
// With all versions searched (no date filter), the version in force today
// gets this fixed extra weight, so it ranks above its repealed predecessors.
inline constexpr double kInForceBoost = 0.5;
// An exact citation hit ("ст. 135 УК") is placed first whatever its score.

// Extra weights by what a provision is (schema::kRole), added to BM25 as
// fractions of the best weight the query's words could give (Xapian's
// get_max_possible), so they weigh alike for one word and for a question.
// Operative provisions rank above preambles, titles and chapter headings
// that merely repeat the query's words.
inline constexpr double kOperativeBonus = 0.15;
// A question about punishment ("наказание за …", "jazo", "how many years")
// looks for the sanction in a code's article; a question of definition
// ("что такое …", "… nima", "who is …") for the article of terms.
inline constexpr double kSanctionBonus = 0.3;
inline constexpr double kDefinitionBonus = 0.5;
// Within the articles of terms, the part or point that defines what the
// question names ("what is trafficking in persons" and ZRU-154 Art. 3
// "trafficking in persons: …"), over the other definitions and over articles
// whose headings merely name the topic.
inline constexpr double kDefinedTermBonus = 0.6;
// An article whose heading is exactly what some words of the query (or a
// thesaurus term they name) say: "торговля людьми" and Article 135 «Торговля
// людьми», over articles whose headings merely contain those words.
inline constexpr double kTopicHeadingBonus = 0.4;
// Headings of at most this many content words are topics.
inline constexpr std::size_t kMaxTopicWords = 5;

// The topic term of a heading or of some query words: their stems (content
// words only), sorted and distinct, joined by spaces; empty past
// kMaxTopicWords. The indexer and the searcher both build it here.
inline std::string TopicTerm(std::vector<std::string> stems) {
  std::sort(stems.begin(), stems.end());
  stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
  if (stems.empty() || stems.size() > kMaxTopicWords) {
    return "";
  }
  std::string term;
  for (const std::string& stem : stems) {
    term += (term.empty() ? "" : " ") + stem;
  }
  return term;
}

}  // namespace qonun::ranking

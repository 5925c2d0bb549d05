#pragma once

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

}  // namespace qonun::ranking

#pragma once
// How an article of terms writes a definition, in every language of the
// corpus: the term first, then a separator or a verb —
//   trafficking in persons: recruiting, …          (ZRU-154, English)
//   торговля людьми — вербовка, …                   (Russian, Uzbek)
//   “organized criminal group”: a structured …      (UNTOC, quoted)
//   «Торговля людьми» складывается из …            (quoted, then a verb)
//   A “child” is any person under eighteen …        (an article first)
// The indexer marks each part or point of such an article with the terms it
// defines, so that "what is X" finds the provision that defines X.

#include <string>
#include <string_view>
#include <vector>

namespace qonun::model {

// The terms a definition's own text (without its number) defines: every
// quoted phrase at its start ("“freezing” or “seizure”: …" gives both), or
// else the words before the first ':' or dash, when that comes within the
// first kMaxDefinedTermBytes bytes. Empty when the text is not a definition.
std::vector<std::string> DefinedTerms(std::string_view text);

inline constexpr std::size_t kMaxDefinedTermBytes = 120;

}  // namespace qonun::model

#pragma once
// What the benchmark corpus and query mix are made of: a splitmix64 PRNG
// (ours, so one seed gives the same draws with every standard library) and
// the bundled corpus's vocabulary per language and script, ranked by
// frequency, drawn with a Zipf distribution.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace qonun::bench {

struct SplitMix64 {
  std::uint64_t state;

  std::uint64_t Next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }

  // In [lo, hi]; the modulo bias is irrelevant at these ranges.
  int Between(int lo, int hi) {
    return lo + static_cast<int>(Next() % static_cast<std::uint64_t>(hi - lo + 1));
  }

  double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
};

// A seed derived from two numbers.
std::uint64_t Mix(std::uint64_t a, std::uint64_t b);

// The four ways the corpus writes its text.
enum Variant { kEng = 0, kRus = 1, kUzLatn = 2, kUzCyrl = 3 };

struct Vocabulary {
  std::vector<std::string> words;  // most frequent first, ties in byte order
  std::vector<double> cdf;         // Zipf weights 1/rank, accumulated

  const std::string& Draw(SplitMix64& rng) const;
};

// Words (with a letter, ASCII lower-cased) of every provision heading and
// text of the corpus at `source`, segmented by the analyser, one vocabulary
// per Variant. Exits with a message when a variant has no words.
std::vector<Vocabulary> ReadVocabulary(const std::filesystem::path& source);

}  // namespace qonun::bench

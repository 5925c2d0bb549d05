#include "bench/vocabulary.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "analysis/analyzer.h"
#include "model/corpus.h"

namespace qonun::bench {

std::uint64_t Mix(std::uint64_t a, std::uint64_t b) {
  SplitMix64 m{a * 0x100000001b3ULL ^ b};
  return m.Next();
}

const std::string& Vocabulary::Draw(SplitMix64& rng) const {
  const double u = rng.Unit() * cdf.back();
  const auto at = std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin();
  return words[std::min(static_cast<std::size_t>(at), words.size() - 1)];
}

namespace {

bool HasLetter(const std::string& word) {
  for (unsigned char c : word) {
    if (c >= 0x80 || std::isalpha(c)) {
      return true;
    }
  }
  return false;
}

// Only ASCII is lowered: sentence-initial capitals of other scripts stay as
// the source wrote them; every engine case-folds them anyway.
std::string Lower(const std::string& word) {
  std::string out = word;
  for (char& c : out) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

std::vector<Vocabulary> ReadVocabulary(const std::filesystem::path& source) {
  auto analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", analyzer.status().ToString().c_str());
    std::exit(1);
  }
  const model::CorpusLoad load = model::LoadCorpus(source);
  std::vector<std::map<std::string, int>> counts(4);
  for (const model::Work& w : load.corpus.works()) {
    for (const model::Expression& e : w.expressions) {
      for (const model::Provision& p : e.provisions) {
        for (const std::string* text : {&p.heading, &p.text, &p.wrap_up}) {
          for (const analysis::Token& t : analyzer->AnalyzeDocument(*text, e.language)) {
            if (!HasLetter(t.text)) {
              continue;
            }
            Variant v = kEng;
            if (e.language == Language::kRussian) {
              v = kRus;
            } else if (e.language == Language::kUzbek) {
              v = analysis::Analyzer::DetectScript(t.text) == analysis::Script::kCyrillic ? kUzCyrl
                                                                                          : kUzLatn;
            }
            ++counts[v][Lower(t.text)];
          }
        }
      }
    }
  }
  std::vector<Vocabulary> vocabularies(4);
  for (std::size_t v = 0; v < 4; ++v) {
    std::vector<std::pair<int, std::string>> ranked;
    for (const auto& [word, n] : counts[v]) {
      ranked.emplace_back(-n, word);
    }
    std::sort(ranked.begin(), ranked.end());
    if (ranked.empty()) {
      std::fprintf(stderr, "no words of variant %zu in %s\n", v, source.c_str());
      std::exit(1);
    }
    double total = 0;
    for (std::size_t r = 0; r < ranked.size(); ++r) {
      vocabularies[v].words.push_back(ranked[r].second);
      total += 1.0 / static_cast<double>(r + 1);
      vocabularies[v].cdf.push_back(total);
    }
  }
  return vocabularies;
}

}  // namespace qonun::bench

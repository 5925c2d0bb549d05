// Uzbek stemming scored against a public hand-lemmatised treebank in
// CoNLL-U (for instance Universal Dependencies' UD_Uzbek-UT, CC BY-SA 4.0,
// kept outside the repository). Prints, per part of speech, conflation
// recall (pairs of different forms of one lemma that share a stem) and wrong
// merges (pairs of forms of different lemmas that share a stem).
//
//   uz_treebank_bench [FILE.conllu]      (or QONUN_UZ_TREEBANK=FILE)
//
// Without a file it says so and exits 0: the data is not ours to ship.
// With --list it prints every form whose stem differs from another form of
// its lemma, for looking at failures.

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/analyzer.h"

namespace {

// The groups reported: nominals (nouns, proper nouns, adjectives), verbs
// (with auxiliaries), and every word that is not punctuation or a number.
std::string GroupOf(const std::string& upos) {
  if (upos == "NOUN" || upos == "PROPN" || upos == "ADJ") {
    return "nominal";
  }
  if (upos == "VERB" || upos == "AUX") {
    return "verb";
  }
  return "other";
}

struct Form {
  std::string key;
  std::string lemma;  // folded
  std::string stem;
  std::string group;
};

struct Score {
  unsigned long long same_pairs = 0;
  unsigned long long same_shared = 0;
  unsigned long long different_pairs = 0;
  unsigned long long different_shared = 0;
};

Score ScoreOf(const std::vector<Form>& forms) {
  Score s;
  std::map<std::string, unsigned long long> by_lemma;
  std::map<std::string, unsigned long long> by_stem;
  std::map<std::pair<std::string, std::string>, unsigned long long> by_lemma_stem;
  for (const Form& f : forms) {
    ++by_lemma[f.lemma];
    ++by_stem[f.stem];
    ++by_lemma_stem[{f.lemma, f.stem}];
  }
  auto pairs = [](unsigned long long n) {
    return n * (n - 1) / 2;
  };
  const unsigned long long n = forms.size();
  unsigned long long same_shared = 0;
  for (const auto& [k, c] : by_lemma_stem) {
    same_shared += pairs(c);
  }
  for (const auto& [k, c] : by_lemma) {
    s.same_pairs += pairs(c);
  }
  unsigned long long stem_shared = 0;
  for (const auto& [k, c] : by_stem) {
    stem_shared += pairs(c);
  }
  s.same_shared = same_shared;
  s.different_pairs = pairs(n) - s.same_pairs;
  s.different_shared = stem_shared - same_shared;
  return s;
}

}  // namespace

int main(int argc, char** argv) {
  std::string path;
  bool list = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--list") {
      list = true;
    } else {
      path = arg;
    }
  }
  if (path.empty()) {
    if (const char* env = std::getenv("QONUN_UZ_TREEBANK")) {
      path = env;
    }
  }
  if (path.empty()) {
    std::printf("skipped: no treebank given (argument or QONUN_UZ_TREEBANK)\n");
    return 0;
  }
  std::ifstream in(path);
  if (!in) {
    std::printf("skipped: cannot read %s\n", path.c_str());
    return 0;
  }
  auto analyzer = qonun::analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  // Distinct (form key, lemma) per group: pairs are counted over different
  // spellings, not over running words.
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<Form> forms;
  std::size_t words = 0;
  int line_number = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_number;
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) {
      cells.push_back(cell);
    }
    if (cells.size() != 10) {
      std::fprintf(stderr, "%s:%d: not a CoNLL-U word line (%zu columns)\n", path.c_str(),
                   line_number, cells.size());
      return 1;
    }
    if (cells[0].find_first_of("-.") != std::string::npos || cells[3] == "PUNCT" ||
        cells[3] == "NUM" || cells[3] == "SYM" || cells[3] == "X") {
      continue;
    }
    ++words;
    Form f;
    f.key = analyzer->FoldUzbek(cells[1]);
    f.lemma = analyzer->FoldUzbek(cells[2]);
    f.group = GroupOf(cells[3]);
    if (f.key.empty() || !seen.insert({f.key, f.lemma, f.group}).second) {
      continue;
    }
    f.stem = analyzer->StemUzbek(f.key);
    forms.push_back(std::move(f));
  }
  std::printf("%s: %zu words, %zu distinct forms\n", path.c_str(), words, forms.size());
  std::printf("%-8s %6s %12s %9s %16s %10s\n", "group", "forms", "same-lemma", "recall",
              "different-lemma", "wrong");
  for (const std::string group : {"nominal", "verb", "other", "all"}) {
    std::vector<Form> part;
    for (const Form& f : forms) {
      if (group == "all" || f.group == group) {
        part.push_back(f);
      }
    }
    const Score s = ScoreOf(part);
    std::printf("%-8s %6zu %12llu %8.1f%% %16llu %9.4f%%\n", group.c_str(), part.size(),
                s.same_pairs,
                s.same_pairs
                    ? 100.0 * static_cast<double>(s.same_shared) / static_cast<double>(s.same_pairs)
                    : 0.0,
                s.different_pairs,
                s.different_pairs ? 100.0 * static_cast<double>(s.different_shared) /
                                        static_cast<double>(s.different_pairs)
                                  : 0.0);
  }
  if (list) {
    std::map<std::string, std::vector<const Form*>> by_lemma;
    std::map<std::string, std::set<std::string>> lemmas_of_stem;
    for (const Form& f : forms) {
      by_lemma[f.lemma].push_back(&f);
      lemmas_of_stem[f.stem].insert(f.lemma);
    }
    for (const auto& [lemma, group] : by_lemma) {
      std::set<std::string> stems;
      for (const Form* f : group) {
        stems.insert(f->stem);
      }
      if (stems.size() > 1) {
        std::printf("split %s (%s):", lemma.c_str(), group.front()->group.c_str());
        for (const Form* f : group) {
          std::printf(" %s→%s", f->key.c_str(), f->stem.c_str());
        }
        std::printf("\n");
      }
    }
    for (const auto& [stem, lemmas] : lemmas_of_stem) {
      if (lemmas.size() > 1) {
        std::printf("merged %s:", stem.c_str());
        for (const auto& l : lemmas) {
          std::printf(" %s", l.c_str());
        }
        std::printf("\n");
      }
    }
  }
  return 0;
}

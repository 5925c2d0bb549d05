#pragma once
// The relevance suite (tests/search/relevance.tsv): its reader and its
// scorer, shared by tests/search/relevance_test.cc and the peer benchmark
// (bench/peers_bench.cc), so both judge every engine by one rule.
//
//   Result<std::vector<RelevanceCase>> cases = ReadRelevanceSuite(file);
//   RelevanceTally tally;
//   for (const RelevanceCase& c : *cases) {
//     tally.Add(c, ScoreCase(c, hit_ids));  // hit_ids: "WORK#eId", best first
//   }
//   tally.groups()  // "all", "kind:question", "lang:ru", …
//
// Measures, over the hits as ranked (a hit on a part of a judged provision
// counts as that provision, and each provision counts once):
//  - reciprocal rank of the first answer (grade 2);
//  - recall@5: answers in the top 5 over min(5, answers);
//  - nDCG@10 with gains 2^grade - 1 (answers 3, useful provisions 1).

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"

namespace qonun::bench {

struct Judgement {
  std::string id;  // "WORK#eId"
  int grade = 2;   // 2 answers the query, 1 is useful
};

struct RelevanceCase {
  int line = 0;
  std::string query;
  std::optional<std::string> at;                // ISO day
  std::optional<std::string> display_language;  // lang=: a language code
  std::string in_language;                      // in=: a language code, or ""
  bool all_versions = false;
  std::string language;  // uzl, uzc, ru, en
  std::string kind;      // question, keywords, citation
  std::vector<Judgement> judgements;
};

inline constexpr const char* kSuiteLanguages[] = {"uzl", "uzc", "ru", "en"};
inline constexpr const char* kSuiteKinds[] = {"question", "keywords", "citation"};

Result<std::vector<RelevanceCase>> ReadRelevanceSuite(const std::filesystem::path& file);

struct CaseScore {
  int first_answer_rank = 0;  // 1-based; 0 when no answer is in the hits
  double recall_at_5 = 0;
  double ndcg_at_10 = 0;
  bool no_hits = false;
};

// hit_ids: "WORK#eId" of each hit, best first.
CaseScore ScoreCase(const RelevanceCase& c, const std::vector<std::string>& hit_ids);

struct RelevanceSummary {
  int queries = 0;
  double mrr = 0;
  double recall_at_5 = 0;
  double ndcg_at_10 = 0;
  int no_hits = 0;  // queries with no hit at all (every query has an answer)
};

// Sums scores into "all", "kind:K" and "lang:L" groups.
class RelevanceTally {
 public:
  void Add(const RelevanceCase& c, const CaseScore& score);
  std::map<std::string, RelevanceSummary> Summaries() const;

 private:
  struct Sum {
    int queries = 0;
    double reciprocal = 0;
    double recall = 0;
    double ndcg = 0;
    int no_hits = 0;
  };

  std::map<std::string, Sum> sums_;
};

}  // namespace qonun::bench

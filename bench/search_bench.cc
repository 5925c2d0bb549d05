// Index build time and query latency on the bundled corpus: the whole build
// once (cold) and again unchanged (reusing every expression), then each kind
// of query many times: p50 and p99 per kind.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <unistd.h>

#include "indexer/indexer.h"
#include "search/searcher.h"

namespace {

struct QueryKind {
  const char* name;
  std::vector<std::string> queries;
  const char* at = nullptr;
};

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  const fs::path corpus = argc > 1 ? argv[1] : "corpus";
  const int rounds = argc > 2 ? std::stoi(argv[2]) : 50;
  const fs::path db = fs::temp_directory_path() / ("qonun-bench-" + std::to_string(getpid()));
  fs::remove_all(db);

  qonun::indexer::IndexReport cold;
  if (auto s = qonun::indexer::BuildIndex({.corpus_dir = corpus, .db_dir = db}, cold); !s.ok()) {
    std::fprintf(stderr, "%s\n", s.ToString().c_str());
    return 1;
  }
  qonun::indexer::IndexReport warm;
  (void)qonun::indexer::BuildIndex({.corpus_dir = corpus, .db_dir = db}, warm);
  std::printf(
      "index build: %zu documents, %.2f MB of text, cold %.3f s (%.2f MB/s), "
      "unchanged rebuild %.3f s (%d of %d expressions reused)\n",
      cold.documents, static_cast<double>(cold.text_bytes) / 1e6, cold.seconds,
      static_cast<double>(cold.text_bytes) / 1e6 / cold.seconds, warm.seconds, warm.reused,
      warm.expressions);

  auto searcher = qonun::search::Searcher::Open(db);
  if (!searcher.ok()) {
    std::fprintf(stderr, "%s\n", searcher.status().ToString().c_str());
    return 1;
  }
  const std::vector<QueryKind> kinds = {
      {"one word", {"trafficking", "эксплуатация", "jabrlanuvchi", "consent", "принудительный"}},
      {"two words", {"forced labour", "торговля людьми", "odam savdosi", "victim assistance"}},
      {"phrase", {"\"trafficking in persons\"", "\"лишением свободы\"", "\"mutual legal\""}},
      {"citation",
       {"ст. 135 УК", "135-modda 2-qism JK", "Article 3 Protocol", "art. 5(1)(a) UNTOC",
        "ч. 2 ст. 135 УК РУз"}},
      {"cross-script", {"одам савдоси", "Ўзбекистон", "jinoyat kodeksi", "majburiy mehnat"}},
      {"point in time", {"торговля людьми", "trafficking in persons"}, "2005-06-01"},
  };
  std::printf("%-14s %8s %10s %10s %10s\n", "kind", "queries", "p50 ms", "p99 ms", "mean ms");
  for (const QueryKind& kind : kinds) {
    std::vector<double> ms;
    for (int r = 0; r < rounds; ++r) {
      for (const std::string& q : kind.queries) {
        qonun::search::SearchRequest request;
        request.query = q;
        if (kind.at != nullptr) {
          request.at = qonun::model::Date::Parse(kind.at);
        }
        const auto start = std::chrono::steady_clock::now();
        auto response = searcher->Search(request);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (!response.ok()) {
          std::fprintf(stderr, "%s: %s\n", q.c_str(), response.status().ToString().c_str());
          return 1;
        }
      }
    }
    double sum = 0;
    for (double v : ms) {
      sum += v;
    }
    std::printf("%-14s %8zu %10.2f %10.2f %10.2f\n", kind.name, ms.size(), Percentile(ms, 0.5),
                Percentile(ms, 0.99), sum / static_cast<double>(ms.size()));
  }
  fs::remove_all(db);
  return 0;
}

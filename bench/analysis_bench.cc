// Analysis throughput per language next to a plain ICU word-break pass over
// the same text; the ratio is the figure. The text is the bundled corpus's
// own provisions in that language, repeated to a few megabytes.
//
//   analysis_bench [CORPUS_DIR] [BYTES] [LANGUAGE]
//
// LANGUAGE (eng, rus, uzb) limits the run to one language, for instruction
// counts under callgrind on a loaded machine.

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "analysis/analyzer.h"
#include "model/corpus.h"

namespace {

double Seconds(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  const std::string corpus_dir = argc > 1 ? argv[1] : "corpus";
  const std::size_t target_bytes = argc > 2 ? std::stoul(argv[2]) : 4'000'000;
  const std::string only = argc > 3 ? argv[3] : "";
  const auto load = qonun::model::LoadCorpus(corpus_dir);
  auto analyzer = qonun::analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    std::fprintf(stderr, "%s\n", analyzer.status().ToString().c_str());
    return 1;
  }
  std::printf("%-8s %10s %14s %14s %8s\n", "language", "MB", "analysis MB/s", "ICU break MB/s",
              "ratio");
  for (qonun::Language language : qonun::kAllLanguages) {
    if (!only.empty() && only != qonun::LanguageCode(language)) {
      continue;
    }
    std::string sample;
    for (const auto& work : load.corpus.works()) {
      for (const auto& e : work.expressions) {
        if (e.language != language) {
          continue;
        }
        for (std::size_t i = 0; i < e.provisions.size(); ++i) {
          sample += e.provisions[i].text + "\n";
        }
      }
    }
    if (sample.empty()) {
      continue;
    }
    std::string text;
    while (text.size() < target_bytes) {
      text += sample;
    }
    // Work in chunks of a provision's size, as the indexer does.
    std::vector<std::string_view> chunks;
    for (std::size_t at = 0; at < text.size();) {
      std::size_t end = text.find('\n', at);
      end = end == std::string::npos ? text.size() : end + 1;
      chunks.emplace_back(text.data() + at, end - at);
      at = end;
    }
    std::size_t tokens = 0;
    const double analysis = Seconds([&] {
      for (std::string_view chunk : chunks) {
        tokens += analyzer->AnalyzeDocument(chunk, language).size();
      }
    });
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> words(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    std::size_t boundaries = 0;
    const double icu_only = Seconds([&] {
      for (std::string_view chunk : chunks) {
        const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
            icu::StringPiece(chunk.data(), static_cast<int32_t>(chunk.size())));
        words->setText(u);
        for (int32_t b = words->first(); b != icu::BreakIterator::DONE; b = words->next()) {
          ++boundaries;
        }
      }
    });
    const double mb = static_cast<double>(text.size()) / 1e6;
    std::printf("%-8s %10.1f %14.2f %14.2f %7.1fx\n",
                std::string(qonun::LanguageCode(language)).c_str(), mb, mb / analysis,
                mb / icu_only, analysis / icu_only);
    std::fprintf(stderr, "  (%zu tokens, %zu boundaries)\n", tokens, boundaries);
  }
  return 0;
}

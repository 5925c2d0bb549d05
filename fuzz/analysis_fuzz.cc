// Fuzzes the analysis chain with each language: the first byte picks English,
// Russian, Uzbek or the query reading (every language), the rest is the text.
// Tokens must point inside the input, keys stay within kMaxTermBytes, and the
// word segmentation covers the text without gaps.

#include <cstdint>
#include <string_view>
#include <vector>

#include "analysis/analyzer.h"

#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const qonun::analysis::Analyzer analyzer = *qonun::analysis::Analyzer::Create();
  if (size == 0) {
    return 0;
  }
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<qonun::analysis::Token> tokens;
  switch (data[0] % 4) {
    case 0:
      tokens = analyzer.AnalyzeDocument(text, qonun::Language::kEnglish);
      break;
    case 1:
      tokens = analyzer.AnalyzeDocument(text, qonun::Language::kRussian);
      break;
    case 2:
      tokens = analyzer.AnalyzeDocument(text, qonun::Language::kUzbek);
      break;
    default:
      tokens = analyzer.AnalyzeQuery(text);
      break;
  }
  for (const qonun::analysis::Token& t : tokens) {
    QONUN_FUZZ_CHECK(t.start <= t.end && t.end <= text.size());
    QONUN_FUZZ_CHECK(t.key.size() <= qonun::analysis::kMaxTermBytes);
    QONUN_FUZZ_CHECK(t.stem.size() <= qonun::analysis::kMaxTermBytes);
  }
  std::size_t covered = 0;
  for (const qonun::analysis::Segment& s : analyzer.SegmentText(text)) {
    QONUN_FUZZ_CHECK(s.start == covered && s.end > s.start);
    covered = s.end;
  }
  QONUN_FUZZ_CHECK(covered == text.size());
  const std::string folded = analyzer.FoldUzbek(text.substr(0, 64));
  analyzer.StemUzbek(folded);
  return 0;
}

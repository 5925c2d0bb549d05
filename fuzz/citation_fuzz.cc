// Fuzzes the citation side: legal references found in any text
// (Analyzer::FindReferences) and the canonical keys built from printed
// numbers (citation/keys.h).

#include <cstdint>
#include <string>
#include <string_view>

#include "analysis/analyzer.h"

#include "citation/keys.h"
#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const qonun::analysis::Analyzer analyzer = *qonun::analysis::Analyzer::Create();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const qonun::analysis::Reference& r : analyzer.FindReferences(text)) {
    QONUN_FUZZ_CHECK(r.start < r.end && r.end <= size);
    // An article reference, or a point cited without one ("п. 4 Указа"): never both, never neither.
    QONUN_FUZZ_CHECK(r.article.empty() != r.unit.empty());
    QONUN_FUZZ_CHECK(r.Key().rfind(r.article.empty() ? "unit" : "art", 0) == 0);
  }
  // Three printed numbers, split at the first two tabs.
  const std::size_t a = text.find('\t');
  const std::size_t b = a == std::string_view::npos ? a : text.find('\t', a + 1);
  const std::string_view article = text.substr(0, a);
  const std::string_view part =
      a == std::string_view::npos ? std::string_view() : text.substr(a + 1, b - a - 1);
  const std::string_view point =
      b == std::string_view::npos ? std::string_view() : text.substr(b + 1);
  const std::string number = qonun::CanonicalNumber(article);
  const std::string key =
      qonun::CitationKey(number, qonun::CanonicalNumber(part), qonun::CanonicalPoint(point));
  QONUN_FUZZ_CHECK(number.empty() == key.empty());
  if (!key.empty()) {
    QONUN_FUZZ_CHECK(key == "art" + number || key.rfind("art" + number + ".", 0) == 0);
  }
  return 0;
}

// Fuzzes the query language: any bytes parse to clauses or to an
// InvalidArgument status, within the documented limits.

#include <cstdint>
#include <string_view>

#include "search/query_parser.h"

#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view query(reinterpret_cast<const char*>(data), size);
  const qonun::Result<qonun::search::ParsedQuery> parsed = qonun::search::ParseQuery(query);
  if (!parsed.ok()) {
    QONUN_FUZZ_CHECK(parsed.status().code() == qonun::StatusCode::kInvalidArgument);
    QONUN_FUZZ_CHECK(!parsed.status().message().empty());
    return 0;
  }
  QONUN_FUZZ_CHECK(size <= qonun::search::kMaxQueryBytes);
  QONUN_FUZZ_CHECK(parsed->clauses.size() <= qonun::search::kMaxClauses);
  for (const qonun::search::Clause& clause : parsed->clauses) {
    QONUN_FUZZ_CHECK(clause.start <= clause.end && clause.end <= size);
    QONUN_FUZZ_CHECK(!clause.text.empty());
  }
  return 0;
}

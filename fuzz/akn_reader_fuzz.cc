// Fuzzes the Akoma Ntoso reader: any bytes must come back as an Expression or
// as diagnostics, never as a crash; a rejected file always says why.

#include <cstdint>
#include <string_view>

#include "model/akn_reader.h"

#include "fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view xml(reinterpret_cast<const char*>(data), size);
  const qonun::model::ReadOutcome outcome = qonun::model::ReadExpression(xml, "fuzz.xml");
  if (!outcome.expression) {
    QONUN_FUZZ_CHECK(!outcome.diagnostics.empty());
  } else {
    for (const auto& provision : outcome.expression->provisions) {
      QONUN_FUZZ_CHECK(!provision.eid.empty());
    }
  }
  // The first line doubles as a work URI, the reader's other entry point.
  const std::string_view first_line = xml.substr(0, xml.find('\n'));
  if (auto parts = qonun::model::ParseWorkUri(first_line)) {
    QONUN_FUZZ_CHECK(!parts->country.empty() && !parts->number.empty());
  }
  return 0;
}

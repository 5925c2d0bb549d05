// Fuzzes importers::ImportAkn: no input may crash it, and what it accepts must
// read back as a valid corpus file (fuzz/import_check.h).

#include "fuzz/import_check.h"
#include "importers/akn_importer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return qonun::fuzz::CheckImport(data, size, qonun::importers::ImportAkn);
}

#pragma once
// Shared by the importer fuzz targets: whatever an importer accepts must be
// written as a corpus file that the reader accepts again, with the same
// provisions (the promise behind `qonun import … && qonun check`); whatever
// it rejects must say why.

#include <cstdint>
#include <string_view>

#include "common/status.h"
#include "model/akn_reader.h"
#include "model/akn_writer.h"

#include "fuzz/fuzz_check.h"
#include "importers/import.h"

namespace qonun::fuzz {

inline importers::ImportOptions FuzzImportOptions() {
  importers::ImportOptions options;
  options.source_name = "fuzz.input";
  options.work_uri = "/akn/uz/act/2008-04-17/zru-154";
  options.language = Language::kRussian;
  options.date = *model::Date::Parse("2021-02-19");
  return options;
}

template <typename Import>
int CheckImport(const std::uint8_t* data, std::size_t size, Import run_import) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const Result<importers::ImportResult> imported = run_import(bytes, FuzzImportOptions());
  if (!imported.ok()) {
    QONUN_FUZZ_CHECK(!imported.status().message().empty());
    return 0;
  }
  const model::Expression& expression = imported->expression;
  const std::string xml = model::WriteExpression(expression);
  const model::ReadOutcome again = model::ReadExpression(xml, "fuzz.xml");
  QONUN_FUZZ_CHECK(again.expression.has_value());
  QONUN_FUZZ_CHECK(again.expression->provisions.size() == expression.provisions.size());
  for (std::size_t i = 0; i < expression.provisions.size(); ++i) {
    const model::Provision& written = expression.provisions[i];
    const model::Provision& read = again.expression->provisions[i];
    QONUN_FUZZ_CHECK(read.eid == written.eid);
    QONUN_FUZZ_CHECK(read.element == written.element);
    QONUN_FUZZ_CHECK(read.num == written.num);
    QONUN_FUZZ_CHECK(read.heading == written.heading);
    QONUN_FUZZ_CHECK(read.text == written.text);
    QONUN_FUZZ_CHECK(read.wrap_up == written.wrap_up);
    QONUN_FUZZ_CHECK(read.notes == written.notes);
  }
  return 0;
}

}  // namespace qonun::fuzz

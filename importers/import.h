#pragma once
// What every importer takes and gives: the metadata the input cannot supply
// (which work, language and date it is) and the Expression built from it,
// with warnings for what could not be placed.
//
//   ImportOptions options{.source_name = "ugk.txt", .work_uri = "/akn/uz/act/1994-09-22/2012-xii",
//                         .language = Language::kRussian, .date = *Date::Parse("2025-05-19")};
//   Result<ImportResult> r = ImportText(bytes, options);
//   if (!r.ok()) std::cerr << r.status().message();  // "ugk.txt:3: error: ..."
//
// Importers take the whole input as bytes and keep no state: they are
// thread-safe, and built so that no input makes them crash, recurse without
// bound or take more than linear-ish time.

#include <string>
#include <vector>

#include "common/language.h"
#include "model/date.h"
#include "model/diagnostic.h"
#include "model/document.h"

namespace qonun::importers {

struct ImportOptions {
  std::string source_name = "<input>";  // the file name used in diagnostics
  std::string work_uri;                 // "/akn/uz/act/1994-09-22/2012-xii"; required
  Language language = Language::kEnglish;
  model::Date date;                  // in force from; the expression date
  std::string title;                 // long title and FRBRname; empty: taken from the input
  std::vector<std::string> aliases;  // FRBRalias name="short"
  std::string kind = "law";          // <act name="…">: law, code, decree, …
  model::TextStatus status = model::TextStatus::kUnstated;  // q:status; unstated: none written
  std::string official_source;  // q:officialSource href, e.g. "https://lex.uz/docs/111457"
};

struct ImportResult {
  model::Expression expression;
  // Warnings (and notes) located by line in the input: what was read but
  // could not be placed with confidence.
  std::vector<model::Diagnostic> warnings;
};

}  // namespace qonun::importers

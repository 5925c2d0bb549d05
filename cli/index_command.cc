// `qonun index CORPUS --db DIR`: builds a new index generation from a corpus
// folder and switches it in; on any error the previous index keeps serving.

#include <cstdio>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "indexer/indexer.h"

namespace qonun::cli {

namespace {

int RunIndex(const indexer::IndexOptions& options) {
  indexer::IndexReport report;
  const Status status = indexer::BuildIndex(options, report);
  for (const model::Diagnostic& d : report.diagnostics) {
    if (d.severity != model::Severity::kNote) {
      std::cerr << d.ToString() << "\n";
    }
  }
  if (!status.ok()) {
    std::cerr << "qonun index: " << status.message() << "\n";
    return kExitFailure;
  }
  char figures[160];
  std::snprintf(figures, sizeof figures, "%.1f MB of text analysed in %.2f s",
                static_cast<double>(report.text_bytes) / 1e6, report.seconds);
  std::cout << "indexed " << report.expressions << " expressions (" << report.reanalysed
            << " analysed, " << report.reused << " unchanged, " << report.removed
            << " replaced or removed) into " << (options.db_dir / report.generation).string()
            << ": " << report.documents << " documents; " << figures << "\n";
  return kExitOk;
}

}  // namespace

Command RegisterIndexCommand(CLI::App& app) {
  auto options = std::make_shared<indexer::IndexOptions>();
  options->db_dir = "var/index";
  CLI::App* sub = app.add_subcommand("index", "Build the search index from a corpus folder");
  sub->add_option("CORPUS", options->corpus_dir, "Corpus folder")->required();
  sub->add_option("--db", options->db_dir, "Index folder (default var/index)");
  sub->add_flag("--skip-bad", options->skip_bad_files,
                "Index the valid files even if some are rejected");
  sub->add_flag("--full", options->full_rebuild, "Re-analyse every expression");
  return {sub, [options] {
            return RunIndex(*options);
          }};
}

}  // namespace qonun::cli

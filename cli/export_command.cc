// `qonun export text EXPRESSION [-o FILE]`: writes a corpus expression (a
// file, or an expression URI looked up in --corpus) as plain text in the
// shape `qonun import text` reads. Exit 0 written, 1 failed, 2 usage.

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "model/akn_reader.h"

#include "importers/output.h"
#include "importers/text_exporter.h"

namespace qonun::cli {

namespace {

struct ExportFlags {
  std::string expression;
  std::string output;
  std::string corpus = "corpus";
  bool force = false;
};

int RunExport(const ExportFlags& flags) {
  std::filesystem::path file = flags.expression;
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    if (flags.expression.rfind("/akn/", 0) != 0 ||
        flags.expression.find('@') == std::string::npos) {
      std::cerr << flags.expression
                << ": error: no such file, nor an expression URI (/akn/…/LANG@DATE)\n";
      return kExitFailure;
    }
    auto found = importers::FindExpressionFile(flags.corpus, flags.expression);
    if (!found.ok()) {
      std::cerr << "qonun export: " << found.status().message() << "\n";
      return kExitFailure;
    }
    file = *found;
  }
  const model::ReadOutcome read = model::ReadExpressionFile(file.string());
  for (const model::Diagnostic& d : read.diagnostics) {
    if (d.severity != model::Severity::kNote) {
      std::cerr << d.ToString() << "\n";
    }
  }
  if (!read.expression) {
    return kExitFailure;
  }
  const std::string text = importers::ExportText(*read.expression);
  if (flags.output.empty() || flags.output == "-") {
    std::cout << text;
    return kExitOk;
  }
  const Status written = importers::WriteFileAtomically(
      flags.output, text,
      flags.force ? importers::Overwrite::kAllow : importers::Overwrite::kRefuse);
  if (written.code() == StatusCode::kAlreadyExists) {
    std::cerr << flags.output << ": error: already exists; use --force to replace it\n";
    return kExitFailure;
  }
  if (!written.ok()) {
    std::cerr << "qonun export: error: " << written.message() << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

Command RegisterExportCommand(CLI::App& app) {
  auto flags = std::make_shared<ExportFlags>();
  CLI::App* exp = app.add_subcommand("export", "Export a corpus expression");
  exp->require_subcommand(1);
  CLI::App* text = exp->add_subcommand("text", "As plain text that `qonun import text` reads");
  text->add_option("EXPRESSION", flags->expression, "Expression file or expression URI")
      ->required();
  text->add_option("-o,--output", flags->output, "Output file (default: standard output)");
  text->add_option("--corpus", flags->corpus, "Corpus folder to look an URI up in")
      ->capture_default_str();
  text->add_flag("--force", flags->force, "Replace an existing output file");
  return {exp, [flags] {
            return RunExport(*flags);
          }};
}

}  // namespace qonun::cli

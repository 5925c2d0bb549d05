// `qonun import text|html|akn FILE --work URI --lang L --date D`: reads an
// act from plain text, a saved lex.uz page or another publisher's Akoma
// Ntoso, and writes it into the corpus (or to -o FILE) in the corpus format.
// FILE may be a folder of editions (importers/editions.h): all are imported,
// then all written, each with the lifecycle of every edition.
// Errors and warnings go to stderr as FILE:LINE: …; nothing is written
// when the input has an error. Exit 0 written, 1 refused or failed, 2 usage.

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "model/akn_reader.h"
#include "model/akn_writer.h"

#include "importers/akn_importer.h"
#include "importers/editions.h"
#include "importers/lexuz_importer.h"
#include "importers/output.h"
#include "importers/text_importer.h"

namespace qonun::cli {

namespace {

enum class Format { kText, kHtml, kAkn };

struct ImportFlags {
  std::string file;
  std::string work;
  std::string language;
  std::string date;
  std::string title;
  std::vector<std::string> aliases;
  std::string kind = "law";
  std::string output;
  std::string corpus = "corpus";
  std::string status;
  std::string source;
  bool force = false;
};

struct Imported {
  model::Expression expression;
  int printed_warnings = 0;  // notes (tolerant reading) are not printed, nor counted
};

// Imports one file, printing its warnings or its error.
Result<Imported> ImportFile(Format format, const std::string& file,
                            importers::ImportOptions options) {
  options.source_name = file;
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    std::cerr << file << ": error: cannot open file\n";
    return InvalidArgumentError("cannot open");
  }
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  Result<importers::ImportResult> result =
      format == Format::kText   ? importers::ImportText(bytes, options)
      : format == Format::kHtml ? importers::ImportLexUzHtml(bytes, options)
                                : importers::ImportAkn(bytes, options);
  if (!result.ok()) {
    std::cerr << result.status().message() << "\n";
    return result.status();
  }
  Imported imported{std::move(result->expression), 0};
  for (const model::Diagnostic& d : result->warnings) {
    if (d.severity != model::Severity::kNote) {
      std::cerr << d.ToString() << "\n";
      ++imported.printed_warnings;
    }
  }
  return imported;
}

// Writes one expression to `output`, or to its conventional path in the
// corpus folder; it must read back without error, as `qonun check` reads it.
int Write(const model::Expression& expression, const ImportFlags& flags, const std::string& output,
          int printed_warnings) {
  const std::string xml =
      model::WriteExpression(expression, {.transform_date = model::Date::Today()});
  std::filesystem::path path = output;
  if (path.empty()) {
    auto conventional = importers::ConventionalPath(flags.corpus, expression);
    if (!conventional.ok()) {
      std::cerr << flags.file << ": error: " << conventional.status().message() << "\n";
      return kExitFailure;
    }
    path = *conventional;
  }
  const model::ReadOutcome check = model::ReadExpression(xml, path.string());
  if (!check.expression) {
    for (const model::Diagnostic& d : check.diagnostics) {
      std::cerr << d.ToString() << "\n";
    }
    std::cerr << flags.file << ": error: the imported expression does not read back; nothing "
              << "written\n";
    return kExitFailure;
  }
  const Status written = importers::WriteFileAtomically(
      path, xml, flags.force ? importers::Overwrite::kAllow : importers::Overwrite::kRefuse);
  if (written.code() == StatusCode::kAlreadyExists) {
    std::cerr << path.string() << ": error: already exists; use --force to replace it\n";
    return kExitFailure;
  }
  if (!written.ok()) {
    std::cerr << "qonun import: error: " << written.message() << "\n";
    return kExitFailure;
  }
  std::cout << "wrote " << path.string() << ": " << expression.uri << ", "
            << expression.provisions.size() << " provisions, " << printed_warnings
            << " warning(s)\n";
  return kExitOk;
}

// A folder of editions: every edition is imported first, and nothing is
// written unless all import; then each is written with the whole lifecycle.
int RunFolder(Format format, const ImportFlags& flags, importers::ImportOptions options) {
  if (!flags.output.empty()) {
    std::cerr << "qonun import: -o names one file; a folder of editions is written into the "
                 "corpus folder (--corpus)\n";
    return kExitUsage;
  }
  if (!flags.date.empty()) {
    std::cerr << "qonun import: --date does not apply to a folder: each edition's date comes "
                 "from its name or from "
              << importers::kEditionsManifest << "\n";
    return kExitUsage;
  }
  auto editions = importers::ListEditions(flags.file);
  if (!editions.ok()) {
    std::cerr << editions.status().message() << "\n";
    return kExitFailure;
  }
  std::vector<model::Expression> expressions;
  std::vector<int> warnings;
  for (const importers::Edition& edition : *editions) {
    options.date = edition.date;
    auto imported = ImportFile(format, edition.file.string(), options);
    if (!imported.ok()) {
      std::cerr << flags.file << ": error: edition " << edition.file.filename().string()
                << " did not import; nothing written\n";
      return kExitFailure;
    }
    expressions.push_back(std::move(imported->expression));
    warnings.push_back(imported->printed_warnings);
  }
  importers::ShareLifecycle(expressions);
  for (std::size_t i = 0; i < expressions.size(); ++i) {
    if (const int status = Write(expressions[i], flags, "", warnings[i]); status != kExitOk) {
      return status;
    }
  }
  std::cout << expressions.size() << " editions of " << expressions.front().work.uri
            << " written\n";
  return kExitOk;
}

int Run(Format format, const ImportFlags& flags) {
  importers::ImportOptions options;
  options.work_uri = flags.work;
  options.title = flags.title;
  options.aliases = flags.aliases;
  options.kind = flags.kind;
  options.official_source = flags.source;
  if (flags.status == "official") {
    options.status = model::TextStatus::kOfficial;
  } else if (flags.status == "translation") {
    options.status = model::TextStatus::kTranslation;
  } else if (flags.status == "summary") {
    options.status = model::TextStatus::kSummary;
  } else if (!flags.status.empty()) {
    std::cerr << "qonun import: --status '" << flags.status
              << "' is not official, translation or summary\n";
    return kExitUsage;
  }
  const bool identity_required = format != Format::kAkn;
  if (identity_required || !flags.work.empty()) {
    if (flags.work.empty() || flags.language.empty()) {
      std::cerr << "qonun import: --work and --lang are required"
                << (identity_required ? "" : " together") << "\n";
      return kExitUsage;
    }
    const auto language = ParseLanguageCode(flags.language);
    const auto date = flags.date.empty() ? std::optional<model::Date>(model::Date{})
                                         : model::Date::Parse(flags.date);
    if (!language) {
      std::cerr << "qonun import: --lang '" << flags.language << "' is not eng, rus or uzb\n";
      return kExitUsage;
    }
    if (!date) {
      std::cerr << "qonun import: --date '" << flags.date << "' is not a date (YYYY-MM-DD)\n";
      return kExitUsage;
    }
    options.language = *language;
    options.date = *date;
  }

  if (std::filesystem::is_directory(flags.file)) {
    return RunFolder(format, flags, options);
  }
  if (flags.date.empty() && !flags.work.empty()) {
    std::cerr << "qonun import: --date is required for one file (a folder of editions takes "
                 "each edition's date from its name or from "
              << importers::kEditionsManifest << ")\n";
    return kExitUsage;
  }
  auto imported = ImportFile(format, flags.file, options);
  if (!imported.ok()) {
    return kExitFailure;
  }
  return Write(imported->expression, flags, flags.output, imported->printed_warnings);
}

CLI::App* AddFormat(CLI::App& import, const char* name, const char* description, ImportFlags& flags,
                    bool identity_required) {
  CLI::App* sub = import.add_subcommand(name, description);
  sub->add_option("FILE", flags.file,
                  "Input file, or a folder of editions (each named by its date, or listed in "
                  "editions.txt as 'YYYY-MM-DD FILE' lines)")
      ->required();
  auto* work =
      sub->add_option("--work", flags.work, "Work URI, e.g. /akn/uz/act/2008-04-17/zru-154");
  auto* language = sub->add_option("--lang", flags.language, "Language: eng, rus or uzb");
  sub->add_option("--date", flags.date, "In force from (YYYY-MM-DD); not for a folder");
  if (identity_required) {
    work->required();
    language->required();
  }
  sub->add_option("--title", flags.title, "Long title (default: from the input)");
  sub->add_option("--alias", flags.aliases, "Short name people cite by (repeatable)");
  sub->add_option("--kind", flags.kind, "Kind of act: law, code, decree, …")->capture_default_str();
  sub->add_option("-o,--output", flags.output, "Write here instead of into the corpus folder");
  sub->add_option("--corpus", flags.corpus, "Corpus folder for the conventional path")
      ->capture_default_str();
  sub->add_option("--status", flags.status, "Text status: official, translation or summary");
  sub->add_option("--source", flags.source, "Address of the official text (q:officialSource)");
  sub->add_flag("--force", flags.force, "Replace an existing file");
  return sub;
}

}  // namespace

Command RegisterImportCommand(CLI::App& app) {
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* import = app.add_subcommand("import", "Import an act into the corpus format");
  import->require_subcommand(1);
  CLI::App* text =
      AddFormat(*import, "text", "Plain text (eng, rus, uzb Latin or Cyrillic)", *flags, true);
  CLI::App* html = AddFormat(*import, "html", "A page saved from lex.uz", *flags, true);
  CLI::App* akn =
      AddFormat(*import, "akn", "Akoma Ntoso 3.0 from another publisher", *flags, false);
  return {import, [flags, text, html, akn] {
            if (text->parsed()) {
              return Run(Format::kText, *flags);
            }
            if (html->parsed()) {
              return Run(Format::kHtml, *flags);
            }
            if (akn->parsed()) {
              return Run(Format::kAkn, *flags);
            }
            return kExitUsage;
          }};
}

}  // namespace qonun::cli

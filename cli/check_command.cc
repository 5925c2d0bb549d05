// `qonun check DIR`: validates a corpus folder and prints what it holds, or
// every problem found with file and line. Exit 0 when no file has an error.

#include <iostream>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>

#include "cli/command.h"
#include "model/corpus_folder.h"

namespace qonun::cli {

namespace {

struct CheckOptions {
  std::string folder;
  bool show_notes = false;
};

std::string Validity(const model::Expression& e) {
  return e.date.ToString() + " → " + (e.valid_to ? e.valid_to->ToString() : "in force");
}

void PrintSummary(const model::CorpusLoad& load, const std::string& folder) {
  const model::Corpus& corpus = load.corpus;
  std::cout << folder << ": " << corpus.works().size() << " works, " << corpus.ExpressionCount()
            << " expressions, " << corpus.ProvisionCount() << " provisions (" << load.files_read
            << " files read, " << load.files_rejected << " rejected)\n";
  for (const model::Work& work : corpus.works()) {
    const model::WorkMetadata& m = work.metadata;
    std::cout << "\n"
              << m.uri << "  [" << (m.kind.empty() ? m.doc_type : m.kind) << ", "
              << (m.IsInternational() ? "international" : "national " + m.country) << "]\n";
    std::cout << "  " << work.Name(Language::kEnglish) << "\n";
    if (!m.aliases.empty()) {
      std::cout << "  aliases:";
      for (const std::string& alias : m.aliases) {
        std::cout << " " << alias << (&alias == &m.aliases.back() ? "" : ",");
      }
      std::cout << "\n";
    }
    if (work.repealed) {
      std::cout << "  repealed on " << work.repealed->ToString() << "\n";
    }
    for (const model::Expression& e : work.expressions) {
      std::cout << "  " << LanguageCode(e.language) << "  " << Validity(e) << "  "
                << e.provisions.size() << " provisions  " << model::TextStatusName(e.status);
      if (e.verification == model::Verification::kIllustrative) {
        std::cout << ", illustrative";
      }
      std::cout << "\n";
    }
  }
}

void PrintTables(const model::CorpusFolder& tables) {
  if (tables.thesaurus) {
    std::size_t terms = 0;
    for (const model::Concept& c : tables.thesaurus->concepts) {
      for (const auto& [language, list] : c.terms) {
        terms += list.size();
      }
    }
    std::cout << "\nthesaurus: " << tables.thesaurus->concepts.size() << " concepts, " << terms
              << " terms\n";
  }
  if (tables.concordance) {
    std::cout << (tables.thesaurus ? "" : "\n")
              << "concordance: " << tables.concordance->links.size() << " links, "
              << tables.concordance->gaps.size() << " treaty articles marked not covered or not "
              << "applicable\n";
  }
}

int RunCheck(const CheckOptions& options) {
  const model::CorpusFolder folder = model::ReadCorpusFolder(options.folder);
  const model::CorpusLoad& load = folder.load;
  for (const model::Diagnostic& d : load.diagnostics) {
    if (d.severity != model::Severity::kNote || options.show_notes) {
      std::cerr << d.ToString() << "\n";
    }
  }
  const int errors = model::CountSeverity(load.diagnostics, model::Severity::kError);
  const int warnings = model::CountSeverity(load.diagnostics, model::Severity::kWarning);
  const int notes = model::CountSeverity(load.diagnostics, model::Severity::kNote);
  if (errors > 0) {
    std::cerr << options.folder << ": " << errors << " error(s), " << warnings << " warning(s) in "
              << load.files_read << " files; " << load.files_rejected << " file(s) rejected\n";
    return kExitFailure;
  }
  PrintSummary(load, options.folder);
  PrintTables(folder);
  if (warnings > 0 || notes > 0) {
    std::cout << "\n"
              << warnings << " warning(s), " << notes << " note(s)"
              << (options.show_notes || notes == 0 ? "" : " (--notes shows them)") << "\n";
  }
  return kExitOk;
}

}  // namespace

Command RegisterCheckCommand(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "Validate a corpus folder and summarise it");
  sub->add_option("DIR", options->folder, "Corpus folder")->required();
  sub->add_flag("--notes", options->show_notes, "Also list notes (unknown elements read as text)");
  return {sub, [options] {
            return RunCheck(*options);
          }};
}

}  // namespace qonun::cli

// `qonun analyze [--lang L] [--json] TEXT`: what the analysis chain makes of
// a text, token by token, as Elasticsearch's _analyze shows it.

#include <iomanip>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "cli/command.h"

namespace qonun::cli {

namespace {

struct AnalyzeOptions {
  std::string text;
  std::string lang;
  bool json = false;
};

// Display width of a UTF-8 string, counting code points.
std::size_t Width(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s) {
    n += (c & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

std::string Pad(const std::string& s, std::size_t width) {
  return s + std::string(width > Width(s) ? width - Width(s) : 1, ' ');
}

int RunAnalyze(const AnalyzeOptions& o) {
  Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << "qonun analyze: " << analyzer.status().message() << "\n";
    return kExitFailure;
  }
  std::vector<analysis::Token> tokens;
  if (o.lang.empty()) {
    tokens = analyzer->AnalyzeQuery(o.text);
  } else {
    const auto language = ParseLanguageCode(o.lang);
    if (!language) {
      std::cerr << "qonun analyze: --lang: unknown language '" << o.lang << "' (eng, rus, uzb)\n";
      return kExitUsage;
    }
    tokens = analyzer->AnalyzeDocument(o.text, *language);
  }
  const std::vector<analysis::Reference> references = analyzer->FindReferences(o.text);
  if (o.json) {
    nlohmann::json out = nlohmann::json::array();
    for (const analysis::Token& t : tokens) {
      out.push_back({{"token", t.text},
                     {"start", t.start},
                     {"end", t.end},
                     {"position", t.position},
                     {"lang", std::string(LanguageCode(t.lang))},
                     {"key", t.key},
                     {"stem", t.stem},
                     {"stopword", t.stopword}});
    }
    for (const analysis::Reference& r : references) {
      out.push_back({{"token", o.text.substr(r.start, r.end - r.start)},
                     {"start", r.start},
                     {"end", r.end},
                     {"lang", nullptr},
                     {"key", r.Key()},
                     {"stem", r.Key()},
                     {"reference", true}});
    }
    std::cout << out.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << Pad("token", 18) << Pad("offsets", 10) << Pad("pos", 5) << Pad("lang", 6)
            << Pad("key", 20) << "stem\n";
  for (const analysis::Token& t : tokens) {
    std::cout << Pad(t.text, 18) << Pad(std::to_string(t.start) + "-" + std::to_string(t.end), 10)
              << Pad(std::to_string(t.position), 5) << Pad(std::string(LanguageCode(t.lang)), 6)
              << Pad(t.key, 20) << t.stem << (t.stopword ? "  (stopword)" : "") << "\n";
  }
  for (const analysis::Reference& r : references) {
    std::cout << "reference: " << o.text.substr(r.start, r.end - r.start) << " → " << r.Key()
              << "\n";
  }
  return kExitOk;
}

}  // namespace

Command RegisterAnalyzeCommand(CLI::App& app) {
  auto o = std::make_shared<AnalyzeOptions>();
  CLI::App* sub = app.add_subcommand("analyze", "Show what the analysis chain makes of a text");
  sub->add_option("TEXT", o->text, "Text to analyse")->required();
  sub->add_option("--lang", o->lang,
                  "Analyse as a document in this language (eng, rus, uzb); without it, as a "
                  "query with every reading");
  sub->add_flag("--json", o->json, "Print a JSON array of tokens");
  return {sub, [o] {
            return RunAnalyze(*o);
          }};
}

}  // namespace qonun::cli

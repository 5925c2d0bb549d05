// `qonun versions WORK_OR_CITATION` and `qonun diff WORK_OR_CITATION`: the
// timeline of a work or provision, and the comparison of two of its versions,
// read straight from the corpus folder.

#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "analysis/analyzer.h"
#include "cli/command.h"
#include "model/corpus.h"

#include "versions/compare.h"
#include "versions/diff_html.h"
#include "versions/locate.h"
#include "versions/timeline.h"
#include "versions/versions_json.h"

namespace qonun::cli {

namespace {

struct Context {
  model::CorpusLoad load;
  analysis::Analyzer analyzer;
  versions::Located located;
  Language language = Language::kEnglish;
};

// Loads the corpus and finds what the user named; prints the problem and
// returns nothing on failure.
std::optional<Context> Prepare(const std::string& corpus_dir, const std::string& what,
                               const std::string& lang, int& exit_code) {
  exit_code = kExitFailure;
  const auto language = ParseLanguageCode(lang);
  if (!language) {
    std::cerr << "qonun: --lang: unknown language '" << lang << "' (eng, rus, uzb)\n";
    exit_code = kExitUsage;
    return std::nullopt;
  }
  model::CorpusLoad load = model::LoadCorpus(corpus_dir);
  if (model::HasErrors(load.diagnostics)) {
    std::cerr << "qonun: the corpus at " << corpus_dir << " has errors; `qonun check " << corpus_dir
              << "` lists them\n";
    return std::nullopt;
  }
  Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << "qonun: " << analyzer.status().message() << "\n";
    return std::nullopt;
  }
  Context context{std::move(load), std::move(analyzer).value(), {}, *language};
  Result<versions::Located> located = versions::Locate(context.load.corpus, context.analyzer, what);
  if (!located.ok()) {
    std::cerr << "qonun: " << located.status().message() << "\n";
    exit_code = located.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
    return std::nullopt;
  }
  context.located = *located;
  return context;
}

struct VersionsOptions {
  std::string what;
  std::string corpus = "corpus";
  std::string lang = "eng";
  std::string at;  // the provision as cited on this date (default: its latest version)
  bool json = false;
};

int RunVersions(const VersionsOptions& o) {
  int exit_code = kExitFailure;
  std::optional<Context> c = Prepare(o.corpus, o.what, o.lang, exit_code);
  if (!c) {
    return exit_code;
  }
  const model::Work& work = *c->located.work;
  std::optional<model::Date> at;
  if (!o.at.empty()) {
    at = model::Date::Parse(o.at);
    if (!at) {
      std::cerr << "qonun versions: --at: '" << o.at << "' is not a date (YYYY-MM-DD)\n";
      return kExitUsage;
    }
  }
  Result<versions::Timeline> timeline =
      c->located.identity.empty()
          ? Result<versions::Timeline>(versions::WorkTimeline(work, c->language))
          : versions::ProvisionTimeline(c->analyzer, work, c->located.identity, c->language, at);
  if (!timeline.ok()) {
    std::cerr << "qonun versions: " << timeline.status().message() << "\n";
    return kExitFailure;
  }
  if (o.json) {
    std::cout << versions::TimelineJson(*timeline).dump(2) << "\n";
    return kExitOk;
  }
  std::cout << work.Name(c->language)
            << (c->located.identity.empty() ? "" : " — " + c->located.identity) << "\n";
  if (const std::string numbers = versions::NumbersLine(*timeline); !numbers.empty()) {
    std::cout << "  numbers: " << numbers << "\n";
  }
  for (const versions::TimelineEntry& e : timeline->entries) {
    std::cout << "  " << e.valid_from.ToString() << " → "
              << (e.valid_to ? e.valid_to->ToString() : "in force   ");
    if (!c->located.identity.empty()) {
      std::cout << "  " << versions::ProvisionChangeName(e.change);
      if (!e.num.empty()) {
        std::cout << "  " << e.num;
      }
      if (e.wording_from) {
        std::cout << "  wording " << e.wording_from->ToString() << " – "
                  << (e.wording_to ? e.wording_to->ToString() : "in force");
      }
    }
    std::cout << "  [";
    for (Language l : e.languages) {
      std::cout << LanguageCode(l) << (l == e.languages.back() ? "" : " ");
    }
    std::cout << "]\n";
    for (const versions::AmendingAct& act : e.acts) {
      std::cout << "      " << act.type << ": " << act.show_as
                << (act.touches_provision ? "  (amends this provision)" : "") << "\n";
    }
  }
  return kExitOk;
}

struct DiffCliOptions {
  std::string what;
  std::string with;  // another work or provision to compare against
  std::string corpus = "corpus";
  std::string lang = "eng";
  std::string from;
  std::string to;
  std::string format = "text";
  std::string ui;  // language of the summary: eng, rus, uzb, uzb-Cyrl (default: --lang)
  bool ignore_whitespace = false;
  bool ignore_case = false;
};

int RunDiff(const DiffCliOptions& o) {
  int exit_code = kExitFailure;
  std::optional<Context> c = Prepare(o.corpus, o.what, o.lang, exit_code);
  if (!c) {
    return exit_code;
  }
  auto date = [](const std::string& text, const char* flag) -> std::optional<model::Date> {
    if (text.empty()) {
      return model::Date::Today();
    }
    auto d = model::Date::Parse(text);
    if (!d) {
      std::cerr << "qonun diff: " << flag << ": '" << text << "' is not a date (YYYY-MM-DD)\n";
    }
    return d;
  };
  const std::optional<model::Date> from = date(o.from, "--from");
  const std::optional<model::Date> to = date(o.to, "--to");
  if (!from || !to) {
    return kExitUsage;
  }
  versions::Located second = c->located;
  if (!o.with.empty()) {
    Result<versions::Located> other = versions::Locate(c->load.corpus, c->analyzer, o.with);
    if (!other.ok()) {
      std::cerr << "qonun diff: --with: " << other.status().message() << "\n";
      return kExitFailure;
    }
    second = *other;
  }
  const versions::DiffOptions options{o.ignore_whitespace, o.ignore_case};
  const std::optional<versions::SummaryLanguage> reader =
      o.ui.empty() ? versions::SummaryLanguage(c->language) : versions::ForReader(o.ui);
  if (!reader) {
    std::cerr << "qonun diff: --ui: unknown interface '" << o.ui << "' (" << versions::kReaderCodes
              << ")\n";
    return kExitUsage;
  }
  const versions::SummaryLanguage& summary_language = *reader;
  versions::Comparison comparison;
  if (c->located.identity.empty() || second.identity.empty()) {
    const model::Expression* a = c->located.work->InForce(c->language, *from);
    const model::Expression* b = second.work->InForce(c->language, *to);
    if (a == nullptr || b == nullptr) {
      std::cerr << "qonun diff: no version in " << LanguageCode(c->language) << " was in force on "
                << (a == nullptr ? *from : *to).ToString() << "\n";
      return kExitFailure;
    }
    comparison =
        versions::CompareExpressions(c->analyzer, *a, *b, summary_language, options,
                                     c->located.work->InForce(summary_language.language, a->date),
                                     second.work->InForce(summary_language.language, b->date));
  } else {
    Result<versions::InForce> a =
        versions::ProvisionInForce(*c->located.work, c->located.identity, c->language, *from);
    // Without --with, the provision's own text followed through renumbering.
    Result<versions::InForce> b =
        o.with.empty()
            ? versions::FollowProvision(c->analyzer, *c->located.work, c->located.identity,
                                        c->language, *from, *to)
            : versions::ProvisionInForce(*second.work, second.identity, c->language, *to);
    if (!a.ok() || !b.ok()) {
      std::cerr << "qonun diff: " << (a.ok() ? b.status() : a.status()).message() << "\n";
      return kExitFailure;
    }
    const model::Work& newer = o.with.empty() ? *c->located.work : *second.work;
    comparison = versions::CompareProvision(
        c->analyzer, *a->expression, a->index, *b->expression, b->index, summary_language, options,
        newer.InForce(summary_language.language, b->expression->date));
  }
  if (o.format == "json") {
    std::cout << versions::ComparisonJson(comparison).dump(2) << "\n";
    return kExitOk;
  }
  if (o.format == "html") {
    std::cout << versions::ComparisonHtml(comparison, summary_language, false);
    return kExitOk;
  }
  const bool color = isatty(STDOUT_FILENO) != 0;
  if (!comparison.HasChanges()) {
    std::cout << "no changes\n";
    return kExitOk;
  }
  for (const std::string& line : comparison.summary) {
    std::cout << "• " << line << "\n";
  }
  for (const versions::UnitDiff& u : comparison.units) {
    if (u.change == versions::UnitChange::kUnchanged) {
      continue;
    }
    std::cout << "\n"
              << u.label << " [" << versions::UnitChangeName(u.change) << "]\n  "
              << versions::WordDiffToTerminal(u.words, color) << "\n";
  }
  return kExitOk;
}

}  // namespace

Command RegisterVersionsCommand(CLI::App& app) {
  auto o = std::make_shared<VersionsOptions>();
  CLI::App* sub = app.add_subcommand("versions", "Timeline of a work or provision");
  sub->add_option("WORK_OR_CITATION", o->what,
                  "A work (URI or alias), 'WORK EID', or a citation such as 'ст. 135 УК'")
      ->required();
  sub->add_option("--lang", o->lang, "Language of the timeline (default eng)");
  sub->add_option("--corpus", o->corpus, "Corpus folder (default corpus)");
  sub->add_option("--at", o->at,
                  "The provision as cited on this date, followed through renumbering "
                  "(default: its latest version)");
  sub->add_flag("--json", o->json, "Print JSON");
  return {sub, [o] {
            return RunVersions(*o);
          }};
}

Command RegisterDiffCommand(CLI::App& app) {
  auto o = std::make_shared<DiffCliOptions>();
  CLI::App* sub = app.add_subcommand("diff", "Compare two versions of a work or provision");
  sub->add_option("WORK_OR_CITATION", o->what,
                  "A work (URI or alias), 'WORK EID', or a citation such as 'ст. 135 УК'")
      ->required();
  sub->add_option("--lang", o->lang, "Language compared and of the summary (default eng)");
  sub->add_option("--from", o->from, "The older version: as in force on this date");
  sub->add_option("--to", o->to, "The newer version: as in force on this date (default today)");
  sub->add_option("--with", o->with, "Compare against this other work or provision instead");
  sub->add_option("--corpus", o->corpus, "Corpus folder (default corpus)");
  sub->add_option("--ui", o->ui,
                  "The reader's interface, for the summary: eng, rus, uzb (Latin) or uzb-Cyrl "
                  "(default --lang)");
  sub->add_option("--format", o->format, "text, json or html")
      ->check(CLI::IsMember({"text", "json", "html"}));
  sub->add_flag("--ignore-whitespace", o->ignore_whitespace, "Spacing changes do not count");
  sub->add_flag("--ignore-case", o->ignore_case, "Case-only changes do not count");
  return {sub, [o] {
            return RunDiff(*o);
          }};
}

}  // namespace qonun::cli

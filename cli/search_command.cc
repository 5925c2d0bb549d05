// `qonun search QUERY`: ranked results on the terminal, or the API's JSON.

#include <iostream>
#include <memory>
#include <sstream>

#include <CLI/CLI.hpp>
#include <unistd.h>

#include "cli/command.h"
#include "search/response_json.h"
#include "search/searcher.h"

namespace qonun::cli {

namespace {

struct SearchOptions {
  std::string db = "var/index";
  std::string query;
  std::string lang;
  std::string at;
  std::string in;
  std::vector<std::string> works;
  std::string level;
  bool all_versions = false;
  std::size_t limit = 10;
  std::size_t offset = 0;
  bool json = false;
};

// Snippet HTML for a terminal: marks become bold (or [brackets] when not a
// terminal), entities are decoded.
std::string TerminalText(const std::string& html, bool tty) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    auto take = [&](std::string_view token, std::string_view replacement) {
      if (html.compare(i, token.size(), token) == 0) {
        out += replacement;
        i += token.size();
        return true;
      }
      return false;
    };
    if (take("<mark>", tty ? "\033[1;33m" : "[") || take("</mark>", tty ? "\033[0m" : "]") ||
        take("&amp;", "&") || take("&lt;", "<") || take("&gt;", ">") || take("&quot;", "\"") ||
        take("&#39;", "'")) {
      continue;
    }
    out += html[i++];
  }
  return out;
}

Result<std::vector<Language>> ParseLanguages(const std::string& list, const std::string& flag) {
  std::vector<Language> out;
  std::stringstream stream(list);
  for (std::string code; std::getline(stream, code, ',');) {
    auto language = ParseLanguageCode(code);
    if (!language) {
      return InvalidArgumentError(flag + ": unknown language '" + code + "' (eng, rus, uzb)");
    }
    out.push_back(*language);
  }
  return out;
}

int RunSearch(const SearchOptions& o) {
  search::SearchRequest request;
  request.query = o.query;
  request.works = o.works;
  request.level = o.level;
  request.all_versions = o.all_versions;
  request.limit = o.limit;
  request.offset = o.offset;
  if (!o.lang.empty()) {
    auto language = ParseLanguageCode(o.lang);
    if (!language) {
      std::cerr << "qonun search: --lang: unknown language '" << o.lang << "' (eng, rus, uzb)\n";
      return kExitUsage;
    }
    request.display_language = language;
  }
  if (!o.in.empty()) {
    auto languages = ParseLanguages(o.in, "--in");
    if (!languages.ok()) {
      std::cerr << "qonun search: " << languages.status().message() << "\n";
      return kExitUsage;
    }
    request.languages = *languages;
  }
  if (!o.at.empty()) {
    request.at = model::Date::Parse(o.at);
    if (!request.at) {
      std::cerr << "qonun search: --at: '" << o.at << "' is not a date (YYYY-MM-DD)\n";
      return kExitUsage;
    }
  }
  Result<search::Searcher> searcher = search::Searcher::Open(o.db);
  if (!searcher.ok()) {
    std::cerr << "qonun search: " << searcher.status().message() << "\n";
    return kExitFailure;
  }
  Result<search::SearchResponse> response = searcher->Search(request);
  if (!response.ok()) {
    std::cerr << "qonun search: " << response.status().message() << "\n";
    return response.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFailure;
  }
  if (o.json) {
    std::cout << search::SearchResponseToJson(*response, 2) << "\n";
    return kExitOk;
  }
  const bool tty = isatty(STDOUT_FILENO) != 0;
  std::cout << response->total << " result(s)";
  if (!response->interpretation.citation_key.empty()) {
    std::cout << "; citation " << response->interpretation.citation_key;
  }
  if (response->interpretation.relaxed) {
    std::cout << "; no provision has every word, showing those with any";
  }
  std::cout << "\n";
  if (!response->suggestion.empty()) {
    std::cout << "did you mean: " << response->suggestion << "\n";
  }
  if (!response->corrected_query.empty()) {
    std::cout << "showing results for: " << response->corrected_query << "\n";
  }
  int rank = static_cast<int>(o.offset);
  for (const search::Hit& h : response->hits) {
    std::cout << "\n" << ++rank << ". " << h.citation;
    if (!h.heading.empty()) {
      std::cout << " — " << h.heading;
    }
    std::cout << "  [" << LanguageCode(h.language) << ", " << h.valid_from << " → "
              << (h.valid_to.empty() ? "in force" : h.valid_to) << "]"
              << (h.exact_citation ? "  (cited)" : "") << "\n   " << h.work_name;
    for (const search::BreadcrumbItem& b : h.breadcrumb) {
      std::cout << " › " << (b.num.empty() ? b.heading : b.num);
    }
    std::cout << "\n   " << TerminalText(h.snippet, tty) << "\n   languages:";
    for (Language l : h.languages) {
      std::cout << " " << LanguageCode(l);
    }
    std::cout << "   " << h.expression << "/~" << h.eid << "\n";
  }
  return kExitOk;
}

}  // namespace

Command RegisterSearchCommand(CLI::App& app) {
  auto o = std::make_shared<SearchOptions>();
  CLI::App* sub = app.add_subcommand("search", "Search the index");
  sub->add_option("QUERY", o->query,
                  "Words, \"phrases\", +must, -not, OR, heading:word, or a "
                  "citation such as 'ч. 2 ст. 135 УК'")
      ->required();
  sub->add_option("--db", o->db, "Index folder (default var/index)");
  sub->add_option("--lang", o->lang, "Show results in this language where available");
  sub->add_option("--in", o->in, "Search only these languages, e.g. rus,uzb");
  sub->add_option("--at", o->at, "Law as in force on this date (YYYY-MM-DD; default today)");
  sub->add_option("--work", o->works, "Only this work (URI or alias); repeatable");
  sub->add_option("--level", o->level, "national or international");
  sub->add_flag("--all-versions", o->all_versions, "Search repealed and future versions too");
  sub->add_option("--limit", o->limit, "Results per page (1-100, default 10)");
  sub->add_option("--offset", o->offset, "Results to skip");
  sub->add_flag("--json", o->json, "Print the API's JSON");
  return {sub, [o] {
            return RunSearch(*o);
          }};
}

}  // namespace qonun::cli

#pragma once
// Ranked multilingual search over an index built by the indexer.
//
//   Result<Searcher> searcher = Searcher::Open("var/index");
//   SearchRequest request{.query = "ч. 2 ст. 135 УК", .display_language = Language::kEnglish};
//   Result<SearchResponse> response = searcher->Search(request);
//
// What a query finds:
//  - words in any of the three languages and either Uzbek script: each word is
//    read every way it can be (a Cyrillic word without ў қ ғ ҳ as Russian and
//    as Uzbek, a Latin word as Uzbek and as English), and the Uzbek readings
//    are folded to one Latin key, so Cyrillic finds Latin and any apostrophe
//    form finds any other;
//  - the other languages' terms for a thesaurus concept the query names;
//  - a citation ("ст. 135 УК", "135-modda 2-qism JK", "Article 3 Protocol"):
//    that provision comes first, resolved through the works' aliases and the
//    printed numbers;
//  - only versions in force on `at` (today by default), unless all_versions.
// The versions of one article in several languages are one hit, shown in
// `display_language` where that language exists.
//
// A Searcher is not thread-safe: give each thread its own (Open is cheap).
// Refresh() picks up a newly built generation.

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/language.h"
#include "common/status.h"
#include "model/date.h"

namespace qonun::search {

struct SearchRequest {
  std::string query;
  // Show each hit in this language where the provision exists in it.
  std::optional<Language> display_language;
  // Search only these languages (empty: all).
  std::vector<Language> languages;
  // Search only these works (URI or alias; empty: all).
  std::vector<std::string> works;
  // "national" or "international" (empty: both).
  std::string level;
  // Versions in force on this day; today when absent.
  std::optional<model::Date> at;
  // Search every version, in force or not (the one in force today ranks higher).
  bool all_versions = false;
  std::size_t offset = 0;
  std::size_t limit = 10;
  // A query that finds (almost) nothing is searched with its spelling
  // correction when that finds more (SearchResponse::corrected_query).
  bool correct_spelling = true;
};

inline constexpr std::size_t kMaxLimit = 100;

struct BreadcrumbItem {
  std::string eid;
  std::string element;
  std::string num;
  std::string heading;
};

struct Hit {
  std::string work;        // work URI
  std::string work_name;   // in the hit's language
  std::string expression;  // expression URI
  std::string eid;
  std::string element;
  Language language = Language::kEnglish;
  std::string num;
  std::string heading;
  std::string citation;  // "ч. 2 ст. 135 УК РУз", in the hit's language
  std::string snippet;   // HTML: escaped text with <mark>…</mark> around matched words
  std::string text;      // the provision's full text
  std::vector<BreadcrumbItem> breadcrumb;
  std::string valid_from;
  std::string valid_to;             // empty while in force with no end
  std::vector<Language> languages;  // languages the same provision exists in
  std::string status;               // "summary", "official", ...
  double score = 0;
  bool exact_citation = false;  // reached through the citation in the query
};

struct FacetValue {
  std::string value;
  std::size_t count = 0;
};

// What the query was understood as, for the interface to show.
struct Interpretation {
  std::string citation_key;             // "art135.p2" when the query holds a citation
  std::string citation_work;            // the work it resolved to, or empty
  std::vector<std::string> expansions;  // thesaurus concepts used
  bool relaxed = false;                 // no provision had every word; any-word results shown
};

struct SearchResponse {
  std::vector<Hit> hits;
  std::size_t total = 0;  // matching articles (results once grouped)
  // Whether total and facets count every match; false past 1,000 matching
  // documents, where total is Xapian's estimate and facets a sample.
  bool total_exact = true;
  // "work", "lang", "level", "kind": value → matching articles with that value
  // (the "work" counts add up to total; empty for a query that is only a citation)
  std::map<std::string, std::vector<FacetValue>> facets;
  std::string suggestion;  // "did you mean", or empty
  // When the query as typed found (almost) nothing and its spelling
  // correction found more, the results are the correction's and this is it
  // ("showing results for …"); empty otherwise. `suggestion` is then empty.
  std::string corrected_query;
  Interpretation interpretation;
};

class Searcher {
 public:
  // Opens DIR/current. kNotFound when no index has been built there,
  // kDataLoss when the index is damaged, kFailedPrecondition when it was
  // built by an incompatible version.
  static Result<Searcher> Open(const std::filesystem::path& db_dir);

  Searcher(Searcher&&) noexcept;
  Searcher& operator=(Searcher&&) noexcept;
  ~Searcher();

  // kInvalidArgument for a malformed query or request (the message names the
  // problem); kUnavailable / kDataLoss when the index cannot be read.
  Result<SearchResponse> Search(const SearchRequest& request);

  // Reopens the index if DIR/current now names another generation; returns
  // whether it did. On failure the Searcher keeps serving the old generation.
  Result<bool> Refresh();

  // Opens `generation` (a generation folder under DIR, as a Snapshot names
  // it) unless it is the one open; returns whether it did. A server keeps
  // each request's searcher on the generation of the snapshot it answers
  // from. On failure the Searcher keeps serving the old generation.
  Result<bool> SwitchTo(const std::string& generation);

  // "gen-000007"
  const std::string& generation() const;

 private:
  struct State;
  explicit Searcher(std::unique_ptr<State> state);

  std::unique_ptr<State> state_;
};

}  // namespace qonun::search

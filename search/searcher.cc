#include "search/searcher.h"

#include <algorithm>
#include <map>
#include <set>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "model/ranking.h"
#include "model/schema.h"
#include "search/internal/catalog.h"
#include "search/internal/facets.h"
#include "search/internal/priors.h"
#include "search/internal/query_builder.h"
#include "search/internal/query_intent.h"
#include "search/internal/spelling.h"
#include "search/internal/stored_hit.h"
#include "search/internal/work_matcher.h"
#include "search/query_parser.h"
#include "search/snapshot.h"

namespace qonun::search {

namespace fs = std::filesystem;
using Query = Xapian::Query;

struct Searcher::State {
  fs::path db_dir;
  std::string generation;
  Xapian::Database db;
  analysis::Analyzer analyzer;
  internal::Catalog catalog;

  template <typename Opened>
  bool Adopt(Opened opened) {
    generation = std::move(opened.generation);
    db = std::move(opened.db);
    catalog = std::move(opened.catalog);
    return true;
  }
};

namespace {

// ---- opening ----------------------------------------------------------------

struct OpenedIndex {
  std::string generation;
  Xapian::Database db;
  internal::Catalog catalog;
};

Result<OpenedIndex> OpenIndex(const fs::path& db_dir, const std::string& generation,
                              const analysis::Analyzer& analyzer) {
  try {
    Xapian::Database db((db_dir / generation).string());
    if (db.get_metadata(std::string(schema::kMetaSchema)) != schema::kSchemaVersion) {
      return FailedPreconditionError("the index at " + db_dir.string() +
                                     " was built by another version of Qonun; rebuild it with "
                                     "`qonun index`");
    }
    Result<internal::Catalog> catalog =
        internal::Catalog::Parse(db.get_metadata(std::string(schema::kMetaWorks)),
                                 db.get_metadata(std::string(schema::kMetaThesaurus)), analyzer);
    if (!catalog.ok()) {
      return catalog.status();
    }
    return OpenedIndex{generation, std::move(db), std::move(catalog).value()};
  } catch (const Xapian::DatabaseCorruptError& e) {
    return DataLossError("the index at " + db_dir.string() + " is damaged: " + e.get_description());
  } catch (const Xapian::DatabaseOpeningError& e) {
    return DataLossError("cannot open the index at " + db_dir.string() + ": " +
                         e.get_description());
  } catch (const Xapian::Error& e) {
    return UnavailableError("cannot read the index at " + db_dir.string() + ": " +
                            e.get_description());
  }
}

Result<OpenedIndex> OpenIndex(const fs::path& db_dir, const analysis::Analyzer& analyzer) {
  const Result<std::string> generation = CurrentGeneration(db_dir);
  if (!generation.ok()) {
    return NotFoundError("no index at " + db_dir.string() +
                         " (build one with `qonun index CORPUS --db " + db_dir.string() + "`)");
  }
  return OpenIndex(db_dir, *generation, analyzer);
}

// Matches looked at to tell which language a query's words are in.
constexpr Xapian::doccount kLanguageSample = 200;

using internal::AndOf;
using internal::CitationInQuery;
using internal::InForceOn;
using internal::OrOf;
using internal::QueryWord;
using internal::WithPriors;
using internal::Words;

}  // namespace

// ---- Searcher -------------------------------------------------------------------

Searcher::Searcher(std::unique_ptr<State> state) : state_(std::move(state)) {}

Searcher::Searcher(Searcher&&) noexcept = default;

Searcher& Searcher::operator=(Searcher&&) noexcept = default;

Searcher::~Searcher() = default;

const std::string& Searcher::generation() const {
  return state_->generation;
}

Result<Searcher> Searcher::Open(const fs::path& db_dir) {
  Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    return analyzer.status();
  }
  Result<OpenedIndex> opened = OpenIndex(db_dir, *analyzer);
  if (!opened.ok()) {
    return opened.status();
  }
  auto state =
      std::make_unique<State>(State{db_dir, std::move(opened->generation), std::move(opened->db),
                                    std::move(analyzer).value(), std::move(opened->catalog)});
  return Searcher(std::move(state));
}

Result<bool> Searcher::Refresh() {
  const Result<std::string> generation = CurrentGeneration(state_->db_dir);
  if (!generation.ok() || *generation == state_->generation) {
    return false;
  }
  Result<OpenedIndex> opened = OpenIndex(state_->db_dir, state_->analyzer);
  if (!opened.ok()) {
    return opened.status();
  }
  return state_->Adopt(std::move(opened).value());
}

Result<bool> Searcher::SwitchTo(const std::string& generation) {
  if (generation == state_->generation) {
    return false;
  }
  Result<OpenedIndex> opened = OpenIndex(state_->db_dir, generation, state_->analyzer);
  if (!opened.ok()) {
    return opened.status();
  }
  return state_->Adopt(std::move(opened).value());
}

namespace {

// Everything one search needs besides the index.
class SearchRun {
 public:
  SearchRun(Xapian::Database& db, const analysis::Analyzer& analyzer,
            const internal::Catalog& catalog, const SearchRequest& request)
      : db_(db), analyzer_(analyzer), catalog_(catalog), request_(request) {}

  Result<SearchResponse> Run() {
    if (request_.limit == 0 || request_.limit > kMaxLimit) {
      return InvalidArgumentError("limit must be between 1 and " + std::to_string(kMaxLimit));
    }
    if (request_.offset > 10000) {
      return InvalidArgumentError("offset must be at most 10000");
    }
    if (!request_.level.empty() && request_.level != schema::kLevelNational &&
        request_.level != schema::kLevelInternational) {
      return InvalidArgumentError("level must be national or international");
    }
    Result<ParsedQuery> parsed = ParseQuery(request_.query);
    if (!parsed.ok()) {
      return parsed.status();
    }
    Result<std::optional<Query>> filter = Filter();
    if (!filter.ok()) {
      return filter.status();
    }
    filter_ = *filter;
    // Each clause is analysed once; BuildMain (up to three times) and
    // Suggest read its words from here.
    clause_words_.reserve(parsed->clauses.size());
    for (const Clause& clause : parsed->clauses) {
      clause_words_.push_back(Words(analyzer_.AnalyzeQuery(clause.text)));
    }

    SearchResponse response;
    references_ = analyzer_.FindReferences(request_.query);
    std::optional<CitationInQuery> citation =
        internal::FindCitation(request_.query, references_, analyzer_, catalog_);
    std::vector<Hit> citation_hits;
    if (citation) {
      response.interpretation.citation_key = citation->key;
      response.interpretation.citation_work = citation->work ? citation->work->uri : "";
    }
    // A query that is only a citation ("ч. 2 ст. 135 УК") is answered by the
    // cited provision: no text query, no facets, no spelling suggestion
    // (a citation's words are not misspellings).
    if (citation && citation->pure) {
      display_language_ = CitationLanguage();
      citation_hits = CitationHits(*citation);
      if (!citation_hits.empty()) {
        response.total = citation_hits.size();
        if (request_.offset == 0) {
          response.hits = std::move(citation_hits);
        }
        return response;
      }
    }
    Query main = WithCitation(
        WithPriors(db_, BuildMain(*parsed, false, response.interpretation), priors_), citation);
    Xapian::MSet mset = Match(main, response);
    const auto is_default = [](const Clause& c) {
      return c.occurrence == Occurrence::kDefault;
    };
    if (mset.empty() && !(citation && citation->pure) &&
        std::count_if(parsed->clauses.begin(), parsed->clauses.end(), is_default) > 1) {
      main = WithCitation(
          WithPriors(db_, BuildMain(*parsed, true, response.interpretation), priors_), citation);
      mset = Match(main, response);
      response.interpretation.relaxed = !mset.empty();
    }
    Interpretation scratch;  // the query's own words, without the thesaurus
    display_language_ = DisplayLanguage(BuildMain(*parsed, true, scratch, false));
    if (citation && !citation->pure) {
      citation_hits = CitationHits(*citation);
    }
    if (request_.offset == 0) {
      response.hits = citation_hits;
    }
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit = MakeHit(it.get_document(), it.get_weight());
      const bool duplicate =
          std::any_of(citation_hits.begin(), citation_hits.end(),
                      [&](const Hit& h) { return h.work == hit.work && h.eid == hit.eid; });
      if (!duplicate) {
        response.hits.push_back(std::move(hit));
      }
    }
    if (response.total < response.hits.size()) {
      response.total = response.hits.size();
    }
    response.suggestion = Suggest(*parsed);
    return response;
  }

 private:
  Result<std::optional<Query>> Filter() {
    std::vector<Query> parts;
    if (!request_.languages.empty()) {
      std::vector<Query> languages;
      for (Language l : request_.languages) {
        languages.emplace_back(std::string(schema::kLanguage) + std::string(LanguageCode(l)));
      }
      parts.push_back(OrOf(languages));
    }
    if (!request_.works.empty()) {
      std::vector<Query> works;
      for (const std::string& w : request_.works) {
        const internal::WorkEntry* entry = catalog_.Find(w);
        if (entry == nullptr) {
          return InvalidArgumentError("unknown work '" + w + "'");
        }
        works.emplace_back(std::string(schema::kWork) + entry->uri);
      }
      parts.push_back(OrOf(works));
    }
    if (!request_.level.empty()) {
      parts.emplace_back(std::string(schema::kLevel) + request_.level);
    }
    if (!request_.all_versions) {
      parts.push_back(InForceOn(request_.at ? *request_.at : model::Date::Today()));
    }
    if (parts.empty()) {
      return std::optional<Query>();
    }
    return std::optional<Query>(AndOf(parts));
  }

  Query BuildMain(const ParsedQuery& parsed, bool relaxed, Interpretation& interpretation,
                  bool expand_thesaurus = true) {
    internal::QueryBuilder builder(db_, match_terms_);
    // The plain words (single words, not excluded, in no OR group) in order:
    // what the question asks for is read from them, and the words that only
    // say so (question words, "наказание", "nima") are not required.
    std::vector<QueryWord> plain_words;
    std::vector<std::size_t> plain_clause;  // the clause of each plain word
    for (std::size_t c = 0; c < parsed.clauses.size(); ++c) {
      const Clause& clause = parsed.clauses[c];
      if (clause.phrase || clause.occurrence != Occurrence::kDefault || clause.or_group >= 0) {
        continue;
      }
      const std::vector<QueryWord>& words = clause_words_[c];
      if (words.size() == 1) {
        plain_words.push_back(words[0]);
        plain_clause.push_back(c);
      }
    }
    const internal::QueryIntent intent = internal::FindIntent(plain_words);
    std::vector<bool> content(plain_words.size());
    std::set<std::size_t> optional_clauses;
    for (std::size_t w = 0; w < plain_words.size(); ++w) {
      content[w] = !intent.cue[w] && !internal::IsFunctionWord(plain_words[w], db_);
      if (!content[w]) {
        optional_clauses.insert(plain_clause[w]);
      }
    }

    std::vector<Query> required;
    std::vector<Query> optional;
    std::vector<Query> excluded;
    std::map<int, std::vector<Query>> or_groups;
    for (std::size_t c = 0; c < parsed.clauses.size(); ++c) {
      const Clause& clause = parsed.clauses[c];
      const std::vector<QueryWord>& words = clause_words_[c];
      if (words.empty()) {
        continue;
      }
      Query q = (clause.phrase || words.size() > 1) ? builder.Phrase(words, clause.field)
                                                    : builder.Weighted(words[0], clause.field);
      if (clause.occurrence == Occurrence::kExclude) {
        excluded.push_back(q);
      } else if (clause.or_group >= 0) {
        or_groups[clause.or_group].push_back(q);
      } else if (clause.occurrence != Occurrence::kMust &&
                 (relaxed || optional_clauses.contains(c))) {
        optional.push_back(q);
      } else {
        required.push_back(q);
      }
    }
    for (auto& [group, queries] : or_groups) {
      (relaxed ? optional : required).push_back(OrOf(queries));
    }
    Query main;
    if (!required.empty()) {
      main = AndOf(required);
      if (!optional.empty()) {
        main = Query(Query::OP_AND_MAYBE, main, OrOf(optional));
      }
    } else if (!optional.empty()) {
      main = OrOf(optional);
    }
    // Phrase and proximity boosts over the content words: from the first to
    // the last of them (function words between them stay, "trafficking in
    // persons"), and all of them near one another.
    const auto first = std::find(content.begin(), content.end(), true);
    const auto last = std::find(content.rbegin(), content.rend(), true);
    if (first != content.end() && !main.empty()) {
      const auto from = static_cast<std::size_t>(first - content.begin());
      const auto to = static_cast<std::size_t>(content.rend() - last);
      std::vector<Query> span;
      std::vector<Query> near;
      for (std::size_t w = from; w < to; ++w) {
        span.push_back(builder.LeafAlternatives(plain_words[w], Field::kAny));
        if (content[w]) {
          near.push_back(span.back());
        }
      }
      if (span.size() >= 2) {
        main = Query(Query::OP_AND_MAYBE, main,
                     Query(Query::OP_SCALE_WEIGHT,
                           Query(Query::OP_PHRASE, span.begin(), span.end(),
                                 static_cast<Xapian::termcount>(span.size())),
                           ranking::kPhraseBoost));
      }
      if (near.size() >= 2) {
        const auto n = static_cast<Xapian::termcount>(near.size());
        main = Query(Query::OP_AND_MAYBE, main,
                     Query(Query::OP_SCALE_WEIGHT,
                           Query(Query::OP_NEAR, near.begin(), near.end(),
                                 std::max(n, ranking::kProximityWindow)),
                           ranking::kProximityBoost));
      }
    }
    internal::ConceptMatches concepts;
    if (const std::optional<Query> expansion =
            expand_thesaurus ? internal::ThesaurusExpansion(catalog_, plain_words, intent.only_cue,
                                                            content, match_terms_, concepts)
                             : std::nullopt) {
      main = main.empty() ? *expansion : Query(Query::OP_OR, main, *expansion);
      interpretation.expansions = concepts.all;
    }
    if (!excluded.empty() && !main.empty()) {
      main = Query(Query::OP_AND_NOT, main, OrOf(excluded));
    }
    if (main.empty()) {
      return main;
    }
    priors_.intent = intent.intent;
    priors_.topics = internal::TopicTerms(catalog_, plain_words, content, concepts);
    return main;
  }

  Xapian::MSet Match(const Query& main, SearchResponse& response) {
    if (main.empty()) {
      return {};
    }
    Query query = filter_ ? Query(Query::OP_FILTER, main, *filter_) : main;
    if (request_.all_versions) {
      auto* source = new Xapian::FixedWeightPostingSource(ranking::kInForceBoost);
      query =
          Query(Query::OP_AND_MAYBE, query,
                Query(Query::OP_FILTER, Query(source->release()), InForceOn(model::Date::Today())));
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.set_collapse_key(schema::kSlotArticleKey);
    internal::FacetSpy facets({{"work", schema::kSlotWork},
                               {"lang", schema::kSlotLanguage},
                               {"level", schema::kSlotLevel},
                               {"kind", schema::kSlotKind}},
                              schema::kSlotArticleKey);
    enquire.add_matchspy(&facets);
    const Xapian::doccount check_at_least =
        std::min(db_.get_doccount(), internal::kExactCountLimit);
    Xapian::MSet mset =
        enquire.get_mset(static_cast<Xapian::doccount>(request_.offset),
                         static_cast<Xapian::doccount>(request_.limit), check_at_least);
    // Xapian rounds its estimate when collapsing. Short of its limit it saw
    // every match, and the spy counted the groups: use its count.
    response.total_exact =
        facets.DocumentsSeen() < check_at_least || check_at_least == db_.get_doccount();
    response.total = response.total_exact
                         ? facets.GroupCount()
                         : std::max<std::size_t>(facets.GroupCount(), mset.get_matches_estimated());
    response.facets = facets.Values();
    enquire.clear_matchspies();
    return mset;
  }

  static Query CitedProvision(const CitationInQuery& citation) {
    Query query(std::string(schema::kCitation) + citation.key);
    if (citation.work != nullptr) {
      query =
          Query(Query::OP_FILTER, query, Query(std::string(schema::kWork) + citation.work->uri));
    }
    return query;
  }

  // A query with words besides its citation ("paragraph 5 Decree PF-5775")
  // also matches the cited provision, so the total and the facets count it.
  static Query WithCitation(Query main, const std::optional<CitationInQuery>& citation) {
    if (!citation || citation->pure || main.empty()) {
      return main;
    }
    return Query(Query::OP_OR, main, CitedProvision(*citation));
  }

  std::vector<Hit> CitationHits(const CitationInQuery& citation) {
    Query query = CitedProvision(citation);
    if (filter_) {
      query = Query(Query::OP_FILTER, query, *filter_);
    }
    if (request_.all_versions) {
      auto* source = new Xapian::FixedWeightPostingSource(1.0);
      query =
          Query(Query::OP_AND_MAYBE, query,
                Query(Query::OP_FILTER, Query(source->release()), InForceOn(model::Date::Today())));
    }
    Xapian::Enquire enquire(db_);
    enquire.set_query(query);
    enquire.set_collapse_key(schema::kSlotProvisionKey);
    enquire.set_weighting_scheme(Xapian::BoolWeight());
    if (request_.all_versions) {
      enquire.set_weighting_scheme(Xapian::BM25Weight());
    }
    std::vector<Hit> hits;
    const Xapian::MSet mset = enquire.get_mset(0, 5);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit = MakeHit(it.get_document(), it.get_weight());
      hit.exact_citation = true;
      hits.push_back(std::move(hit));
    }
    return hits;
  }

  // The language hits are shown in: the one asked for, else the one in which
  // more provisions match the query's own words (thesaurus expansions aside),
  // among those the query's script can be (Cyrillic: Russian or Uzbek;
  // Latin: English or Uzbek).
  std::optional<Language> DisplayLanguage(const Query& own_words) const {
    if (request_.display_language) {
      return request_.display_language;
    }
    const analysis::Script script = analysis::Analyzer::DetectScript(request_.query);
    if (script == analysis::Script::kOther || own_words.empty()) {
      return std::nullopt;
    }
    if (!references_.empty()) {
      return CitationLanguage();
    }
    const Language other =
        script == analysis::Script::kCyrillic ? Language::kRussian : Language::kEnglish;
    auto count = [&](Language language) {
      Query q(Query::OP_FILTER, own_words,
              Query(std::string(schema::kLanguage) + std::string(LanguageCode(language))));
      if (filter_) {
        q = Query(Query::OP_FILTER, q, *filter_);
      }
      Xapian::Enquire enquire(db_);
      enquire.set_query(q);
      // Counting only: without weights Xapian skips the phrase and
      // proximity boosts (AND_MAYBE's optional side) altogether.
      enquire.set_weighting_scheme(Xapian::BoolWeight());
      // Which language has more is all that is asked: Xapian's estimate
      // from a sample of the matches will do.
      return enquire.get_mset(0, 0, kLanguageSample).get_matches_estimated();
    };
    return count(Language::kUzbek) > count(other) ? Language::kUzbek : other;
  }

  // A citation says its language by its words: 135-modda 2-qism is Uzbek,
  // ч. 2 ст. 135 Russian, Article 135 English.
  std::optional<Language> CitationLanguage() const {
    if (request_.display_language) {
      return request_.display_language;
    }
    const analysis::Script script = analysis::Analyzer::DetectScript(request_.query);
    if (script == analysis::Script::kOther) {
      return std::nullopt;
    }
    for (const analysis::Token& t : analyzer_.AnalyzeQuery(request_.query)) {
      if (t.lang == Language::kUzbek &&
          (t.key.rfind("modda", 0) == 0 || t.key.rfind("qism", 0) == 0 ||
           t.key.rfind("band", 0) == 0)) {
        return Language::kUzbek;
      }
    }
    return script == analysis::Script::kCyrillic ? Language::kRussian : Language::kEnglish;
  }

  Hit MakeHit(const Xapian::Document& matched, double score) {
    return internal::ReadHit(db_, matched, score, display_language_, catalog_, analyzer_,
                             match_terms_);
  }

  // "Did you mean" (internal/spelling.h); a citation's words ("ст.", "ч.",
  // an alias) are not misspellings.
  std::string Suggest(const ParsedQuery& parsed) const {
    return references_.empty() ? internal::Suggest(db_, request_.query, parsed, clause_words_) : "";
  }

  Xapian::Database& db_;
  const analysis::Analyzer& analyzer_;
  const internal::Catalog& catalog_;
  const SearchRequest& request_;
  std::optional<Query> filter_;
  std::vector<std::vector<QueryWord>> clause_words_;  // per clause of the query
  std::vector<analysis::Reference> references_;       // legal references in the query
  std::optional<Language> display_language_;

  internal::Priors priors_;  // what the last BuildMain read in the query
  internal::MatchTerms match_terms_;
};

}  // namespace

Result<SearchResponse> Searcher::Search(const SearchRequest& request) {
  for (int attempt = 0;; ++attempt) {
    try {
      Result<SearchResponse> response =
          SearchRun(state_->db, state_->analyzer, state_->catalog, request).Run();
      // A misspelt query that finds (almost) nothing is searched as
      // corrected when that finds more (internal/spelling.h); the page says so.
      if (response.ok() && request.correct_spelling && internal::WorthCorrecting(*response)) {
        SearchRequest corrected = request;
        corrected.query = response->suggestion;
        Result<SearchResponse> better =
            SearchRun(state_->db, state_->analyzer, state_->catalog, corrected).Run();
        if (better.ok() && internal::CorrectionIsBetter(*response, *better)) {
          better->corrected_query = corrected.query;
          better->suggestion.clear();
          return better;
        }
      }
      return response;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt > 0) {
        return UnavailableError("the index changed during the search; try again");
      }
      state_->db.reopen();
    } catch (const Xapian::DatabaseCorruptError& e) {
      return DataLossError("the index is damaged: " + e.get_description());
    } catch (const Xapian::Error& e) {
      return UnavailableError("the search failed: " + e.get_description());
    } catch (const nlohmann::json::exception& e) {
      return DataLossError(std::string("a stored document is damaged: ") + e.what());
    }
  }
}

}  // namespace qonun::search

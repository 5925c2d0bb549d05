#include "api/service.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <fstream>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <variant>

#include <nlohmann/json.hpp>

#include "analysis/analyzer.h"
#include "api/internal/openapi.h"
#include "api/internal/response_cache.h"
#include "api/internal/static_files.h"
#include "common/citation.h"
#include "model/schema.h"
#include "search/citation_format.h"
#include "search/query_parser.h"
#include "search/response_json.h"
#include "search/searcher.h"
#include "search/snapshot.h"

#include "versions/compare.h"
#include "versions/locate.h"
#include "versions/timeline.h"
#include "versions/versions_json.h"

namespace qonun::api {

using nlohmann::json;

namespace {

constexpr std::array<double, 10> kLatencyBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                    0.05,  0.1,    0.25,  0.5,  1.0};

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

HttpReply JsonReply(const json& value, int status = 200) {
  HttpReply reply;
  reply.status = status;
  reply.body = Dump(value);
  return reply;
}

// A handler's view of the request's parameters, with 400 replies for bad ones.
class Params {
 public:
  explicit Params(const HttpRequest& request) : request_(request) {}

  const std::optional<HttpReply>& error() const { return error_; }

  std::string String(const std::string& name, std::size_t max_bytes = 500) {
    const std::string* value = request_.Param(name);
    if (value == nullptr) {
      return "";
    }
    if (value->size() > max_bytes) {
      Fail(name, "is too long (at most " + std::to_string(max_bytes) + " bytes)");
      return "";
    }
    return *value;
  }

  std::string Required(const std::string& name, std::size_t max_bytes = 500) {
    const std::string value = String(name, max_bytes);
    if (value.empty() && !error_) {
      Fail(name, "is required");
    }
    return value;
  }

  std::optional<Language> Lang(const std::string& name) {
    const std::string value = String(name, 10);
    if (value.empty()) {
      return std::nullopt;
    }
    auto language = ParseLanguageCode(value);
    if (!language) {
      Fail(name, "must be one of eng, rus, uzb");
    }
    return language;
  }

  std::vector<Language> Langs(const std::string& name) {
    std::vector<Language> out;
    std::stringstream stream(String(name, 40));
    for (std::string code; std::getline(stream, code, ',');) {
      auto language = ParseLanguageCode(code);
      if (!language) {
        Fail(name, "must list languages among eng, rus, uzb, separated by commas");
        return {};
      }
      out.push_back(*language);
    }
    return out;
  }

  std::optional<model::Date> Date(const std::string& name) {
    const std::string value = String(name, 20);
    if (value.empty()) {
      return std::nullopt;
    }
    auto date = model::Date::Parse(value);
    if (!date) {
      Fail(name, "must be a real date written YYYY-MM-DD");
    }
    return date;
  }

  std::size_t Number(const std::string& name, std::size_t fallback, std::size_t min,
                     std::size_t max) {
    const std::string value = String(name, 12);
    if (value.empty()) {
      return fallback;
    }
    if (value.size() > 9 || !std::all_of(value.begin(), value.end(), ::isdigit)) {
      Fail(name,
           "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
      return fallback;
    }
    const std::size_t n = std::stoul(value);
    if (n < min || n > max) {
      Fail(name,
           "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    }
    return n;
  }

  bool Flag(const std::string& name) {
    const std::string value = String(name, 5);
    if (value.empty() || value == "0" || value == "false") {
      return false;
    }
    if (value == "1" || value == "true") {
      return true;
    }
    Fail(name, "must be true or false");
    return false;
  }

  void Fail(const std::string& name, const std::string& problem) {
    if (!error_) {
      error_ = ErrorReply(400, "bad_param", name + " " + problem, name);
    }
  }

 private:
  const HttpRequest& request_;
  std::optional<HttpReply> error_;
};

std::string Slug(const std::string& uri) {
  return uri.substr(uri.rfind('/') + 1);
}

json LanguagesJson(const std::vector<Language>& languages) {
  json out = json::array();
  for (Language l : languages) {
    out.push_back(std::string(LanguageCode(l)));
  }
  return out;
}

}  // namespace

// ---- shared state -------------------------------------------------------------

struct Service::State {
  explicit State(ServiceOptions service_options)
      : options(std::move(service_options)), cache(options.cache_bytes) {}

  ServiceOptions options;
  internal::ResponseCache cache;

  std::mutex snapshot_mutex;
  std::shared_ptr<const search::Snapshot> snapshot;
  std::string snapshot_error;
  std::chrono::steady_clock::time_point last_check{};

  // Searchers and analyzers are not thread-safe: each request borrows one.
  struct Worker {
    search::Searcher searcher;
    analysis::Analyzer analyzer;
  };

  std::mutex pool_mutex;
  std::vector<std::unique_ptr<Worker>> idle;

  std::mutex metrics_mutex;
  std::map<std::pair<std::string, int>, std::uint64_t> requests;
  std::array<std::uint64_t, kLatencyBuckets.size() + 1> latency_counts{};
  double latency_sum = 0;
  std::uint64_t latency_count = 0;

  // Moves to the generation DIR/current names, if it changed (checked at most
  // twice a second).
  std::shared_ptr<const search::Snapshot> Current() {
    std::lock_guard<std::mutex> lock(snapshot_mutex);
    const auto now = std::chrono::steady_clock::now();
    if (snapshot && now - last_check < std::chrono::milliseconds(500)) {
      return snapshot;
    }
    last_check = now;
    Result<std::string> generation = search::CurrentGeneration(options.db_dir);
    if (!generation.ok()) {
      snapshot_error = generation.status().message();
      return snapshot;
    }
    if (snapshot && snapshot->generation == *generation) {
      return snapshot;
    }
    Result<std::shared_ptr<const search::Snapshot>> loaded = search::LoadSnapshot(options.db_dir);
    if (loaded.ok()) {
      snapshot = *loaded;
      snapshot_error.clear();
    } else {
      snapshot_error = loaded.status().message();
    }
    return snapshot;
  }

  Result<std::unique_ptr<Worker>> Borrow() {
    {
      std::lock_guard<std::mutex> lock(pool_mutex);
      if (!idle.empty()) {
        std::unique_ptr<Worker> worker = std::move(idle.back());
        idle.pop_back();
        return worker;
      }
    }
    Result<search::Searcher> searcher = search::Searcher::Open(options.db_dir);
    if (!searcher.ok()) {
      return searcher.status();
    }
    Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
    if (!analyzer.ok()) {
      return analyzer.status();
    }
    return std::make_unique<Worker>(
        Worker{std::move(searcher).value(), std::move(analyzer).value()});
  }

  void Return(std::unique_ptr<Worker> worker) {
    std::lock_guard<std::mutex> lock(pool_mutex);
    idle.push_back(std::move(worker));
  }
};

namespace {

using State = Service::State;

// What a handler gets: the request, the snapshot it answers from, and a
// borrowed worker (searcher and analyzer).
struct Context {
  const HttpRequest& request;
  const search::Snapshot& snapshot;
  State::Worker& worker;
  State& state;
};

HttpReply FromStatus(const Status& status, const std::string& param = "") {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return ErrorReply(400, param.empty() ? "bad_request" : "bad_param", status.message(), param);
    case StatusCode::kNotFound:
      return ErrorReply(404, "not_found", status.message(), param);
    case StatusCode::kUnavailable:
    case StatusCode::kFailedPrecondition:
      return ErrorReply(503, "unavailable", status.message());
    default:
      return ErrorReply(500, "internal", "the server could not answer this request");
  }
}

const model::Work* FindWork(const search::Snapshot& snapshot, const std::string& id) {
  if (const model::Work* w = snapshot.corpus.FindWork(id)) {
    return w;
  }
  for (const model::Work& w : snapshot.corpus.works()) {
    if (Slug(w.metadata.uri) == id) {
      return &w;
    }
  }
  return nullptr;
}

// ---- search and suggest ---------------------------------------------------------

HttpReply Search(Context& c) {
  Params p(c.request);
  search::SearchRequest r;
  r.query = p.Required("q", search::kMaxQueryBytes);
  r.display_language = p.Lang("lang");
  r.languages = p.Langs("in");
  const std::string works = p.String("work");
  r.level = p.String("type", 20);
  r.at = p.Date("at");
  r.all_versions = p.Flag("all");
  r.limit = p.Number("limit", 10, 1, search::kMaxLimit);
  r.offset = p.Number("offset", 0, 0, 10000);
  if (p.error()) {
    return *p.error();
  }
  if (!r.level.empty() && r.level != "national" && r.level != "international") {
    return ErrorReply(400, "bad_param", "type must be national or international", "type");
  }
  std::stringstream stream(works);
  for (std::string w; std::getline(stream, w, ',');) {
    if (FindWork(c.snapshot, w) == nullptr) {
      return ErrorReply(400, "bad_param", "work '" + w + "' is not in the index", "work");
    }
    r.works.push_back(FindWork(c.snapshot, w)->metadata.uri);
  }
  Result<search::SearchResponse> response = c.worker.searcher.Search(r);
  if (!response.ok()) {
    return FromStatus(response.status(), "q");
  }
  HttpReply reply;
  reply.body = search::SearchResponseToJson(*response);
  return reply;
}

struct Suggestion {
  std::string text;
  std::string kind;  // "work", "heading", "term"
  std::string work;
  std::string eid;
};

HttpReply Suggest(Context& c) {
  Params p(c.request);
  const std::string q = p.Required("q", 200);
  const std::size_t limit = p.Number("limit", 8, 1, 20);
  if (p.error()) {
    return *p.error();
  }
  const analysis::Analyzer& analyzer = c.worker.analyzer;
  std::vector<std::vector<std::string>> typed;  // keys per word of the query
  for (const analysis::Token& t : analyzer.AnalyzeQuery(q)) {
    if (typed.empty() || typed.size() <= t.position) {
      typed.resize(t.position + 1);
    }
    typed[t.position].push_back(t.key);
  }
  std::erase_if(typed, [](const auto& keys) { return keys.empty(); });
  if (typed.empty()) {
    return JsonReply({{"q", q}, {"suggestions", json::array()}});
  }
  std::vector<Suggestion> candidates;
  for (const model::Work& w : c.snapshot.corpus.works()) {
    for (const std::string& alias : w.metadata.aliases) {
      candidates.push_back({alias, "work", w.metadata.uri, ""});
    }
    for (const auto& [language, name] : w.names) {
      candidates.push_back({name, "work", w.metadata.uri, ""});
    }
    std::set<std::string> headings;
    for (const model::Expression& e : w.expressions) {
      for (const model::Provision& prov : e.provisions) {
        if (prov.element == "article" && !prov.heading.empty() &&
            headings.insert(prov.heading).second) {
          candidates.push_back({prov.heading, "heading", w.metadata.uri, prov.eid});
        }
      }
    }
  }
  for (const model::Concept& concept_entry : c.snapshot.thesaurus.concepts) {
    for (const auto& [language, terms] : concept_entry.terms) {
      for (const std::string& term : terms) {
        candidates.push_back({term, "term", "", ""});
      }
    }
  }

  // A candidate matches when the typed words start at one of its words, the
  // last typed word as a prefix. Earlier starts and works rank first.
  struct Scored {
    std::size_t offset;
    int kind;
    std::size_t length;
    const Suggestion* s;
  };

  std::vector<Scored> matches;
  for (const Suggestion& s : candidates) {
    std::vector<std::vector<std::string>> words;
    for (const analysis::Token& t : analyzer.AnalyzeQuery(s.text)) {
      if (words.size() <= t.position) {
        words.resize(t.position + 1);
      }
      words[t.position].push_back(t.key);
    }
    std::erase_if(words, [](const auto& keys) { return keys.empty(); });
    for (std::size_t at = 0; at + typed.size() <= words.size(); ++at) {
      bool all = true;
      for (std::size_t k = 0; k < typed.size() && all; ++k) {
        const bool last = k + 1 == typed.size();
        bool any = false;
        for (const std::string& want : typed[k]) {
          for (const std::string& have : words[at + k]) {
            any = any || (last ? have.rfind(want, 0) == 0 : have == want);
          }
        }
        all = any;
      }
      if (all) {
        matches.push_back({at,
                           s.kind == "work"      ? 0
                           : s.kind == "heading" ? 1
                                                 : 2,
                           s.text.size(), &s});
        break;
      }
    }
  }
  std::sort(matches.begin(), matches.end(), [](const Scored& a, const Scored& b) {
    return std::tie(a.offset, a.kind, a.length, a.s->text) <
           std::tie(b.offset, b.kind, b.length, b.s->text);
  });
  json out = json::array();
  std::set<std::string> seen;
  for (const Scored& m : matches) {
    if (out.size() >= limit) {
      break;
    }
    if (!seen.insert(m.s->text).second) {
      continue;
    }
    json item = {{"text", m.s->text}, {"kind", m.s->kind}};
    if (!m.s->work.empty()) {
      item["work"] = m.s->work;
    }
    if (!m.s->eid.empty()) {
      item["eId"] = m.s->eid;
    }
    out.push_back(std::move(item));
  }
  return JsonReply({{"q", q}, {"suggestions", out}});
}

// ---- works ------------------------------------------------------------------------

json WorkSummary(const model::Work& w) {
  json names = json::object();
  for (const auto& [language, name] : w.names) {
    names[std::string(LanguageCode(language))] = name;
  }
  json short_titles = json::object();
  for (const auto& [language, title] : w.short_titles) {
    short_titles[std::string(LanguageCode(language))] = title;
  }
  json expressions = json::array();
  for (const model::Expression& e : w.expressions) {
    expressions.push_back({{"uri", e.uri},
                           {"lang", std::string(LanguageCode(e.language))},
                           {"valid_from", e.date.ToString()},
                           {"valid_to", e.valid_to ? json(e.valid_to->ToString()) : json(nullptr)},
                           {"status", std::string(model::TextStatusName(e.status))},
                           {"verification", std::string(model::VerificationName(e.verification))},
                           {"verification_note", e.verification_note},
                           {"official_source", e.official_source},
                           {"provisions", e.provisions.size()}});
  }
  json dates = json::array();
  for (const model::Date& d : w.VersionDates()) {
    dates.push_back(d.ToString());
  }
  return {{"uri", w.metadata.uri},
          {"slug", Slug(w.metadata.uri)},
          {"kind", w.metadata.kind},
          {"level", w.metadata.IsInternational() ? "international" : "national"},
          {"country", w.metadata.country},
          {"number", w.metadata.number},
          {"date", w.metadata.date ? json(w.metadata.date->ToString()) : json(nullptr)},
          {"names", names},
          {"short_titles", short_titles},
          {"aliases", w.metadata.aliases},
          {"languages", LanguagesJson(w.Languages())},
          {"versions", dates},
          {"repealed", w.repealed ? json(w.repealed->ToString()) : json(nullptr)},
          {"expressions", expressions}};
}

json Toc(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  json item = {{"eId", p.eid}, {"element", p.element}, {"num", p.num}, {"heading", p.heading}};
  if (p.element != "article") {
    json children = json::array();
    for (std::size_t child : p.children) {
      children.push_back(Toc(e, child));
    }
    if (!children.empty()) {
      item["children"] = children;
    }
  }
  return item;
}

HttpReply Works(Context& c) {
  json works = json::array();
  for (const model::Work& w : c.snapshot.corpus.works()) {
    works.push_back(WorkSummary(w));
  }
  return JsonReply({{"works", works}, {"generation", c.snapshot.generation}});
}

HttpReply WorkDetail(Context& c) {
  std::string id = c.request.path.substr(std::string("/api/v1/works/").size());
  const model::Work* w = FindWork(c.snapshot, id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + id + "' in the index");
  }
  Params p(c.request);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const std::optional<model::Date> at = p.Date("at");
  if (p.error()) {
    return *p.error();
  }
  json out = WorkSummary(*w);
  const model::Date day = at.value_or(model::Date::Today());
  if (const model::Expression* e = w->InForce(language, day)) {
    json toc = json::array();
    for (std::size_t root : e->Roots()) {
      toc.push_back(Toc(*e, root));
    }
    out["toc"] = {{"expression", e->uri},
                  {"lang", std::string(LanguageCode(language))},
                  {"long_title", e->long_title},
                  {"items", toc}};
  }
  return JsonReply(out);
}

// ---- provisions -------------------------------------------------------------------

json ProvisionTree(const model::Expression& e, std::size_t index) {
  const model::Provision& p = e.provisions[index];
  json children = json::array();
  for (std::size_t child : p.children) {
    children.push_back(ProvisionTree(e, child));
  }
  json out = {{"eId", p.eid},         {"element", p.element}, {"num", p.num},
              {"heading", p.heading}, {"text", p.text},       {"wrap_up", p.wrap_up},
              {"children", children}};
  if (!p.notes.empty()) {
    out["notes"] = p.notes;
  }
  return out;
}

bool IsCyrillic(const std::string& text) {
  return analysis::Analyzer::DetectScript(text) == analysis::Script::kCyrillic;
}

search::CitationParts PartsOf(const model::Expression& e, std::size_t index) {
  search::CitationParts parts;
  std::vector<std::size_t> chain = e.Ancestors(index);
  chain.push_back(index);
  bool in_article = false;
  for (std::size_t at : chain) {
    const model::Provision& p = e.provisions[at];
    if (p.element == "article") {
      parts = {CanonicalNumber(p.num), "", ""};
      in_article = true;
    } else if (in_article && p.element == "paragraph") {
      parts.part = CanonicalNumber(p.num);
    } else if (in_article && p.element == "point") {
      parts.point_label = search::PointLabel(p.num);
    }
  }
  return parts;
}

// The work's short title in a language: its q:shortTitle, else the first
// alias written in the citation's script (a Russian citation never ends in
// "JK"), else its name.
std::string ShortTitle(const model::Work& w, Language language, bool cyrillic) {
  if (auto it = w.short_titles.find(language); it != w.short_titles.end()) {
    return it->second;
  }
  for (const std::string& alias : w.metadata.aliases) {
    if (IsCyrillic(alias) == cyrillic) {
      return alias;
    }
  }
  return w.Name(language);
}

std::string ShortCitation(const model::Work& w, const model::Expression& e, std::size_t index) {
  const bool cyrillic = IsCyrillic(e.FullText(index));
  const std::string title = ShortTitle(w, e.language, cyrillic);
  std::string out = search::FormatCitation(PartsOf(e, index), e.language, cyrillic, title);
  if (out.empty()) {
    const model::Provision& p = e.provisions[index];
    out = title + ", " + (p.num.empty() ? p.heading : p.num);
  }
  return out;
}

// The latest amending act of the version, for "as amended by …".
const model::ActReference* LatestAmendment(const model::Expression& e) {
  const model::ActReference* latest = nullptr;
  model::Date when;
  for (const model::LifecycleEvent& event : e.events) {
    if (event.type == "amendment" && (latest == nullptr || !(event.date < when))) {
      if (const model::ActReference* ref = e.FindReference(event.source)) {
        latest = ref;
        when = event.date;
      }
    }
  }
  return latest;
}

std::string FullCitation(const model::Work& w, const model::Expression& e, std::size_t index) {
  const search::CitationParts parts = PartsOf(e, index);
  const bool cyrillic = IsCyrillic(e.FullText(index));
  std::string cited =
      search::FormatCitation(parts, e.language, cyrillic, "", w.metadata.IsInternational());
  if (cited.empty()) {
    const model::Provision& p = e.provisions[index];
    cited = p.num.empty() ? p.heading : p.num;
  }
  std::string out;
  switch (e.language) {
    case Language::kEnglish:
      out = cited + " of the " + w.Name(e.language);
      break;
    case Language::kRussian:
      out = cited + " — " + w.Name(e.language);
      break;
    case Language::kUzbek:
      out = w.Name(e.language) + ", " + cited;
      break;
  }
  if (const model::ActReference* act = LatestAmendment(e)) {
    switch (e.language) {
      case Language::kEnglish:
        out += " (as amended by " + act->show_as + ")";
        break;
      case Language::kRussian:
        out += " (в редакции: " + act->show_as + ")";
        break;
      case Language::kUzbek:
        out += " (" + act->show_as + (cyrillic ? " таҳририда)" : " tahririda)");
        break;
    }
  }
  return out;
}

std::string Permalink(const model::Expression& e, const std::string& eid) {
  return e.uri + "/~" + eid;
}

struct FoundProvision {
  const model::Work* work = nullptr;
  const model::Expression* expression = nullptr;
  std::size_t index = model::kNoProvision;
};

// Looks up work + eId (or identity) as in force on a day in a language;
// a reply when it cannot.
std::variant<FoundProvision, HttpReply> FindProvisionAt(const search::Snapshot& snapshot,
                                                        const std::string& work_id,
                                                        const std::string& eid, Language language,
                                                        const model::Date& day) {
  const model::Work* w = FindWork(snapshot, work_id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
  }
  const model::Expression* e = w->InForce(language, day);
  if (e == nullptr) {
    return ErrorReply(404, "not_in_force",
                      "no version of " + w->metadata.uri + " in " +
                          std::string(LanguageCode(language)) + " was in force on " +
                          day.ToString());
  }
  if (eid.empty()) {
    return FoundProvision{w, e, model::kNoProvision};
  }
  const std::size_t index = versions::FindProvision(*e, eid);
  if (index == model::kNoProvision) {
    return ErrorReply(404, "not_found",
                      "'" + eid + "' was not part of " + w->metadata.uri +
                          " in the version in "
                          "force on " +
                          day.ToString() + " (from " + e->date.ToString() + ")",
                      "eid");
  }
  return FoundProvision{w, e, index};
}

std::vector<Language> LanguagesWith(const model::Work& w, const model::Date& day,
                                    const std::string& identity) {
  std::vector<Language> out;
  for (Language l : kAllLanguages) {
    if (const model::Expression* e = w.InForce(l, day)) {
      if (identity.empty() || versions::FindProvision(*e, identity) != model::kNoProvision) {
        out.push_back(l);
      }
    }
  }
  return out;
}

json ProvisionJson(const FoundProvision& f) {
  const model::Expression& e = *f.expression;
  const model::Work& w = *f.work;
  json out = {{"work", w.metadata.uri},
              {"work_name", w.Name(e.language)},
              {"expression", e.uri},
              {"lang", std::string(LanguageCode(e.language))},
              {"valid_from", e.date.ToString()},
              {"valid_to", e.valid_to ? json(e.valid_to->ToString()) : json(nullptr)},
              {"status", std::string(model::TextStatusName(e.status))},
              {"verification", std::string(model::VerificationName(e.verification))},
              {"verification_note", e.verification_note},
              {"official_source", e.official_source}};
  if (f.index == model::kNoProvision) {
    json items = json::array();
    for (std::size_t root : e.Roots()) {
      items.push_back(ProvisionTree(e, root));
    }
    out["long_title"] = e.long_title;
    out["provisions"] = items;
    out["languages"] = LanguagesJson(LanguagesWith(w, e.date, ""));
    out["permalink"] = e.uri;
    return out;
  }
  const model::Provision& p = e.provisions[f.index];
  json breadcrumb = json::array();
  for (std::size_t at : e.Ancestors(f.index)) {
    const model::Provision& a = e.provisions[at];
    breadcrumb.push_back(
        {{"eId", a.eid}, {"element", a.element}, {"num", a.num}, {"heading", a.heading}});
  }
  json amended_by = json::array();
  for (const model::TextualModification& m : e.modifications) {
    for (const std::string& destination : m.destinations) {
      if (destination == p.eid || destination.rfind(p.eid + "__", 0) == 0) {
        if (const model::ActReference* ref = e.FindReference(m.source)) {
          amended_by.push_back({{"href", ref->href},
                                {"show_as", ref->show_as},
                                {"type", m.type},
                                {"destination", destination}});
        }
      }
    }
  }
  out.update({{"eId", p.eid},
              {"wId", p.wid.empty() ? json(nullptr) : json(p.wid)},
              {"element", p.element},
              {"num", p.num},
              {"heading", p.heading},
              {"text", e.FullText(f.index)},
              {"breadcrumb", breadcrumb},
              {"provision", ProvisionTree(e, f.index)},
              {"languages", LanguagesJson(LanguagesWith(w, e.date, p.Identity()))},
              {"citation", ShortCitation(w, e, f.index)},
              {"amended_by", amended_by},
              {"permalink", Permalink(e, p.eid)}});
  return out;
}

HttpReply Provision(Context& c) {
  Params p(c.request);
  const std::string work = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const model::Date at = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  auto found = FindProvisionAt(c.snapshot, work, eid, language, at);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  return JsonReply(ProvisionJson(std::get<FoundProvision>(found)));
}

// /akn/{work URI}[/{lang}[@{date}]][/~{eId}]
HttpReply Akn(Context& c) {
  std::string path = c.request.path;
  std::string eid;
  if (const auto tilde = path.find("/~"); tilde != std::string::npos) {
    eid = path.substr(tilde + 2);
    path = path.substr(0, tilde);
  }
  const model::Work* work = nullptr;
  for (const model::Work& w : c.snapshot.corpus.works()) {
    if (path == w.metadata.uri || path.rfind(w.metadata.uri + "/", 0) == 0) {
      work = &w;
    }
  }
  if (work == nullptr) {
    return ErrorReply(404, "not_found", "no work at " + path);
  }
  std::string rest = path.substr(work->metadata.uri.size());
  Params p(c.request);
  Language language = p.Lang("lang").value_or(Language::kEnglish);
  model::Date day = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  if (!rest.empty()) {
    rest = rest.substr(1);  // "rus@2019-01-01" or "rus"
    const auto at = rest.find('@');
    const auto parsed = ParseLanguageCode(rest.substr(0, at));
    if (!parsed || rest.find('/') != std::string::npos) {
      return ErrorReply(404, "not_found", "'" + rest + "' is not LANG or LANG@DATE");
    }
    language = *parsed;
    if (at != std::string::npos) {
      auto date = model::Date::Parse(rest.substr(at + 1));
      if (!date) {
        return ErrorReply(400, "bad_param",
                          "'" + rest.substr(at + 1) + "' is not a real date written YYYY-MM-DD",
                          "date");
      }
      day = *date;
    }
  }
  auto found = FindProvisionAt(c.snapshot, work->metadata.uri, eid, language, day);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  return JsonReply(ProvisionJson(std::get<FoundProvision>(found)));
}

// ---- versions, diffs, citations, concordance ---------------------------------------

HttpReply Versions(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  if (p.error()) {
    return *p.error();
  }
  const model::Work* w = FindWork(c.snapshot, work_id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
  }
  if (eid.empty()) {
    return JsonReply(versions::TimelineJson(versions::WorkTimeline(*w, language)));
  }
  Result<versions::Timeline> timeline = versions::ProvisionTimeline(*w, eid, language);
  if (!timeline.ok()) {
    return FromStatus(timeline.status(), "eid");
  }
  return JsonReply(versions::TimelineJson(*timeline));
}

HttpReply Diff(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const std::optional<model::Date> from = p.Date("from");
  const model::Date to = p.Date("to").value_or(model::Date::Today());
  const std::string with_work = p.String("with_work");
  const std::string with_eid = p.String("with_eid", 200);
  const std::string format = p.String("format", 10);
  const versions::DiffOptions options{p.Flag("ignore_whitespace"), p.Flag("ignore_case")};
  // ui=uzb-Cyrl: the summary in Uzbek, Cyrillic script.
  const bool uzbek_cyrillic = p.String("ui", 10) == "uzb-Cyrl";
  const versions::SummaryLanguage summary_language(
      uzbek_cyrillic ? Language::kUzbek : p.Lang("ui").value_or(language), uzbek_cyrillic);
  if (p.error()) {
    return *p.error();
  }
  if (!from) {
    return ErrorReply(400, "bad_param", "from is required (YYYY-MM-DD)", "from");
  }
  if (!format.empty() && format != "json" && format != "html") {
    return ErrorReply(400, "bad_param", "format must be json or html", "format");
  }
  auto a = FindProvisionAt(c.snapshot, work_id, eid, language, *from);
  if (auto* reply = std::get_if<HttpReply>(&a)) {
    return *reply;
  }
  auto b = FindProvisionAt(c.snapshot, with_work.empty() ? work_id : with_work,
                           with_work.empty() ? eid : with_eid, language, to);
  if (auto* reply = std::get_if<HttpReply>(&b)) {
    return *reply;
  }
  const FoundProvision& fa = std::get<FoundProvision>(a);
  const FoundProvision& fb = std::get<FoundProvision>(b);
  if ((fa.index == model::kNoProvision) != (fb.index == model::kNoProvision)) {
    return ErrorReply(400, "bad_param",
                      "compare a provision with a provision, or a work with a work", "with_eid");
  }
  const versions::Comparison comparison =
      fa.index == model::kNoProvision
          ? versions::CompareExpressions(c.worker.analyzer, *fa.expression, *fb.expression,
                                         summary_language, options)
          : versions::CompareProvision(c.worker.analyzer, *fa.expression, fa.index, *fb.expression,
                                       fb.index, summary_language, options);
  if (format == "html") {
    HttpReply reply;
    reply.content_type = "text/html; charset=utf-8";
    std::string html = "<div class=\"qonun-diff\">\n<ul class=\"summary\">\n";
    for (const std::string& line : comparison.summary) {
      html += "<li>" + line + "</li>\n";
    }
    html += "</ul>\n";
    for (const versions::UnitDiff& u : comparison.units) {
      html += "<section class=\"unit " + std::string(versions::UnitChangeName(u.change)) +
              "\"><h4>" + u.label + "</h4><p>" + versions::WordDiffToHtml(u.words) +
              "</p></section>\n";
    }
    reply.body = html + "</div>\n";
    return reply;
  }
  json out = versions::ComparisonJson(comparison);
  out["from"] = {
      {"expression", fa.expression->uri},
      {"valid_from", fa.expression->date.ToString()},
      {"eId", fa.index == model::kNoProvision ? json(nullptr)
                                              : json(fa.expression->provisions[fa.index].eid)}};
  out["to"] = {
      {"expression", fb.expression->uri},
      {"valid_from", fb.expression->date.ToString()},
      {"eId", fb.index == model::kNoProvision ? json(nullptr)
                                              : json(fb.expression->provisions[fb.index].eid)}};
  return JsonReply(out);
}

HttpReply Cite(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.Required("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const model::Date at = p.Date("at").value_or(model::Date::Today());
  const std::string style = p.String("style", 10);
  if (p.error()) {
    return *p.error();
  }
  if (!style.empty() && style != "short" && style != "full") {
    return ErrorReply(400, "bad_param", "style must be short or full", "style");
  }
  auto found = FindProvisionAt(c.snapshot, work_id, eid, language, at);
  if (auto* reply = std::get_if<HttpReply>(&found)) {
    return *reply;
  }
  const FoundProvision& f = std::get<FoundProvision>(found);
  const std::string identity = f.expression->provisions[f.index].Identity();
  json citations = json::object();
  for (Language l : kAllLanguages) {
    const model::Expression* e = f.work->InForce(l, at);
    const std::size_t index = e ? versions::FindProvision(*e, identity) : model::kNoProvision;
    if (index == model::kNoProvision) {
      continue;
    }
    json item = json::object();
    if (style != "full") {
      item["short"] = ShortCitation(*f.work, *e, index);
    }
    if (style != "short") {
      item["full"] = FullCitation(*f.work, *e, index);
    }
    item["permalink"] = Permalink(*e, e->provisions[index].eid);
    citations[std::string(LanguageCode(l))] = item;
  }
  return JsonReply(
      {{"work", f.work->metadata.uri},
       {"eId", f.expression->provisions[f.index].eid},
       {"lang", std::string(LanguageCode(language))},
       {"at", at.ToString()},
       {"valid_from", f.expression->date.ToString()},
       {"citations", citations},
       {"permalink", Permalink(*f.expression, f.expression->provisions[f.index].eid)}});
}

HttpReply Concordance(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const std::string eid = p.String("eid", 200);
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  if (p.error()) {
    return *p.error();
  }
  const model::Work* w = FindWork(c.snapshot, work_id);
  if (w == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
  }
  // The provision and the article (and parts) it belongs to: "art_135__para_2"
  // is linked through "art_135" too.
  std::vector<std::string> eids;
  for (std::string at = eid; !at.empty();) {
    eids.push_back(at);
    const auto cut = at.rfind("__");
    at = cut == std::string::npos ? "" : at.substr(0, cut);
  }
  json links = json::array();
  for (const model::ConcordanceLink& link : c.snapshot.concordance.links) {
    const bool national =
        link.national_work == w->metadata.uri &&
        (eid.empty() || std::find(eids.begin(), eids.end(), link.national_eid) != eids.end());
    const bool international =
        link.international_work == w->metadata.uri &&
        (eid.empty() || std::find(eids.begin(), eids.end(), link.international_eid) != eids.end());
    if (!national && !international) {
      continue;
    }
    const std::string other_work = national ? link.international_work : link.national_work;
    const std::string other_eid = national ? link.international_eid : link.national_eid;
    json item = {{"national_work", link.national_work},
                 {"national_eid", link.national_eid},
                 {"international_work", link.international_work},
                 {"international_eid", link.international_eid},
                 {"relation", std::string(model::ConcordanceRelationName(link.relation))},
                 {"tags", link.tags},
                 {"note", link.note},
                 {"other_work", other_work},
                 {"other_eid", other_eid}};
    if (const model::Work* ow = c.snapshot.corpus.FindWork(other_work)) {
      item["other_work_name"] = ow->Name(language);
      if (const model::Expression* e = ow->InForce(language, model::Date::Today())) {
        const std::size_t index = versions::FindProvision(*e, other_eid);
        if (index != model::kNoProvision) {
          item["other_citation"] = ShortCitation(*ow, *e, index);
          item["other_heading"] = e->provisions[index].heading;
          item["other_permalink"] = Permalink(*e, e->provisions[index].eid);
        }
      }
    }
    links.push_back(std::move(item));
  }
  return JsonReply({{"work", w->metadata.uri}, {"eId", eid}, {"links", links}});
}

// ---- health, metrics, openapi ---------------------------------------------------------

HttpReply Metrics(State& state, const std::shared_ptr<const search::Snapshot>& snapshot) {
  std::ostringstream out;
  std::lock_guard<std::mutex> lock(state.metrics_mutex);
  out << "# HELP qonun_requests_total Requests answered, by route and status.\n"
         "# TYPE qonun_requests_total counter\n";
  std::uint64_t errors = 0;
  for (const auto& [key, count] : state.requests) {
    out << "qonun_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} "
        << count << "\n";
    if (key.second >= 500) {
      errors += count;
    }
  }
  out << "# HELP qonun_errors_total Requests answered with a 5xx status.\n"
         "# TYPE qonun_errors_total counter\nqonun_errors_total "
      << errors << "\n";
  out << "# HELP qonun_request_duration_seconds Time to answer a request.\n"
         "# TYPE qonun_request_duration_seconds histogram\n";
  std::uint64_t cumulative = 0;
  for (std::size_t i = 0; i < kLatencyBuckets.size(); ++i) {
    cumulative += state.latency_counts[i];
    out << "qonun_request_duration_seconds_bucket{le=\"" << kLatencyBuckets[i] << "\"} "
        << cumulative << "\n";
  }
  cumulative += state.latency_counts[kLatencyBuckets.size()];
  out << "qonun_request_duration_seconds_bucket{le=\"+Inf\"} " << cumulative << "\n"
      << "qonun_request_duration_seconds_sum " << state.latency_sum << "\n"
      << "qonun_request_duration_seconds_count " << state.latency_count << "\n";
  const internal::ResponseCache::Stats cache = state.cache.stats();
  out << "# HELP qonun_cache_hits_total Requests answered from the reply cache.\n"
         "# TYPE qonun_cache_hits_total counter\nqonun_cache_hits_total "
      << cache.hits << "\n";
  out << "# HELP qonun_cache_misses_total Cacheable requests the cache could not answer.\n"
         "# TYPE qonun_cache_misses_total counter\nqonun_cache_misses_total "
      << cache.misses << "\n";
  out << "# HELP qonun_cache_bytes Memory held by cached replies.\n"
         "# TYPE qonun_cache_bytes gauge\nqonun_cache_bytes "
      << cache.bytes << "\n";
  long generation = 0;
  if (snapshot) {
    generation =
        std::strtol(snapshot->generation.c_str() + schema::kGenerationPrefix.size(), nullptr, 10);
  }
  out << "# HELP qonun_index_generation The index generation being served (0: none).\n"
         "# TYPE qonun_index_generation gauge\nqonun_index_generation "
      << generation << "\n";
  HttpReply reply;
  reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
  reply.body = out.str();
  return reply;
}

using Handler = HttpReply (*)(Context&);

struct Route {
  RouteInfo info;
  Handler handler;  // null for routes answered without a snapshot
};

const std::vector<Route>& Routes() {
  static const std::vector<Route> routes = {
      {{"GET", "/api/v1/search", "search"}, Search},
      {{"GET", "/api/v1/suggest", "suggest"}, Suggest},
      {{"GET", "/api/v1/works", "works"}, Works},
      {{"GET", "/api/v1/works/*", "work"}, WorkDetail},
      {{"GET", "/api/v1/provision", "provision"}, Provision},
      {{"GET", "/api/v1/versions", "versions"}, Versions},
      {{"GET", "/api/v1/diff", "diff"}, Diff},
      {{"GET", "/api/v1/cite", "cite"}, Cite},
      {{"GET", "/api/v1/concordance", "concordance"}, Concordance},
      {{"GET", "/akn/*", "akn"}, Akn},
      {{"GET", "/health", "health"}, nullptr},
      {{"GET", "/metrics", "metrics"}, nullptr},
      {{"GET", "/api/v1/openapi.json", "openapi"}, nullptr},
  };
  return routes;
}

bool PathMatches(const std::string& pattern, const std::string& path) {
  if (pattern.ends_with("*")) {
    const std::string prefix = pattern.substr(0, pattern.size() - 1);
    return path.size() > prefix.size() && path.rfind(prefix, 0) == 0;
  }
  return path == pattern;
}

}  // namespace

const std::vector<RouteInfo>& RouteTable() {
  static const std::vector<RouteInfo> table = [] {
    std::vector<RouteInfo> out;
    for (const Route& r : Routes()) {
      out.push_back(r.info);
    }
    return out;
  }();
  return table;
}

Service::Service(ServiceOptions options) : state_(std::make_unique<State>(std::move(options))) {
  state_->Current();
}

Service::~Service() = default;

bool Service::Ready() {
  return state_->Current() != nullptr;
}

std::string Service::RouteName(const std::string& method, const std::string& path) {
  for (const Route& r : Routes()) {
    if (r.info.method == method && PathMatches(r.info.path, path)) {
      return r.info.name;
    }
  }
  return "other";
}

void Service::Record(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(state_->metrics_mutex);
  ++state_->requests[{route, status}];
  std::size_t bucket = 0;
  while (bucket < kLatencyBuckets.size() && seconds > kLatencyBuckets[bucket]) {
    ++bucket;
  }
  ++state_->latency_counts[bucket];
  state_->latency_sum += seconds;
  ++state_->latency_count;
}

HttpReply Service::Handle(const HttpRequest& request) {
  try {
    const Route* route = nullptr;
    std::vector<std::string> allowed;
    for (const Route& r : Routes()) {
      if (PathMatches(r.info.path, request.path)) {
        allowed.push_back(r.info.method);
        if (r.info.method == request.method ||
            (request.method == "HEAD" && r.info.method == "GET")) {
          route = &r;
          break;
        }
      }
    }
    if (route == nullptr && !allowed.empty()) {
      HttpReply reply = ErrorReply(
          405, "method_not_allowed",
          request.method + " is not allowed on " + request.path + "; this API is read-only");
      reply.headers.emplace_back("Allow", "GET, HEAD");
      return reply;
    }
    if (route == nullptr) {
      if (!state_->options.web_root.empty() &&
          (request.method == "GET" || request.method == "HEAD")) {
        return internal::ServeStatic(state_->options.web_root, request.path);
      }
      if (request.method != "GET" && request.method != "HEAD") {
        return ErrorReply(405, "method_not_allowed",
                          request.method + " is not allowed; this API is read-only");
      }
      return ErrorReply(404, "not_found", "no such route: " + request.path);
    }
    const std::shared_ptr<const search::Snapshot> snapshot = state_->Current();
    if (route->info.name == "openapi") {
      HttpReply reply;
      reply.body = internal::OpenApiDocument();
      return reply;
    }
    if (route->info.name == "metrics") {
      return Metrics(*state_, snapshot);
    }
    if (route->info.name == "health") {
      if (!snapshot) {
        std::lock_guard<std::mutex> lock(state_->snapshot_mutex);
        return JsonReply({{"status", "unavailable"}, {"reason", state_->snapshot_error}}, 503);
      }
      return JsonReply({{"status", "ready"},
                        {"generation", snapshot->generation},
                        {"built_at", snapshot->built_at},
                        {"works", snapshot->corpus.works().size()}});
    }
    if (!snapshot) {
      std::lock_guard<std::mutex> lock(state_->snapshot_mutex);
      return ErrorReply(503, "unavailable", "no index is open: " + state_->snapshot_error);
    }
    const std::string cache_key =
        internal::CacheKey(snapshot->generation, model::Date::Today().ToString(), request);
    if (std::shared_ptr<const HttpReply> cached = state_->cache.Find(cache_key)) {
      return *cached;
    }
    Result<std::unique_ptr<State::Worker>> worker = state_->Borrow();
    if (!worker.ok()) {
      return FromStatus(worker.status());
    }
    // Searchers follow the snapshot to the new generation.
    if ((*worker)->searcher.generation() != snapshot->generation) {
      Result<bool> refreshed = (*worker)->searcher.Refresh();
      if (!refreshed.ok()) {
        return FromStatus(refreshed.status());
      }
    }
    Context context{request, *snapshot, **worker, *state_};
    HttpReply reply = route->handler(context);
    state_->Return(std::move(worker).value());
    if (reply.status == 200) {
      state_->cache.Insert(cache_key, std::make_shared<const HttpReply>(reply));
    }
    return reply;
  } catch (const std::exception&) {
    return ErrorReply(500, "internal", "the server could not answer this request");
  }
}

}  // namespace qonun::api

#include <algorithm>
#include <set>
#include <sstream>
#include <tuple>

#include "analysis/analyzer.h"
#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "search/query_parser.h"
#include "search/response_json.h"
#include "search/searcher.h"

namespace qonun::api::internal {

using nlohmann::json;

namespace {

struct Suggestion {
  std::string text;
  std::string kind;  // "work", "heading", "term"
  std::string work;
  std::string eid;
};

}  // namespace

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
    if (response.status().code() == StatusCode::kDataLoss) {
      c.serving.MarkDamaged(c.snapshot.generation, response.status().message());
    }
    return FromStatus(response.status(), "q");
  }
  HttpReply reply;
  reply.body = search::SearchResponseToJson(*response);
  return reply;
}

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

}  // namespace qonun::api::internal

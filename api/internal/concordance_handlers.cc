// The concordance matrix: each article of a treaty with the national
// provisions that implement it, and the articles nothing implements (gaps).
// The rows come from model::ConcordanceMatrix; this file only dresses them
// with names, citations and permalinks for one language and one day.

#include <string>

#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/concordance.h"
#include "model/provision_citation.h"

#include "citation/format.h"
#include "versions/timeline.h"

namespace qonun::api::internal {

using nlohmann::json;

namespace {

// How far an article is implemented: the strongest relation among its links,
// else the table's gap row, else nothing said ("not_assessed").
std::string ArticleStatus(const model::MatrixRow& row) {
  bool partial = false;
  for (const model::ConcordanceLink* link : row.links) {
    if (link->relation == model::ConcordanceRelation::kImplements) {
      return "implemented";
    }
    partial = partial || link->relation == model::ConcordanceRelation::kPartiallyImplements;
  }
  if (partial) {
    return "partially_implemented";
  }
  if (!row.links.empty()) {
    return "related_only";
  }
  if (row.gap != nullptr) {
    return std::string(model::GapKindName(row.gap->kind));
  }
  return "not_assessed";
}

// The national side of a link, cited from the version in force on `day` in
// `language`, or else from the latest version that has the provision (a link
// may name a provision a later version removed or renumbered).
json NationalSide(const search::Snapshot& snapshot, const model::ConcordanceLink& link,
                  Language language, const model::Date& day) {
  json item = {{"national_work", link.national_work},
               {"national_eid", link.national_eid},
               {"international_eid", link.international_eid},
               {"relation", std::string(model::ConcordanceRelationName(link.relation))},
               {"tags", link.tags},
               {"note", link.note}};
  const model::Work* work = snapshot.corpus.FindWork(link.national_work);
  if (work == nullptr) {
    return item;
  }
  item["national_work_name"] = work->Name(language);
  const model::Expression* cited = work->InForce(language, day);
  std::size_t index =
      cited != nullptr ? versions::FindProvision(*cited, link.national_eid) : model::kNoProvision;
  for (auto e = work->expressions.rbegin();
       index == model::kNoProvision && e != work->expressions.rend(); ++e) {
    if (e->language == language) {
      cited = &*e;
      index = versions::FindProvision(*e, link.national_eid);
    }
  }
  if (index != model::kNoProvision) {
    item["citation"] = model::ShortCitation(*work, *cited, index);
    item["heading"] = cited->provisions[index].heading;
    item["permalink"] = Permalink(cited->uri, cited->provisions[index].eid);
    item["valid_from"] = cited->date.ToString();
  }
  return item;
}

}  // namespace

HttpReply ConcordanceMatrix(Context& c) {
  Params p(c.request);
  const std::string work_id = p.Required("work");
  const Language language = p.Lang("lang").value_or(Language::kEnglish);
  const model::Date day = p.Date("at").value_or(model::Date::Today());
  if (p.error()) {
    return *p.error();
  }
  const model::Work* treaty = FindWork(c.snapshot, work_id);
  if (treaty == nullptr) {
    return ErrorReply(404, "not_found", "no work '" + work_id + "' in the index", "work");
  }
  if (!treaty->metadata.IsInternational()) {
    return ErrorReply(400, "bad_param",
                      "'" + work_id + "' is a national act; the matrix is made for a treaty",
                      "work");
  }
  const model::Expression* e = treaty->InForce(language, day);
  if (e == nullptr) {
    return ErrorReply(404, "not_found",
                      treaty->metadata.uri + " has no text in force on " + day.ToString() + " in " +
                          std::string(LanguageCode(language)),
                      "at");
  }
  json articles = json::array();
  json counts = json::object();
  for (const model::MatrixRow& row : model::ConcordanceMatrix(c.snapshot.concordance, *e)) {
    const model::Provision& article = e->provisions[row.provision];
    const std::string status = ArticleStatus(row);
    counts[status] = counts.value(status, 0) + 1;
    json links = json::array();
    for (const model::ConcordanceLink* link : row.links) {
      links.push_back(NationalSide(c.snapshot, *link, language, day));
    }
    json item = {{"eId", article.eid},
                 {"num", article.num},
                 {"heading", article.heading},
                 {"citation", model::ShortCitation(*treaty, *e, row.provision)},
                 {"permalink", Permalink(e->uri, article.eid)},
                 {"status", status},
                 {"links", links}};
    if (row.gap != nullptr) {
      item["gap_note"] = row.gap->note;
    }
    articles.push_back(std::move(item));
  }
  return JsonReply({{"work", treaty->metadata.uri},
                    {"work_name", treaty->Name(language)},
                    {"lang", std::string(LanguageCode(language))},
                    {"at", day.ToString()},
                    {"expression", e->uri},
                    {"counts", counts},
                    {"articles", articles}});
}

}  // namespace qonun::api::internal

#include "search/internal/stored_hit.h"

#include <nlohmann/json.hpp>

#include "model/schema.h"

#include "citation/format.h"

namespace qonun::search::internal {

using nlohmann::json;

namespace {

std::vector<Language> LanguagesOf(const json& codes) {
  std::vector<Language> out;
  for (const json& code : codes) {
    if (auto language = ParseLanguageCode(code.get<std::string>())) {
      out.push_back(*language);
    }
  }
  return out;
}

// The document to show for a hit: the same provision and version in the
// display language, where there is one; nullopt when it is the matched one.
std::optional<Xapian::Document> Displayed(const Xapian::Database& db, const json& data,
                                          std::optional<Language> display_language) {
  if (!display_language) {
    return std::nullopt;
  }
  const std::string code(LanguageCode(*display_language));
  if (data.at(schema::field::kLanguage) == code) {
    return std::nullopt;
  }
  const std::string unique = std::string(schema::kUniqueId) +
                             data.at(schema::field::kWork).get<std::string>() + "/" + code + "@" +
                             data.at(schema::field::kValidFrom).get<std::string>() + "/~" +
                             data.at(schema::field::kEid).get<std::string>();
  Xapian::PostingIterator p = db.postlist_begin(unique);
  if (p == db.postlist_end(unique)) {
    return std::nullopt;
  }
  return db.get_document(*p);
}

}  // namespace

Hit ReadHit(const Xapian::Database& db, const Xapian::Document& matched, double score,
            std::optional<Language> display_language, const Catalog& catalog,
            const analysis::Analyzer& analyzer, const MatchTerms& match_terms) {
  // The stored data is parsed once, and once more only for a hit shown in
  // another language than the one matched.
  json data = json::parse(matched.get_data());
  if (const std::optional<Xapian::Document> other = Displayed(db, data, display_language)) {
    data = json::parse(other->get_data());
  }
  Hit hit;
  hit.work = data.at(schema::field::kWork);
  hit.expression = data.at(schema::field::kExpression);
  hit.eid = data.at(schema::field::kEid);
  hit.element = data.at(schema::field::kElement);
  hit.language = ParseLanguageCode(data.at(schema::field::kLanguage).get<std::string>())
                     .value_or(Language::kEnglish);
  hit.num = data.at(schema::field::kNum);
  hit.heading = data.at(schema::field::kHeading);
  hit.text = data.at(schema::field::kText);
  hit.valid_from = data.at(schema::field::kValidFrom);
  hit.valid_to = data.value(schema::field::kValidTo, "");
  hit.languages = LanguagesOf(data.at(schema::field::kLanguages));
  hit.status = data.at(schema::field::kStatus);
  hit.score = score;
  for (const json& b : data.at(schema::field::kBreadcrumb)) {
    hit.breadcrumb.push_back({b.at("eId"), b.at("element"), b.at("num"), b.at("heading")});
  }
  const WorkEntry* work = catalog.Find(hit.work);
  hit.work_name = work ? work->Name(hit.language) : hit.work;
  const json& c = data.at(schema::field::kCitation);
  const CitationParts parts{c.at("article"), c.at("part"),
                            PointLabel(c.value("point_num", std::string()))};
  const Script script = DetectScript(hit.text.empty() ? hit.heading : hit.text);
  const std::string title = work ? ShortTitle(work->short_titles, work->aliases, hit.language,
                                              script, work->Name(hit.language))
                                 : "";
  hit.citation = FormatCitation(parts, hit.language, script, title);
  if (hit.citation.empty()) {
    hit.citation = (work ? title + ", " : "") + (hit.num.empty() ? hit.heading : hit.num);
  }
  const std::string& shown = hit.text.empty() ? hit.heading : hit.text;
  hit.snippet = Highlight(analyzer, shown, hit.language, match_terms);
  return hit;
}

}  // namespace qonun::search::internal

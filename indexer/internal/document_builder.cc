#include "indexer/internal/document_builder.h"

#include <nlohmann/json.hpp>

#include "model/defined_terms.h"
#include "model/provision_citation.h"
#include "model/ranking.h"
#include "model/schema.h"

#include "citation/keys.h"

namespace qonun::indexer::internal {

namespace {

using nlohmann::json;

bool Is(const model::Provision& p, std::initializer_list<std::string_view> elements) {
  for (std::string_view e : elements) {
    if (p.element == e) {
      return true;
    }
  }
  return false;
}

bool AddPosting(Xapian::Document& doc, std::string_view prefix, const std::string& word,
                Xapian::termpos pos, Xapian::termcount wdf = 1) {
  if (word.empty() || prefix.size() + word.size() > schema::kMaxTermBytes) {
    return false;
  }
  doc.add_posting(std::string(prefix) + word, pos, wdf);
  return true;
}

void AddBoolean(Xapian::Document& doc, std::string_view prefix, const std::string& value) {
  if (!value.empty() && prefix.size() + value.size() <= schema::kMaxTermBytes) {
    doc.add_boolean_term(std::string(prefix) + value);
  }
}

}  // namespace

IndexedTexts TextsOf(const model::Expression& expression, std::size_t index) {
  const model::Provision& p = expression.provisions[index];
  IndexedTexts texts;
  texts.heading = p.num + (p.num.empty() || p.heading.empty() ? "" : " ") + p.heading;
  if (Is(p, {"article", "paragraph", "subparagraph", "point", "subpoint", "alinea", "clause",
             "subclause", "indent", "preamble", "conclusions", "rule", "subrule", "proviso",
             "transitional", "level", "hcontainer"})) {
    texts.full = true;
    texts.body = expression.FullText(index);
  }
  return texts;
}

DocumentBuilder::DocumentBuilder(const analysis::Analyzer& analyzer) : analyzer_(analyzer) {
  // Words of the headings of definition articles, in their usual forms.
  const std::map<Language, std::vector<std::string_view>> words = {
      {Language::kEnglish, {"term", "terms", "concept", "concepts", "definition", "definitions"}},
      {Language::kRussian,
       {"термин", "термины", "понятие", "понятия", "определение", "определения"}},
      {Language::kUzbek,
       {"atama", "atamalar", "atamalarning", "tushuncha", "tushunchalar", "taʼrif", "taʼriflar"}},
  };
  for (const auto& [language, list] : words) {
    for (std::string_view word : list) {
      for (const analysis::Token& t : analyzer_.AnalyzeDocument(word, language)) {
        definition_stems_[language].insert(t.stem);
      }
    }
  }
}

std::string DocumentBuilder::TopicOf(const std::string& text, Language language) const {
  return ranking::TopicTerm(analysis::ContentStems(analyzer_, text, language));
}

bool DocumentBuilder::IsDefinitionsHeading(const std::string& heading, Language language) const {
  const auto stems = definition_stems_.find(language);
  if (stems == definition_stems_.end()) {
    return false;
  }
  for (const analysis::Token& t : analyzer_.AnalyzeDocument(heading, language)) {
    if (stems->second.contains(t.stem)) {
      return true;
    }
  }
  return false;
}

std::string UniqueId(const std::string& expression_uri, const std::string& eid) {
  return expression_uri + "/~" + eid;
}

std::string ProvisionKey(const std::string& work_uri, const std::string& identity) {
  return work_uri + "#" + identity;
}

Xapian::Document DocumentBuilder::Build(const model::Work& work,
                                        const model::Expression& expression, std::size_t index,
                                        const std::set<Language>& languages,
                                        std::size_t& text_bytes) const {
  const model::Provision& p = expression.provisions[index];
  const Language language = expression.language;
  const IndexedTexts texts = TextsOf(expression, index);
  const bool full = texts.full;
  const std::string& heading_text = texts.heading;
  const std::string& body_text = texts.body;

  Xapian::Document doc;
  Xapian::termpos pos = 1;
  auto index_text = [&](const std::string& text, bool heading) {
    const std::vector<analysis::Token> tokens = analyzer_.AnalyzeDocument(text, language);
    text_bytes += text.size();
    std::size_t previous_end = 0;
    for (const analysis::Token& t : tokens) {
      if (text.find('\n', previous_end) < t.start) {
        pos += schema::kPositionGap;  // a new block: phrases must not cross it
      }
      previous_end = t.end;
      // A chapter is all heading: boosting it would rank it above its articles.
      const Xapian::termcount wdf = heading && full ? 1 + ranking::kHeadingWdfBoost : 1;
      AddPosting(doc, "", t.key, pos, wdf);
      AddPosting(doc, schema::kStem, t.stem, pos, wdf);
      if (heading) {
        AddPosting(doc, schema::kHeading, t.key, pos);
        AddPosting(doc, schema::kHeadingStem, t.stem, pos);
      }
      ++pos;
    }
    pos += schema::kPositionGap;
  };
  index_text(heading_text, true);
  index_text(body_text, false);

  for (const analysis::Reference& ref : analyzer_.FindReferences(body_text)) {
    AddBoolean(doc, schema::kReference, ref.Key());
  }
  const model::ProvisionCitation citation = model::CitationOf(expression, index);
  if (citation.exact) {
    AddBoolean(doc, schema::kCitation,
               CitationKey(citation.article, citation.part, citation.point));
    if (citation.implicit_part && !citation.point.empty()) {
      // A point of an unnumbered part is also cited without it ("Article 3(a)").
      AddBoolean(doc, schema::kCitation, CitationKey(citation.article, "", citation.point));
    }
  } else if (expression.Ancestors(index).empty() && Is(p, {"paragraph", "point"})) {
    // A point of an act numbered without articles (a decree's "4.").
    AddBoolean(doc, schema::kCitation, UnitCitationKey(CanonicalNumber(p.num)));
  }

  // The enclosing article groups a provision with its parts and points.
  std::string article_identity = p.Identity();
  const model::Provision* article = p.element == "article" ? &p : nullptr;
  for (std::size_t at : expression.Ancestors(index)) {
    if (expression.provisions[at].element == "article") {
      article_identity = expression.provisions[at].Identity();
      article = &expression.provisions[at];
    }
  }

  // Roles for ranking (schema::kRole): preambles, conclusions and
  // heading-only provisions (chapters, titles) are not operative.
  if (full && !Is(p, {"preamble", "conclusions"})) {
    AddBoolean(doc, schema::kRole, "operative");
    if (article != nullptr && IsDefinitionsHeading(article->heading, language)) {
      AddBoolean(doc, schema::kRole, "definition");
      if (article != &p) {
        for (const std::string& term : model::DefinedTerms(p.text)) {
          AddBoolean(doc, schema::kDefinedTerm, TopicOf(term, language));
        }
      }
    }
    if (article != nullptr && work.metadata.kind == "code") {
      AddBoolean(doc, schema::kRole, "sanction");
    }
  }
  if (p.element == "article" && !p.heading.empty()) {
    AddBoolean(doc, schema::kTopic, TopicOf(p.heading, language));
  }
  const std::string code(LanguageCode(language));
  const std::string level(work.metadata.IsInternational() ? schema::kLevelInternational
                                                          : schema::kLevelNational);
  const std::string provision_key = ProvisionKey(work.metadata.uri, p.Identity());
  const std::string valid_from = expression.date.ToString();
  const std::string valid_to =
      expression.valid_to ? expression.valid_to->ToString() : std::string(schema::kOpenEnd);

  AddBoolean(doc, schema::kUniqueId, UniqueId(expression.uri, p.eid));
  AddBoolean(doc, schema::kLanguage, code);
  AddBoolean(doc, schema::kWork, work.metadata.uri);
  AddBoolean(doc, schema::kExpression, expression.uri);
  AddBoolean(doc, schema::kKind, work.metadata.kind);
  AddBoolean(doc, schema::kCountry, work.metadata.country);
  AddBoolean(doc, schema::kLevel, level);
  AddBoolean(doc, schema::kElement, p.element);
  AddBoolean(doc, schema::kProvision, provision_key);

  doc.add_value(schema::kSlotValidFrom, valid_from);
  doc.add_value(schema::kSlotValidTo, valid_to);
  doc.add_value(schema::kSlotWork, work.metadata.uri);
  doc.add_value(schema::kSlotProvisionKey, provision_key);
  doc.add_value(schema::kSlotArticleKey, ProvisionKey(work.metadata.uri, article_identity));
  doc.add_value(schema::kSlotLanguage, code);
  doc.add_value(schema::kSlotKind, work.metadata.kind);
  doc.add_value(schema::kSlotLevel, level);

  json breadcrumb = json::array();
  for (std::size_t at : expression.Ancestors(index)) {
    const model::Provision& a = expression.provisions[at];
    breadcrumb.push_back(
        {{"eId", a.eid}, {"element", a.element}, {"num", a.num}, {"heading", a.heading}});
  }
  json language_codes = json::array();
  for (Language l : languages) {
    language_codes.push_back(std::string(LanguageCode(l)));
  }
  json data = {
      {schema::field::kWork, work.metadata.uri},
      {schema::field::kExpression, expression.uri},
      {schema::field::kLanguage, code},
      {schema::field::kEid, p.eid},
      {schema::field::kElement, p.element},
      {schema::field::kNum, p.num},
      {schema::field::kHeading, p.heading},
      {schema::field::kText, full ? body_text : ""},
      {schema::field::kBreadcrumb, breadcrumb},
      {schema::field::kCitation,
       {{"article", citation.article},
        {"part", citation.part},
        {"point", citation.point},
        {"point_num", citation.point_num},
        {"exact", citation.exact}}},
      {schema::field::kValidFrom, valid_from},
      {schema::field::kLanguages, language_codes},
      {schema::field::kStatus, std::string(model::TextStatusName(expression.status))},
      {schema::field::kKind, work.metadata.kind},
      {schema::field::kCountry, work.metadata.country},
  };
  if (!p.wid.empty()) {
    data[schema::field::kWid] = p.wid;
  }
  if (expression.valid_to) {
    data[schema::field::kValidTo] = expression.valid_to->ToString();
  }
  doc.set_data(data.dump());
  return doc;
}

}  // namespace qonun::indexer::internal

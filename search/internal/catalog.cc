#include "search/internal/catalog.h"

#include <nlohmann/json.hpp>

#include "analysis/name_match.h"
#include "model/ranking.h"

namespace qonun::search::internal {

using nlohmann::json;

const std::string& WorkEntry::Name(Language language) const {
  if (auto it = names.find(language); it != names.end()) {
    return it->second;
  }
  if (auto it = names.find(Language::kEnglish); it != names.end()) {
    return it->second;
  }
  static const std::string no_name;
  return names.empty() ? no_name : names.begin()->second;
}

namespace {

std::map<Language, std::string> ByLanguage(const json& object) {
  std::map<Language, std::string> out;
  for (const auto& [code, value] : object.items()) {
    if (auto language = ParseLanguageCode(code)) {
      out[*language] = value.get<std::string>();
    }
  }
  return out;
}

}  // namespace

const WorkEntry* Catalog::Find(const std::string& uri_or_alias) const {
  for (const WorkEntry& w : works_) {
    if (w.uri == uri_or_alias) {
      return &w;
    }
  }
  for (const WorkEntry& w : works_) {
    for (const std::string& alias : w.aliases) {
      if (alias == uri_or_alias) {
        return &w;
      }
    }
  }
  return nullptr;
}

Result<Catalog> Catalog::Parse(const std::string& works_json, const std::string& thesaurus_json,
                               const analysis::Analyzer& analyzer) {
  Catalog catalog;
  try {
    for (const json& w : json::parse(works_json)) {
      WorkEntry entry;
      entry.uri = w.at("uri").get<std::string>();
      entry.kind = w.at("kind").get<std::string>();
      entry.level = w.at("level").get<std::string>();
      entry.names = ByLanguage(w.at("names"));
      entry.short_titles = ByLanguage(w.at("short_titles"));
      entry.aliases = w.at("aliases").get<std::vector<std::string>>();
      catalog.works_.push_back(std::move(entry));
    }
    for (const json& c : json::parse(thesaurus_json)) {
      for (Language language : kAllLanguages) {
        const std::string code(LanguageCode(language));
        if (!c.contains(code)) {
          continue;
        }
        for (const std::string& term : c.at(code).get<std::vector<std::string>>()) {
          ConceptTerm t{c.at("id").get<std::string>(), language, term, {}, {}};
          for (const analysis::Token& token : analyzer.AnalyzeDocument(term, language)) {
            t.stems.push_back(token.stem);
          }
          t.topic = ranking::TopicTerm(analysis::ContentStems(analyzer, term, language));
          if (!t.stems.empty()) {
            catalog.concept_terms_.push_back(std::move(t));
          }
        }
      }
    }
  } catch (const json::exception& e) {
    return DataLossError(std::string("the index's metadata is damaged: ") + e.what());
  }
  // Names and aliases, analysed once (pointers into works_, which no longer changes).
  for (const WorkEntry& w : catalog.works_) {
    for (const std::string& alias : w.aliases) {
      catalog.names_.push_back(
          {&w, analysis::StemsByWord(analyzer, alias, analysis::Stopwords::kKeep), true});
    }
    for (const auto& [language, title] : w.short_titles) {
      catalog.names_.push_back(
          {&w, analysis::StemsByWord(analyzer, title, analysis::Stopwords::kKeep), true});
    }
    for (const auto& [language, name] : w.names) {
      catalog.names_.push_back(
          {&w, analysis::StemsByWord(analyzer, name, analysis::Stopwords::kKeep), false});
    }
  }
  return catalog;
}

}  // namespace qonun::search::internal

#include "search/snapshot.h"

#include <fstream>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "model/akn_reader.h"
#include "model/index_stub.h"
#include "model/schema.h"

namespace qonun::search {

using nlohmann::json;

Result<std::string> CurrentGeneration(const std::filesystem::path& db_dir) {
  if (std::optional<std::string> generation = model::ReadCurrentGeneration(db_dir)) {
    return *std::move(generation);
  }
  return NotFoundError("no index at " + db_dir.string());
}

namespace {

model::Thesaurus ThesaurusFrom(const json& concepts) {
  model::Thesaurus thesaurus;
  for (const json& c : concepts) {
    model::Concept concept_entry;
    concept_entry.id = c.at("id");
    for (Language l : kAllLanguages) {
      const std::string code(LanguageCode(l));
      if (c.contains(code)) {
        concept_entry.terms[l] = c.at(code).get<std::vector<std::string>>();
      }
    }
    thesaurus.concepts.push_back(std::move(concept_entry));
  }
  return thesaurus;
}

model::Concordance ConcordanceFrom(const json& links) {
  model::Concordance concordance;
  for (const json& l : links) {
    model::ConcordanceLink link;
    link.national_work = l.at("national_work");
    link.national_eid = l.at("national_eid");
    const std::string relation = l.at("relation");
    link.relation = relation == "implements" ? model::ConcordanceRelation::kImplements
                    : relation == "partially_implements"
                        ? model::ConcordanceRelation::kPartiallyImplements
                        : model::ConcordanceRelation::kCorresponds;
    link.international_work = l.at("international_work");
    link.international_eid = l.at("international_eid");
    link.tags = l.at("tags").get<std::vector<std::string>>();
    link.note = l.at("note");
    concordance.links.push_back(std::move(link));
  }
  return concordance;
}

}  // namespace

Result<std::shared_ptr<const Snapshot>> LoadSnapshot(const std::filesystem::path& db_dir) {
  Result<std::string> generation = CurrentGeneration(db_dir);
  if (!generation.ok()) {
    return generation.status();
  }
  auto snapshot = std::make_shared<Snapshot>();
  snapshot->generation = *generation;
  try {
    Xapian::Database db((db_dir / *generation).string());
    if (db.get_metadata(std::string(schema::kMetaSchema)) != schema::kSchemaVersion) {
      return FailedPreconditionError("the index at " + db_dir.string() +
                                     " was built by another version of Qonun; rebuild it");
    }
    snapshot->built_at = db.get_metadata(std::string(schema::kMetaBuiltAt));
    std::vector<model::Expression> expressions;
    std::vector<model::Diagnostic> diagnostics;
    const std::string prefix(schema::kMetaSourcePrefix);
    for (auto key = db.metadata_keys_begin(prefix); key != db.metadata_keys_end(prefix); ++key) {
      const std::string uri = (*key).substr(prefix.size());
      model::ReadOutcome outcome = model::ReadExpression(db.get_metadata(*key), "index:" + uri);
      if (!outcome.expression) {
        return DataLossError("the stored source of " + uri + " no longer reads: " +
                             (outcome.diagnostics.empty() ? std::string("unknown problem")
                                                          : outcome.diagnostics[0].ToString()));
      }
      expressions.push_back(std::move(*outcome.expression));
    }
    snapshot->corpus = model::BuildCorpus(std::move(expressions), diagnostics);
    snapshot->thesaurus =
        ThesaurusFrom(json::parse(db.get_metadata(std::string(schema::kMetaThesaurus))));
    snapshot->concordance =
        ConcordanceFrom(json::parse(db.get_metadata(std::string(schema::kMetaConcordance))));
  } catch (const Xapian::DatabaseCorruptError& e) {
    return DataLossError("the index is damaged: " + e.get_description());
  } catch (const Xapian::Error& e) {
    return UnavailableError("cannot read the index: " + e.get_description());
  } catch (const json::exception& e) {
    return DataLossError(std::string("the index's metadata is damaged: ") + e.what());
  }
  return std::shared_ptr<const Snapshot>(std::move(snapshot));
}

}  // namespace qonun::search

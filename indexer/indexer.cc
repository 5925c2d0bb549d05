#include "indexer/indexer.h"

#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "analysis/analyzer.h"
#include "indexer/internal/document_builder.h"
#include "indexer/internal/generations.h"
#include "model/corpus_folder.h"
#include "model/language_json.h"
#include "model/schema.h"

namespace qonun::indexer {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// FNV-1a, 64 bits: enough to notice that an expression changed.
std::string Fnv1a(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (unsigned char c : text) {
    hash = (hash ^ c) * 1099511628211ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

// What an expression's documents depend on: its file, its derived validity,
// the work's other expressions (they decide "languages available") and the
// index layout.
std::string Checksum(const model::Work& work, const model::Expression& e) {
  std::string material = std::string(schema::kSchemaVersion) + "\n" + ReadFile(e.file) + "\n" +
                         (e.valid_to ? e.valid_to->ToString() : "open") + "\n";
  for (const model::Expression& other : work.expressions) {
    material += other.uri + "\n";
  }
  return Fnv1a(material);
}

// For each expression date of a work: the languages in which each provision
// identity exists in the version in force on that date.
using LanguageMap = std::map<std::string, std::set<Language>>;  // "date|identity" → languages

LanguageMap LanguagesByProvision(const model::Work& work) {
  LanguageMap map;
  for (const model::Date& day : work.VersionDates()) {
    for (Language language : kAllLanguages) {
      if (const model::Expression* e = work.InForce(language, day)) {
        for (const model::Provision& p : e->provisions) {
          map[day.ToString() + "|" + p.Identity()].insert(language);
        }
      }
    }
  }
  return map;
}

json WorksJson(const model::Corpus& corpus) {
  json works = json::array();
  for (const model::Work& w : corpus.works()) {
    json versions = json::array();
    for (const model::Expression& e : w.expressions) {
      json refs = json::array();
      for (const model::LifecycleEvent& event : e.events) {
        const model::ActReference* ref = e.FindReference(event.source);
        refs.push_back({{"date", event.date.ToString()},
                        {"type", event.type},
                        {"href", ref ? ref->href : ""},
                        {"show_as", ref ? ref->show_as : ""}});
      }
      versions.push_back({{"uri", e.uri},
                          {"lang", std::string(LanguageCode(e.language))},
                          {"valid_from", e.date.ToString()},
                          {"valid_to", e.valid_to ? e.valid_to->ToString() : ""},
                          {"status", std::string(model::TextStatusName(e.status))},
                          {"verification", std::string(model::VerificationName(e.verification))},
                          {"official_source", e.official_source},
                          {"long_title", e.long_title},
                          {"events", refs}});
    }
    works.push_back(
        {{"uri", w.metadata.uri},
         {"kind", w.metadata.kind},
         {"country", w.metadata.country},
         {"level", std::string(w.metadata.IsInternational() ? schema::kLevelInternational
                                                            : schema::kLevelNational)},
         {"number", w.metadata.number},
         {"date", w.metadata.date ? w.metadata.date->ToString() : ""},
         {"names", model::LanguageMapJson(w.names)},
         {"short_titles", model::LanguageMapJson(w.short_titles)},
         {"aliases", w.metadata.aliases},
         {"repealed", w.repealed ? w.repealed->ToString() : ""},
         {"versions", versions}});
  }
  return works;
}

json ThesaurusJson(const std::optional<model::Thesaurus>& thesaurus) {
  json concepts = json::array();
  if (thesaurus) {
    for (const model::Concept& c : thesaurus->concepts) {
      json item = {{"id", c.id}};
      for (const auto& [language, terms] : c.terms) {
        item[std::string(LanguageCode(language))] = terms;
      }
      concepts.push_back(std::move(item));
    }
  }
  return concepts;
}

json ConcordanceJson(const std::optional<model::Concordance>& concordance) {
  json links = json::array();
  if (concordance) {
    for (const model::ConcordanceLink& l : concordance->links) {
      links.push_back({{"national_work", l.national_work},
                       {"national_eid", l.national_eid},
                       {"relation", std::string(model::ConcordanceRelationName(l.relation))},
                       {"international_work", l.international_work},
                       {"international_eid", l.international_eid},
                       {"tags", l.tags},
                       {"note", l.note}});
    }
  }
  return links;
}

json ConcordanceGapsJson(const std::optional<model::Concordance>& concordance) {
  json gaps = json::array();
  if (concordance) {
    for (const model::ConcordanceGap& g : concordance->gaps) {
      gaps.push_back({{"international_work", g.international_work},
                      {"international_eid", g.international_eid},
                      {"kind", std::string(model::GapKindName(g.kind))},
                      {"note", g.note}});
    }
  }
  return gaps;
}

std::string Timestamp() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char buffer[32];
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return buffer;
}

// The checksums stored in a generation, or nothing when it cannot be reused
// (no generation, unreadable, or written by another schema version).
std::optional<std::map<std::string, std::string>> ReusableChecksums(const fs::path& generation) {
  try {
    Xapian::Database db(generation.string());
    if (db.get_metadata(std::string(schema::kMetaSchema)) != schema::kSchemaVersion) {
      return std::nullopt;
    }
    return json::parse(db.get_metadata(std::string(schema::kMetaChecksums)))
        .get<std::map<std::string, std::string>>();
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

bool IsWordTerm(const std::string& term) {
  return !term.empty() && !(term[0] >= 'A' && term[0] <= 'Z') &&
         !(term[0] >= '0' && term[0] <= '9');
}

// Removes every document of an expression, and its words from the spelling table.
void RemoveExpression(Xapian::WritableDatabase& db, const std::string& expression_uri) {
  const std::string term = std::string(schema::kExpression) + expression_uri;
  std::vector<Xapian::docid> ids(db.postlist_begin(term), db.postlist_end(term));
  for (Xapian::docid id : ids) {
    const Xapian::Document doc = db.get_document(id);
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
      if (IsWordTerm(*t)) {
        db.remove_spelling(*t, t.get_wdf());
      }
    }
    db.delete_document(id);
  }
}

}  // namespace

Status BuildIndex(const IndexOptions& options, IndexReport& report) {
  const auto started = std::chrono::steady_clock::now();
  model::CorpusFolder folder = model::ReadCorpusFolder(options.corpus_dir);
  report.diagnostics = folder.load.diagnostics;
  const int errors = model::CountSeverity(report.diagnostics, model::Severity::kError);
  if (errors > 0 && !options.skip_bad_files) {
    return InvalidArgumentError(std::to_string(errors) + " error(s) in the corpus at " +
                                options.corpus_dir.string() +
                                "; nothing was indexed and the previous index is unchanged");
  }
  const model::Corpus& corpus = folder.load.corpus;
  if (corpus.works().empty()) {
    return InvalidArgumentError("no documents found in " + options.corpus_dir.string());
  }

  std::error_code fs_error;
  fs::create_directories(options.db_dir, fs_error);
  if (fs_error) {
    return UnavailableError("cannot create " + options.db_dir.string() + ": " + fs_error.message());
  }
  Result<internal::BuildLock> lock = internal::BuildLock::Acquire(options.db_dir);
  if (!lock.ok()) {
    return lock.status();
  }
  internal::RemoveUnfinished(options.db_dir);
  const std::optional<std::string> previous = internal::CurrentGeneration(options.db_dir);
  report.generation = internal::NextGeneration(options.db_dir);
  const fs::path building = options.db_dir / (report.generation + ".tmp");

  Result<analysis::Analyzer> analyzer = analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    return analyzer.status();
  }
  const internal::DocumentBuilder builder(*analyzer);

  std::map<std::string, std::string> checksums;
  for (const model::Work& w : corpus.works()) {
    for (const model::Expression& e : w.expressions) {
      checksums[e.uri] = Checksum(w, e);
    }
  }

  // Reuse the previous generation unless told not to; when it turns out to be
  // damaged, start again from nothing rather than fail (a damaged index must
  // not block the rebuild that repairs it).
  bool reuse = previous && !options.full_rebuild;
  for (;;) {
    try {
      std::optional<std::map<std::string, std::string>> old_checksums;
      if (reuse) {
        old_checksums = ReusableChecksums(options.db_dir / *previous);
      }
      if (old_checksums) {
        fs::copy(options.db_dir / *previous, building, fs::copy_options::recursive);
      }
      Xapian::WritableDatabase db(building.string(), Xapian::DB_CREATE_OR_OPEN);
      if (old_checksums) {
        for (const auto& [uri, sum] : *old_checksums) {
          auto now = checksums.find(uri);
          if (now == checksums.end() || now->second != sum) {
            RemoveExpression(db, uri);
            ++report.removed;
          }
        }
      }

      // Word frequencies for the spelling table, added once per word at the
      // end rather than once per document (Xapian keeps them in a sorted map).
      std::unordered_map<std::string, Xapian::termcount> spelling;
      for (const model::Work& w : corpus.works()) {
        const LanguageMap languages = LanguagesByProvision(w);
        for (const model::Expression& e : w.expressions) {
          ++report.expressions;
          if (old_checksums) {
            auto old = old_checksums->find(e.uri);
            if (old != old_checksums->end() && old->second == checksums[e.uri]) {
              ++report.reused;
              continue;
            }
          }
          ++report.reanalysed;
          for (std::size_t i = 0; i < e.provisions.size(); ++i) {
            auto found = languages.find(e.date.ToString() + "|" + e.provisions[i].Identity());
            const std::set<Language> available =
                found == languages.end() ? std::set<Language>{e.language} : found->second;
            Xapian::Document doc = builder.Build(w, e, i, available, report.text_bytes);
            for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
              if (IsWordTerm(*t)) {
                spelling[*t] += t.get_wdf();
              }
            }
            // A changed expression's documents were removed above, so every
            // document here is new: adding spares a lookup of its id term.
            db.add_document(doc);
          }
        }
      }
      for (const auto& [word, frequency] : spelling) {
        db.add_spelling(word, frequency);
      }
      if (old_checksums) {
        for (const auto& [uri, sum] : *old_checksums) {
          if (!checksums.contains(uri)) {
            db.set_metadata(std::string(schema::kMetaSourcePrefix) + uri, "");
          }
        }
      }
      for (const model::Work& w : corpus.works()) {
        for (const model::Expression& e : w.expressions) {
          db.set_metadata(std::string(schema::kMetaSourcePrefix) + e.uri, ReadFile(e.file));
        }
      }
      db.set_metadata(std::string(schema::kMetaSchema), std::string(schema::kSchemaVersion));
      db.set_metadata(std::string(schema::kMetaWorks), WorksJson(corpus).dump());
      db.set_metadata(std::string(schema::kMetaThesaurus), ThesaurusJson(folder.thesaurus).dump());
      db.set_metadata(std::string(schema::kMetaConcordance),
                      ConcordanceJson(folder.concordance).dump());
      db.set_metadata(std::string(schema::kMetaConcordanceGaps),
                      ConcordanceGapsJson(folder.concordance).dump());
      db.set_metadata(std::string(schema::kMetaChecksums), json(checksums).dump());
      db.set_metadata(std::string(schema::kMetaBuiltAt), Timestamp());
      db.set_metadata(std::string(schema::kMetaGeneration), report.generation);
      db.commit();
      report.documents = db.get_doccount();
      db.close();
      break;
    } catch (const Xapian::DatabaseCorruptError& e) {
      fs::remove_all(building, fs_error);
      if (!reuse) {
        return UnavailableError("index build failed: " + e.get_description() +
                                "; the previous index is unchanged");
      }
      reuse = false;
      report.expressions = report.reanalysed = report.reused = report.removed = 0;
      report.text_bytes = 0;
    } catch (const Xapian::Error& e) {
      fs::remove_all(building, fs_error);
      return UnavailableError("index build failed: " + e.get_description() +
                              "; the previous index is unchanged");
    } catch (const fs::filesystem_error& e) {
      fs::remove_all(building, fs_error);
      return UnavailableError(std::string("index build failed: ") + e.what() +
                              "; the previous index is unchanged");
    }
  }

  fs::rename(building, options.db_dir / report.generation, fs_error);
  if (fs_error) {
    const std::string reason = fs_error.message();
    fs::remove_all(building, fs_error);
    return UnavailableError("cannot move the new generation into place: " + reason);
  }
  QONUN_RETURN_IF_ERROR(internal::SwitchTo(options.db_dir, report.generation));
  internal::Prune(options.db_dir, options.keep_previous);
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return Status::Ok();
}

}  // namespace qonun::indexer

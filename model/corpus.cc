#include "model/corpus.h"

#include <algorithm>
#include <set>
#include <system_error>

#include "model/akn_reader.h"

namespace qonun::model {

const Expression* Work::InForce(Language language, const Date& day) const {
  for (const Expression& e : expressions) {
    if (e.language == language && e.InForceOn(day)) {
      return &e;
    }
  }
  return nullptr;
}

std::vector<const Expression*> Work::Versions(Language language) const {
  std::vector<const Expression*> out;
  for (const Expression& e : expressions) {
    if (e.language == language) {
      out.push_back(&e);
    }
  }
  return out;
}

std::vector<Date> Work::VersionDates() const {
  std::set<Date> dates;
  for (const Expression& e : expressions) {
    dates.insert(e.date);
  }
  return {dates.begin(), dates.end()};
}

std::vector<Language> Work::Languages() const {
  std::set<Language> languages;
  for (const Expression& e : expressions) {
    languages.insert(e.language);
  }
  return {languages.begin(), languages.end()};
}

const std::string& Work::Name(Language language) const {
  if (auto it = names.find(language); it != names.end() && !it->second.empty()) {
    return it->second;
  }
  return metadata.name;
}

const Work* Corpus::FindWork(std::string_view uri_or_alias) const {
  for (const Work& w : works_) {
    if (w.metadata.uri == uri_or_alias) {
      return &w;
    }
  }
  for (const Work& w : works_) {
    const auto& aliases = w.metadata.aliases;
    if (std::find(aliases.begin(), aliases.end(), uri_or_alias) != aliases.end()) {
      return &w;
    }
  }
  return nullptr;
}

const Expression* Corpus::FindExpression(std::string_view expression_uri) const {
  for (const Work& w : works_) {
    for (const Expression& e : w.expressions) {
      if (e.uri == expression_uri) {
        return &e;
      }
    }
  }
  return nullptr;
}

std::size_t Corpus::ExpressionCount() const {
  std::size_t n = 0;
  for (const Work& w : works_) {
    n += w.expressions.size();
  }
  return n;
}

std::size_t Corpus::ProvisionCount() const {
  std::size_t n = 0;
  for (const Work& w : works_) {
    for (const Expression& e : w.expressions) {
      n += e.provisions.size();
    }
  }
  return n;
}

struct CorpusBuilder {
  static Corpus Build(std::vector<Expression> expressions, std::vector<Diagnostic>& diagnostics) {
    Corpus corpus;
    for (Expression& e : expressions) {
      Work* work = nullptr;
      for (Work& w : corpus.works_) {
        if (w.metadata.uri == e.work.uri) {
          work = &w;
        }
      }
      if (work == nullptr) {
        corpus.works_.push_back(Work{e.work, {}, {}, {}, {}});
        work = &corpus.works_.back();
      } else if (!Merge(*work, e, diagnostics)) {
        continue;
      }
      work->names[e.language] = e.work.name;
      if (!e.short_title.empty()) {
        work->short_titles[e.language] = e.short_title;
      }
      work->expressions.push_back(std::move(e));
    }
    for (Work& w : corpus.works_) {
      DeriveValidity(w, diagnostics);
      if (auto it = w.names.find(Language::kEnglish); it != w.names.end()) {
        w.metadata.name = it->second;
      }
    }
    std::sort(corpus.works_.begin(), corpus.works_.end(),
              [](const Work& a, const Work& b) { return a.metadata.uri < b.metadata.uri; });
    return corpus;
  }

  // Adds the work-level facts of `e` to `work`; false (with an error) when
  // `e` is a second copy of an expression already read.
  static bool Merge(Work& work, const Expression& e, std::vector<Diagnostic>& diagnostics) {
    for (const Expression& other : work.expressions) {
      if (other.uri == e.uri) {
        diagnostics.push_back({e.file, 0, Severity::kError,
                               "expression '" + e.uri + "' is also defined in " + other.file});
        return false;
      }
    }
    WorkMetadata& m = work.metadata;
    const Expression& first = work.expressions.front();
    auto disagree = [&](std::string_view what, const std::string& here, const std::string& there) {
      if (here != there) {
        diagnostics.push_back({e.file, 0, Severity::kError,
                               "work " + std::string(what) + " '" + here + "' differs from '" +
                                   there + "' in " + first.file});
      }
    };
    disagree("number (FRBRnumber)", e.work.number, m.number);
    disagree("kind (<" + e.work.doc_type + " name=…>)", e.work.kind, m.kind);
    disagree("date (FRBRdate)", e.work.date ? e.work.date->ToString() : "",
             m.date ? m.date->ToString() : "");
    for (const std::string& alias : e.work.aliases) {
      if (std::find(m.aliases.begin(), m.aliases.end(), alias) == m.aliases.end()) {
        m.aliases.push_back(alias);
      }
    }
    return true;
  }

  // A version is in force until the next version of the work begins, in any
  // language: each version date is a change of the law, so a language that
  // has no text of the new version has no text in force from that day (its
  // old text is expired, not current), and that is a warning. A work's
  // repeal ends every version.
  static void DeriveValidity(Work& work, std::vector<Diagnostic>& diagnostics) {
    std::sort(work.expressions.begin(), work.expressions.end(),
              [](const Expression& a, const Expression& b) {
                return a.language != b.language ? a.language < b.language : a.date < b.date;
              });
    for (const Expression& e : work.expressions) {
      for (const LifecycleEvent& event : e.events) {
        if (event.type == "repeal" && (!work.repealed || event.date < *work.repealed)) {
          work.repealed = event.date;
        }
      }
    }
    std::set<Date> version_dates;
    for (const Expression& e : work.expressions) {
      version_dates.insert(e.date);
    }
    for (std::size_t i = 0; i < work.expressions.size(); ++i) {
      Expression& e = work.expressions[i];
      const bool has_next =
          i + 1 < work.expressions.size() && work.expressions[i + 1].language == e.language;
      const auto next_version = version_dates.upper_bound(e.date);
      e.valid_to =
          next_version != version_dates.end() ? std::optional<Date>(*next_version) : work.repealed;
      if (next_version != version_dates.end() &&
          (!has_next || work.expressions[i + 1].date != *next_version)) {
        diagnostics.push_back({e.file, 0, Severity::kWarning,
                               "the version of " + next_version->ToString() +
                                   " exists in other languages but not " + "in " +
                                   std::string(LanguageCode(e.language)) + ": this " +
                                   std::string(LanguageCode(e.language)) + " text (of " +
                                   e.date.ToString() + ") is treated as expired from that day"});
      }
      if (work.repealed && e.date >= *work.repealed) {
        diagnostics.push_back({e.file, 0, Severity::kWarning,
                               "this version begins on " + e.date.ToString() +
                                   ", on or after the work's repeal on " +
                                   work.repealed->ToString()});
        e.valid_to = e.date;
      } else if (work.repealed && e.valid_to && *work.repealed < *e.valid_to) {
        e.valid_to = work.repealed;
      }
    }
  }
};

Corpus BuildCorpus(std::vector<Expression> expressions, std::vector<Diagnostic>& diagnostics) {
  return CorpusBuilder::Build(std::move(expressions), diagnostics);
}

CorpusLoad LoadCorpus(const std::filesystem::path& root) {
  CorpusLoad load;
  std::error_code error;
  if (!std::filesystem::is_directory(root, error)) {
    load.diagnostics.push_back(
        {root.string(), 0, Severity::kError, "not a folder (or it cannot be read)"});
    return load;
  }
  std::vector<std::filesystem::path> files;
  const auto options = std::filesystem::directory_options::skip_permission_denied;
  for (auto it = std::filesystem::recursive_directory_iterator(root, options, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".xml") {
      files.push_back(it->path());
    }
  }
  if (error) {
    load.diagnostics.push_back(
        {root.string(), 0, Severity::kError, "cannot list the folder: " + error.message()});
  }
  std::sort(files.begin(), files.end());

  std::vector<Expression> expressions;
  for (const auto& file : files) {
    ReadOutcome outcome = ReadExpressionFile(file.string());
    ++load.files_read;
    for (Diagnostic& d : outcome.diagnostics) {
      load.diagnostics.push_back(std::move(d));
    }
    if (outcome.expression) {
      expressions.push_back(std::move(*outcome.expression));
    } else {
      ++load.files_rejected;
    }
  }
  load.corpus = BuildCorpus(std::move(expressions), load.diagnostics);
  return load;
}

}  // namespace qonun::model

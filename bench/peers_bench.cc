// Qonun against PostgreSQL full-text search and SQLite FTS5 on the same
// provisions: the texts Qonun indexes (a provision's number and heading, and
// for articles and below their full text), one row per provision per
// expression. All three engines are timed here, in-process, the same way.
//
//   peers_bench build     --engine E --corpus DIR --work DIR [--pg CONNINFO]
//   peers_bench query     --engines E,E --corpus DIR --source DIR --work DIR [--rounds N]
//   peers_bench relevance --engines E,E --corpus DIR --work DIR --tsv FILE
//   peers_bench report    --results FILE --plot-data FILE
//
// Engines: qonun, pg, sqlite. Every mode but report prints result lines
// "R<TAB>engine<TAB>metric<TAB>value" that bench/peers.sh collects.

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <libpq-fe.h>
#include <sqlite3.h>

#include "analysis/analyzer.h"
#include "bench/relevance_suite.h"
#include "bench/vocabulary.h"
#include "indexer/indexer.h"
// The indexer's own text policy, so the peers get exactly Qonun's texts.
#include "indexer/internal/document_builder.h"
#include "model/corpus.h"
#include "search/searcher.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using qonun::bench::SplitMix64;
using qonun::bench::Vocabulary;

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "peers_bench: %s\n", message.c_str());
  std::exit(1);
}

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void Result(const std::string& engine, const std::string& metric, double value) {
  std::printf("R\t%s\t%s\t%.10g\n", engine.c_str(), metric.c_str(), value);
  std::fflush(stdout);
}

// VmHWM (peak resident set) of a process, in kB; 0 when unreadable.
long PeakKb(const std::string& pid = "self") {
  std::ifstream status("/proc/" + pid + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("VmHWM:", 0) == 0) {
      return std::atol(line.c_str() + 6);
    }
  }
  return 0;
}

std::uintmax_t DiskBytes(const fs::path& path) {
  std::uintmax_t total = 0;
  if (fs::is_regular_file(path)) {
    return fs::file_size(path);
  }
  for (const auto& entry : fs::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) {
      total += entry.file_size();
    }
  }
  return total;
}

std::string Today() {
  const std::time_t now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// ---------------------------------------------------------------- rows

struct Row {
  std::string work, eid, lang, valid_from, valid_to, heading, text;
};

// One row per provision per expression, with the text DocumentBuilder
// analyses for it.
std::vector<Row> ReadRows(const fs::path& corpus, std::size_t& text_bytes) {
  const qonun::model::CorpusLoad load = qonun::model::LoadCorpus(corpus);
  if (load.files_rejected > 0) {
    Die(std::to_string(load.files_rejected) + " corpus files rejected");
  }
  std::vector<Row> rows;
  text_bytes = 0;
  for (const qonun::model::Work& w : load.corpus.works()) {
    for (const qonun::model::Expression& e : w.expressions) {
      for (std::size_t i = 0; i < e.provisions.size(); ++i) {
        const qonun::model::Provision& p = e.provisions[i];
        Row r;
        r.work = w.metadata.uri;
        r.eid = p.eid;
        r.lang = std::string(qonun::LanguageCode(e.language));
        r.valid_from = e.date.ToString();
        r.valid_to = e.valid_to ? e.valid_to->ToString() : "";
        qonun::indexer::internal::IndexedTexts texts = qonun::indexer::internal::TextsOf(e, i);
        r.heading = std::move(texts.heading);
        r.text = std::move(texts.body);
        text_bytes += r.heading.size() + r.text.size();
        rows.push_back(std::move(r));
      }
    }
  }
  return rows;
}

// ---------------------------------------------------------------- PostgreSQL

class Pg {
 public:
  explicit Pg(const std::string& conninfo) : conn_(PQconnectdb(conninfo.c_str())) {
    if (PQstatus(conn_) != CONNECTION_OK) {
      Die(std::string("PostgreSQL: ") + PQerrorMessage(conn_));
    }
    Exec("SET client_min_messages = warning");
  }

  ~Pg() { PQfinish(conn_); }

  Pg(const Pg&) = delete;
  Pg& operator=(const Pg&) = delete;

  void Exec(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    const ExecStatusType s = PQresultStatus(r);
    if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK) {
      const std::string message = PQresultErrorMessage(r);
      PQclear(r);
      Die("PostgreSQL: " + sql.substr(0, 60) + ": " + message);
    }
    PQclear(r);
  }

  std::string Value(const std::string& sql) {
    PGresult* r = PQexec(conn_, sql.c_str());
    if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) < 1) {
      const std::string message = PQresultErrorMessage(r);
      PQclear(r);
      Die("PostgreSQL: " + message);
    }
    std::string v = PQgetvalue(r, 0, 0);
    PQclear(r);
    return v;
  }

  PGconn* conn() { return conn_; }

 private:
  PGconn* conn_;
};

// COPY's text format: backslash escapes for the characters it reserves.
void AppendCopyField(std::string& out, const std::string& value) {
  for (char c : value) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

// Uzbek has no PostgreSQL stemmer: it gets the simple configuration.
const char* PgConfig(const std::string& lang) {
  return lang == "rus" ? "russian" : lang == "eng" ? "english" : "simple";
}

// The query text read every way a row may have been analysed, as Qonun
// reads a query in every language; one constant tsquery keeps the GIN index
// usable.
std::string PgQueryExpr(const char* fn) {
  return std::string("(") + fn + "('russian'::regconfig, $1) || " + fn +
         "('english'::regconfig, $1) || " + fn + "('simple'::regconfig, $1))";
}

std::string PgSearchSql(bool phrase) {
  const std::string q = PgQueryExpr(phrase ? "phraseto_tsquery" : "plainto_tsquery");
  return "SELECT work, eid, lang, heading, ts_headline(cfg, body, " + q +
         ", 'MaxFragments=1, MaxWords=30, MinWords=10, StartSel=<mark>, StopSel=</mark>') "
         "FROM (SELECT work, eid, lang, heading, body, cfg, ts_rank_cd(tsv, " +
         q + ") AS rank FROM provisions WHERE tsv @@ " + q +
         " AND ($2::date IS NULL OR (valid_from <= $2::date AND (valid_to IS NULL OR valid_to > "
         "$2::date))) AND ($3::text = '' OR lang = $3::text) ORDER BY rank DESC LIMIT 10) top "
         "ORDER BY rank DESC";
}

void BuildPg(const std::string& conninfo, const std::vector<Row>& rows, std::size_t text_bytes) {
  Pg pg(conninfo);
  pg.Exec("DROP TABLE IF EXISTS provisions");
  const auto start = Clock::now();
  pg.Exec(
      "CREATE TABLE provisions (work text, eid text, lang text, valid_from date, valid_to date, "
      "cfg regconfig, heading text, body text, tsv tsvector GENERATED ALWAYS AS "
      "(setweight(to_tsvector(cfg, heading), 'A') || to_tsvector(cfg, body)) STORED)");
  PGresult* copy = PQexec(
      pg.conn(),
      "COPY provisions (work, eid, lang, valid_from, valid_to, cfg, heading, body) FROM STDIN");
  if (PQresultStatus(copy) != PGRES_COPY_IN) {
    Die(std::string("COPY: ") + PQresultErrorMessage(copy));
  }
  PQclear(copy);
  std::string buffer;
  for (const Row& r : rows) {
    for (const std::string* f : {&r.work, &r.eid, &r.lang, &r.valid_from}) {
      AppendCopyField(buffer, *f);
      buffer += '\t';
    }
    buffer += r.valid_to.empty() ? "\\N" : r.valid_to;
    buffer += '\t';
    buffer += PgConfig(r.lang);
    buffer += '\t';
    AppendCopyField(buffer, r.heading);
    buffer += '\t';
    AppendCopyField(buffer, r.text);
    buffer += '\n';
    if (buffer.size() > (1 << 20)) {
      if (PQputCopyData(pg.conn(), buffer.data(), static_cast<int>(buffer.size())) != 1) {
        Die(std::string("COPY: ") + PQerrorMessage(pg.conn()));
      }
      buffer.clear();
    }
  }
  if (PQputCopyData(pg.conn(), buffer.data(), static_cast<int>(buffer.size())) != 1 ||
      PQputCopyEnd(pg.conn(), nullptr) != 1) {
    Die(std::string("COPY: ") + PQerrorMessage(pg.conn()));
  }
  for (PGresult* r = PQgetResult(pg.conn()); r != nullptr; r = PQgetResult(pg.conn())) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      Die(std::string("COPY: ") + PQresultErrorMessage(r));
    }
    PQclear(r);
  }
  const double load_seconds = Since(start);
  pg.Exec("CREATE INDEX provisions_tsv ON provisions USING gin (tsv)");
  pg.Exec("ANALYZE provisions");
  pg.Exec("CHECKPOINT");
  const double seconds = Since(start);
  Result("pg", "build_s", seconds);
  Result("pg", "load_s", load_seconds);
  Result("pg", "text_mb", static_cast<double>(text_bytes) / 1e6);
  Result("pg", "docs", static_cast<double>(rows.size()));
  Result("pg", "disk_mb", std::stod(pg.Value("SELECT pg_total_relation_size('provisions')")) / 1e6);
  Result("pg", "build_peak_mb",
         static_cast<double>(PeakKb(pg.Value("SELECT pg_backend_pid()"))) / 1024.0);
}

// ---------------------------------------------------------------- SQLite

void SqliteCheck(sqlite3* db, int rc, const char* what) {
  if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
    Die(std::string("SQLite: ") + what + ": " + sqlite3_errmsg(db));
  }
}

void SqliteExec(sqlite3* db, const std::string& sql) {
  SqliteCheck(db, sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), sql.c_str());
}

void BuildSqlite(const fs::path& file, const std::vector<Row>& rows, std::size_t text_bytes) {
  fs::remove(file);
  const auto start = Clock::now();
  sqlite3* db = nullptr;
  SqliteCheck(db, sqlite3_open(file.c_str(), &db), "open");
  SqliteExec(db,
             "CREATE VIRTUAL TABLE provisions USING fts5(work UNINDEXED, eid UNINDEXED, lang "
             "UNINDEXED, valid_from UNINDEXED, valid_to UNINDEXED, heading, body, "
             "tokenize = 'unicode61 remove_diacritics 2')");
  SqliteExec(db, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  SqliteCheck(db,
              sqlite3_prepare_v2(db, "INSERT INTO provisions VALUES (?, ?, ?, ?, ?, ?, ?)", -1,
                                 &insert, nullptr),
              "prepare");
  for (const Row& r : rows) {
    int column = 0;
    for (const std::string* f :
         {&r.work, &r.eid, &r.lang, &r.valid_from, &r.valid_to, &r.heading, &r.text}) {
      sqlite3_bind_text(insert, ++column, f->data(), static_cast<int>(f->size()), SQLITE_STATIC);
    }
    SqliteCheck(db, sqlite3_step(insert), "insert");
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  SqliteExec(db, "COMMIT");
  // Merges the b-tree segments into one, as a finished index would be served.
  SqliteExec(db, "INSERT INTO provisions(provisions) VALUES ('optimize')");
  sqlite3_close(db);
  Result("sqlite", "build_s", Since(start));
  Result("sqlite", "text_mb", static_cast<double>(text_bytes) / 1e6);
  Result("sqlite", "docs", static_cast<double>(rows.size()));
  Result("sqlite", "disk_mb", static_cast<double>(DiskBytes(file)) / 1e6);
  Result("sqlite", "build_peak_mb", static_cast<double>(PeakKb()) / 1024.0);
}

// FTS5 query syntax from a plain query: every word quoted (so no word is
// read as an operator), all required; a phrase stays one quoted string.
std::string Fts5Match(const std::string& query, bool phrase) {
  std::vector<std::string> words;
  std::string current;
  auto flush = [&] {
    bool has_word_char = false;
    for (unsigned char c : current) {
      has_word_char |= c >= 0x80 || std::isalnum(c);
    }
    if (has_word_char) {
      words.push_back(current);
    }
    current.clear();
  };
  for (char c : query) {
    if (c == ' ' || c == '"') {
      flush();
    } else {
      current += c;
    }
  }
  flush();
  std::string out;
  if (phrase) {
    out += '"';
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!phrase) {
      out += i > 0 ? " \"" : "\"";
    } else if (i > 0) {
      out += ' ';
    }
    for (char c : words[i]) {
      out += c;
      if (c == '"') {
        out += '"';
      }
    }
    if (!phrase) {
      out += '"';
    }
  }
  if (phrase) {
    out += '"';
  }
  return out;
}

// ---------------------------------------------------------------- queries

struct Query {
  std::string kind;
  std::string text;
  std::optional<std::string> at;  // ISO day; none: today
  bool all_versions = false;
  std::string language;  // restrict to this language code ("" = all)
  bool phrase = false;
};

struct Hit {
  std::string work, eid;
};

class Engines {
 public:
  Engines(const std::set<std::string>& names, const fs::path& work, const std::string& pg)
      : today_(Today()) {
    if (names.contains("qonun")) {
      auto s = qonun::search::Searcher::Open(work / "qonun");
      if (!s.ok()) {
        Die(s.status().ToString());
      }
      qonun_.emplace(std::move(*s));
    }
    if (names.contains("sqlite")) {
      SqliteCheck(
          sqlite_,
          sqlite3_open_v2((work / "peers.sqlite").c_str(), &sqlite_, SQLITE_OPEN_READONLY, nullptr),
          "open");
      SqliteCheck(
          sqlite_,
          sqlite3_prepare_v2(sqlite_,
                             "SELECT work, eid, lang, heading, snippet(provisions, 6, '<mark>', "
                             "'</mark>', '…', 16) FROM provisions WHERE provisions MATCH ?1 AND "
                             "(?2 = '' OR (valid_from <= ?2 AND (valid_to = '' OR valid_to > ?2))) "
                             "AND (?3 = '' OR lang = ?3) ORDER BY bm25(provisions, 0, 0, 0, 0, "
                             "0, 2.0, 1.0) LIMIT 10",
                             -1, &sqlite_search_, nullptr),
          "prepare");
    }
    if (names.contains("pg")) {
      pg_.emplace(pg);
      for (bool phrase : {false, true}) {
        PGresult* r = PQprepare(pg_->conn(), phrase ? "phrase" : "words",
                                PgSearchSql(phrase).c_str(), 3, nullptr);
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
          Die(std::string("PostgreSQL prepare: ") + PQresultErrorMessage(r));
        }
        PQclear(r);
      }
    }
  }

  ~Engines() {
    sqlite3_finalize(sqlite_search_);
    sqlite3_close(sqlite_);
  }

  Engines(const Engines&) = delete;
  Engines& operator=(const Engines&) = delete;

  std::vector<Hit> Run(const std::string& engine, const Query& q) {
    const std::string day = q.all_versions ? "" : q.at.value_or(today_);
    std::vector<Hit> hits;
    if (engine == "qonun") {
      qonun::search::SearchRequest request;
      request.query = q.text;
      if (q.at) {
        request.at = qonun::model::Date::Parse(*q.at);
      }
      request.all_versions = q.all_versions;
      if (auto l = qonun::ParseLanguageCode(q.language)) {
        request.languages = {*l};
      }
      request.limit = 10;
      auto response = qonun_->Search(request);
      if (!response.ok()) {
        Die(q.text + ": " + response.status().ToString());
      }
      for (const auto& h : response->hits) {
        hits.push_back({h.work, h.eid});
      }
    } else if (engine == "sqlite") {
      const std::string match = Fts5Match(q.text, q.phrase);
      if (match.empty() || match == "\"\"") {
        return hits;
      }
      sqlite3_bind_text(sqlite_search_, 1, match.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(sqlite_search_, 2, day.c_str(), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text(sqlite_search_, 3, q.language.c_str(), -1, SQLITE_TRANSIENT);
      int rc;
      while ((rc = sqlite3_step(sqlite_search_)) == SQLITE_ROW) {
        hits.push_back({reinterpret_cast<const char*>(sqlite3_column_text(sqlite_search_, 0)),
                        reinterpret_cast<const char*>(sqlite3_column_text(sqlite_search_, 1))});
        // The snippet is built by step(); reading it keeps the work honest.
        (void)sqlite3_column_text(sqlite_search_, 4);
      }
      SqliteCheck(sqlite_, rc, match.c_str());
      sqlite3_reset(sqlite_search_);
    } else if (engine == "pg") {
      const char* values[3] = {q.text.c_str(), day.empty() ? nullptr : day.c_str(),
                               q.language.c_str()};
      PGresult* r = PQexecPrepared(pg_->conn(), q.phrase ? "phrase" : "words", 3, values, nullptr,
                                   nullptr, 0);
      if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        Die(q.text + ": " + PQresultErrorMessage(r));
      }
      for (int i = 0; i < PQntuples(r); ++i) {
        hits.push_back({PQgetvalue(r, i, 0), PQgetvalue(r, i, 1)});
      }
      PQclear(r);
    }
    return hits;
  }

  std::string PgBackendPid() { return pg_ ? pg_->Value("SELECT pg_backend_pid()") : ""; }

 private:
  std::string today_;
  std::optional<qonun::search::Searcher> qonun_;
  sqlite3* sqlite_ = nullptr;
  sqlite3_stmt* sqlite_search_ = nullptr;
  std::optional<Pg> pg_;
};

// The fixed query mix, drawn from the bundled corpus's vocabulary with its
// own seed, so it is the same at every scale: 540 queries of six kinds.
std::vector<Query> QueryMix(const fs::path& source, std::uint64_t seed) {
  const std::vector<Vocabulary> vocabularies = qonun::bench::ReadVocabulary(source);
  auto analyzer = qonun::analysis::Analyzer::Create();
  if (!analyzer.ok()) {
    Die(analyzer.status().ToString());
  }
  SplitMix64 rng{seed};
  // Mid-frequency words: the most frequent ranks are function words.
  auto word = [&](int variant) -> const std::string& {
    const auto& words = vocabularies[static_cast<std::size_t>(variant)].words;
    const int top = std::min<int>(1500, static_cast<int>(words.size()) - 1);
    return words[static_cast<std::size_t>(rng.Between(std::min(10, top), top))];
  };
  auto frequent = [&](int variant) -> const std::string& {
    const auto& words = vocabularies[static_cast<std::size_t>(variant)].words;
    const int top = std::min<int>(80, static_cast<int>(words.size()) - 1);
    return words[static_cast<std::size_t>(rng.Between(std::min(5, top), top))];
  };
  std::vector<Query> mix;
  for (int i = 0; i < 150; ++i) {
    mix.push_back({"one word", word(i % 4), {}, false, "", false});
  }
  for (int i = 0; i < 120; ++i) {
    const std::string first = word(i % 4);
    mix.push_back({"two words", first + " " + word(i % 4), {}, false, "", false});
  }
  for (int i = 0; i < 90; ++i) {
    const std::string first = frequent(i % 4);
    mix.push_back({"phrase", "\"" + first + " " + frequent(i % 4) + "\"", {}, false, "", true});
  }
  const char* citations[] = {"ст. %d УК",      "%d-modda JK",
                             "ч. 2 ст. %d УК", "Article %d Criminal Code",
                             "%d-модда ЖК",    "статья %d УК РУз"};
  for (int i = 0; i < 60; ++i) {
    char text[64];
    std::snprintf(text, sizeof text, citations[i % 6], rng.Between(1, 150));
    mix.push_back({"citation", text, {}, false, "", false});
  }
  // Cyrillic Uzbek words whose folded key is also a Latin Uzbek word: in the
  // generated corpus they occur in Latin text too.
  std::set<std::string> latin_keys;
  for (const std::string& w : vocabularies[qonun::bench::kUzLatn].words) {
    latin_keys.insert(analyzer->FoldUzbek(w));
  }
  std::vector<std::string> cross;
  for (const std::string& w : vocabularies[qonun::bench::kUzCyrl].words) {
    if (w.size() > 4 && latin_keys.contains(analyzer->FoldUzbek(w))) {
      cross.push_back(w);
    }
  }
  if (cross.empty()) {
    Die("no Cyrillic Uzbek word of the source corpus has a Latin twin");
  }
  for (int i = 0; i < 60; ++i) {
    mix.push_back({"cross-script",
                   cross[static_cast<std::size_t>(rng.Between(
                       0, static_cast<int>(std::min<std::size_t>(cross.size(), 800)) - 1))],
                   {},
                   false,
                   "",
                   false});
  }
  const char* days[] = {"2000-06-01", "2010-06-01", "2020-06-01"};
  for (int i = 0; i < 60; ++i) {
    std::string text = word(i % 4);
    if (i % 2 == 1) {
      text += " " + word(i % 4);
    }
    mix.push_back({"point in time", text, std::string(days[i % 3]), false, "", false});
  }
  // Kinds interleaved, in a fixed order.
  for (std::size_t i = mix.size() - 1; i > 0; --i) {
    std::swap(mix[i], mix[rng.Next() % (i + 1)]);
  }
  return mix;
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) {
    return 0;
  }
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream stream(s);
  for (std::string part; std::getline(stream, part, sep);) {
    if (!part.empty()) {
      out.push_back(part);
    }
  }
  return out;
}

void RunQueries(const std::vector<std::string>& engines, const fs::path& work,
                const std::string& pg, const fs::path& source, int rounds) {
  const std::vector<Query> mix = QueryMix(source, 20261129);
  {
    std::ofstream out(work / "queries.tsv");
    for (const Query& q : mix) {
      out << q.kind << '\t' << q.text << '\t' << q.at.value_or("") << '\n';
    }
  }
  Engines e(std::set<std::string>(engines.begin(), engines.end()), work, pg);
  std::map<std::string, std::vector<double>> ms;
  std::map<std::string, std::map<std::string, std::vector<double>>> by_kind;
  std::map<std::string, int> empty;
  // One untimed pass warms every engine's caches alike.
  for (const Query& q : mix) {
    for (const std::string& engine : engines) {
      empty[engine] += e.Run(engine, q).empty() ? 1 : 0;
    }
  }
  for (int r = 0; r < rounds; ++r) {
    for (const Query& q : mix) {
      // Each query runs on every engine back to back, so machine noise hits all alike.
      for (const std::string& engine : engines) {
        const auto start = Clock::now();
        (void)e.Run(engine, q);
        const double t = Since(start) * 1000.0;
        ms[engine].push_back(t);
        by_kind[engine][q.kind].push_back(t);
      }
    }
  }
  for (const std::string& engine : engines) {
    Result(engine, "queries", static_cast<double>(ms[engine].size()));
    Result(engine, "no_hits", empty[engine]);
    if (!ms[engine].empty()) {
      Result(engine, "p50_ms", Percentile(ms[engine], 0.50));
      Result(engine, "p95_ms", Percentile(ms[engine], 0.95));
      Result(engine, "p99_ms", Percentile(ms[engine], 0.99));
      for (const auto& [kind, v] : by_kind[engine]) {
        std::string key = kind;
        std::replace(key.begin(), key.end(), ' ', '_');
        Result(engine, "p50_ms." + key, Percentile(v, 0.50));
        Result(engine, "p99_ms." + key, Percentile(v, 0.99));
      }
    }
  }
  if (engines.size() == 1 && engines[0] != "pg") {
    Result(engines[0], "query_peak_mb", static_cast<double>(PeakKb()) / 1024.0);
  }
  if (std::find(engines.begin(), engines.end(), "pg") != engines.end()) {
    Result("pg", "query_peak_mb", static_cast<double>(PeakKb(e.PgBackendPid())) / 1024.0);
  }
}

// ---------------------------------------------------------------- relevance

void RunRelevance(const std::vector<std::string>& engines, const fs::path& work,
                  const std::string& pg, const fs::path& tsv) {
  auto cases = qonun::bench::ReadRelevanceSuite(tsv);
  if (!cases.ok()) {
    Die(cases.status().ToString());
  }
  Engines e(std::set<std::string>(engines.begin(), engines.end()), work, pg);
  for (const std::string& engine : engines) {
    qonun::bench::RelevanceTally tally;
    for (const qonun::bench::RelevanceCase& c : *cases) {
      // lang= only chooses the display language of a Qonun hit.
      const Query q{"relevance",    c.query,       c.at,
                    c.all_versions, c.in_language, c.query.find('"') != std::string::npos};
      std::vector<std::string> ids;
      for (const Hit& hit : e.Run(engine, q)) {
        ids.push_back(hit.work + "#" + hit.eid);
      }
      tally.Add(c, qonun::bench::ScoreCase(c, ids));
    }
    for (const auto& [group, summary] : tally.Summaries()) {
      const std::string suffix = group == "all" ? "" : "." + group;
      Result(engine, "relevance_queries" + suffix, summary.queries);
      Result(engine, "mrr" + suffix, summary.mrr);
      Result(engine, "recall5" + suffix, summary.recall_at_5);
      Result(engine, "ndcg10" + suffix, summary.ndcg_at_10);
      Result(engine, "relevance_no_hits" + suffix, summary.no_hits);
    }
  }
}

// ---------------------------------------------------------------- report

// results file lines: label<TAB>engine<TAB>metric<TAB>value
void Report(const fs::path& results, const fs::path& plot_data) {
  std::vector<std::string> labels;
  std::map<std::string, std::map<std::string, std::map<std::string, double>>> v;
  std::ifstream in(results);
  for (std::string line; std::getline(in, line);) {
    const std::vector<std::string> c = Split(line, '\t');
    if (c.size() != 4) {
      continue;
    }
    if (std::find(labels.begin(), labels.end(), c[0]) == labels.end()) {
      labels.push_back(c[0]);
    }
    v[c[0]][c[1]][c[2]] = std::stod(c[3]);
  }
  auto get = [&](const std::string& label, const std::string& engine,
                 const std::string& metric) -> std::optional<double> {
    auto& m = v[label][engine];
    auto it = m.find(metric);
    return it == m.end() ? std::nullopt : std::optional<double>(it->second);
  };
  auto cell = [](std::optional<double> x, const char* fmt) {
    if (!x) {
      return std::string("–");
    }
    char buf[64];
    std::snprintf(buf, sizeof buf, fmt, *x);
    return std::string(buf);
  };
  // The ratio reads "how many times better Qonun is": peer/Qonun where less
  // is better, Qonun/peer where more is better.
  auto ratio = [&](std::optional<double> q, std::optional<double> p, bool more_is_better) {
    if (!q || !p || *q <= 0 || *p <= 0) {
      return std::string("–");
    }
    return cell(more_is_better ? *q / *p : *p / *q, "%.2f×");
  };

  struct Metric {
    const char* key;
    const char* name;
    const char* fmt;
    bool compare;
    bool more_is_better;
  };

  const std::vector<Metric> metrics = {
      {"docs", "provisions (rows)", "%.0f", false, false},
      {"text_mb", "text", "%.1f MB", false, false},
      {"build_s", "index build", "%.2f s", true, false},
      {"mb_s", "build throughput", "%.2f MB/s", true, true},
      {"disk_mb", "index on disk", "%.1f MB", true, false},
      {"build_peak_mb", "indexer peak RSS", "%.0f MB", true, false},
      {"p50_ms", "query p50", "%.2f ms", true, false},
      {"p95_ms", "query p95", "%.2f ms", true, false},
      {"p99_ms", "query p99", "%.2f ms", true, false},
      {"query_peak_mb", "query process peak RSS", "%.0f MB", true, false},
      {"no_hits", "queries of the mix with no hit", "%.0f", false, false},
  };
  for (const std::string& label : labels) {
    for (const char* engine : {"qonun", "pg", "sqlite"}) {
      auto bytes = get(label, engine, "text_mb");
      auto s = get(label, engine, "build_s");
      if (bytes && s && *s > 0) {
        v[label][engine]["mb_s"] = *bytes / *s;
      }
    }
    if (get(label, "qonun", "docs")) {
      std::printf("\n### %s provisions\n\n", label.c_str());
      std::printf("| | Qonun | PostgreSQL FTS | Qonun vs PG | SQLite FTS5 | Qonun vs SQLite |\n");
      std::printf("|---|---|---|---|---|---|\n");
      for (const Metric& m : metrics) {
        const auto q = get(label, "qonun", m.key);
        const auto p = get(label, "pg", m.key);
        const auto s = get(label, "sqlite", m.key);
        std::printf("| %s | %s | %s | %s | %s | %s |\n", m.name, cell(q, m.fmt).c_str(),
                    cell(p, m.fmt).c_str(), m.compare ? ratio(q, p, m.more_is_better).c_str() : "",
                    cell(s, m.fmt).c_str(), m.compare ? ratio(q, s, m.more_is_better).c_str() : "");
      }
      std::printf(
          "\n| query kind | Qonun p50 / p99 | PostgreSQL p50 / p99 | SQLite p50 / p99 |\n"
          "|---|---|---|---|\n");
      for (const char* kind :
           {"one_word", "two_words", "phrase", "citation", "cross-script", "point_in_time"}) {
        std::printf("| %s |", kind);
        for (const char* engine : {"qonun", "pg", "sqlite"}) {
          std::printf(" %s / %s ms |",
                      cell(get(label, engine, std::string("p50_ms.") + kind), "%.2f").c_str(),
                      cell(get(label, engine, std::string("p99_ms.") + kind), "%.2f").c_str());
        }
        std::printf("\n");
      }
      std::printf(
          "\n\"Qonun vs\" is how many times better Qonun's figure is: above 1× Qonun is ahead, "
          "below 1× the peer is.\n");
      if (auto parse = get(label, "corpus", "parse_s")) {
        std::printf(
            "\nQonun's build includes reading and parsing the XML corpus; the peers' "
            "figures start from rows in memory (parsing took %.2f s).\n",
            *parse);
      }
    }
    if (get(label, "qonun", "mrr")) {
      std::printf(
          "\n### relevance (%s): %.0f queries of tests/search/%s\n\n"
          "MRR: first answer; recall@5: answers in the top 5; nDCG@10: answers and useful "
          "provisions; no hit: queries that found nothing.\n\n"
          "| queries | n | MRR (Qonun / PG / SQLite) | recall@5 | nDCG@10 | no hit |\n"
          "|---|---|---|---|---|---|\n",
          label.c_str(), get(label, "qonun", "relevance_queries").value_or(0),
          // bench/peers.sh labels the held-out set "holdout", the tuning set "bundled".
          label == "holdout" ? "relevance_holdout.tsv (held out: never tuned on)"
                             : "relevance.tsv");
      std::vector<std::string> groups = {""};
      for (const char* kind : qonun::bench::kSuiteKinds) {
        groups.push_back(std::string(".kind:") + kind);
      }
      for (const char* language : qonun::bench::kSuiteLanguages) {
        groups.push_back(std::string(".lang:") + language);
      }
      for (const std::string& group : groups) {
        auto triple = [&](const std::string& metric, const char* fmt) {
          return cell(get(label, "qonun", metric + group), fmt) + " / " +
                 cell(get(label, "pg", metric + group), fmt) + " / " +
                 cell(get(label, "sqlite", metric + group), fmt);
        };
        std::printf("| %s | %s | %s | %s | %s | %s |\n",
                    group.empty() ? "all" : group.substr(1).c_str(),
                    cell(get(label, "qonun", "relevance_queries" + group), "%.0f").c_str(),
                    triple("mrr", "%.3f").c_str(), triple("recall5", "%.3f").c_str(),
                    triple("ndcg10", "%.3f").c_str(), triple("relevance_no_hits", "%.0f").c_str());
      }
    }
  }
  // Growth: one line per scale.
  std::ofstream plot(plot_data);
  plot << "# provisions qonun_p50 qonun_p99 pg_p50 pg_p99 sqlite_p50 sqlite_p99 qonun_build "
          "pg_build sqlite_build\n";
  std::printf("\n### growth\n\n| provisions | build s (Qonun / PG / SQLite) | p50 ms | p99 ms |\n");
  std::printf("|---|---|---|---|\n");
  for (const std::string& label : labels) {
    const auto docs = get(label, "qonun", "docs");
    if (!docs || !get(label, "qonun", "p50_ms")) {
      continue;
    }
    auto triple = [&](const char* metric, const char* fmt) {
      return cell(get(label, "qonun", metric), fmt) + " / " + cell(get(label, "pg", metric), fmt) +
             " / " + cell(get(label, "sqlite", metric), fmt);
    };
    std::printf("| %.0f | %s | %s | %s |\n", *docs, triple("build_s", "%.1f").c_str(),
                triple("p50_ms", "%.2f").c_str(), triple("p99_ms", "%.2f").c_str());
    plot << *docs;
    for (const char* engine : {"qonun", "pg", "sqlite"}) {
      plot << ' ' << get(label, engine, "p50_ms").value_or(0) << ' '
           << get(label, engine, "p99_ms").value_or(0);
    }
    for (const char* engine : {"qonun", "pg", "sqlite"}) {
      plot << ' ' << get(label, engine, "build_s").value_or(0);
    }
    plot << '\n';
  }
}

std::string Option(int argc, char** argv, const std::string& name, const std::string& fallback) {
  for (int i = 2; i + 1 < argc; ++i) {
    if (argv[i] == name) {
      return argv[i + 1];
    }
  }
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: peers_bench build|query|relevance|report [options]\n");
    return 2;
  }
  const std::string mode = argv[1];
  const fs::path corpus = Option(argc, argv, "--corpus", "corpus");
  const fs::path work = Option(argc, argv, "--work", "var/peers");
  const char* env_pg = std::getenv("QONUN_PG");
  const std::string pg = Option(argc, argv, "--pg", env_pg != nullptr ? env_pg : "");
  if (mode == "build") {
    const std::string engine = Option(argc, argv, "--engine", "qonun");
    fs::create_directories(work);
    if (engine == "qonun") {
      fs::remove_all(work / "qonun");
      qonun::indexer::IndexReport report;
      if (auto s = qonun::indexer::BuildIndex(
              {.corpus_dir = corpus, .db_dir = work / "qonun", .full_rebuild = true}, report);
          !s.ok()) {
        Die(s.ToString());
      }
      Result("qonun", "build_s", report.seconds);
      Result("qonun", "text_mb", static_cast<double>(report.text_bytes) / 1e6);
      Result("qonun", "docs", static_cast<double>(report.documents));
      Result("qonun", "disk_mb", static_cast<double>(DiskBytes(work / "qonun")) / 1e6);
      Result("qonun", "build_peak_mb", static_cast<double>(PeakKb()) / 1024.0);
      return 0;
    }
    std::size_t text_bytes = 0;
    const auto start = Clock::now();
    const std::vector<Row> rows = ReadRows(corpus, text_bytes);
    Result("corpus", "parse_s", Since(start));
    if (engine == "pg") {
      BuildPg(pg, rows, text_bytes);
    } else if (engine == "sqlite") {
      BuildSqlite(work / "peers.sqlite", rows, text_bytes);
    } else {
      Die("unknown engine " + engine);
    }
    return 0;
  }
  const std::vector<std::string> engines = Split(Option(argc, argv, "--engines", "qonun"), ',');
  if (mode == "query") {
    RunQueries(engines, work, pg, Option(argc, argv, "--source", "corpus"),
               std::stoi(Option(argc, argv, "--rounds", "1")));
  } else if (mode == "relevance") {
    RunRelevance(engines, work, pg, Option(argc, argv, "--tsv", "tests/search/relevance.tsv"));
  } else if (mode == "report") {
    Report(Option(argc, argv, "--results", "var/peers/results.tsv"),
           Option(argc, argv, "--plot-data", "var/peers/growth.dat"));
  } else {
    Die("unknown mode " + mode);
  }
  return 0;
}

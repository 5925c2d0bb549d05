// A deterministic scale corpus for the benchmarks against PostgreSQL and
// SQLite: codes and laws with chapters, articles, parts and points, several
// versions per work, in English, Russian and Uzbek (Latin for even works,
// Cyrillic for odd ones), written in the project's corpus format.
//
//   corpus_gen SOURCE_CORPUS OUT_DIR PROVISIONS [SEED]
//
// Words are drawn with a Zipf distribution (s = 1) from the bundled corpus's
// own vocabulary per language and script, ranked by frequency as the
// analyser segments it. Work 1 is aliased УК / JK / Criminal Code and has
// more than 150 articles, so citation queries ("ст. 135 УК") resolve at
// every scale. PROVISIONS counts what Qonun indexes (chapters, articles,
// parts, points, in every expression); generation stops after the work that
// reaches it. The PRNG is splitmix64 and every draw is integer or a fixed
// double computation, so one seed and one source corpus give the same bytes
// on every machine and library version.

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "bench/vocabulary.h"
#include "common/html.h"

namespace {

namespace fs = std::filesystem;
using qonun::bench::Mix;
using qonun::bench::ReadVocabulary;
using qonun::bench::SplitMix64;
using qonun::bench::Variant;
using qonun::bench::Vocabulary;
using enum qonun::bench::Variant;

std::string Words(const Vocabulary& vocabulary, SplitMix64& rng, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i > 0) {
      out += ' ';
    }
    out += vocabulary.Draw(rng);
  }
  return out;
}

std::string Sentences(const Vocabulary& vocabulary, SplitMix64& rng, int count, int lo, int hi) {
  std::string out;
  for (int s = 0; s < count; ++s) {
    if (s > 0) {
      out += ' ';
    }
    out += Words(vocabulary, rng, rng.Between(lo, hi)) + '.';
  }
  return out;
}

struct Article {
  int number = 0;
  std::vector<int> points;  // per part: number of points (0: none)
  int last_change = 0;      // filled per version while writing
};

struct Chapter {
  int number = 0;
  std::vector<Article> articles;
};

struct Date {
  int y, m, d;

  std::string Iso() const {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
  }
};

struct WorkPlan {
  int index = 0;  // 1-based
  std::string slug, uri, number, kind;
  bool cyrillic_uzbek = false;
  Date adoption{};
  std::vector<Date> versions;              // in force from
  std::vector<Chapter> chapters;           // same structure in every version and language
  std::vector<std::vector<bool>> amended;  // [version][article ordinal]: text rewritten

  std::size_t ProvisionsPerExpression() const {
    std::size_t n = 0;
    for (const Chapter& c : chapters) {
      n += 1;
      for (const Article& a : c.articles) {
        n += 1 + a.points.size();
        for (int p : a.points) {
          n += static_cast<std::size_t>(p);
        }
      }
    }
    return n;
  }
};

WorkPlan PlanWork(std::uint64_t seed, int index) {
  SplitMix64 rng{Mix(seed, static_cast<std::uint64_t>(index))};
  WorkPlan w;
  w.index = index;
  const char* kinds[] = {"code", "law", "law", "decree", "resolution"};
  w.kind = index == 1 ? "code" : kinds[rng.Between(0, 4)];
  char slug[32];
  std::snprintf(slug, sizeof slug, "gen-%05d", index);
  w.slug = slug;
  w.adoption = {rng.Between(1992, 2004), rng.Between(1, 12), rng.Between(1, 28)};
  w.uri = "/akn/uz/act/" + w.adoption.Iso() + "/" + w.slug;
  w.number = "GEN-" + std::to_string(index);
  w.cyrillic_uzbek = index % 2 == 1;
  const int versions = rng.Between(1, 3);
  Date in_force = w.adoption;
  in_force.y += 1;
  w.versions.push_back(in_force);
  for (int v = 1; v < versions; ++v) {
    w.versions.push_back(
        {2005 + 7 * (v - 1) + rng.Between(0, 6), rng.Between(1, 12), rng.Between(1, 28)});
  }
  const int chapters = index == 1 ? 20 : rng.Between(3, 10);
  int article = 0;
  for (int c = 1; c <= chapters; ++c) {
    Chapter chapter{c, {}};
    const int articles = index == 1 ? rng.Between(8, 10) : rng.Between(3, 12);
    for (int a = 0; a < articles; ++a) {
      Article art;
      art.number = ++article;
      const int parts = rng.Between(1, 4);
      for (int p = 0; p < parts; ++p) {
        art.points.push_back(rng.Between(0, 9) < 3 ? rng.Between(2, 4) : 0);
      }
      chapter.articles.push_back(std::move(art));
    }
    w.chapters.push_back(std::move(chapter));
  }
  w.amended.assign(w.versions.size(), std::vector<bool>(static_cast<std::size_t>(article), false));
  for (std::size_t v = 1; v < w.versions.size(); ++v) {
    for (int a = 0; a < article; ++a) {
      w.amended[v][static_cast<std::size_t>(a)] = rng.Between(0, 99) < 15;
    }
  }
  return w;
}

const char* LangCode(Variant v) {
  return v == kEng ? "eng" : v == kRus ? "rus" : "uzb";
}

std::string PointLetter(Variant v, int i) {
  static const char* latin[] = {"a", "b", "c", "d", "e"};
  static const char* cyrillic[] = {"а", "б", "в", "г", "д"};
  return (v == kRus || v == kUzCyrl) ? cyrillic[i] : latin[i];
}

std::string ChapterNum(Variant v, int n) {
  const std::string s = std::to_string(n);
  switch (v) {
    case kEng:
      return "Chapter " + s;
    case kRus:
      return "Глава " + s + ".";
    case kUzLatn:
      return s + "-bob.";
    case kUzCyrl:
      return s + "-боб.";
  }
  return s;
}

std::string ArticleNum(Variant v, int n) {
  const std::string s = std::to_string(n);
  switch (v) {
    case kEng:
      return "Article " + s;
    case kRus:
      return "Статья " + s + ".";
    case kUzLatn:
      return s + "-modda.";
    case kUzCyrl:
      return s + "-модда.";
  }
  return s;
}

std::string WorkName(const WorkPlan& w, Variant v) {
  if (w.index == 1) {
    switch (v) {
      case kEng:
        return "Criminal Code (generated)";
      case kRus:
        return "Уголовный кодекс (сгенерированный)";
      case kUzLatn:
        return "Jinoyat kodeksi (generatsiya)";
      case kUzCyrl:
        return "Жиноят кодекси (генерация)";
    }
  }
  return (v == kEng ? "Generated act " : v == kRus ? "Сгенерированный акт " : "Akt ") + w.number;
}

void WriteExpression(const fs::path& out, const WorkPlan& w, std::size_t version, Variant v,
                     const std::vector<Vocabulary>& vocabularies, std::uint64_t seed) {
  const Vocabulary& vocabulary = vocabularies[v];
  const std::string lang = LangCode(v);
  const std::string date = w.versions[version].Iso();
  const std::string expression = w.uri + "/" + lang + "@" + date;
  std::string x;
  x.reserve(1 << 20);
  x += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x += "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\" "
       "xmlns:q=\"urn:qonun\">\n";
  x += "  <act name=\"" + w.kind + "\">\n    <meta>\n      <identification source=\"#qonun\">\n";
  x += "        <FRBRWork>\n          <FRBRthis value=\"" + w.uri + "/!main\"/>\n";
  x += "          <FRBRuri value=\"" + w.uri + "\"/>\n";
  x += "          <FRBRdate date=\"" + w.adoption.Iso() + "\" name=\"adoption\"/>\n";
  x += "          <FRBRauthor href=\"#oliy-majlis\"/>\n          <FRBRcountry value=\"uz\"/>\n";
  x += "          <FRBRnumber value=\"" + w.number + "\"/>\n";
  x += "          <FRBRname value=\"" + qonun::EscapeHtml(WorkName(w, v)) + "\"/>\n";
  std::vector<std::string> aliases = {w.number};
  if (w.index == 1) {
    aliases = {"УК", "УК РУз", "JK", "ЖК", "Criminal Code"};
  }
  for (const std::string& a : aliases) {
    x += "          <FRBRalias value=\"" + qonun::EscapeHtml(a) + "\" name=\"short\"/>\n";
  }
  x += "        </FRBRWork>\n        <FRBRExpression>\n";
  x += "          <FRBRthis value=\"" + expression + "/!main\"/>\n";
  x += "          <FRBRuri value=\"" + expression + "\"/>\n";
  x += "          <FRBRdate date=\"" + date + "\" name=\"entryIntoForce\"/>\n";
  x += "          <FRBRauthor href=\"#qonun\"/>\n";
  x += "          <FRBRlanguage language=\"" + lang + "\"/>\n        </FRBRExpression>\n";
  x +=
      "        <FRBRManifestation>\n          <FRBRthis value=\"" + expression + "/!main.xml\"/>\n";
  x += "          <FRBRuri value=\"" + expression + ".akn\"/>\n";
  x += "          <FRBRdate date=\"2026-11-29\" name=\"transform\"/>\n";
  x += "          <FRBRauthor href=\"#qonun\"/>\n        </FRBRManifestation>\n";
  x += "      </identification>\n      <lifecycle source=\"#qonun\">\n";
  x += "        <eventRef eId=\"evt_1\" date=\"" + w.adoption.Iso() +
       "\" source=\"#original\" type=\"generation\"/>\n";
  for (std::size_t a = 1; a <= version; ++a) {
    x += "        <eventRef eId=\"evt_" + std::to_string(a + 1) + "\" date=\"" +
         w.versions[a].Iso() + "\" source=\"#amd_" + std::to_string(a) +
         "\" type=\"amendment\"/>\n";
  }
  x += "      </lifecycle>\n      <references source=\"#qonun\">\n";
  x += "        <original eId=\"original\" href=\"" + w.uri + "/" + lang + "@" +
       w.versions[0].Iso() + "\" showAs=\"Original text\"/>\n";
  for (std::size_t a = 1; a <= version; ++a) {
    x += "        <passiveRef eId=\"amd_" + std::to_string(a) + "\" href=\"/akn/uz/act/" +
         w.versions[a].Iso() + "/zru-" + w.slug + "-" + std::to_string(a) +
         "\" showAs=\"Amending act " + std::to_string(a) + " of " + w.number + "\"/>\n";
  }
  x += "      </references>\n      <proprietary source=\"#qonun\">\n";
  x += "        <q:status>summary</q:status>\n";
  x += "        <q:shortTitle>" + qonun::EscapeHtml(aliases.front()) + "</q:shortTitle>\n";
  x += "        <q:verification status=\"illustrative\">Generated by bench/corpus_gen for "
       "benchmarks; not law.</q:verification>\n";
  x += "      </proprietary>\n    </meta>\n";
  x += "    <preface>\n      <longTitle><p>" + qonun::EscapeHtml(WorkName(w, v)) +
       "</p></longTitle>\n    </preface>\n    <body>\n";
  std::size_t ordinal = 0;
  for (const Chapter& c : w.chapters) {
    SplitMix64 chapter_rng{Mix(Mix(seed, static_cast<std::uint64_t>(w.index)),
                               Mix(static_cast<std::uint64_t>(v), 1000000u + c.number))};
    const std::string chp = "chp_" + std::to_string(c.number);
    x += "      <chapter eId=\"" + chp + "\">\n        <num>" + ChapterNum(v, c.number) +
         "</num>\n        <heading>" + qonun::EscapeHtml(Words(vocabulary, chapter_rng, 3)) +
         "</heading>\n";
    for (const Article& a : c.articles) {
      // An article keeps its text until a version amends it.
      std::size_t revision = 0;
      for (std::size_t r = 1; r <= version; ++r) {
        if (w.amended[r][ordinal]) {
          revision = r;
        }
      }
      ++ordinal;
      SplitMix64 rng{Mix(Mix(seed, static_cast<std::uint64_t>(w.index)),
                         Mix(static_cast<std::uint64_t>(v) * 1000003u + revision,
                             static_cast<std::uint64_t>(a.number)))};
      const std::string art = "art_" + std::to_string(a.number);
      x += "        <article eId=\"" + art + "\">\n          <num>" + ArticleNum(v, a.number) +
           "</num>\n          <heading>" +
           qonun::EscapeHtml(Words(vocabulary, rng, rng.Between(2, 5))) + "</heading>\n";
      const bool numbered = a.points.size() > 1;
      for (std::size_t p = 0; p < a.points.size(); ++p) {
        const std::string para = art + "__para_" + std::to_string(p + 1);
        x += "          <paragraph eId=\"" + para + "\">";
        if (numbered) {
          x += "<num>" + std::to_string(p + 1) + ".</num>";
        }
        if (a.points[p] == 0) {
          x += "<content><p>" +
               qonun::EscapeHtml(Sentences(vocabulary, rng, rng.Between(1, 3), 6, 20)) +
               "</p></content></paragraph>\n";
          continue;
        }
        x += "\n            <intro><p>" +
             qonun::EscapeHtml(Words(vocabulary, rng, rng.Between(5, 12))) + ":</p></intro>\n";
        for (int q = 0; q < a.points[p]; ++q) {
          static const char* ids[] = {"a", "b", "c", "d", "e"};
          x += "            <point eId=\"" + para + "__point_" + ids[q] + "\"><num>" +
               PointLetter(v, q) + ")</num><content><p>" +
               qonun::EscapeHtml(Words(vocabulary, rng, rng.Between(5, 14))) +
               ";</p></content></point>\n";
        }
        x += "          </paragraph>\n";
      }
      x += "        </article>\n";
    }
    x += "      </chapter>\n";
  }
  x += "    </body>\n  </act>\n</akomaNtoso>\n";
  const fs::path dir = out / "uz" / "act" / w.slug;
  fs::create_directories(dir);
  std::ofstream file(dir / (lang + "@" + date + ".xml"), std::ios::binary);
  file << x;
  if (!file) {
    std::fprintf(stderr, "corpus_gen: cannot write %s\n", (dir / lang).c_str());
    std::exit(1);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: corpus_gen SOURCE_CORPUS OUT_DIR PROVISIONS [SEED]\n");
    return 2;
  }
  const fs::path source = argv[1];
  const fs::path out = argv[2];
  const std::size_t target = std::stoull(argv[3]);
  const std::uint64_t seed = argc > 4 ? std::stoull(argv[4]) : 20261129;
  const std::vector<Vocabulary> vocabularies = ReadVocabulary(source);
  fs::remove_all(out);
  fs::create_directories(out);
  std::size_t provisions = 0;
  std::size_t files = 0;
  int works = 0;
  while (provisions < target) {
    const WorkPlan w = PlanWork(seed, ++works);
    for (std::size_t v = 0; v < w.versions.size(); ++v) {
      for (Variant lang : {kEng, kRus, w.cyrillic_uzbek ? kUzCyrl : kUzLatn}) {
        WriteExpression(out, w, v, lang, vocabularies, seed);
        provisions += w.ProvisionsPerExpression();
        ++files;
      }
    }
  }
  std::printf("corpus_gen: %d works, %zu files, %zu provisions (seed %llu) in %s\n", works, files,
              provisions, static_cast<unsigned long long>(seed), out.c_str());
  return 0;
}

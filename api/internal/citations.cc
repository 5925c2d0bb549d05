#include "api/internal/citations.h"

#include "analysis/analyzer.h"
#include "common/citation.h"
#include "search/citation_format.h"

namespace qonun::api::internal {

namespace {

bool IsCyrillic(const std::string& text) {
  return analysis::Analyzer::DetectScript(text) == analysis::Script::kCyrillic;
}

search::CitationParts PartsOf(const model::Expression& e, std::size_t index) {
  search::CitationParts parts;
  std::vector<std::size_t> chain = e.Ancestors(index);
  chain.push_back(index);
  bool in_article = false;
  for (std::size_t at : chain) {
    const model::Provision& p = e.provisions[at];
    if (p.element == "article") {
      parts = {CanonicalNumber(p.num), "", ""};
      in_article = true;
    } else if (in_article && p.element == "paragraph") {
      parts.part = CanonicalNumber(p.num);
    } else if (in_article && p.element == "point") {
      parts.point_label = search::PointLabel(p.num);
    }
  }
  return parts;
}

// The work's short title in a language: its q:shortTitle, else the first
// alias written in the citation's script (a Russian citation never ends in
// "JK"), else its name.
std::string ShortTitle(const model::Work& w, Language language, bool cyrillic) {
  if (auto it = w.short_titles.find(language); it != w.short_titles.end()) {
    return it->second;
  }
  for (const std::string& alias : w.metadata.aliases) {
    if (IsCyrillic(alias) == cyrillic) {
      return alias;
    }
  }
  return w.Name(language);
}

// The latest amending act of the version, for "as amended by …".
const model::ActReference* LatestAmendment(const model::Expression& e) {
  const model::ActReference* latest = nullptr;
  model::Date when;
  for (const model::LifecycleEvent& event : e.events) {
    if (event.type == "amendment" && (latest == nullptr || !(event.date < when))) {
      if (const model::ActReference* ref = e.FindReference(event.source)) {
        latest = ref;
        when = event.date;
      }
    }
  }
  return latest;
}

}  // namespace

std::string ShortCitation(const model::Work& w, const model::Expression& e, std::size_t index) {
  const bool cyrillic = IsCyrillic(e.FullText(index));
  const std::string title = ShortTitle(w, e.language, cyrillic);
  std::string out = search::FormatCitation(PartsOf(e, index), e.language, cyrillic, title);
  if (out.empty()) {
    const model::Provision& p = e.provisions[index];
    out = title + ", " + (p.num.empty() ? p.heading : p.num);
  }
  return out;
}

std::string FullCitation(const model::Work& w, const model::Expression& e, std::size_t index) {
  const search::CitationParts parts = PartsOf(e, index);
  const bool cyrillic = IsCyrillic(e.FullText(index));
  std::string cited =
      search::FormatCitation(parts, e.language, cyrillic, "", w.metadata.IsInternational());
  if (cited.empty()) {
    const model::Provision& p = e.provisions[index];
    cited = p.num.empty() ? p.heading : p.num;
  }
  std::string out;
  switch (e.language) {
    case Language::kEnglish:
      out = cited + " of the " + w.Name(e.language);
      break;
    case Language::kRussian:
      out = cited + " " + search::RussianGenitiveTitle(w.Name(e.language));
      break;
    case Language::kUzbek:
      out = w.Name(e.language) + ", " + cited;
      break;
  }
  if (const model::ActReference* act = LatestAmendment(e)) {
    switch (e.language) {
      case Language::kEnglish:
        out += " (as amended by " + act->show_as + ")";
        break;
      case Language::kRussian:
        out += " (в редакции: " + act->show_as + ")";
        break;
      case Language::kUzbek:
        out += " (" + act->show_as + (cyrillic ? " таҳририда)" : " tahririda)");
        break;
    }
  }
  return out;
}

std::string Permalink(const model::Expression& e, const std::string& eid) {
  return e.uri + "/~" + eid;
}

}  // namespace qonun::api::internal

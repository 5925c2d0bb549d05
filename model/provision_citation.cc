#include "model/provision_citation.h"

#include <vector>

#include "common/utf8.h"

#include "citation/keys.h"

namespace qonun::model {

namespace {

CitedLevel LevelOf(const Work& work) {
  return work.metadata.IsInternational() ? CitedLevel::kInternational : CitedLevel::kNational;
}

// Without an article number, a provision is cited by its own num or heading.
std::string Uncited(const Provision& p) {
  return p.num.empty() ? p.heading : p.num;
}

}  // namespace

ProvisionCitation CitationOf(const Expression& e, std::size_t index) {
  ProvisionCitation parts;
  std::vector<std::size_t> chain = e.Ancestors(index);
  chain.push_back(index);
  bool in_article = false;
  bool citable = true;  // a part or point without a number has no citation of its own
  for (std::size_t at : chain) {
    const Provision& p = e.provisions[at];
    if (p.element == "article") {
      parts = {CanonicalNumber(p.num), "", "", "", false};
      in_article = !parts.article.empty();
      citable = true;
    } else if (in_article && p.element == "paragraph") {
      parts.part = e.PartNumber(at);
      parts.implicit_part = e.HasImplicitPartNumber(at);
      citable = !parts.part.empty();
    } else if (in_article && p.element == "point") {
      // Uzbek Latin point letters spell the Cyrillic ones: v) is в).
      parts.point =
          e.language == Language::kUzbek ? CanonicalUzbekPoint(p.num) : CanonicalPoint(p.num);
      parts.point_num = p.num;
      citable = !parts.point.empty();
    } else if (in_article) {
      citable = false;
    }
  }
  if (!in_article) {
    return {};
  }
  parts.exact = citable;
  if (!citable) {
    parts.part.clear();
    parts.point.clear();
    parts.point_num.clear();
  }
  return parts;
}

const ActReference* LatestAmendment(const Expression& e) {
  const ActReference* latest = nullptr;
  Date when;
  for (const LifecycleEvent& event : e.events) {
    if (event.type == "amendment" && (latest == nullptr || !(event.date < when))) {
      if (const ActReference* ref = e.FindReference(event.source)) {
        latest = ref;
        when = event.date;
      }
    }
  }
  return latest;
}

std::string ShortCitation(const Work& w, const Expression& e, std::size_t index) {
  const Script script = DetectScript(e.FullText(index));
  const std::string title =
      ShortTitle(w.short_titles, w.metadata.aliases, e.language, script, w.Name(e.language));
  std::string out = FormatCitation(CitationOf(e, index).Parts(), e.language, script, title);
  if (out.empty()) {
    out = title + ", " + Uncited(e.provisions[index]);
  }
  return out;
}

std::string FullCitation(const Work& w, const Expression& e, std::size_t index) {
  const Script script = DetectScript(e.FullText(index));
  std::string cited =
      FormatCitation(CitationOf(e, index).Parts(), e.language, script, "", LevelOf(w));
  if (cited.empty()) {
    cited = Uncited(e.provisions[index]);
  }
  const ActReference* act = LatestAmendment(e);
  return qonun::FullCitation(cited, w.Name(e.language), e.language, script,
                             act != nullptr ? act->show_as : "");
}

}  // namespace qonun::model

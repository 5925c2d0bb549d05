#include "versions/locate.h"

#include "analysis/name_match.h"

#include "citation/keys.h"

namespace qonun::versions {

namespace {

std::string Trim(std::string_view s) {
  const auto begin = s.find_first_not_of(" \t");
  if (begin == std::string_view::npos) {
    return "";
  }
  return std::string(s.substr(begin, s.find_last_not_of(" \t") - begin + 1));
}

// The work a phrase names: an alias equal to it, else the work whose name
// contains all its words earliest.
const model::Work* WorkNamed(const model::Corpus& corpus, const analysis::Analyzer& analyzer,
                             const std::string& phrase) {
  if (phrase.empty()) {
    return nullptr;
  }
  if (const model::Work* w = corpus.FindWork(phrase)) {
    return w;
  }
  const analysis::WordStems words =
      analysis::StemsByWord(analyzer, phrase, analysis::Stopwords::kDrop);
  const model::Work* best = nullptr;
  std::size_t best_position = static_cast<std::size_t>(-1);
  for (const model::Work& w : corpus.works()) {
    std::vector<std::string> names = w.metadata.aliases;
    for (const auto& [language, name] : w.names) {
      names.push_back(name);
    }
    for (const auto& [language, title] : w.short_titles) {
      names.push_back(title);
    }
    for (const std::string& name : names) {
      const std::optional<std::size_t> first = analysis::FirstNamedPosition(
          words, analysis::StemsByWord(analyzer, name, analysis::Stopwords::kDrop));
      if (first && *first < best_position) {
        best = &w;
        best_position = *first;
      }
    }
  }
  return best;
}

// The child of `parent` (or a top-level provision) that matches by element and number.
std::size_t Child(const model::Expression& e, std::size_t parent, std::string_view element,
                  const std::string& number, bool point) {
  auto matches = [&](std::size_t i) {
    const model::Provision& p = e.provisions[i];
    if (p.element != element) {
      return false;
    }
    if (point) {
      return (e.language == Language::kUzbek ? CanonicalUzbekPoint(p.num)
                                             : CanonicalPoint(p.num)) == number;
    }
    return (element == "paragraph" ? e.PartNumber(i) : CanonicalNumber(p.num)) == number;
  };
  if (parent == model::kNoProvision) {
    for (std::size_t i = 0; i < e.provisions.size(); ++i) {
      if (matches(i)) {
        return i;
      }
    }
    return model::kNoProvision;
  }
  for (std::size_t child : e.provisions[parent].children) {
    if (matches(child)) {
      return child;
    }
  }
  // Points under an unnumbered part ("Article 3(a)" of the Protocol).
  for (std::size_t child : e.provisions[parent].children) {
    if (e.provisions[child].num.empty()) {
      if (std::size_t below = Child(e, child, element, number, point);
          below != model::kNoProvision) {
        return below;
      }
    }
  }
  return model::kNoProvision;
}

}  // namespace

Result<Located> Locate(const model::Corpus& corpus, const analysis::Analyzer& analyzer,
                       std::string_view input) {
  const std::string text = Trim(input);
  if (text.empty()) {
    return InvalidArgumentError("name a work or a provision");
  }
  // URI + "/~eId"
  if (const auto tilde = text.find("/~"); tilde != std::string::npos) {
    const model::Work* w = corpus.FindWork(text.substr(0, tilde));
    if (w == nullptr) {
      return NotFoundError("no work '" + text.substr(0, tilde) + "' in the corpus");
    }
    return Located{w, text.substr(tilde + 2)};
  }
  if (const model::Work* w = corpus.FindWork(text)) {
    return Located{w, ""};
  }
  // "WORK EID": the last word looks like an eId.
  if (const auto space = text.rfind(' '); space != std::string::npos) {
    const std::string last = text.substr(space + 1);
    if (last.find('_') != std::string::npos) {
      if (const model::Work* w = WorkNamed(corpus, analyzer, Trim(text.substr(0, space)))) {
        return Located{w, last};
      }
    }
  }
  const std::vector<analysis::Reference> refs = analyzer.FindReferences(text);
  if (refs.empty()) {
    if (const model::Work* w = WorkNamed(corpus, analyzer, text)) {
      return Located{w, ""};
    }
    return InvalidArgumentError("'" + text + "' names no work or provision of the corpus");
  }
  const analysis::Reference& ref = refs.front();
  const std::string rest = Trim(text.substr(0, ref.start) + " " + text.substr(ref.end));
  const model::Work* work = WorkNamed(corpus, analyzer, rest);
  if (work == nullptr) {
    return NotFoundError(rest.empty() ? "the citation names no work (add one, such as УК or UNTOC)"
                                      : "no work called '" + rest + "' in the corpus");
  }
  // Resolve in the newest version that has the article, in any language.
  for (auto e = work->expressions.rbegin(); e != work->expressions.rend(); ++e) {
    std::size_t at = Child(*e, model::kNoProvision, "article", ref.article, false);
    if (at == model::kNoProvision) {
      continue;
    }
    if (!ref.part.empty()) {
      at = Child(*e, at, "paragraph", ref.part, false);
    }
    if (at != model::kNoProvision && !ref.point.empty()) {
      at = Child(*e, at, "point", ref.point, true);
    }
    if (at != model::kNoProvision) {
      return Located{work, e->provisions[at].Identity()};
    }
  }
  return NotFoundError("no provision " + CitationKey(ref.article, ref.part, ref.point) + " in " +
                       work->metadata.uri);
}

Result<AknTarget> ResolveAknUri(const model::Corpus& corpus, std::string_view uri) {
  std::string path(uri);
  AknTarget target;
  if (const auto tilde = path.find("/~"); tilde != std::string::npos) {
    target.eid = path.substr(tilde + 2);
    path = path.substr(0, tilde);
  }
  for (const model::Work& w : corpus.works()) {
    if (path == w.metadata.uri || path.rfind(w.metadata.uri + "/", 0) == 0) {
      target.work = &w;
    }
  }
  if (target.work == nullptr) {
    return NotFoundError("no work at " + path);
  }
  std::string rest = path.substr(target.work->metadata.uri.size());
  if (rest.empty()) {
    return target;
  }
  rest = rest.substr(1);  // "rus@2019-01-01" or "rus"
  const auto at = rest.find('@');
  target.language = ParseLanguageCode(rest.substr(0, at));
  if (!target.language || rest.find('/') != std::string::npos) {
    return NotFoundError("'" + rest + "' is not LANG or LANG@DATE");
  }
  if (at != std::string::npos) {
    target.date = model::Date::Parse(rest.substr(at + 1));
    if (!target.date) {
      return InvalidArgumentError("'" + rest.substr(at + 1) +
                                  "' is not a real date written YYYY-MM-DD");
    }
  }
  return target;
}

}  // namespace qonun::versions

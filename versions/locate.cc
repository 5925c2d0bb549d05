#include "versions/locate.h"

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

// Stems of each word of `text`, one set per word position.
std::vector<std::vector<std::string>> Stems(const analysis::Analyzer& analyzer,
                                            std::string_view text) {
  std::vector<std::vector<std::string>> out;
  std::size_t position = static_cast<std::size_t>(-1);
  for (const analysis::Token& t : analyzer.AnalyzeQuery(text)) {
    if (out.empty() || t.position != position) {
      out.emplace_back();
      position = t.position;
    }
    if (!t.stopword) {
      out.back().push_back(t.stem);
    }
  }
  std::erase_if(out, [](const auto& stems) { return stems.empty(); });
  return out;
}

bool Shares(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    for (const std::string& y : b) {
      if (x == y) {
        return true;
      }
    }
  }
  return false;
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
  const auto words = Stems(analyzer, phrase);
  if (words.empty()) {
    return nullptr;
  }
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
      const auto name_words = Stems(analyzer, name);
      std::size_t first = static_cast<std::size_t>(-1);
      bool all = true;
      for (const auto& word : words) {
        bool found = false;
        for (std::size_t k = 0; k < name_words.size() && !found; ++k) {
          if (Shares(word, name_words[k])) {
            found = true;
            first = std::min(first, k);
          }
        }
        all = all && found;
      }
      if (all && first < best_position) {
        best = &w;
        best_position = first;
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

}  // namespace qonun::versions

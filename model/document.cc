#include "model/document.h"

#include <algorithm>

#include "citation/keys.h"

namespace qonun::model {

std::string_view TextStatusName(TextStatus status) {
  switch (status) {
    case TextStatus::kUnstated:
      return "unstated";
    case TextStatus::kOfficial:
      return "official";
    case TextStatus::kTranslation:
      return "translation";
    case TextStatus::kSummary:
      return "summary";
  }
  return "unstated";
}

std::string_view VerificationName(Verification verification) {
  switch (verification) {
    case Verification::kUnstated:
      return "unstated";
    case Verification::kConfirmed:
      return "confirmed";
    case Verification::kIllustrative:
      return "illustrative";
  }
  return "unstated";
}

std::size_t Expression::FindByEid(std::string_view eid) const {
  for (std::size_t i = 0; i < provisions.size(); ++i) {
    if (provisions[i].eid == eid) {
      return i;
    }
  }
  return kNoProvision;
}

std::vector<std::size_t> Expression::Roots() const {
  std::vector<std::size_t> roots;
  for (std::size_t i = 0; i < provisions.size(); ++i) {
    if (provisions[i].parent == kNoProvision) {
      roots.push_back(i);
    }
  }
  return roots;
}

namespace {

void AppendBlock(std::string& out, const std::string& block) {
  if (block.empty()) {
    return;
  }
  if (!out.empty()) {
    out += '\n';
  }
  out += block;
}

}  // namespace

std::string Expression::FullText(std::size_t index) const {
  const Provision& p = provisions.at(index);
  std::string out = p.text;
  for (std::size_t child : p.children) {
    const Provision& c = provisions[child];
    std::string child_text = FullText(child);
    if (!c.num.empty()) {
      child_text = c.num + (c.heading.empty() ? "" : " " + c.heading) + " " + child_text;
    } else if (!c.heading.empty()) {
      child_text = c.heading + "\n" + child_text;
    }
    AppendBlock(out, child_text);
  }
  AppendBlock(out, p.wrap_up);
  return out;
}

bool Expression::HasImplicitPartNumber(std::size_t index) const {
  const Provision& p = provisions[index];
  if (p.element != "paragraph" || !p.num.empty() || p.parent == kNoProvision ||
      provisions[p.parent].element != "article") {
    return false;
  }
  const auto& siblings = provisions[p.parent].children;
  return std::none_of(siblings.begin(), siblings.end(), [&](std::size_t s) {
    return provisions[s].element == "paragraph" && !provisions[s].num.empty();
  });
}

std::string Expression::PartNumber(std::size_t index) const {
  const Provision& p = provisions[index];
  if (p.element != "paragraph") {
    return "";
  }
  if (!HasImplicitPartNumber(index)) {
    return CanonicalNumber(p.num);
  }
  int place = 0;
  for (std::size_t sibling : provisions[p.parent].children) {
    place += provisions[sibling].element == "paragraph" ? 1 : 0;
    if (sibling == index) {
      break;
    }
  }
  return std::to_string(place);
}

std::vector<std::size_t> Expression::Ancestors(std::size_t index) const {
  std::vector<std::size_t> chain;
  for (std::size_t at = provisions.at(index).parent; at != kNoProvision;
       at = provisions[at].parent) {
    chain.push_back(at);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

const ActReference* Expression::FindReference(std::string_view eid) const {
  for (const ActReference& r : references) {
    if (r.eid == eid) {
      return &r;
    }
  }
  return nullptr;
}

}  // namespace qonun::model

#include "versions/internal/tree.h"

namespace qonun::versions::internal {

std::string OwnText(const model::Provision& p) {
  std::string out = p.heading;
  for (const std::string* part : {&p.text, &p.wrap_up}) {
    if (!part->empty()) {
      out += (out.empty() ? "" : "\n") + *part;
    }
  }
  return out;
}

// The provision and its descendants, in document order.
std::vector<std::size_t> Subtree(const model::Expression& e, std::size_t root) {
  std::vector<std::size_t> out{root};
  for (std::size_t child : e.provisions[root].children) {
    std::vector<std::size_t> below = Subtree(e, child);
    out.insert(out.end(), below.begin(), below.end());
  }
  return out;
}

std::vector<std::size_t> AllProvisions(const model::Expression& e) {
  std::vector<std::size_t> out(e.provisions.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    out[i] = i;
  }
  return out;
}

bool HoldsArticles(const model::Expression& e, std::size_t index) {
  for (std::size_t child : e.provisions[index].children) {
    if (e.provisions[child].element == "article" || HoldsArticles(e, child)) {
      return true;
    }
  }
  return false;
}

}  // namespace qonun::versions::internal

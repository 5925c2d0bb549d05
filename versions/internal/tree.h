#pragma once
// Walking a version's provision tree, shared by alignment and comparison.

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.h"

namespace qonun::versions::internal {

// A provision's own text: heading, text and wrap-up, without its children.
std::string OwnText(const model::Provision& p);

// The provision and its descendants, in document order.
std::vector<std::size_t> Subtree(const model::Expression& e, std::size_t root);

// Every provision's index, in document order.
std::vector<std::size_t> AllProvisions(const model::Expression& e);

// Whether an article stands anywhere below the provision (a chapter or section).
bool HoldsArticles(const model::Expression& e, std::size_t index);

}  // namespace qonun::versions::internal

#pragma once
// How the API cites a provision: the short citation ("ч. 2 ст. 135 УК"),
// the full one with the work's name and "as amended by …", and the
// permalink. Pure functions over the document model.

#include <cstddef>
#include <string>

#include "model/corpus.h"

namespace qonun::api::internal {

std::string ShortCitation(const model::Work& w, const model::Expression& e, std::size_t index);
std::string FullCitation(const model::Work& w, const model::Expression& e, std::size_t index);
std::string Permalink(const model::Expression& e, const std::string& eid);

}  // namespace qonun::api::internal

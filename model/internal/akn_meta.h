#pragma once
// Reads an Akoma Ntoso <meta> into an Expression: the FRBR identity of the
// work and the expression, the lifecycle, the references, the passive
// modifications and the project's proprietary fields. Internal to model/.

#include <vector>

#include <pugixml.hpp>

#include "model/document.h"
#include "model/internal/akn_xml.h"

namespace qonun::model::internal {

// Fills `expression`'s metadata from `meta` (of the document element whose
// type `expression.work.doc_type` already names), reporting problems to
// `reporter`. `modification_lines` receives the line of each textualMod, in
// the order of `expression.modifications`.
void ReadMeta(pugi::xml_node meta, Expression& expression, Reporter& reporter,
              std::vector<int>& modification_lines);

}  // namespace qonun::model::internal

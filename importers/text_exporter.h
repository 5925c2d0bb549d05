#pragma once
// An Expression as plain text in the shape ImportText reads, so that export
// then import gives back the same provision tree (element, eId, num,
// heading, text) for documents in the corpus conventions.
//
//   std::string text = ExportText(expression);
//
// Layout: the long title, the preamble, then each provision as a block
// separated by blank lines: headings as "num heading" ("Статья 135. Торговля
// людьми"; a bare roman chapter number gets its heading on its own line),
// parts and points as "num text", unnumbered points as "— text", notes as
// their own parenthesised blocks after the unit's last descendant (a note
// not written in parentheses gains them). Never fails; thread-safe.

#include <string>

#include "model/document.h"

namespace qonun::importers {

std::string ExportText(const model::Expression& expression);

}  // namespace qonun::importers

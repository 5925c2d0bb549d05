#pragma once
// Builds the provision tree from a flat sequence of recognised items, the
// shape both plain text and lex.uz pages reduce to. Parts and points arrive
// as siblings; the hierarchy is rebuilt from their numbering, and eIds are
// made by the naming convention of docs/corpus-conventions.md.

#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "model/document.h"

#include "importers/import.h"
#include "importers/internal/numbering.h"

namespace qonun::importers::internal {

enum class ItemKind { kUnit, kText, kNote };

struct Item {
  ItemKind kind = ItemKind::kText;
  Unit unit;         // for kUnit
  std::string text;  // for kText and kNote
  int line = 0;
};

// Adds the provisions for `items` to `expression` (which already holds its
// metadata), and notes' amending acts to its references and lifecycle.
// The caller has checked that some item is a recognised unit (and said so
// when none is). Iterative and linear in the number of items.
// `conclusions` (the signature block, one line a block) become the
// top-level "conclusions" provision, after the body and before any annex.
void BuildTree(const std::vector<Item>& items, const std::vector<std::string>& conclusions,
               const ImportOptions& options, model::Expression& expression,
               std::vector<model::Diagnostic>& warnings);

// The expression with the metadata of `options` and no provisions;
// InvalidArgument when the work URI is not /akn/COUNTRY/TYPE/…/DATE/NUMBER.
Result<model::Expression> NewExpression(const ImportOptions& options);

// What every text-shaped importer starts from: the input checked
// (CheckTextInput) and an ImportResult holding NewExpression(options).
Result<ImportResult> StartImport(std::string_view bytes, const ImportOptions& options);

// Adds the preamble (blocks joined by '\n') as the first provision.
void AddPreamble(const std::vector<std::string>& blocks, model::Expression& expression);

// Warns when the text is mostly in Latin script but its language is
// Russian, or mostly in Cyrillic but English (Uzbek may be in either).
void WarnOnScriptMismatch(const ImportOptions& options, const model::Expression& e,
                          std::vector<model::Diagnostic>& warnings);

// Collapses runs of white space (including no-break spaces and control
// characters) to one space and trims both ends.
std::string CollapseSpaces(std::string_view text);

}  // namespace qonun::importers::internal

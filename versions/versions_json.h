#pragma once
// JSON forms of timelines and comparisons, shared by the CLI (--json) and the
// HTTP API so that both speak the same shape.

#include <nlohmann/json.hpp>

#include "versions/compare.h"
#include "versions/timeline.h"
#include "versions/word_diff.h"

namespace qonun::versions {

// {"ops": [{"op": "equal|delete|insert", "text", "a": [start, end], "b": [start, end]}],
//  "deleted_words", "inserted_words"}
nlohmann::json WordDiffJson(const WordDiff& diff);

// {"work", "eId"?, "lang", "versions": [{"valid_from", "valid_to", "expression",
//  "languages", "acts": [{"href", "show_as", "type", "touches_provision"}],
//  "change"?, "eId"?, "num"?, "heading"?, "wording_from"?, "wording_to"?}],
//  "numbers"?: [{"num", "eId", "from"}], "numbers_line"?}
nlohmann::json TimelineJson(const Timeline& timeline);

// {"summary": [...], "changed_units", "units": [{"change", "element", "identity",
//  "eId_from", "eId_to", "num_from", "num_to", "heading", "label", "label_from", "moved", "depth",
//  "diff": WordDiffJson, "html": "<del>…</del>…"}]}
nlohmann::json ComparisonJson(const Comparison& comparison);

}  // namespace qonun::versions

#pragma once
// A per-language map of a work (its names, its short titles) as JSON, keyed
// by ISO 639-2 code: {"uzb": "…", "rus": "…", "eng": "…"}. The one shape for
// the index's stored work list (indexer/) and the API's replies (api/).

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "common/language.h"

namespace qonun::model {

// An empty map gives an empty object ({}), never null.
nlohmann::json LanguageMapJson(const std::map<Language, std::string>& values);

}  // namespace qonun::model

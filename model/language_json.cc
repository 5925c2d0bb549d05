#include "model/language_json.h"

namespace qonun::model {

nlohmann::json LanguageMapJson(const std::map<Language, std::string>& values) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [language, value] : values) {
    out[std::string(LanguageCode(language))] = value;
  }
  return out;
}

}  // namespace qonun::model

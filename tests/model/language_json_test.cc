#include "model/language_json.h"

#include <catch2/catch.hpp>

using qonun::Language;
using qonun::model::LanguageMapJson;

TEST_CASE("a per-language map is a JSON object keyed by language code", "[model][unit]") {
  const std::map<Language, std::string> names = {
      {Language::kUzbek, "Jinoyat kodeksi"},
      {Language::kRussian, "Уголовный кодекс"},
      {Language::kEnglish, "Criminal Code"},
  };
  const nlohmann::json json = LanguageMapJson(names);
  CHECK(json.dump() ==
        R"({"eng":"Criminal Code","rus":"Уголовный кодекс","uzb":"Jinoyat kodeksi"})");
  CHECK(LanguageMapJson({{Language::kRussian, "УК"}}) == nlohmann::json{{"rus", "УК"}});
  // No names: an empty object, so readers can always index it.
  CHECK(LanguageMapJson({}).dump() == "{}");
  CHECK(LanguageMapJson({}).is_object());
}

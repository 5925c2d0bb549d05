// Versions and comparisons over HTTP, as each reader's interface asks for
// them: a real `qonun serve` process over the bundled corpus, where Law
// ZRU-154 exists in English, Russian and Uzbek and its 2021 edition moved
// most articles (2008 Art. 21 is 2021 Art. 27). Every text language is
// compared for every interface (eng, rus, uzb in Latin, uzb-Cyrl), and every
// field the /provision, /versions and /diff replies carry must be described
// in the OpenAPI document the server publishes.

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/support/http_client.h"
#include "tests/support/temp_dir.h"

namespace {

using nlohmann::json;
using qonun::testing::Get;
using qonun::testing::ServerProcess;
using qonun::testing::UrlEncode;

const std::string kTipLaw = "/akn/uz/act/2008-04-17/zru-154";

struct Shared {
  qonun::testing::TempDir dir;
  ServerProcess server{QONUN_BINARY,
                       {"--db", (dir.path() / "index").string(), "--corpus",
                        std::string(QONUN_SOURCE_DIR) + "/corpus", "--threads", "2"}};
};

Shared& S() {
  static Shared shared;
  return shared;
}

json GetJson(const std::string& target, int expected_status = 200) {
  const auto r = Get(S().server.port(), target);
  INFO(target << " -> " << r.status << " " << r.body.substr(0, 500));
  REQUIRE(r.status == expected_status);
  CHECK(r.headers.at("content-type") == "application/json; charset=utf-8");
  return json::parse(r.body);
}

void ExpectError(const std::string& target, int status, const std::string& code,
                 const std::string& param) {
  const json body = GetJson(target, status);
  CHECK(body["error"]["status"] == status);
  CHECK(body["error"]["code"] == code);
  CHECK(body["error"]["param"] == param);
  CHECK_FALSE(body["error"]["message"].get<std::string>().empty());
}

bool HasCyrillic(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0xD0 && b <= 0xD3;  // lead bytes of U+0400–U+04FF
  });
}

bool HasLatinLetter(const std::string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); });
}

struct Reader {
  const char* ui;
  const char* title;   // how a single-article summary opens
  const char* moved;   // its renumbering line
  const char* counts;  // how a whole-act summary opens
  bool latin;          // the interface's script
};

const Reader kReaders[] = {
    {"eng", "Article 27 “", "moved from Article 21 to Article 27", "Articles: ", true},
    {"rus", "Статья 27 «", "статья 21 → статья 27: перенесено", "Статьи: ", false},
    {"uzb", "27-modda «", "21-modda → 27-modda: koʻchirildi", "Moddalar: ", true},
    {"uzb-Cyrl", "27-модда «", "21-модда → 27-модда: кўчирилди", "Моддалар: ", false},
};

const char* const kTextLanguages[] = {"eng", "rus", "uzb"};

// The summary speaks the interface's language and script, never internal ids.
void CheckSummaryLines(const json& summary, const Reader& reader) {
  for (const auto& item : summary) {
    const std::string line = item.get<std::string>();
    INFO(line);
    CHECK(line.find("art_") == std::string::npos);
    CHECK(line.find("para_") == std::string::npos);
    if (reader.latin) {
      CHECK_FALSE(HasCyrillic(line));
    } else {
      CHECK_FALSE(HasLatinLetter(line));
    }
  }
  const std::set<json> distinct(summary.begin(), summary.end());
  CHECK(distinct.size() == summary.size());
}

}  // namespace

TEST_CASE("a single article compared in every text language for every interface",
          "[api][http][versions]") {
  for (const char* lang : kTextLanguages) {
    for (const Reader& reader : kReaders) {
      INFO(lang << " text, ui " << reader.ui);
      const json diff =
          GetJson("/api/v1/diff?work=" + UrlEncode(kTipLaw) + "&eid=art_21&lang=" + lang +
                  "&from=2010-01-01&to=2022-01-01&ui=" + reader.ui);
      // Followed through renumbering: 2008 Art. 21 is 2021 Art. 27.
      CHECK(diff["from"]["eId"] == "art_21");
      CHECK(diff["to"]["eId"] == "art_27");
      const json& summary = diff["summary"];
      REQUIRE(summary.size() >= 2);
      const std::string title = summary[0].get<std::string>();
      INFO(title);
      CHECK(title.rfind(reader.title, 0) == 0);
      CHECK(title.size() > std::string(reader.title).size() + 6);  // and a heading
      // "… moved" or "… moved and amended" (the Uzbek text's heading was reworded).
      CHECK(std::any_of(summary.begin(), summary.end(), [&](const json& line) {
        return line.get<std::string>().rfind(reader.moved, 0) == 0;
      }));
      CheckSummaryLines(summary, reader);
    }
  }
}

TEST_CASE("the heading comes from the interface's language, in its script",
          "[api][http][versions]") {
  // The heading of 2021 Art. 27 in each language's text.
  auto heading = [](const char* lang) {
    const json p = GetJson("/api/v1/provision?work=" + UrlEncode(kTipLaw) +
                           "&eid=art_27&at=2022-01-01&lang=" + lang);
    return p["heading"].get<std::string>();
  };
  const std::string english = heading("eng");
  const std::string russian = heading("rus");
  const std::string uzbek = heading("uzb");
  REQUIRE_FALSE(english.empty());
  REQUIRE_FALSE(russian.empty());
  REQUIRE_FALSE(uzbek.empty());
  auto title = [](const char* lang, const char* ui) {
    const json diff =
        GetJson("/api/v1/diff?work=" + UrlEncode(kTipLaw) + "&eid=art_21&lang=" + lang +
                "&from=2010-01-01&to=2022-01-01&ui=" + ui);
    return diff["summary"][0].get<std::string>();
  };
  // A Russian text read in the English interface names the article in English.
  CHECK(title("rus", "eng") == "Article 27 “" + english + "”");
  CHECK(title("uzb", "rus") == "Статья 27 «" + russian + "»");
  CHECK(title("eng", "uzb") == "27-modda «" + uzbek + "»");
  const std::string cyrillic = title("eng", "uzb-Cyrl");
  CHECK(cyrillic.rfind("27-модда «", 0) == 0);
  CHECK_FALSE(HasLatinLetter(cyrillic));  // the Latin heading transliterated
}

TEST_CASE("a whole-act comparison opens with counts in every interface", "[api][http][versions]") {
  for (const char* lang : kTextLanguages) {
    for (const Reader& reader : kReaders) {
      INFO(lang << " text, ui " << reader.ui);
      const json diff = GetJson("/api/v1/diff?work=" + UrlEncode(kTipLaw) + "&lang=" + lang +
                                "&from=2010-01-01&to=2022-01-01&ui=" + reader.ui);
      const json& summary = diff["summary"];
      REQUIRE_FALSE(summary.empty());
      CHECK(summary[0].get<std::string>().rfind(reader.counts, 0) == 0);
      CHECK(summary.size() <= 30);  // one screen
      CheckSummaryLines(summary, reader);
    }
  }
}

TEST_CASE("unknown provisions and interfaces are 4xx JSON errors", "[api][http][versions]") {
  const std::string work = "work=" + UrlEncode(kTipLaw);
  ExpectError("/api/v1/diff?" + work + "&eid=art_99&from=2010-01-01", 404, "not_found", "eid");
  ExpectError("/api/v1/versions?" + work + "&eid=art_99", 404, "not_found", "eid");
  ExpectError("/api/v1/provision?" + work + "&eid=art_99&at=2022-01-01", 404, "not_found", "eid");
  ExpectError("/api/v1/diff?work=no-such-law&eid=art_1&from=2010-01-01", 404, "not_found", "work");
  for (const char* ui : {"uzb-Arab", "fra", "Cyrl", "uzb-cyrl"}) {
    INFO(ui);
    const json body = GetJson("/api/v1/diff?" + work + "&eid=art_21&from=2010-01-01&ui=" + ui, 400);
    CHECK(body["error"]["param"] == "ui");
    CHECK_THAT(body["error"]["message"].get<std::string>(), Catch::Contains("uzb-Cyrl"));
  }
}

namespace {

// Follows "$ref": "#/components/schemas/X".
const json& Resolve(const json& openapi, const json& schema) {
  if (schema.contains("$ref")) {
    const std::string ref = schema["$ref"].get<std::string>();
    REQUIRE(ref.rfind("#/components/schemas/", 0) == 0);
    return openapi["components"]["schemas"].at(
        ref.substr(std::string("#/components/schemas/").size()));
  }
  return schema;
}

// Every object key in `value` (at any depth) that `schema` does not describe.
void Undocumented(const json& openapi, const json& value, const json& raw_schema,
                  const std::string& path, std::set<std::string>& out) {
  const json& schema = Resolve(openapi, raw_schema);
  if (value.is_object()) {
    for (const auto& [key, item] : value.items()) {
      const std::string where = path + "." + key;
      if (schema.contains("properties") && schema["properties"].contains(key)) {
        Undocumented(openapi, item, schema["properties"][key], where, out);
      } else if (schema.contains("additionalProperties") &&
                 schema["additionalProperties"].is_object()) {
        Undocumented(openapi, item, schema["additionalProperties"], where, out);
      } else {
        out.insert(where);
      }
    }
  } else if (value.is_array()) {
    if (!value.empty() && !schema.contains("items")) {
      out.insert(path + "[]");
      return;
    }
    for (const json& item : value) {
      Undocumented(openapi, item, schema["items"], path + "[]", out);
    }
  }
}

}  // namespace

TEST_CASE("every field of the provision, versions and diff replies is documented in OpenAPI",
          "[api][http][versions]") {
  const json openapi = GetJson("/api/v1/openapi.json");
  const std::string work = "work=" + UrlEncode(kTipLaw);
  const std::vector<std::pair<std::string, std::string>> replies = {
      {"/api/v1/provision", "/api/v1/provision?" + work + "&eid=art_27&at=2022-01-01&lang=rus"},
      {"/api/v1/provision", "/api/v1/provision?" + work + "&eid=art_21&at=2022-01-01&lang=eng"},
      {"/api/v1/provision", "/api/v1/provision?" + work + "&at=2022-01-01&lang=uzb"},
      {"/api/v1/versions", "/api/v1/versions?" + work + "&lang=eng"},
      {"/api/v1/versions", "/api/v1/versions?" + work + "&eid=art_27&lang=eng"},
      {"/api/v1/versions", "/api/v1/versions?" + work + "&eid=art_21&at=2010-01-01&lang=uzb"},
      {"/api/v1/diff",
       "/api/v1/diff?" + work + "&eid=art_21&from=2010-01-01&to=2022-01-01&ui=uzb-Cyrl"},
      {"/api/v1/diff", "/api/v1/diff?" + work + "&from=2010-01-01&to=2022-01-01&lang=rus"},
  };
  for (const auto& [route, target] : replies) {
    INFO(target);
    const json& schema =
        openapi["paths"][route]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
    REQUIRE(schema.is_object());
    const json reply = GetJson(target);
    std::set<std::string> missing;
    Undocumented(openapi, reply, schema, "", missing);
    std::string list;
    for (const std::string& m : missing) {
      list += m + " ";
    }
    INFO("not in api/openapi.json: " << list);
    CHECK(missing.empty());
  }
  // The fields a reader needs for renumbering and wording dates are among them.
  const json& timeline = Resolve(openapi, openapi["paths"]["/api/v1/versions"]["get"]["responses"]
                                                 ["200"]["content"]["application/json"]["schema"]);
  CHECK(timeline["properties"].contains("numbers_line"));
  const json& entry = Resolve(openapi, timeline["properties"]["versions"]["items"]);
  CHECK(entry["properties"].contains("wording_from"));
  CHECK(entry["properties"].contains("wording_to"));
}

// GET /api/v1/transliterate?to=latn|cyrl&t0=…&t1=… — Uzbek texts in the reader's
// script (analysis/uz_transliterate.h), for the page to show Cyrillic-only
// texts in the Latin interface and the other way round.

#include "analysis/uz_transliterate.h"
#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "common/utf8.h"

namespace qonun::api::internal {

namespace {

constexpr std::size_t kMaxTexts = 200;
constexpr std::size_t kMaxTotalBytes = std::size_t{48} * 1024;

// Built once; its const methods are thread-safe.
const Result<analysis::UzTransliterator>& Transliterator() {
  static const Result<analysis::UzTransliterator> transliterator =
      analysis::UzTransliterator::Create();
  return transliterator;
}

}  // namespace

HttpReply Transliterate(Context& c) {
  Params p(c.request);
  const std::string to = p.Required("to", 10);
  if (p.error()) {
    return *p.error();
  }
  if (to != "latn" && to != "cyrl") {
    return ErrorReply(400, "bad_param", "to must be latn or cyrl, not '" + to + "'", "to");
  }
  // t0, t1, … (the transport keeps one value per name, so texts are numbered).
  std::vector<const std::string*> texts;
  std::size_t total = 0;
  for (std::size_t i = 0;; ++i) {
    const std::string name = "t" + std::to_string(i);
    const std::string* text = c.request.Param(name);
    if (text == nullptr) {
      break;
    }
    total += text->size();
    if (i >= kMaxTexts || total > kMaxTotalBytes) {
      return ErrorReply(400, "bad_param",
                        "at most " + std::to_string(kMaxTexts) + " texts of " +
                            std::to_string(kMaxTotalBytes) + " bytes in all",
                        name);
    }
    if (auto bad = FindInvalidUtf8(*text)) {
      return ErrorReply(400, "bad_param",
                        "is not valid UTF-8 (at byte " + std::to_string(*bad) + ")", name);
    }
    texts.push_back(text);
  }
  const auto& transliterator = Transliterator();
  if (!transliterator.ok()) {
    return FromStatus(transliterator.status());
  }
  const analysis::UzScript script =
      to == "latn" ? analysis::UzScript::kLatin : analysis::UzScript::kCyrillic;
  nlohmann::json out_texts = nlohmann::json::array();
  nlohmann::json changed = nlohmann::json::array();
  for (const std::string* text : texts) {
    std::string converted = transliterator->To(script, *text);
    changed.push_back(converted != *text);
    out_texts.push_back(std::move(converted));
  }
  return JsonReply({{"to", to}, {"texts", out_texts}, {"transliterated", changed}});
}

}  // namespace qonun::api::internal

#include <string>
#include <string_view>
#include <utility>

#include "analysis/analyzer.h"
#include "model/akn_reader.h"

#include "importers/internal/builder.h"
#include "importers/internal/input.h"

namespace qonun::importers::internal {

namespace {

using model::Provision;

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

}  // namespace

// Russian is written in Cyrillic and English in Latin; Uzbek in either. A
// text in the other script was most likely given the wrong language.
void WarnOnScriptMismatch(const ImportOptions& options, const model::Expression& e,
                          std::vector<model::Diagnostic>& warnings) {
  std::string sample;
  int line = 0;
  for (const Provision& p : e.provisions) {
    if (sample.size() > 20000) {
      break;
    }
    sample += p.heading + " " + p.text + " ";
    line = line == 0 ? p.line : line;
  }
  const analysis::Script script = analysis::Analyzer::DetectScript(sample);
  const char* found = nullptr;
  if (options.language == Language::kRussian && script == analysis::Script::kLatin) {
    found = "Latin";
  } else if (options.language == Language::kEnglish && script == analysis::Script::kCyrillic) {
    found = "Cyrillic";
  }
  if (found) {
    warnings.push_back({options.source_name, line, model::Severity::kWarning,
                        std::string("the text is mostly in ") + found +
                            " script, but its language is given as " +
                            std::string(LanguageCode(options.language))});
  }
}

std::string CollapseSpaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool nbsp = text.substr(i, 2) == "\xC2\xA0";
    // Invisible marks pages carry (U+200B…U+200F: zero-width space, joiners,
    // direction marks; U+FEFF) are dropped: "—\u200E" ends in a dash.
    if (text.substr(i, 2) == "\xE2\x80" && i + 2 < text.size() &&
        static_cast<unsigned char>(text[i + 2]) >= 0x8B &&
        static_cast<unsigned char>(text[i + 2]) <= 0x8F) {
      i += 2;
      continue;
    }
    if (text.substr(i, 3) == "\xEF\xBB\xBF") {
      i += 2;
      continue;
    }
    // Other control characters cannot stand in XML 1.0: they count as space.
    const bool control = static_cast<unsigned char>(text[i]) < 0x20;
    if (IsSpaceByte(text[i]) || nbsp || control) {
      pending = !out.empty();
      i += nbsp ? 1 : 0;
      continue;
    }
    if (pending) {
      out += ' ';
      pending = false;
    }
    out += text[i];
  }
  return out;
}

Result<model::Expression> NewExpression(const ImportOptions& options) {
  const auto parts = model::ParseWorkUri(options.work_uri);
  if (!parts) {
    return InvalidArgumentError("work URI '" + options.work_uri +
                                "' is not of the form /akn/COUNTRY/TYPE/…/DATE/NUMBER");
  }
  model::Expression e;
  e.work.uri = options.work_uri;
  e.work.country = parts->country;
  e.work.doc_type = parts->doc_type;
  e.work.kind = options.kind;
  e.work.date = parts->date;
  // The URI spells the number in lower case; FRBRnumber as printed ("ZRU-154").
  e.work.number = parts->number;
  for (char& c : e.work.number) {
    c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  e.work.name = options.title;
  e.work.aliases = options.aliases;
  e.language = options.language;
  e.date = options.date;
  e.uri = options.work_uri + "/" + std::string(LanguageCode(options.language)) + "@" +
          options.date.ToString();
  e.long_title = options.title;
  e.status = options.status;
  e.official_source = options.official_source;
  e.references.push_back({"original", "original",
                          options.work_uri + "/" + std::string(LanguageCode(options.language)) +
                              "@" + parts->date.ToString(),
                          "Original text"});
  e.events.push_back({"evt_1", parts->date, "generation", "original"});
  return e;
}

Result<ImportResult> StartImport(std::string_view bytes, const ImportOptions& options) {
  QONUN_RETURN_IF_ERROR(CheckTextInput(bytes, options.source_name));
  Result<model::Expression> expression = NewExpression(options);
  if (!expression.ok()) {
    return expression.status();
  }
  ImportResult result;
  result.expression = std::move(expression).value();
  return result;
}

void AddPreamble(const std::vector<std::string>& blocks, model::Expression& expression) {
  if (blocks.empty()) {
    return;
  }
  Provision p;
  p.element = "preamble";
  p.eid = "preamble";
  for (const std::string& block : blocks) {
    p.text += (p.text.empty() ? "" : "\n") + block;
  }
  expression.provisions.insert(expression.provisions.begin(), std::move(p));
}

}  // namespace qonun::importers::internal

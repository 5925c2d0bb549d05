#include "citation/format.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

namespace qonun {

namespace {

// Replaces the first "{}" in `form` with `value`.
std::string Fill(std::string_view form, std::string_view value) {
  std::string out(form);
  if (const auto at = out.find("{}"); at != std::string::npos) {
    out.replace(at, 2, value);
  }
  return out;
}

bool Fits(Script wanted, Script actual) {
  return wanted == Script::kOther || wanted == actual;
}

// How the full citation joins the cited provision and the work's name, and
// says which act the text is as amended by.
struct FullForm {
  Language language;
  Script script;             // kOther: any script
  std::string_view layout;   // {cited} {name}
  std::string_view amended;  // appended when there is an amending act
};

const std::vector<FullForm>& FullForms() {
  static const std::vector<FullForm> forms = {
      {Language::kEnglish, Script::kOther, "{cited} of the {name}", " (as amended by {})"},
      {Language::kRussian, Script::kOther, "{cited} {name}", " (в редакции: {})"},
      {Language::kUzbek, Script::kCyrillic, "{name}, {cited}", " ({} таҳририда)"},
      {Language::kUzbek, Script::kOther, "{name}, {cited}", " ({} tahririda)"},
  };
  return forms;
}

// Expands a layout such as "{point}{part}{article}{title}": each {name} is
// replaced by its value in one pass, so a value is never read as a slot.
std::string Expand(std::string_view layout,
                   std::initializer_list<std::pair<std::string_view, std::string>> values) {
  std::string out;
  for (std::size_t i = 0; i < layout.size();) {
    const auto close = layout.find('}', i);
    bool replaced = false;
    if (layout[i] == '{' && close != std::string_view::npos) {
      const std::string_view slot = layout.substr(i + 1, close - i - 1);
      for (const auto& [name, value] : values) {
        if (name == slot) {
          out += value;
          replaced = true;
        }
      }
    }
    if (replaced) {
      i = close + 1;
    } else {
      out += layout[i++];
    }
  }
  return out;
}

// The genitive of an act's head noun, or empty when `word` is not one.
std::string_view HeadGenitive(std::string_view word) {
  static constexpr std::pair<std::string_view, std::string_view> kHeads[] = {
      {"Протокол", "Протокола"},
      {"Конвенция", "Конвенции"},
      {"Кодекс", "Кодекса"},
      {"кодекс", "кодекса"},
      {"Закон", "Закона"},
      {"закон", "закона"},
      {"Указ", "Указа"},
      {"Постановление", "Постановления"},
      {"Пакт", "Пакта"},
      {"Декларация", "Декларации"},
      {"Соглашение", "Соглашения"},
      {"Договор", "Договора"},
      {"Устав", "Устава"},
      {"Положение", "Положения"},
      {"Распоряжение", "Распоряжения"}};
  for (const auto& [nominative, genitive] : kHeads) {
    if (word == nominative) {
      return genitive;
    }
  }
  return {};
}

// A masculine adjective in the genitive: "Уголовный" → "Уголовного",
// "Трудовой" → "Трудового", "Гражданский" → "Гражданского".
std::string AdjectiveGenitive(std::string_view word) {
  const std::size_t ending = std::string_view("ий").size();
  if (word.ends_with("ый") || word.ends_with("ой") || word.ends_with("кий") ||
      word.ends_with("гий") || word.ends_with("хий")) {
    return std::string(word.substr(0, word.size() - ending)) + "ого";
  }
  if (word.ends_with("ий")) {
    return std::string(word.substr(0, word.size() - ending)) + "его";
  }
  return {};
}

// Russian citations name the act in the genitive («ст. 3 Протокола …»).
std::string TitleAsCited(std::string_view title, Language language) {
  return language == Language::kRussian ? RussianGenitiveTitle(title) : std::string(title);
}

}  // namespace

std::string RussianGenitiveTitle(std::string_view title) {
  const auto first_end = std::min(title.find(' '), title.size());
  const std::string_view first = title.substr(0, first_end);
  if (const std::string_view genitive = HeadGenitive(first); !genitive.empty()) {
    return std::string(genitive) + std::string(title.substr(first_end));
  }
  if (first_end < title.size()) {
    const auto second_end = std::min(title.find(' ', first_end + 1), title.size());
    const std::string_view second = title.substr(first_end + 1, second_end - first_end - 1);
    const std::string adjective = AdjectiveGenitive(first);
    if (const std::string_view genitive = HeadGenitive(second);
        !genitive.empty() && !adjective.empty()) {
      return adjective + " " + std::string(genitive) + std::string(title.substr(second_end));
    }
  }
  return std::string(title);
}

const std::vector<CitationForm>& CitationForms() {
  using L = Language;
  using S = Script;
  constexpr CitedLevel kNational = CitedLevel::kNational;
  constexpr CitedLevel kTreaty = CitedLevel::kInternational;
  static const std::vector<CitationForm> forms = {
      // Art. 135(2)(a), Criminal Code
      {L::kEnglish, S::kOther, kNational, "{article}{part}{point}{title}", ", {}", "Art. {}",
       "({})", "({})"},
      {L::kEnglish, S::kOther, kTreaty, "{article}{part}{point}{title}", ", {}", "Art. {}", "({})",
       "({})"},
      // п. «а» ч. 2 ст. 135 УК РУз;  подп. «a» п. 2 ст. 5 Конвенции
      {L::kRussian, S::kOther, kNational, "{point}{part}{article}{title}", " {}", "ст. {}",
       "ч. {} ", "п. «{}» "},
      {L::kRussian, S::kOther, kTreaty, "{point}{part}{article}{title}", " {}", "ст. {}", "п. {} ",
       "подп. «{}» "},
      // ЖК 135-модда 2-қисм «а» банди;  JK 135-modda 2-qism «a» bandi
      {L::kUzbek, S::kCyrillic, kNational, "{title}{article}{part}{point}", "{} ", "{}-модда",
       " {}-қисм", " «{}» банди"},
      {L::kUzbek, S::kCyrillic, kTreaty, "{title}{article}{part}{point}", "{} ", "{}-модда",
       " {}-банд", " «{}» кичик банди"},
      {L::kUzbek, S::kOther, kNational, "{title}{article}{part}{point}", "{} ", "{}-modda",
       " {}-qism", " «{}» bandi"},
      {L::kUzbek, S::kOther, kTreaty, "{title}{article}{part}{point}", "{} ", "{}-modda",
       " {}-band", " «{}» kichik bandi"},
  };
  return forms;
}

std::string PointLabel(std::string_view num) {
  std::string out;
  for (char c : num) {
    if (c != '(' && c != ')' && c != '.' && c != ' ') {
      out += c;
    }
  }
  return out;
}

std::string PrintedNumber(std::string_view canonical) {
  const auto dash = canonical.find('-');
  if (dash == std::string_view::npos) {
    return std::string(canonical);
  }
  std::string out(canonical.substr(0, dash));
  for (char c : canonical.substr(dash + 1)) {
    if (c >= '0' && c <= '9') {
      AppendUtf8(out, SuperscriptDigit(c - '0'));
    }
  }
  return out;
}

std::string FormatCitation(const CitationParts& parts, Language language, Script script,
                           std::string_view short_title, CitedLevel level) {
  if (parts.article.empty()) {
    return "";
  }
  for (const CitationForm& form : CitationForms()) {
    if (form.language != language || form.level != level || !Fits(form.script, script)) {
      continue;
    }
    return Expand(
        form.layout,
        {{"title",
          short_title.empty() ? "" : Fill(form.title, TitleAsCited(short_title, language))},
         {"article", Fill(form.article, PrintedNumber(parts.article))},
         {"part", parts.part.empty() ? "" : Fill(form.part, parts.part)},
         {"point", parts.point_label.empty() ? "" : Fill(form.point, parts.point_label)}});
  }
  return "";
}

std::string ShortTitle(const std::map<Language, std::string>& short_titles,
                       const std::vector<std::string>& aliases, Language language, Script script,
                       const std::string& name) {
  if (auto it = short_titles.find(language); it != short_titles.end()) {
    return it->second;
  }
  const bool cyrillic = script == Script::kCyrillic;
  for (const std::string& alias : aliases) {
    if ((DetectScript(alias) == Script::kCyrillic) == cyrillic) {
      return alias;
    }
  }
  return name;
}

std::string FullCitation(std::string_view cited, std::string_view work_name, Language language,
                         Script script, std::string_view amended_by) {
  for (const FullForm& form : FullForms()) {
    if (form.language != language || !Fits(form.script, script)) {
      continue;
    }
    std::string out = Expand(
        form.layout, {{"cited", std::string(cited)}, {"name", TitleAsCited(work_name, language)}});
    if (!amended_by.empty()) {
      out += Fill(form.amended, amended_by);
    }
    return out;
  }
  return std::string(cited);
}

std::string Permalink(std::string_view expression_uri, std::string_view eid) {
  return std::string(expression_uri) + "/~" + std::string(eid);
}

}  // namespace qonun

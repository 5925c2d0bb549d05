// GET /api/v1/handout.docx?items=work~eId~DATE,…&langs=&ui=&script=&title= —
// a trainer's handout as a Word document: each provision with its full
// citation in the interface language, its permalink, and its text as of the
// day given in one language, or two side by side in a table.

#include <sstream>

#include "analysis/uz_transliterate.h"
#include "api/internal/handlers.h"
#include "api/internal/params.h"
#include "model/provision_citation.h"

#include "citation/format.h"
#include "docx/docx.h"
#include "versions/timeline.h"

namespace qonun::api::internal {

namespace {

constexpr std::size_t kMaxItems = 40;
constexpr std::size_t kMaxLanguages = 2;

// The interface languages a handout is written in: eng, rus, uzb (Latin), uzb-Cyrl.
enum class Ui { kEnglish, kRussian, kUzbekLatin, kUzbekCyrillic };

struct UiStrings {
  const char* handout;
  const char* permalink;
  const char* in_force_since;  // {from}
  const char* in_force_range;  // {from} {to}
  const char* no_text;         // {lang} {date}
  const char* lang_eng;
  const char* lang_rus;
  const char* lang_uzb;
};

const UiStrings& StringsFor(Ui ui) {
  static constexpr UiStrings kEnglish{"Handout",
                                      "Permalink",
                                      "Wording in force from {from}",
                                      "Wording in force from {from} to {to}",
                                      "No text in {lang} on {date}.",
                                      "English",
                                      "Russian",
                                      "Uzbek"};
  static constexpr UiStrings kRussian{"Раздаточный материал",
                                      "Постоянная ссылка",
                                      "Редакция действует с {from}",
                                      "Редакция действовала с {from} по {to}",
                                      "Нет текста на языке «{lang}» на {date}.",
                                      "английский",
                                      "русский",
                                      "узбекский"};
  static constexpr UiStrings kUzbekLatin{"Tarqatma material",
                                         "Doimiy havola",
                                         "Tahrir {from} dan kuchda",
                                         "Tahrir {from} dan {to} gacha kuchda boʻlgan",
                                         "{date} holatiga {lang} tilida matn yoʻq.",
                                         "inglizcha",
                                         "ruscha",
                                         "oʻzbekcha"};
  static constexpr UiStrings kUzbekCyrillic{"Тарқатма материал",
                                            "Доимий ҳавола",
                                            "Таҳрир {from} дан кучда",
                                            "Таҳрир {from} дан {to} гача кучда бўлган",
                                            "{date} ҳолатига {lang} тилида матн йўқ.",
                                            "инглизча",
                                            "русча",
                                            "ўзбекча"};
  switch (ui) {
    case Ui::kRussian:
      return kRussian;
    case Ui::kUzbekLatin:
      return kUzbekLatin;
    case Ui::kUzbekCyrillic:
      return kUzbekCyrillic;
    case Ui::kEnglish:
      break;
  }
  return kEnglish;
}

std::string Fill(std::string text, const std::string& name, const std::string& value) {
  const std::string key = "{" + name + "}";
  for (std::size_t at = text.find(key); at != std::string::npos;
       at = text.find(key, at + value.size())) {
    text.replace(at, key.size(), value);
  }
  return text;
}

// Dates in the interface as the page writes them: dd.mm.yyyy.
std::string ShowDate(const model::Date& day) {
  const std::string iso = day.ToString();
  return iso.substr(8, 2) + "." + iso.substr(5, 2) + "." + iso.substr(0, 4);
}

// Built once; its const methods are thread-safe.
const Result<analysis::UzTransliterator>& Transliterator() {
  static const Result<analysis::UzTransliterator> transliterator =
      analysis::UzTransliterator::Create();
  return transliterator;
}

struct Item {
  const model::Work* work = nullptr;
  std::string eid;
  model::Date day;
};

struct Options {
  std::vector<Language> languages;
  Ui ui = Ui::kEnglish;
  analysis::UzScript script = analysis::UzScript::kLatin;
  std::string title;
  std::string origin;  // "http://host:port", for permalinks
};

class HandoutWriter {
 public:
  explicit HandoutWriter(const Options& options)
      : options_(options), strings_(StringsFor(options.ui)) {}

  // Uzbek text in the handout's script; other languages as they are.
  std::string InScript(Language language, const std::string& text) const {
    const auto& transliterator = Transliterator();
    if (language != Language::kUzbek || !transliterator.ok()) {
      return text;
    }
    return transliterator->To(options_.script, text);
  }

  std::string LanguageTag(Language language) const {
    switch (language) {
      case Language::kRussian:
        return "ru-RU";
      case Language::kUzbek:
        return options_.script == analysis::UzScript::kLatin ? "uz-Latn-UZ" : "uz-Cyrl-UZ";
      case Language::kEnglish:
        break;
    }
    return "en-GB";
  }

  std::string LanguageName(Language language) const {
    switch (language) {
      case Language::kRussian:
        return strings_.lang_rus;
      case Language::kUzbek:
        return strings_.lang_uzb;
      case Language::kEnglish:
        break;
    }
    return strings_.lang_eng;
  }

  Language UiLanguage() const {
    switch (options_.ui) {
      case Ui::kRussian:
        return Language::kRussian;
      case Ui::kUzbekLatin:
      case Ui::kUzbekCyrillic:
        return Language::kUzbek;
      case Ui::kEnglish:
        break;
    }
    return Language::kEnglish;
  }

  // The provision's text in one language: its number and heading, then its
  // own text, its parts (indented by depth) and its wrap-up.
  std::vector<docx::Paragraph> Text(const Item& item, Language language) const {
    const std::string tag = LanguageTag(language);
    Result<versions::InForce> found =
        versions::ProvisionInForce(*item.work, item.eid, language, item.day);
    if (!found.ok()) {
      std::string line = Fill(strings_.no_text, "lang", LanguageName(language));
      return {
          docx::Para({docx::TextRun(Fill(line, "date", ShowDate(item.day)))}, docx::Style::kMeta)};
    }
    const model::Expression& e = *found->expression;
    const model::Provision& root = e.provisions[found->index];
    std::vector<docx::Paragraph> out;
    const std::string title = root.num + (root.heading.empty() ? "" : " " + root.heading);
    if (!title.empty()) {
      out.push_back(docx::Para({docx::TextRun(InScript(language, title), true)},
                               docx::Style::kSubheading, 0, tag));
    }
    auto walk = [&](auto&& self, std::size_t index, int depth) -> void {
      const model::Provision& p = e.provisions[index];
      std::istringstream lines(p.text);
      bool first = true;
      for (std::string line; std::getline(lines, line);) {
        if (line.empty()) {
          continue;
        }
        const std::string number = depth > 0 && first && !p.num.empty() ? p.num + " " : "";
        out.push_back(docx::Para({docx::TextRun(InScript(language, number + line))},
                                 docx::Style::kNormal, depth, tag));
        first = false;
      }
      // A part with no text of its own (only points) still shows its number.
      const std::string label = p.num + (p.heading.empty() ? "" : " " + p.heading);
      if (first && depth > 0 && !p.num.empty()) {
        out.push_back(docx::Para({docx::TextRun(InScript(language, label))}, docx::Style::kNormal,
                                 depth, tag));
      }
      for (std::size_t child : p.children) {
        self(self, child, depth + 1);
      }
      if (!p.wrap_up.empty()) {
        out.push_back(docx::Para({docx::TextRun(InScript(language, p.wrap_up))},
                                 docx::Style::kNormal, depth, tag));
      }
    };
    walk(walk, found->index, 0);
    const std::string from = ShowDate(e.date);
    const std::string line =
        e.valid_to ? Fill(Fill(strings_.in_force_range, "from", from), "to", ShowDate(*e.valid_to))
                   : Fill(strings_.in_force_since, "from", from);
    out.push_back(docx::Para({docx::TextRun(line)}, docx::Style::kMeta));
    return out;
  }

  // The item's heading (number and full citation) and its permalink line.
  void Head(std::size_t number, const Item& item, std::vector<docx::Block>& body) const {
    std::vector<Language> order{UiLanguage()};
    order.insert(order.end(), options_.languages.begin(), options_.languages.end());
    order.insert(order.end(), kAllLanguages.begin(), kAllLanguages.end());
    for (Language language : order) {
      Result<versions::InForce> found =
          versions::ProvisionInForce(*item.work, item.eid, language, item.day);
      if (!found.ok()) {
        continue;
      }
      const model::Expression& e = *found->expression;
      const std::string citation = model::FullCitation(*item.work, e, found->index);
      const std::string link =
          options_.origin + "/#" + Permalink(e.uri, e.provisions[found->index].eid);
      body.emplace_back(
          docx::Para({docx::TextRun(std::to_string(number) + ". " + InScript(language, citation))},
                     docx::Style::kHeading, 0, LanguageTag(language)));
      body.emplace_back(docx::Para(
          {docx::TextRun(std::string(strings_.permalink) + ": "), docx::LinkRun(link, link)},
          docx::Style::kMeta));
      return;
    }
  }

  docx::Document Build(const std::vector<Item>& items) const {
    docx::Document d;
    d.title = options_.title.empty() ? strings_.handout : options_.title;
    d.language = LanguageTag(UiLanguage());
    d.body.emplace_back(docx::Para({docx::TextRun(d.title)}, docx::Style::kTitle));
    for (std::size_t i = 0; i < items.size(); ++i) {
      Head(i + 1, items[i], d.body);
      if (options_.languages.size() == 1) {
        for (docx::Paragraph& p : Text(items[i], options_.languages[0])) {
          d.body.emplace_back(std::move(p));
        }
        continue;
      }
      docx::Table table;
      std::vector<docx::Cell> row;
      for (Language language : options_.languages) {
        table.header.push_back(
            {{docx::Para({docx::TextRun(LanguageName(language), true)}, docx::Style::kMeta)}});
        row.push_back({Text(items[i], language)});
      }
      table.rows.push_back(std::move(row));
      d.body.emplace_back(std::move(table));
    }
    return d;
  }

 private:
  const Options& options_;
  const UiStrings& strings_;
};

// "http://" and the Host the request came to, when it looks like a host name.
std::string Origin(const HttpRequest& request) {
  const auto host = request.headers.find("host");
  if (host == request.headers.end() || host->second.empty() || host->second.size() > 255) {
    return "http://localhost";
  }
  for (char ch : host->second) {
    const bool ok = std::isalnum(static_cast<unsigned char>(ch)) || ch == '.' || ch == '-' ||
                    ch == ':' || ch == '[' || ch == ']';
    if (!ok) {
      return "http://localhost";
    }
  }
  return "http://" + host->second;
}

}  // namespace

HttpReply HandoutDocx(Context& c) {
  Params p(c.request);
  const std::string items_text = p.Required("items", 8000);
  std::vector<Language> languages = p.Langs("langs");
  const std::string ui_code = p.String("ui", 10);
  const std::string script = p.String("script", 10);
  Options options;
  options.title = p.String("title", 300);
  if (p.error()) {
    return *p.error();
  }
  if (ui_code.empty() || ui_code == "eng") {
    options.ui = Ui::kEnglish;
  } else if (ui_code == "rus") {
    options.ui = Ui::kRussian;
  } else if (ui_code == "uzb") {
    options.ui = Ui::kUzbekLatin;
  } else if (ui_code == "uzb-Cyrl") {
    options.ui = Ui::kUzbekCyrillic;
  } else {
    return ErrorReply(400, "bad_param", "ui must be one of eng, rus, uzb, uzb-Cyrl", "ui");
  }
  if (script.empty()) {
    options.script = options.ui == Ui::kUzbekCyrillic ? analysis::UzScript::kCyrillic
                                                      : analysis::UzScript::kLatin;
  } else if (script == "latn" || script == "cyrl") {
    options.script = script == "latn" ? analysis::UzScript::kLatin : analysis::UzScript::kCyrillic;
  } else {
    return ErrorReply(400, "bad_param", "script must be latn or cyrl", "script");
  }
  if (languages.size() > kMaxLanguages) {
    return ErrorReply(400, "bad_param",
                      "langs names " + std::to_string(languages.size()) +
                          " languages; a handout shows one or two side by side",
                      "langs");
  }
  if (languages.size() == 2 && languages[0] == languages[1]) {
    languages.pop_back();
  }
  HandoutWriter writer(options);
  if (languages.empty()) {
    languages.push_back(writer.UiLanguage());
  }
  options.languages = languages;

  std::vector<Item> items;
  std::stringstream list(items_text);
  std::size_t position = 0;
  for (std::string entry; std::getline(list, entry, ',');) {
    ++position;
    if (position > kMaxItems) {
      return ErrorReply(400, "bad_param",
                        "items lists more than " + std::to_string(kMaxItems) + " provisions",
                        "items");
    }
    const std::size_t a = entry.find('~');
    const std::size_t b = a == std::string::npos ? a : entry.find('~', a + 1);
    const std::optional<model::Date> day =
        b == std::string::npos ? std::nullopt : model::Date::Parse(entry.substr(b + 1));
    const std::string where = "items: item " + std::to_string(position) + " ('" + entry + "')";
    if (b == std::string::npos || a == 0 || b == a + 1 || !day) {
      return ErrorReply(400, "bad_param", where + " is not work~eId~YYYY-MM-DD", "items");
    }
    const model::Work* work = FindWork(c.snapshot, entry.substr(0, a));
    if (work == nullptr) {
      return ErrorReply(404, "not_found", where + ": no such work in the index", "items");
    }
    Item item{work, entry.substr(a + 1, b - a - 1), *day};
    bool anywhere = false;
    for (Language language : kAllLanguages) {
      anywhere = anywhere || versions::ProvisionInForce(*work, item.eid, language, *day).ok();
    }
    if (!anywhere) {
      return ErrorReply(404, "not_found",
                        where + ": the work has no such provision in force on that day", "items");
    }
    items.push_back(std::move(item));
  }
  if (items.empty()) {
    return ErrorReply(400, "bad_param", "items lists no provision", "items");
  }
  options.origin = Origin(c.request);

  Result<std::string> bytes = docx::WriteDocx(writer.Build(items));
  if (!bytes.ok()) {
    return FromStatus(bytes.status());
  }
  HttpReply reply;
  reply.content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"handout.docx\"");
  reply.body = std::move(*bytes);
  return reply;
}

}  // namespace qonun::api::internal

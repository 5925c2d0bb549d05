#include "importers/internal/notes.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <utility>
#include <vector>

#include "common/utf8.h"

#include "importers/internal/furniture.h"
#include "importers/internal/numbering.h"

namespace qonun::importers::internal {

namespace {

std::string TrimSpaces(std::string_view s) {
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  };
  while (!s.empty() && space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && space(s.back())) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

struct FoundDate {
  model::Date date;
  std::size_t at = 0;  // byte offset in the note
};

// Dates written with digits: dd.mm.yyyy or yyyy-mm-dd.
void FindNumericDates(std::string_view text, std::vector<FoundDate>& out) {
  for (std::size_t i = 0; i + 10 <= text.size(); ++i) {
    const std::string_view s = text.substr(i, 10);
    auto digits = [&](std::size_t from, std::size_t n) {
      for (std::size_t k = from; k < from + n; ++k) {
        if (s[k] < '0' || s[k] > '9') {
          return false;
        }
      }
      return true;
    };
    if (i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9') {
      continue;
    }
    std::string iso;
    if (digits(0, 2) && s[2] == '.' && digits(3, 2) && s[5] == '.' && digits(6, 4)) {
      iso = std::string(s.substr(6, 4)) + "-" + std::string(s.substr(3, 2)) + "-" +
            std::string(s.substr(0, 2));
    } else if (digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2)) {
      iso = std::string(s);
    }
    if (auto d = iso.empty() ? std::nullopt : model::Date::Parse(iso)) {
      out.push_back({*d, i});
    }
  }
}

// Month names as notes spell them, by stem: Uzbek Latin and Cyrillic (the
// Cyrillic stems are the Russian genitive's too), English.
int MonthOf(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, int>, 38> kStems = {
      {{"yanvar", 1},   {"январ", 1},    {"january", 1},   {"fevral", 2},  {"феврал", 2},
       {"february", 2}, {"mart", 3},     {"март", 3},      {"march", 3},   {"aprel", 4},
       {"апрел", 4},    {"april", 4},    {"may", 5},       {"май", 5},     {"мая", 5},
       {"iyun", 6},     {"июн", 6},      {"june", 6},      {"iyul", 7},    {"июл", 7},
       {"july", 7},     {"avgust", 8},   {"август", 8},    {"august", 8},  {"sentabr", 9},
       {"sentyabr", 9}, {"сентябр", 9},  {"september", 9}, {"oktabr", 10}, {"oktyabr", 10},
       {"октябр", 10},  {"october", 10}, {"noyabr", 11},   {"ноябр", 11},  {"november", 11},
       {"dekabr", 12},  {"декабр", 12},  {"december", 12}}};
  for (const auto& [stem, month] : kStems) {
    if (word.starts_with(stem)) {
      return month;
    }
  }
  return 0;
}

// Dates written with the month in words: "2021-yil 21-apreldagi",
// "2018 yil 18 apreldagi", "2021 йил 21 апрелдаги", "от 18 апреля 2018 года",
// "18 April 2018".
void FindDatesInWords(std::string_view text, std::vector<FoundDate>& out) {
  const std::string lower = LowerSameLength(text);

  struct Word {
    std::string_view text;
    std::size_t at;
  };

  std::vector<Word> words;
  for (std::size_t i = 0; i < lower.size();) {
    auto word_byte = [&](std::size_t k) {
      const auto c = static_cast<unsigned char>(lower[k]);
      return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z');
    };
    if (!word_byte(i)) {
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < lower.size() && word_byte(i)) {
      ++i;
    }
    words.push_back({std::string_view(lower).substr(start, i - start), start});
  }
  auto number = [](std::string_view w, std::size_t min, std::size_t max) {
    if (w.size() < min || w.size() > max ||
        !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      return -1;
    }
    return std::stoi(std::string(w));
  };
  auto add = [&](int year, int month, int day, std::size_t at) {
    char iso[40];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
    if (auto d = model::Date::Parse(iso)) {
      out.push_back({*d, at});
    }
  };
  for (std::size_t i = 0; i + 2 < words.size(); ++i) {
    if (const int year = number(words[i].text, 4, 4); year > 0) {
      std::size_t k = i + 1;
      if (words[k].text == "yil" || words[k].text == "йил" || words[k].text == "y" ||
          words[k].text == "й") {
        ++k;
      }
      if (k + 1 < words.size()) {
        if (const int day = number(words[k].text, 1, 2); day > 0) {
          if (const int month = MonthOf(words[k + 1].text); month > 0) {
            add(year, month, day, words[i].at);
          }
        }
      }
    }
    if (const int day = number(words[i].text, 1, 2); day > 0) {
      if (const int month = MonthOf(words[i + 1].text); month > 0) {
        if (const int year = number(words[i + 2].text, 4, 4); year > 0) {
          add(year, month, day, words[i].at);
        }
      }
    }
  }
}

// The words of a note, lower-cased, apostrophes as '\'': "85-moddaning
// toʻrtinchi qismi" → 85, moddaning, to'rtinchi, qismi.
std::vector<std::string> NoteWords(std::string_view note) {
  const std::string lower = LowerSameLength(note);
  std::vector<std::string> words;
  std::string word;
  for (std::size_t i = 0; i < lower.size();) {
    std::size_t next = i;
    const char32_t cp = DecodeUtf8(lower, next);
    const bool apostrophe = cp == '\'' || cp == '`' || cp == 0x02BB || cp == 0x02BC ||
                            cp == 0x2018 || cp == 0x2019 || cp == 0x00B4;
    const bool letter = (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') ||
                        (cp >= 0x00C0 && cp <= 0x024F) || (cp >= 0x0400 && cp <= 0x04FF);
    if (apostrophe && !word.empty()) {
      word += '\'';
    } else if (letter) {
      word.append(lower, i, next - i);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
    i = next;
  }
  if (!word.empty()) {
    words.push_back(std::move(word));
  }
  return words;
}

bool AllDigits(std::string_view w) {
  return !w.empty() && w.size() <= 4 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// An ordinal as notes spell it ("ikkinchi", "иккинчи", "вторая", "второй",
// "третьей"), or 0. Uzbek words whole; Russian ones by stem, in any case
// and gender.
int OrdinalValue(std::string_view w) {
  static constexpr std::array<std::string_view, 10> kLatin = {
      "birinchi", "ikkinchi",  "uchinchi",    "to'rtinchi",   "beshinchi",
      "oltinchi", "yettinchi", "sakkizinchi", "to'qqizinchi", "o'ninchi"};
  static constexpr std::array<std::string_view, 10> kCyrillic = {
      "биринчи", "иккинчи", "учинчи",     "тўртинчи",   "бешинчи",
      "олтинчи", "еттинчи", "саккизинчи", "тўққизинчи", "ўнинчи"};
  static constexpr std::array<std::string_view, 10> kRussianStems = {
      "перв", "втор", "трет", "четв", "пят", "шест", "седьм", "восьм", "девят", "десят"};
  for (std::size_t k = 0; k < 10; ++k) {
    if (w == kLatin[k] || w == kCyrillic[k]) {
      return static_cast<int>(k) + 1;
    }
  }
  for (std::size_t k = 0; k < 10; ++k) {
    // A Russian ordinal is its stem and an adjective ending: "вторая",
    // "второй", "пятой" (not "пятьдесят").
    if (w.starts_with(kRussianStems[k]) && w.size() <= kRussianStems[k].size() + 6 &&
        w.find("десят", kRussianStems[k].size()) == std::string_view::npos && !w.ends_with("ь")) {
      return static_cast<int>(k) + 1;
    }
  }
  return 0;
}

// The ordinal ending at word `k` ("oʻn birinchi" is 11), or 0.
int OrdinalEndingAt(const std::vector<std::string>& w, std::size_t k) {
  const int value = OrdinalValue(w[k]);
  if (value > 0 && value < 10 && k > 0 && (w[k - 1] == "o'n" || w[k - 1] == "ўн")) {
    return value + 10;
  }
  return value;
}

bool IsConjunction(std::string_view w) {
  return w == "va" || w == "ва" || w == "hamda" || w == "ҳамда" || w == "и" || w == "yoki" ||
         w == "ёки" || w == "or" || w == "and";
}

// A point's label: a number or one letter.
bool IsPointLabel(std::string_view w) {
  if (AllDigits(w)) {
    return true;
  }
  std::size_t i = 0;
  if (w.empty()) {
    return false;
  }
  DecodeUtf8(w, i);
  return i == w.size() && !(w[0] >= '0' && w[0] <= '9');
}

}  // namespace

// The date of the amending act a note names: the signing date, which is
// printed before the act's number ("2021-yil 21-apreldagi OʻRQ-683-sonli
// Qonuni", "от 18.04.2018 г. № ЗРУ-476"), not the publication date after
// it ("— … 21.04.2021-y."). The date closest before the number, else the
// first one.
std::optional<model::Date> FindSigningDate(std::string_view text, std::size_t number_at) {
  std::vector<FoundDate> dates;
  FindNumericDates(text, dates);
  FindDatesInWords(text, dates);
  const FoundDate* before = nullptr;
  const FoundDate* first = nullptr;
  for (const FoundDate& d : dates) {
    if (d.at < number_at && (before == nullptr || d.at > before->at)) {
      before = &d;
    }
    if (first == nullptr || d.at < first->at) {
      first = &d;
    }
  }
  const FoundDate* best = before != nullptr ? before : first;
  return best ? std::optional<model::Date>(best->date) : std::nullopt;
}

// Prefixes of act numbers as the three languages and two scripts print them,
// mapped to the lower-case Latin prefix of the work URI (docs/corpus-conventions.md).
constexpr std::array<std::pair<std::string_view, std::string_view>, 16> kActPrefixes = {{
    {"ЗРУ", "zru"},
    {"ZRU", "zru"},
    {"ЎРҚ", "zru"},
    {"O\u02BBRQ", "zru"},
    {"O\u2018RQ", "zru"},
    {"O'RQ", "zru"},
    {"O`RQ", "zru"},
    {"УП", "pf"},
    {"ПФ", "pf"},
    {"PF", "pf"},
    {"ПП", "pq"},
    {"ПҚ", "pq"},
    {"PQ", "pq"},
    {"ПКМ", "vmq"},
    {"ВМҚ", "vmq"},
    {"VMQ", "vmq"},
}};

// The amending act's number as the work URI spells it: "ЗРУ-683" → "zru-683";
// `at` is where it is printed.
std::optional<std::string> FindActNumber(std::string_view text, std::size_t& at) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    for (const auto& [printed, uri] : kActPrefixes) {
      if (text.substr(i, printed.size()) != printed) {
        continue;
      }
      std::size_t pos = i + printed.size();
      if (pos >= text.size() || text[pos] != '-') {
        continue;
      }
      ++pos;
      const std::size_t start = pos;
      while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9' && pos - start < 8) {
        ++pos;
      }
      if (pos > start) {
        at = i;
        return std::string(uri) + "-" + std::string(text.substr(start, pos - start));
      }
    }
  }
  // Laws of the 1990s and 2000s: "254-II-son Qonuni", "№ 2012-XII".
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto digit = [&](std::size_t k) {
      return text[k] >= '0' && text[k] <= '9';
    };
    if (!digit(i) || (i > 0 && (digit(i - 1) || text[i - 1] == '-' || text[i - 1] == '.'))) {
      continue;
    }
    std::size_t pos = i;
    while (pos < text.size() && digit(pos) && pos - i < 6) {
      ++pos;
    }
    if (pos + 1 >= text.size() || text[pos] != '-') {
      continue;
    }
    const std::size_t roman = pos + 1;
    std::size_t end = roman;
    while (end < text.size() && (text[end] == 'I' || text[end] == 'V' || text[end] == 'X') &&
           end - roman < 6) {
      ++end;
    }
    const bool letter_after = end < text.size() && ((text[end] >= 'A' && text[end] <= 'Z') ||
                                                    (text[end] >= 'a' && text[end] <= 'z'));
    if (end > roman && !letter_after) {
      at = i;
      std::string number(text.substr(i, end - i));
      for (char& c : number) {
        c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      }
      return number;
    }
  }
  return std::nullopt;
}

// "в редакции" / "tahririda" / "as amended" replace a text; "введена" /
// "kiritilgan" / "inserted" add one; "утратила силу" / "kuchini yoʻqotgan"
// / "repealed" remove one. Empty when the note says none of these.
std::string_view ModificationType(std::string_view note) {
  const std::string lower = LowerSameLength(note);
  auto has = [&](std::initializer_list<std::string_view> words) {
    return std::any_of(words.begin(), words.end(),
                       [&](std::string_view w) { return lower.find(w) != std::string::npos; });
  };
  if (has({"утратил", "исключен", "kuchini yo", "кучини йў", "chiqarilgan", "чиқарилган",
           "repealed"})) {
    return "repeal";
  }
  if (has({"введен", "дополнен", "kiritilgan", "киритилган", "inserted", "added by"})) {
    return "insertion";
  }
  if (has({"редакц", "tahrir", "таҳрир", "amended", "substituted"})) {
    return "substitution";
  }
  return {};
}

bool NoteNamesArticle(std::string_view eid, std::string_view number) {
  if (!eid.starts_with("art_")) {
    return false;
  }
  std::string digits(eid.substr(4));
  std::erase(digits, '-');
  std::string named(number);
  std::erase(named, '-');
  return digits == named;
}

NoteSubject SubjectOfNote(std::string_view note) {
  // The unit is named first ("(85-moddaning beshinchi qismi …", "(пункт «в»
  // части первой статьи 2 …"); the act and its publication follow.
  const std::vector<std::string> w = NoteWords(note.substr(0, 160));
  NoteSubject subject;
  bool several_parts = false;
  for (std::size_t k = 0; k < w.size(); ++k) {
    const std::string& word = w[k];
    // The article: "85-moddaning", "135-1-modda", "статьи 5".
    if (subject.article.empty() && (word.starts_with("modd") || word.starts_with("модд")) &&
        k > 0 && AllDigits(w[k - 1])) {
      subject.article = k > 1 && AllDigits(w[k - 2]) ? w[k - 2] + "-" + w[k - 1] : w[k - 1];
    }
    if (subject.article.empty() && word.starts_with("стать") && k + 1 < w.size() &&
        AllDigits(w[k + 1])) {
      subject.article = w[k + 1];
    }
    // The part: "ikkinchi qismi", "2-qism", "часть вторая", "второй части", "части 2".
    const bool uzbek_part = word.starts_with("qism") || word.starts_with("қисм");
    const bool russian_part = word.starts_with("част") && word.size() <= 12;
    if (uzbek_part || russian_part) {
      if (word.starts_with("qisml") || word.starts_with("қисмл") || word == "частей") {
        several_parts = true;
      }
      int value = 0;
      std::size_t ordinal_at = k;
      if (k > 0 && (value = OrdinalEndingAt(w, k - 1)) > 0) {
        ordinal_at = k - 1;
      } else if (uzbek_part && k > 0 && AllDigits(w[k - 1])) {
        value = std::stoi(w[k - 1]);
        ordinal_at = k - 1;
      } else if (russian_part && k + 1 < w.size() &&
                 ((value = OrdinalValue(w[k + 1])) > 0 || AllDigits(w[k + 1]))) {
        value = value > 0 ? value : std::stoi(w[k + 1]);
        ordinal_at = k + 1;
      }
      if (value > 0) {
        // "ikkinchi va uchinchi qismlari", "части первая и вторая": several.
        const bool before = ordinal_at < k && ordinal_at >= 2 && IsConjunction(w[ordinal_at - 1]) &&
                            OrdinalValue(w[ordinal_at - 2]) > 0;
        const bool after = ordinal_at + 1 < w.size() && IsConjunction(w[ordinal_at + 1]) &&
                           ordinal_at + 2 < w.size() && OrdinalValue(w[ordinal_at + 2]) > 0;
        several_parts =
            several_parts || before || after || (subject.part > 0 && subject.part != value);
        subject.part = value;
      }
    }
    // The point: "3-bandi", "“b” bandi", "пункт «в»", "пункта 3".
    if (subject.point.empty()) {
      if ((word.starts_with("band") || word.starts_with("банд")) && k > 0 &&
          IsPointLabel(w[k - 1])) {
        subject.point = w[k - 1];
      } else if (word.starts_with("пункт") && k + 1 < w.size() && IsPointLabel(w[k + 1])) {
        subject.point = w[k + 1];
      }
    }
  }
  if (several_parts) {
    subject.part = 0;
  }
  return subject;
}

AmendmentLog::AmendmentLog(std::string source_name, model::Expression& e)
    : source_name_(std::move(source_name)), e_(e) {
  for (const model::ActReference& r : e_.references) {
    reference_by_href_.emplace(r.href, r.eid);
  }
}

void AmendmentLog::Record(std::string_view note, std::string_view type,
                          const std::string& target_eid, int line,
                          std::vector<model::Diagnostic>& warnings) {
  auto warn = [&](std::string message) {
    warnings.push_back({source_name_, line, model::Severity::kWarning, std::move(message)});
  };
  std::size_t number_at = note.size();
  const auto number = FindActNumber(note, number_at);
  const auto date = FindSigningDate(note, number_at);
  if (!date || !number) {
    if (IsAmendmentNote(note)) {
      warn(std::string("amendment note names no ") +
           (!date ? "date (dd.mm.yyyy or in words)" : "act number (such as ЗРУ-683)") +
           "; kept as a note only");
    }
    return;  // else a footnote or remark: a note, naming no amending act
  }
  const std::string href = "/akn/uz/act/" + date->ToString() + "/" + *number;
  auto it = reference_by_href_.find(href);
  if (it == reference_by_href_.end()) {
    const std::string eid = "amd_" + std::to_string(++count_);
    std::string_view show_as = note;
    if (show_as.size() >= 2 && show_as.front() == '(') {
      show_as = show_as.substr(1, show_as.rfind(')') - 1);
    }
    e_.references.push_back({eid, "passiveRef", href, TrimSpaces(show_as)});
    it = reference_by_href_.emplace(href, eid).first;
    pending_events_.push_back({"", *date, "amendment", eid});
    if (*date > e_.date) {
      warn("amendment of " + date->ToString() + " is later than the expression date " +
           e_.date.ToString());
    }
  }
  // Which unit the act changed, and how, where the note says so.
  if (!type.empty()) {
    e_.modifications.push_back({std::string(type), it->second, {target_eid}});
  }
}

void AmendmentLog::Finish() {
  std::stable_sort(pending_events_.begin(), pending_events_.end(),
                   [](const model::LifecycleEvent& a, const model::LifecycleEvent& b) {
                     return a.date < b.date;
                   });
  for (model::LifecycleEvent& event : pending_events_) {
    event.eid = "evt_" + std::to_string(e_.events.size() + 1);
    e_.events.push_back(std::move(event));
  }
  pending_events_.clear();
}

}  // namespace qonun::importers::internal

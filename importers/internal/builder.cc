#include "importers/internal/builder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>

#include "analysis/analyzer.h"
#include "model/akn_reader.h"

#include "citation/keys.h"

namespace qonun::importers::internal {

namespace {

using model::kNoProvision;
using model::Provision;

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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

std::string Trim(std::string_view s) {
  while (!s.empty() && IsSpaceByte(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && IsSpaceByte(s.back())) {
    s.remove_suffix(1);
  }
  return std::string(s);
}

class Builder {
 public:
  Builder(const ImportOptions& options, model::Expression& e,
          std::vector<model::Diagnostic>& warnings)
      : options_(options), e_(e), warnings_(warnings) {
    for (std::size_t i = 0; i < e_.provisions.size(); ++i) {
      eids_.emplace(e_.provisions[i].eid, 0);
      last_ = i;
    }
    for (const model::ActReference& r : e_.references) {
      reference_by_href_.emplace(r.href, r.eid);
    }
  }

  void Run(const std::vector<Item>& items) {
    // The item after each one, notes skipped (for the lead-in lookahead),
    // found in one backward pass.
    std::vector<const Item*> next_of(items.size(), nullptr);
    for (std::size_t i = items.size(); i > 1; --i) {
      const Item& after = items[i - 1];
      next_of[i - 2] = after.kind == ItemKind::kNote ? next_of[i - 1] : &after;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      const Item* next = next_of[i];
      switch (item.kind) {
        case ItemKind::kUnit:
          AddUnit(item);
          break;
        case ItemKind::kText:
          AddText(item, next);
          break;
        case ItemKind::kNote:
          AddNote(item);
          break;
      }
    }
  }

 private:
  void Warn(int line, std::string message) {
    warnings_.push_back(
        {options_.source_name, line, model::Severity::kWarning, std::move(message)});
  }

  Provision& P(std::size_t index) { return e_.provisions[index]; }

  std::size_t Add(std::string element, std::string eid, const Unit* unit, std::size_t parent,
                  int line) {
    if (auto [it, inserted] = eids_.emplace(eid, line); !inserted) {
      // Counted per eId, so that many repeats of one number stay linear.
      int& n = next_duplicate_.try_emplace(eid, 2).first->second;
      std::string unique = eid + "_dup" + std::to_string(n++);
      while (eids_.contains(unique)) {
        unique = eid + "_dup" + std::to_string(n++);
      }
      Warn(line, "'" + (unit && !unit->num.empty() ? unit->num : eid) +
                     "' repeats the number of line " + std::to_string(it->second) +
                     "; its eId is '" + unique + "'");
      eid = unique;
      eids_.emplace(eid, line);
    }
    Provision p;
    p.element = std::move(element);
    p.eid = std::move(eid);
    p.parent = parent;
    p.line = line;
    p.depth = parent == kNoProvision ? 0 : P(parent).depth + 1;
    if (unit) {
      p.num = unit->num;
    }
    ++child_counts_[ChildKey(parent, p.element)];
    const std::size_t index = e_.provisions.size();
    e_.provisions.push_back(std::move(p));
    if (parent != kNoProvision) {
      P(parent).children.push_back(index);
    }
    last_ = index;
    return index;
  }

  // Where an article goes: the innermost open heading unit.
  std::size_t Container() const {
    for (std::size_t unit : {subchapter_, chapter_, section_, part_}) {
      if (unit != kNoProvision) {
        return unit;
      }
    }
    return kNoProvision;
  }

  std::string Prefix(std::size_t parent) const {
    return parent == kNoProvision ? "" : e_.provisions[parent].eid + "__";
  }

  static std::string ChildKey(std::size_t parent, std::string_view element) {
    return (parent == kNoProvision ? std::string("-") : std::to_string(parent)) + ":" +
           std::string(element);
  }

  // Children of `parent` (or top-level provisions) with this element so far.
  int CountChildren(std::size_t parent, std::string_view element) const {
    const auto it = child_counts_.find(ChildKey(parent, element));
    return it == child_counts_.end() ? 0 : it->second;
  }

  void AddUnit(const Item& item) {
    const Unit& u = item.unit;
    switch (u.kind) {
      case UnitKind::kPart:
        part_ = Add("part", "part_" + u.id, &u, kNoProvision, item.line);
        P(part_).heading = u.rest;
        section_ = chapter_ = subchapter_ = article_ = paragraph_ = kNoProvision;
        return;
      case UnitKind::kSection:
        // Sections and chapters restart their numbers in each part of a code.
        section_ = Add("section", Prefix(part_) + "sec_" + u.id, &u, part_, item.line);
        P(section_).heading = u.rest;
        chapter_ = subchapter_ = article_ = paragraph_ = kNoProvision;
        return;
      case UnitKind::kChapter:
        chapter_ = Add("chapter", Prefix(part_) + "chp_" + u.id, &u,
                       section_ != kNoProvision ? section_ : part_, item.line);
        P(chapter_).heading = u.rest;
        subchapter_ = article_ = paragraph_ = kNoProvision;
        return;
      case UnitKind::kSubchapter: {
        const std::size_t parent = chapter_ != kNoProvision ? chapter_ : Container();
        subchapter_ = Add("subchapter", Prefix(parent) + "subchp_" + u.id, &u, parent, item.line);
        P(subchapter_).heading = u.rest;
        article_ = paragraph_ = kNoProvision;
        return;
      }
      case UnitKind::kArticle:
        AddArticle(item);
        return;
      case UnitKind::kParagraph: {
        const std::size_t parent = article_ != kNoProvision ? article_ : Container();
        paragraph_ = Add("paragraph", Prefix(parent) + "para_" + u.id, &u, parent, item.line);
        P(paragraph_).text = u.rest;
        return;
      }
      case UnitKind::kPoint:
        AddPoint(item);
        return;
    }
  }

  void AddArticle(const Item& item) {
    Unit u = item.unit;
    UnflattenSuperscript(item.line, u);
    article_ = Add("article", "art_" + u.id, &u, Container(), item.line);
    P(article_).heading = u.rest;
    paragraph_ = kNoProvision;
    const auto dash = u.id.find('-');
    previous_article_ = u.id.substr(0, dash);
  }

  // Text copied from a page loses superscripts: "571-modda" between 57 and
  // 58 is 57¹. A number that is neither the next one nor smaller, and that
  // begins with the previous article's number (or the one after it, when
  // that article is missing), is read as that number with a superscript,
  // and said so.
  void UnflattenSuperscript(int line, Unit& u) {
    if (previous_article_.empty() || u.id.find('-') != std::string::npos || u.id.size() > 6) {
      return;
    }
    const long number = std::stol(u.id);
    const long previous = std::stol(previous_article_);
    if (number <= previous + 1) {
      return;
    }
    for (const std::string& base : {previous_article_, std::to_string(previous + 1)}) {
      const std::size_t extra = u.id.size() - std::min(u.id.size(), base.size());
      if (!u.id.starts_with(base) || extra == 0 || extra > 2 || u.id[base.size()] == '0') {
        continue;
      }
      const std::string superscript = u.id.substr(base.size());
      static constexpr std::array<std::string_view, 10> kSuperscripts = {
          "\u2070", "\u00B9", "\u00B2", "\u00B3", "\u2074",
          "\u2075", "\u2076", "\u2077", "\u2078", "\u2079"};
      std::string printed = base;
      for (char digit : superscript) {
        printed += kSuperscripts[static_cast<std::size_t>(digit - '0')];
      }
      Warn(line, "article '" + u.num + "' follows article " + previous_article_ + ": read as " +
                     printed + " (a superscript flattened when copied)");
      if (const auto at = u.num.find(u.id); at != std::string::npos) {
        u.num.replace(at, u.id.size(), printed);
      }
      u.id = base + "-" + superscript;
      return;
    }
  }

  void AddPoint(const Item& item) {
    const Unit& u = item.unit;
    std::size_t parent = kNoProvision;
    if (article_ != kNoProvision) {
      if (u.style == PointStyle::kLetter) {
        if (paragraph_ == kNoProvision) {
          // Lettered points belong to a part; an article that lists them
          // straight away has one implicit, unnumbered part.
          paragraph_ = Add(
              "paragraph",
              Prefix(article_) + "para_" + std::to_string(CountChildren(article_, "paragraph") + 1),
              nullptr, article_, item.line);
        }
        parent = paragraph_;
      } else {
        parent = paragraph_ != kNoProvision ? paragraph_ : article_;
      }
    } else if (paragraph_ != kNoProvision) {
      parent = paragraph_;
    } else {
      parent = Container();
      Warn(item.line, "point '" + (u.num.empty() ? model::Excerpt(u.rest, 40) : u.num) +
                          "' stands outside any article or numbered paragraph");
    }
    const std::string id = u.style == PointStyle::kDash
                               ? std::to_string(CountChildren(parent, "point") + 1)
                           : u.style == PointStyle::kLetter ? LetterPointId(parent, u)
                                                            : u.id;
    const std::size_t index = Add("point", Prefix(parent) + "point_" + id, &u, parent, item.line);
    P(index).text = u.rest;
  }

  // Uzbek Latin letters its lists by the Cyrillic alphabet they spell:
  // a) b) v) g) d) are the Cyrillic а) б) в) г) д) and the English (a)…(e)
  // (citation/keys.h), so that eIds align across scripts and languages.
  // A list that uses c), w) or y), which Uzbek lists never do, is lettered
  // in the English way and keeps its letters.
  std::string LetterPointId(std::size_t parent, const Unit& u) {
    const auto letter_at = u.num.find_first_of("abcdefghijklmnopqrstuvwxyz");
    if (options_.language != Language::kUzbek || u.id.size() != 1 ||
        letter_at == std::string::npos) {
      return u.id;  // Cyrillic letters are already mapped by rank
    }
    const char letter = u.num[letter_at];
    bool& english = english_lettered_[parent];
    english = english || letter == 'c' || letter == 'w' || letter == 'y';
    std::string id = english ? std::string() : UzbekLatinPointId(letter);
    return id.empty() ? u.id : id;
  }

  static void Append(std::string& target, const std::string& block) {
    if (!target.empty()) {
      target += '\n';
    }
    target += block;
  }

  void AddText(const Item& item, const Item* next) {
    // A chapter or section printed without a heading takes the next block.
    if (last_ != kNoProvision &&
        (last_ == part_ || last_ == section_ || last_ == chapter_ || last_ == subchapter_) &&
        P(last_).heading.empty() && P(last_).text.empty() && item.text.size() < 400) {
      P(last_).heading = item.text;
      return;
    }
    if (article_ != kNoProvision) {
      Provision& art = P(article_);
      const bool next_is_list = next && next->kind == ItemKind::kUnit &&
                                next->unit.kind == UnitKind::kPoint &&
                                next->unit.style != PointStyle::kLetter;
      if (art.children.empty() && art.text.empty() && next_is_list) {
        art.text = item.text;  // the article's own lead-in to its list
        last_ = article_;
        return;
      }
      if (paragraph_ != kNoProvision && !P(paragraph_).num.empty()) {
        Provision& para = P(paragraph_);
        Append(para.children.empty() ? para.text : para.wrap_up, item.text);
        last_ = paragraph_;
        return;
      }
      if (paragraph_ != kNoProvision && ContinuesPart(P(paragraph_), item.text)) {
        last_ = paragraph_;
        return;
      }
      if (paragraph_ == kNoProvision && !art.children.empty()) {
        Append(art.wrap_up, item.text);
        last_ = article_;
        return;
      }
      // Uzbek codes number their parts implicitly: each block is a part.
      paragraph_ =
          Add("paragraph",
              Prefix(article_) + "para_" + std::to_string(CountChildren(article_, "paragraph") + 1),
              nullptr, article_, item.line);
      P(paragraph_).text = item.text;
      return;
    }
    if (paragraph_ != kNoProvision && !P(paragraph_).num.empty()) {
      Provision& para = P(paragraph_);
      Append(para.children.empty() ? para.text : para.wrap_up, item.text);
      last_ = paragraph_;
      return;
    }
    const std::size_t container = Container();
    if (container != kNoProvision) {
      Warn(item.line, "text outside any article is kept in '" + P(container).eid + "': '" +
                          model::Excerpt(item.text, 40) + "'");
      Provision& c = P(container);
      Append(c.children.empty() ? c.text : c.wrap_up, item.text);
      last_ = container;
      return;
    }
    paragraph_ =
        Add("paragraph", "para_" + std::to_string(CountChildren(kNoProvision, "paragraph") + 1),
            nullptr, kNoProvision, item.line);
    P(paragraph_).text = item.text;
  }

  // A clause that ends in "—" and what follows it (the sanction of a
  // criminal-code part) are one part, though lex.uz prints them as two
  // blocks (a ":" is not enough: a list of definitions follows one, each
  // its own block); so is a list of points whose last ends in "—" and the sanction
  // after it (the part's wrap-up).
  bool ContinuesPart(Provision& part, const std::string& text) {
    if (part.children.empty()) {
      if (!EndsInDash(part.text)) {
        return false;
      }
      part.text += " " + text;
      return true;
    }
    const Provision& last = P(part.children.back());
    if (!part.wrap_up.empty() || last.element != "point" || !EndsInDash(last.text)) {
      return false;
    }
    part.wrap_up = text;
    return true;
  }

  static bool EndsInDash(std::string_view text) {
    while (!text.empty() && IsSpaceByte(text.back())) {
      text.remove_suffix(1);
    }
    return text.ends_with("\u2014") || text.ends_with("\u2013");
  }

  // A note belongs to the unit it names ("статья введена", "band"), else
  // to the current part, else to the current article, else to the last
  // provision read.
  std::size_t NoteTarget(std::string_view note) const {
    const std::string lower = LowerSameLength(note);
    auto mentions = [&](std::initializer_list<std::string_view> words) {
      return std::any_of(words.begin(), words.end(),
                         [&](std::string_view w) { return lower.find(w) != std::string::npos; });
    };
    if (article_ != kNoProvision && mentions({"стать", "modda", "модда", "article"})) {
      return article_;
    }
    if (e_.provisions[last_].element == "point" &&
        mentions({"пункт", "band", "банд", "point", "item"})) {
      return last_;
    }
    if (paragraph_ != kNoProvision) {
      return paragraph_;
    }
    return article_ != kNoProvision ? article_ : last_;
  }

  void AddNote(const Item& item) {
    std::string note = Trim(item.text);
    if (last_ == kNoProvision) {
      Warn(item.line, "amendment note before any provision is kept with the title");
      e_.long_title += (e_.long_title.empty() ? "" : " ") + note;
      return;
    }
    const std::size_t target = NoteTarget(note);
    P(target).notes.push_back(note);
    std::size_t number_at = note.size();
    const auto number = FindActNumber(note, number_at);
    const auto date = FindSigningDate(note, number_at);
    if (!date || !number) {
      if (!IsAmendmentNote(note)) {
        return;  // a footnote or remark: a note, naming no amending act
      }
      Warn(item.line,
           std::string("amendment note names no ") +
               (!date ? "date (dd.mm.yyyy or in words)" : "act number (such as ЗРУ-683)") +
               "; kept as a note only");
      return;
    }
    const std::string href = "/akn/uz/act/" + date->ToString() + "/" + *number;
    auto it = reference_by_href_.find(href);
    if (it == reference_by_href_.end()) {
      const std::string eid = "amd_" + std::to_string(++amendments_);
      std::string show_as = note;
      if (show_as.size() >= 2 && show_as.front() == '(') {
        show_as = Trim(std::string_view(show_as).substr(1, show_as.rfind(')') - 1));
      }
      e_.references.push_back({eid, "passiveRef", href, show_as});
      it = reference_by_href_.emplace(href, eid).first;
      pending_events_.push_back({"", *date, "amendment", eid});
      if (*date > e_.date) {
        Warn(item.line, "amendment of " + date->ToString() + " is later than the expression date " +
                            e_.date.ToString());
      }
    }
    // Which unit the act changed, and how, where the note says so.
    if (const std::string_view type = ModificationType(note); !type.empty()) {
      e_.modifications.push_back({std::string(type), it->second, {P(target).eid}});
    }
  }

  // "в редакции" / "tahririda" / "as amended" replace a text; "введена" /
  // "kiritilgan" / "inserted" add one; "утратила силу" / "kuchini yoʻqotgan"
  // / "repealed" remove one. Empty when the note says none of these.
  static std::string_view ModificationType(std::string_view note) {
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

 public:
  // Lifecycle: generation first, then the amendments by date.
  void FinishLifecycle() {
    std::stable_sort(pending_events_.begin(), pending_events_.end(),
                     [](const model::LifecycleEvent& a, const model::LifecycleEvent& b) {
                       return a.date < b.date;
                     });
    for (model::LifecycleEvent& event : pending_events_) {
      event.eid = "evt_" + std::to_string(e_.events.size() + 1);
      e_.events.push_back(std::move(event));
    }
  }

 private:
  const ImportOptions& options_;
  model::Expression& e_;
  std::vector<model::Diagnostic>& warnings_;
  std::unordered_map<std::string, int> eids_;
  std::unordered_map<std::string, int> next_duplicate_;
  std::unordered_map<std::string, int> child_counts_;
  std::unordered_map<std::size_t, bool> english_lettered_;
  std::unordered_map<std::string, std::string> reference_by_href_;
  std::vector<model::LifecycleEvent> pending_events_;
  std::string previous_article_;  // its number without suffix: "57" after 57¹
  std::size_t part_ = kNoProvision;
  std::size_t subchapter_ = kNoProvision;
  std::size_t section_ = kNoProvision;
  std::size_t chapter_ = kNoProvision;
  std::size_t article_ = kNoProvision;
  std::size_t paragraph_ = kNoProvision;
  std::size_t last_ = kNoProvision;
  int amendments_ = 0;
};

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

}  // namespace

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

std::vector<Item> WithoutFurniture(const std::vector<Item>& items) {
  std::vector<Item> kept;
  kept.reserve(items.size());
  bool drop_next = false;  // the comment after a bare "LexUZ sharhi" line
  for (const Item& item : items) {
    if (item.kind == ItemKind::kUnit) {
      drop_next = false;
      kept.push_back(item);
      continue;
    }
    if (drop_next) {
      drop_next = false;
      continue;
    }
    switch (ClassifyFurniture(item.text)) {
      case Furniture::kNone:
        kept.push_back(item);
        break;
      case Furniture::kLine:
        break;
      case Furniture::kCommentary:
        drop_next = IsBareCommentaryMarker(item.text);
        break;
    }
  }
  return kept;
}

void BuildTree(const std::vector<Item>& items, const ImportOptions& options,
               model::Expression& expression, std::vector<model::Diagnostic>& warnings) {
  Builder builder(options, expression, warnings);
  builder.Run(WithoutFurniture(items));
  builder.FinishLifecycle();
  WarnOnScriptMismatch(options, expression, warnings);
}

}  // namespace qonun::importers::internal

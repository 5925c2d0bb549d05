#include "importers/internal/builder.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>

#include "analysis/analyzer.h"
#include "model/akn_reader.h"

namespace qonun::importers::internal {

namespace {

using model::kNoProvision;
using model::Provision;

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The date a note gives for its amending act ("от 12.04.2021 г.").
std::optional<model::Date> FindDate(std::string_view text) {
  // dd.mm.yyyy, or yyyy-mm-dd
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
    if (digits(0, 2) && s[2] == '.' && digits(3, 2) && s[5] == '.' && digits(6, 4)) {
      const std::string iso = std::string(s.substr(6, 4)) + "-" + std::string(s.substr(3, 2)) +
                              "-" + std::string(s.substr(0, 2));
      if (auto d = model::Date::Parse(iso)) {
        return d;
      }
    }
    if (digits(0, 4) && s[4] == '-' && digits(5, 2) && s[7] == '-' && digits(8, 2)) {
      if (auto d = model::Date::Parse(s)) {
        return d;
      }
    }
  }
  return std::nullopt;
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

// The amending act's number as the work URI spells it: "ЗРУ-683" → "zru-683".
std::optional<std::string> FindActNumber(std::string_view text) {
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
        return std::string(uri) + "-" + std::string(text.substr(start, pos - start));
      }
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

  std::size_t Container() const { return chapter_ != kNoProvision ? chapter_ : section_; }

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
      case UnitKind::kSection:
        section_ = Add("section", "sec_" + u.id, &u, kNoProvision, item.line);
        P(section_).heading = u.rest;
        chapter_ = article_ = paragraph_ = kNoProvision;
        return;
      case UnitKind::kChapter:
        chapter_ = Add("chapter", "chp_" + u.id, &u, section_, item.line);
        P(chapter_).heading = u.rest;
        article_ = paragraph_ = kNoProvision;
        return;
      case UnitKind::kArticle:
        article_ = Add("article", "art_" + u.id, &u, Container(), item.line);
        P(article_).heading = u.rest;
        paragraph_ = kNoProvision;
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
      Warn(item.line, "point '" + (u.num.empty() ? u.rest.substr(0, 40) : u.num) +
                          "' stands outside any article or numbered paragraph");
    }
    const std::string id = u.style == PointStyle::kDash
                               ? std::to_string(CountChildren(parent, "point") + 1)
                           : u.style == PointStyle::kLetter ? LetterPointId(parent, u)
                                                            : u.id;
    const std::size_t index = Add("point", Prefix(parent) + "point_" + id, &u, parent, item.line);
    P(index).text = u.rest;
  }

  // Uzbek Latin letters its lists in its own alphabet, which has no c:
  // a) b) d) e) are the English text's (a) (b) (c) (d). A list that goes
  // from b) to d) is read that way, so that the eIds align across languages
  // as the conventions ask; lists lettered a) b) c) keep their letters.
  std::string LetterPointId(std::size_t parent, const Unit& u) {
    static constexpr std::string_view kUzbekLatin = "abdefghijklmnopqrstuvxyz";
    const auto letter_at = u.num.find_first_of("abcdefghijklmnopqrstuvwxyz");
    if (options_.language != Language::kUzbek || u.id.size() != 1 ||
        letter_at == std::string::npos) {
      return u.id;  // Cyrillic letters are already mapped by rank
    }
    const char letter = u.num[letter_at];
    char& previous = previous_letter_[parent];
    bool& uzbek = uzbek_lettered_[parent];
    if (previous == 'b' && letter == 'd') {
      uzbek = true;
    }
    previous = letter;
    const auto rank = kUzbekLatin.find(letter);
    if (!uzbek || rank == std::string_view::npos) {
      return u.id;
    }
    return std::string(1, static_cast<char>('a' + rank));
  }

  static void Append(std::string& target, const std::string& block) {
    if (!target.empty()) {
      target += '\n';
    }
    target += block;
  }

  void AddText(const Item& item, const Item* next) {
    // A chapter or section printed without a heading takes the next block.
    if (last_ != kNoProvision && (last_ == chapter_ || last_ == section_) &&
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
                          item.text.substr(0, 40) + "'");
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
    const auto date = FindDate(note);
    const auto number = FindActNumber(note);
    if (!date || !number) {
      if (!IsAmendmentNote(note)) {
        return;  // a footnote or remark: a note, naming no amending act
      }
      Warn(item.line, std::string("amendment note names no ") +
                          (!date ? "date (dd.mm.yyyy)" : "act number (such as ЗРУ-683)") +
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
  std::unordered_map<std::size_t, char> previous_letter_;
  std::unordered_map<std::size_t, bool> uzbek_lettered_;
  std::unordered_map<std::string, std::string> reference_by_href_;
  std::vector<model::LifecycleEvent> pending_events_;
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

void BuildTree(const std::vector<Item>& items, const ImportOptions& options,
               model::Expression& expression, std::vector<model::Diagnostic>& warnings) {
  Builder builder(options, expression, warnings);
  builder.Run(items);
  builder.FinishLifecycle();
  WarnOnScriptMismatch(options, expression, warnings);
}

}  // namespace qonun::importers::internal

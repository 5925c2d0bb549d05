#include "importers/internal/builder.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "analysis/analyzer.h"
#include "common/utf8.h"
#include "model/akn_reader.h"

#include "citation/keys.h"
#include "importers/internal/furniture.h"
#include "importers/internal/notes.h"

namespace qonun::importers::internal {

namespace {

using model::kNoProvision;
using model::Provision;

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
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
      : options_(options), e_(e), warnings_(warnings), amendments_(options.source_name, e) {
    for (std::size_t i = 0; i < e_.provisions.size(); ++i) {
      eids_.emplace(e_.provisions[i].eid, 0);
      last_ = i;
    }
  }

  // The signature block: after the body, before any annex.
  void Conclude(const std::vector<std::string>& blocks) {
    if (!std::exchange(concluded_, true) && !blocks.empty()) {
      Provision& p = P(Add("conclusions", "conclusions", nullptr, kNoProvision, 0));
      for (const std::string& block : blocks) {
        Append(p.text, block);
      }
    }
  }

  void Run(const std::vector<Item>& items, const std::vector<std::string>& conclusions) {
    // The item after each one, notes skipped (for the lead-in lookahead),
    // found in one backward pass; and after each run of numbered or dash
    // points, the item that follows the run.
    std::vector<const Item*> next_of(items.size(), nullptr);
    std::vector<const Item*> after_list(items.size(), nullptr);
    for (std::size_t i = items.size(); i > 1; --i) {
      const Item& after = items[i - 1];
      next_of[i - 2] = after.kind == ItemKind::kNote ? next_of[i - 1] : &after;
      const bool list_item = after.kind == ItemKind::kNote || ListItemText(after) != nullptr;
      after_list[i - 2] = list_item ? after_list[i - 1] : &after;
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
      const Item& item = items[i];
      switch (item.kind) {
        case ItemKind::kUnit:
          if (item.unit.kind == UnitKind::kAnnex) {
            Conclude(conclusions);
          }
          AddUnit(item);
          break;
        case ItemKind::kText:
          AddText(item, next_of[i], LastListItem(items, i), after_list[i]);
          break;
        case ItemKind::kNote:
          AddNote(item);
          break;
      }
    }
    Conclude(conclusions);
  }

 private:
  // The text of an item of a list that may follow an article's lead-in: a
  // numbered or dash point, or an unmarked block in lower case; else nullptr.
  static const std::string* ListItemText(const Item& item) {
    if (item.kind == ItemKind::kUnit && item.unit.kind == UnitKind::kPoint &&
        item.unit.style != PointStyle::kLetter) {
      return &item.unit.rest;
    }
    return item.kind == ItemKind::kText && StartsLowerCase(item.text) ? &item.text : nullptr;
  }

  // The text of the last item of the list that starts right after item `i`
  // (notes skipped), or nullptr. Scans only that list.
  static const std::string* LastListItem(const std::vector<Item>& items, std::size_t i) {
    const std::string* last = nullptr;
    for (std::size_t k = i + 1; k < items.size(); ++k) {
      if (items[k].kind == ItemKind::kNote) {
        continue;
      }
      const std::string* text = ListItemText(items[k]);
      if (text == nullptr) {
        break;
      }
      last = text;
    }
    return last;
  }

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
    index_by_eid_.emplace(p.eid, index);
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

  // An annex holds its own text, numbered as it may be: after its heading,
  // blocks and units alike are its text, not provisions of the act.
  void AddToAnnex(const std::string& block) {
    Provision& annex = P(annex_);
    if (annex.heading.empty() && annex.text.empty() && block.size() < 400) {
      annex.heading = block;
    } else {
      Append(annex.text, block);
    }
  }

  void AddUnit(const Item& item) {
    const Unit& u = item.unit;
    if (annex_ != kNoProvision && u.kind != UnitKind::kAnnex) {
      AddToAnnex(u.num.empty() ? u.rest : u.rest.empty() ? u.num : u.num + " " + u.rest);
      return;
    }
    switch (u.kind) {
      case UnitKind::kAnnex:
        annex_ = Add("attachment",
                     "att_" + std::to_string(CountChildren(kNoProvision, "attachment") + 1), &u,
                     kNoProvision, item.line);
        part_ = section_ = chapter_ = subchapter_ = article_ = paragraph_ = kNoProvision;
        return;
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

  // "571-modda" after 57 is 57¹ (numbering.h), said so.
  void UnflattenSuperscript(int line, Unit& u) {
    const std::string num = u.num;
    if (const auto printed = UnflattenedArticleNumber(previous_article_, u)) {
      Warn(line, "article '" + num + "' follows article " + previous_article_ + ": read as " +
                     *printed + " (a superscript flattened when copied)");
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
          AddImplicitPart(item.line);
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

  // A new unnumbered part of the current article: Uzbek codes number their
  // parts implicitly, each block being one.
  std::size_t AddImplicitPart(int line) {
    paragraph_ =
        Add("paragraph",
            Prefix(article_) + "para_" + std::to_string(CountChildren(article_, "paragraph") + 1),
            nullptr, article_, line);
    return paragraph_;
  }

  // An item of a list that a part's ':' opened, printed without a number or
  // dash ("quyidagilardan iborat:" then "xodimlar …;" lines): a lower-case
  // block right after that part's text or after such an item that did not
  // end the list with a full stop.
  bool IsUnmarkedListItem(std::size_t scope, const std::string& text) const {
    if (last_ == kNoProvision || !StartsLowerCase(text)) {
      return false;
    }
    const Provision& last = e_.provisions[last_];
    if (last_ == scope) {
      return last.children.empty() && last.wrap_up.empty() && EndsWith(last.text, ":");
    }
    return last.element == "point" && last.parent == scope && last.num.empty() &&
           !EndsWith(last.text, ".");
  }

  static bool EndsWith(std::string_view text, std::string_view end) {
    while (!text.empty() && IsSpaceByte(text.back())) {
      text.remove_suffix(1);
    }
    return text.ends_with(end);
  }

  void AddText(const Item& item, const Item* next, const std::string* last_point,
               const Item* after_list) {
    if (annex_ != kNoProvision) {
      AddToAnnex(item.text);
      return;
    }
    // A chapter or section printed without a heading takes the next block.
    if (last_ != kNoProvision &&
        (last_ == part_ || last_ == section_ || last_ == chapter_ || last_ == subchapter_) &&
        P(last_).heading.empty() && P(last_).text.empty() && item.text.size() < 400) {
      P(last_).heading = item.text;
      return;
    }
    if (article_ != kNoProvision) {
      Provision& art = P(article_);
      const bool next_is_list = next && ListItemText(*next) != nullptr &&
                                (next->kind == ItemKind::kUnit || EndsWith(item.text, ":"));
      if (art.children.empty() && art.text.empty() && next_is_list) {
        // A lead-in and its list followed by more parts (numbered, or
        // unnumbered blocks not taken as the sanction of a list ending in
        // "—") are the first part; else the article's own lead-in.
        const bool part_follows =
            after_list &&
            ((after_list->kind == ItemKind::kUnit &&
              after_list->unit.kind == UnitKind::kParagraph) ||
             (after_list->kind == ItemKind::kText && last_point && !EndsInDash(*last_point)));
        if (part_follows) {
          P(AddImplicitPart(item.line)).text = item.text;
          return;
        }
        art.text = item.text;
        last_ = article_;
        return;
      }
      if (const std::size_t scope = paragraph_ != kNoProvision ? paragraph_ : article_;
          IsUnmarkedListItem(scope, item.text)) {
        const std::size_t index = Add(
            "point", Prefix(scope) + "point_" + std::to_string(CountChildren(scope, "point") + 1),
            nullptr, scope, item.line);
        P(index).text = item.text;
        return;
      }
      if (AppendToNumberedPart(item.text)) {
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
      P(AddImplicitPart(item.line)).text = item.text;
      return;
    }
    if (AppendToNumberedPart(item.text)) {
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
  // A block under a part that has its own number continues that part: its
  // text, or the closing words after its points.
  bool AppendToNumberedPart(const std::string& text) {
    if (paragraph_ == kNoProvision || P(paragraph_).num.empty()) {
      return false;
    }
    Provision& para = P(paragraph_);
    Append(para.children.empty() ? para.text : para.wrap_up, text);
    last_ = paragraph_;
    return true;
  }

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

  // The provision with this eId, or kNoProvision.
  std::size_t Find(const std::string& eid) const {
    const auto it = index_by_eid_.find(eid);
    return it == index_by_eid_.end() ? kNoProvision : it->second;
  }

  // The point a note names under `scope` ("“b” bandi", "пункт «в»", "3-bandi").
  std::size_t NamedPoint(std::size_t scope, const std::string& label) const {
    std::string id = label;
    if (label.size() > 1) {
      std::size_t i = 0;
      const char32_t cp = DecodeUtf8(label, i);
      id = i == label.size() ? CyrillicPointId(cp) : std::string();
    } else if (label[0] >= 'a' && label[0] <= 'z' && options_.language == Language::kUzbek) {
      const auto english = english_lettered_.find(scope);
      if (english == english_lettered_.end() || !english->second) {
        id = UzbekLatinPointId(label[0]);
      }
    }
    return id.empty() ? kNoProvision : Find(Prefix(scope) + "point_" + id);
  }

  // A note belongs to the unit it names: the part ("85-moddaning beshinchi
  // qismi", "часть вторая") or point ("“b” bandi", "пункт «в»") of the
  // current article, else the article ("статья введена", "modda"), else the
  // last point when it says "point", else the current part, else the
  // current article, else the last provision read. A note that repeals the
  // part after the article's last one stands where that part was: the part
  // is kept, empty, so that later parts keep their numbers.
  std::size_t NoteTarget(std::string_view note, std::string_view type, int line) {
    const NoteSubject subject = SubjectOfNote(note);
    if (article_ != kNoProvision && (subject.part > 0 || !subject.point.empty()) &&
        (subject.article.empty() || NoteNamesArticle(P(article_).eid, subject.article))) {
      std::size_t scope = kNoProvision;
      if (subject.part > 0) {
        scope = Find(Prefix(article_) + "para_" + std::to_string(subject.part));
        if (scope == kNoProvision && type == "repeal" && subject.point.empty() &&
            subject.part == CountChildren(article_, "paragraph") + 1) {
          return AddImplicitPart(line);
        }
      }
      if (!subject.point.empty()) {
        const std::size_t in = scope != kNoProvision        ? scope
                               : paragraph_ != kNoProvision ? paragraph_
                                                            : article_;
        if (const std::size_t point = NamedPoint(in, subject.point); point != kNoProvision) {
          return point;
        }
      }
      if (scope != kNoProvision) {
        return scope;
      }
    }
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
    const std::string_view type = ModificationType(note);
    const std::size_t target = NoteTarget(note, type, item.line);
    P(target).notes.push_back(note);
    amendments_.Record(note, type, P(target).eid, item.line, warnings_);
  }

 public:
  void FinishLifecycle() { amendments_.Finish(); }

 private:
  const ImportOptions& options_;
  model::Expression& e_;
  std::vector<model::Diagnostic>& warnings_;
  std::unordered_map<std::string, int> eids_;
  std::unordered_map<std::string, std::size_t> index_by_eid_;
  std::unordered_map<std::string, int> next_duplicate_;
  std::unordered_map<std::string, int> child_counts_;
  std::unordered_map<std::size_t, bool> english_lettered_;
  std::string previous_article_;  // its number without suffix: "57" after 57¹
  std::size_t part_ = kNoProvision;
  std::size_t subchapter_ = kNoProvision;
  std::size_t section_ = kNoProvision;
  std::size_t chapter_ = kNoProvision;
  std::size_t article_ = kNoProvision;
  std::size_t paragraph_ = kNoProvision;
  std::size_t annex_ = kNoProvision;
  bool concluded_ = false;
  std::size_t last_ = kNoProvision;
  AmendmentLog amendments_;
};

}  // namespace

void BuildTree(const std::vector<Item>& items, const std::vector<std::string>& conclusions,
               const ImportOptions& options, model::Expression& expression,
               std::vector<model::Diagnostic>& warnings) {
  Builder builder(options, expression, warnings);
  builder.Run(WithoutFurniture(items), conclusions);
  builder.FinishLifecycle();
  WarnOnScriptMismatch(options, expression, warnings);
}

}  // namespace qonun::importers::internal

#include "importers/lexuz_importer.h"

#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include "common/utf8.h"

#include "importers/internal/builder.h"
#include "importers/internal/furniture.h"
#include "importers/internal/input.h"
#include "importers/internal/numbering.h"

namespace qonun::importers {

namespace {

using internal::Item;
using internal::ItemKind;

// kAnnex: ACT_TITLE_APPL, the heading of an annex ("…qaroriga 1-ILOVA").
enum class BlockKind { kNone, kTitle, kAnnex, kHeader, kClause, kText, kNote, kSkip };

// What a class attribute says about a block; the first known class wins.
BlockKind KindOfClasses(std::string_view classes) {
  BlockKind kind = BlockKind::kNone;
  while (!classes.empty()) {
    const auto start = classes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) {
      break;
    }
    classes.remove_prefix(start);
    const auto end = classes.find_first_of(" \t\r\n");
    const std::string_view c = classes.substr(0, end);
    classes.remove_prefix(end == std::string_view::npos ? classes.size() : end);
    if (c == "lx_elem2" || c == "lx_elem3" || c == "COMMENT" || c == "COMMENT_FOR_WARNING" ||
        c == "INDEXES_ON_REF") {
      return BlockKind::kSkip;
    }
    if (kind != BlockKind::kNone) {
      continue;
    }
    if (c == "ACT_TITLE") {
      kind = BlockKind::kTitle;
    } else if (c == "ACT_TITLE_APPL") {
      kind = BlockKind::kAnnex;
    } else if (c == "TEXT_HEADER_DEFAULT") {
      kind = BlockKind::kHeader;
    } else if (c == "CLAUSE_DEFAULT") {
      kind = BlockKind::kClause;
    } else if (c == "ACT_TEXT" || c == "TEXT_BOLD" || c == "TEXT_CENTER" || c == "TEXT_ITALIC") {
      kind = BlockKind::kText;
    } else if (c == "CHANGES_ORIGINS" || c == "FOOTNOTE") {
      kind = BlockKind::kNote;
    }
  }
  return kind;
}

// Decodes one entity starting at `s[0] == '&'`; returns the bytes consumed
// (0 when it is not an entity, and the '&' is then literal).
std::size_t DecodeEntity(std::string_view s, std::string& out) {
  const auto semicolon = s.substr(0, 12).find(';');
  if (semicolon == std::string_view::npos || semicolon < 2) {
    return 0;
  }
  const std::string_view name = s.substr(1, semicolon - 1);
  if (name[0] == '#') {
    const bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    const std::string_view digits = name.substr(hex ? 2 : 1);
    if (digits.empty()) {
      return 0;
    }
    unsigned long cp = 0;
    for (char c : digits) {
      int v = -1;
      if (c >= '0' && c <= '9') {
        v = c - '0';
      } else if (hex && c >= 'a' && c <= 'f') {
        v = c - 'a' + 10;
      } else if (hex && c >= 'A' && c <= 'F') {
        v = c - 'A' + 10;
      }
      if (v < 0) {
        return 0;
      }
      cp = cp * (hex ? 16 : 10) + static_cast<unsigned long>(v);
    }
    AppendUtf8(out, cp == 0xA0 ? 0x20 : cp > 0x10FFFF ? 0xFFFD : static_cast<char32_t>(cp));
    return semicolon + 1;
  }
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"},        {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
      {"apos", "'"},       {"nbsp", " "},        {"laquo", "\u00AB"},  {"raquo", "\u00BB"},
      {"mdash", "\u2014"}, {"ndash", "\u2013"},  {"hellip", "\u2026"}, {"ldquo", "\u201C"},
      {"rdquo", "\u201D"}, {"bdquo", "\u201E"},  {"lsquo", "\u2018"},  {"rsquo", "\u2019"},
      {"sup1", "\u00B9"},  {"sup2", "\u00B2"},   {"sup3", "\u00B3"},   {"shy", ""},
      {"laquo", "\u00AB"}, {"numero", "\u2116"}, {"sect", "\u00A7"},   {"middot", "\u00B7"},
  };
  for (const auto& [entity, text] : kNamed) {
    if (name == entity) {
      out += text;
      return semicolon + 1;
    }
  }
  return 0;
}

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == ':' || c == '_';
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c + 32);
    }
  }
  return out;
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::string classes;
};

// Parses the tag at s[0] == '<'; returns its length, or 0 when it is not a tag.
std::size_t ParseTag(std::string_view s, Tag& tag) {
  std::size_t i = 1;
  tag = Tag{};
  if (i < s.size() && s[i] == '/') {
    tag.closing = true;
    ++i;
  }
  const std::size_t name_start = i;
  while (i < s.size() && IsNameChar(s[i])) {
    ++i;
  }
  if (i == name_start) {
    return 0;
  }
  tag.name = Lower(s.substr(name_start, i - name_start));
  // Attributes: name[=value], values quoted or not; a '>' inside quotes does not end the tag.
  while (i < s.size() && s[i] != '>') {
    if (s[i] == '/' && i + 1 < s.size() && s[i + 1] == '>') {
      tag.self_closing = true;
      ++i;
      continue;
    }
    if (!IsNameChar(s[i])) {
      ++i;
      continue;
    }
    const std::size_t attr_start = i;
    while (i < s.size() && IsNameChar(s[i])) {
      ++i;
    }
    const std::string attr = Lower(s.substr(attr_start, i - attr_start));
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
      ++i;
    }
    if (i >= s.size() || s[i] != '=') {
      continue;
    }
    ++i;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
      ++i;
    }
    std::string_view value;
    if (i < s.size() && (s[i] == '"' || s[i] == '\'')) {
      const char quote = s[i];
      const auto close = s.find(quote, i + 1);
      if (close == std::string_view::npos) {
        return s.size();  // unterminated at the end of input: the rest is the tag
      }
      value = s.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      const std::size_t value_start = i;
      while (i < s.size() && s[i] != '>' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n') {
        ++i;
      }
      value = s.substr(value_start, i - value_start);
    }
    if (attr == "class") {
      tag.classes = std::string(value);
    }
  }
  // A tag still open at the end of input swallows the rest (as browsers
  // do); returning "not a tag" would rescan the rest from every '<'.
  return i >= s.size() ? s.size() : i + 1;
}

bool IsVoid(std::string_view name) {
  static const std::set<std::string_view> void_elements = {
      "area",  "base", "br",   "col",   "embed",  "hr",    "img",
      "input", "link", "meta", "param", "source", "track", "wbr"};
  return void_elements.contains(name);
}

struct Block {
  BlockKind kind = BlockKind::kNone;
  std::string text;
  int line = 0;
};

// The flat sequence of classed blocks, with <br> splitting a block in two.
class PageScanner {
 public:
  explicit PageScanner(std::string_view html) : html_(html) {}

  std::vector<Block> Scan() {
    std::size_t i = 0;
    while (i < html_.size()) {
      const char c = html_[i];
      if (c == '<') {
        i = OnMarkup(i);
      } else if (c == '&') {
        std::string decoded;
        const std::size_t n = DecodeEntity(html_.substr(i), decoded);
        AddText(n == 0 ? "&" : decoded);
        i += n == 0 ? 1 : n;
      } else {
        const std::size_t end = html_.find_first_of("<&", i);
        const std::size_t stop = end == std::string_view::npos ? html_.size() : end;
        AddText(html_.substr(i, stop - i));
        i = stop;
      }
    }
    FlushBlock();
    return std::move(blocks_);
  }

 private:
  struct Open {
    std::string name;
    BlockKind kind;
  };

  int LineAt(std::size_t offset) {
    // Offsets only grow, so the line count is kept incrementally.
    for (; counted_ < offset && counted_ < html_.size(); ++counted_) {
      line_ += html_[counted_] == '\n' ? 1 : 0;
    }
    return line_;
  }

  bool Skipping() const { return skip_depth_ > 0; }

  void AddText(std::string_view text) {
    if (block_ == kNoBlock || Skipping()) {
      return;
    }
    (in_sup_ ? sup_ : current_.text) += text;
  }

  void FlushBlock() {
    current_.text = internal::CollapseSpaces(current_.text);
    if (!current_.text.empty()) {
      blocks_.push_back(current_);
    }
    current_.text.clear();
  }

  std::size_t SkipPast(std::size_t from, std::string_view end) {
    const auto at = html_.find(end, from);
    return at == std::string_view::npos ? html_.size() : at + end.size();
  }

  std::size_t OnMarkup(std::size_t i) {
    const std::string_view rest = html_.substr(i);
    if (rest.substr(0, 4) == "<!--") {
      return SkipPast(i + 4, "-->");
    }
    if (rest.substr(0, 2) == "<!" || rest.substr(0, 2) == "<?") {
      return SkipPast(i, ">");
    }
    Tag tag;
    const std::size_t length = ParseTag(rest, tag);
    if (length == 0) {
      AddText("<");
      return i + 1;
    }
    const std::size_t end = i + length;
    if (!tag.closing && (tag.name == "script" || tag.name == "style")) {
      return SkipPast(end, "</" + tag.name);
    }
    if (tag.name == "br" && !tag.closing) {
      if (block_ != kNoBlock && !Skipping()) {
        FlushBlock();
        current_.line = LineAt(i);
      }
      return end;
    }
    if (tag.name == "sup") {
      OnSup(tag.closing);
      return end;
    }
    if (tag.closing) {
      Close(tag.name);
    } else if (!tag.self_closing && !IsVoid(tag.name)) {
      OpenElement(tag, LineAt(i));
    }
    return end;
  }

  void OnSup(bool closing) {
    if (!closing) {
      in_sup_ = true;
      sup_.clear();
      return;
    }
    if (!in_sup_) {
      return;
    }
    in_sup_ = false;
    const std::string digits = internal::CollapseSpaces(sup_);
    if (!digits.empty() && digits.size() <= 4 &&
        std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      std::string printed;
      for (char c : digits) {
        AppendUtf8(printed, SuperscriptDigit(c - '0'));
      }
      AddText(printed);
    } else {
      AddText(sup_);
    }
  }

  void OpenElement(const Tag& tag, int line) {
    // As in HTML, a new paragraph or block closes an open <p>.
    if (tag.name == "p" || tag.name == "div" || tag.name == "table" || tag.name == "ul" ||
        tag.name == "ol") {
      Close("p");
    }
    BlockKind kind = tag.classes.empty() ? BlockKind::kNone : KindOfClasses(tag.classes);
    if (kind == BlockKind::kSkip) {
      ++skip_depth_;
    } else if (kind != BlockKind::kNone && (block_ != kNoBlock || Skipping())) {
      kind = BlockKind::kNone;  // a classed element inside a block is part of it
    } else if (kind != BlockKind::kNone) {
      block_ = open_.size();
      current_ = Block{kind, {}, line};
    }
    open_.push_back({tag.name, kind});
  }

  void Close(const std::string& name) {
    // Tolerant: close the nearest open element of that name, looking only a
    // bounded way down the stack, so stray end tags cost constant time.
    std::size_t found = open_.size();
    for (std::size_t k = open_.size(); k > 0 && open_.size() - k < 64; --k) {
      if (open_[k - 1].name == name) {
        found = k - 1;
        break;
      }
    }
    if (found == open_.size()) {
      return;
    }
    while (open_.size() > found) {
      const Open top = open_.back();
      open_.pop_back();
      if (top.kind == BlockKind::kSkip) {
        --skip_depth_;
      }
      if (block_ == open_.size()) {
        FlushBlock();
        block_ = kNoBlock;
      }
    }
  }

  static constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
  std::string_view html_;
  std::vector<Open> open_;
  std::vector<Block> blocks_;
  Block current_;
  std::size_t block_ = kNoBlock;  // index in open_ of the element whose text is collected
  int skip_depth_ = 0;
  bool in_sup_ = false;
  std::string sup_;
  std::size_t counted_ = 0;
  int line_ = 1;
};

// The charset a page declares in its first few kilobytes, lower case, or "".
std::string DeclaredCharset(std::string_view html) {
  const std::string head = Lower(html.substr(0, 4096));
  const auto at = head.find("charset=");
  if (at == std::string::npos) {
    return {};
  }
  std::size_t i = at + 8;
  while (i < head.size() && (head[i] == '"' || head[i] == '\'' || head[i] == ' ')) {
    ++i;
  }
  std::size_t end = i;
  while (end < head.size() && IsNameChar(head[end])) {
    ++end;
  }
  return head.substr(i, end - i);
}

Result<std::string> ToUtf8(std::string_view bytes, const char* charset,
                           const std::string& source_name) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* raw = ucnv_open(charset, &status);
  if (U_FAILURE(status)) {
    return internal::InputError(
        source_name, 1, std::string("cannot convert from ") + charset + ": " + u_errorName(status));
  }
  std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(raw, ucnv_close);
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  icu::UnicodeString text;
  const int32_t capacity = static_cast<int32_t>(bytes.size()) + 1;
  status = U_ZERO_ERROR;
  const int32_t length = ucnv_toUChars(converter.get(), text.getBuffer(capacity), capacity,
                                       bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  text.releaseBuffer(U_SUCCESS(status) ? length : 0);
  if (U_FAILURE(status)) {
    return internal::InputError(
        source_name, 1,
        std::string("the page is not valid ") + charset + ": " + u_errorName(status));
  }
  std::string out;
  return text.toUTF8String(out);
}

}  // namespace

Result<ImportResult> ImportLexUzHtml(std::string_view bytes, const ImportOptions& options) {
  bytes = internal::StripBom(bytes);
  const std::string charset = DeclaredCharset(bytes);
  std::string converted;
  if (charset == "windows-1251" || charset == "cp1251" || charset == "win-1251") {
    if (bytes.find('\0') == std::string_view::npos) {
      Result<std::string> utf8 = ToUtf8(bytes, "windows-1251", options.source_name);
      if (!utf8.ok()) {
        return utf8.status();
      }
      converted = std::move(utf8).value();
      bytes = converted;
    }
  } else if (!charset.empty() && charset != "utf-8" && charset != "utf8") {
    return internal::InputError(
        options.source_name, 1,
        "the page declares charset '" + charset + "'; only UTF-8 and windows-1251 pages are read");
  }
  Result<ImportResult> started = internal::StartImport(bytes, options);
  if (!started.ok()) {
    return started.status();
  }
  ImportResult result = std::move(started).value();
  model::Expression& e = result.expression;

  std::vector<Item> items;
  std::vector<std::string> preamble;
  std::vector<std::string> conclusions;  // the signature block after the body
  bool seen_unit = false;
  bool in_signature = false;
  bool in_annex = false;
  for (Block& block : PageScanner(bytes).Scan()) {
    const bool text = block.kind == BlockKind::kText;
    if (seen_unit &&
        (block.kind == BlockKind::kAnnex || (text && internal::IsAnnexHeading(block.text)))) {
      internal::Unit annex;
      annex.kind = internal::UnitKind::kAnnex;
      annex.num = block.text;
      items.push_back({ItemKind::kUnit, std::move(annex), {}, block.line});
      in_signature = false;
      in_annex = true;
      continue;
    }
    if (seen_unit && text && (in_signature || internal::IsSignatureLine(block.text))) {
      conclusions.push_back(block.text);  // the President, the city, the date, the number
      in_signature = true;
      continue;
    }
    switch (block.kind) {
      case BlockKind::kTitle:
        if (in_annex) {  // the annex's own title
          items.push_back({ItemKind::kText, {}, block.text, block.line});
        } else if (e.long_title.empty()) {
          e.long_title = block.text;
          e.work.name = block.text;
        }
        continue;
      case BlockKind::kNote:
        // Notes before the first unit (the act's own adoption history) are
        // kept in the preamble: there is no provision yet to carry them.
        if (!seen_unit) {
          preamble.push_back(block.text);
        } else {
          items.push_back({ItemKind::kNote, {}, block.text, block.line});
        }
        continue;
      case BlockKind::kClause:
      case BlockKind::kHeader:
      case BlockKind::kText: {
        auto unit = internal::RecogniseUnit(block.text);
        if (block.kind == BlockKind::kClause &&
            (!unit || unit->kind != internal::UnitKind::kArticle)) {
          result.warnings.push_back({options.source_name, block.line, model::Severity::kWarning,
                                     "article header not recognised, read as text: '" +
                                         model::Excerpt(block.text, 60) + "'"});
          unit.reset();
        }
        if (unit) {
          seen_unit = true;
          items.push_back({ItemKind::kUnit, std::move(*unit), {}, block.line});
        } else if (!seen_unit) {
          preamble.push_back(block.text);
        } else if (internal::IsParenthesisedNote(block.text)) {
          items.push_back({ItemKind::kNote, {}, block.text, block.line});
        } else {
          items.push_back({ItemKind::kText, {}, block.text, block.line});
        }
        continue;
      }
      case BlockKind::kAnnex:  // before any unit: heading matter
        preamble.push_back(block.text);
        continue;
      case BlockKind::kNone:
      case BlockKind::kSkip:
        continue;
    }
  }
  if (!seen_unit) {
    return internal::InputError(options.source_name, 1,
                                "no structure recognised: no ACT_TEXT, CLAUSE_DEFAULT or "
                                "TEXT_HEADER_DEFAULT block holds a chapter, article or "
                                "numbered paragraph (is this a lex.uz document page?)");
  }
  if (e.long_title.empty()) {
    result.warnings.push_back({options.source_name, 1, model::Severity::kWarning,
                               "no ACT_TITLE block: give the title with --title"});
  }
  internal::AddPreamble(preamble, e);
  internal::BuildTree(items, conclusions, options, e, result.warnings);
  return result;
}

}  // namespace qonun::importers

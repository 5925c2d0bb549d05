#include "versions/word_diff.h"

#include <unordered_map>

#include <unicode/unistr.h>

#include "common/html.h"

#include "versions/internal/myers.h"

namespace qonun::versions {

namespace {

struct Tokens {
  std::vector<std::size_t> starts;  // byte offset of each compared token
  std::vector<bool> is_word;
  std::vector<std::uint32_t> ids;
};

bool IsSpace(std::string_view s) {
  return s.find_first_not_of(" \t\r\n\u00A0") == std::string_view::npos || s == "\u00A0" ||
         s == "\u202F";
}

std::string FoldCase(std::string_view s) {
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

Tokens Tokenize(const analysis::Analyzer& analyzer, std::string_view text,
                const DiffOptions& options, std::unordered_map<std::string, std::uint32_t>& ids) {
  Tokens tokens;
  for (const analysis::Segment& s : analyzer.SegmentText(text)) {
    std::string_view piece = text.substr(s.start, s.end - s.start);
    const bool space = !s.is_word && IsSpace(piece);
    if (space && options.ignore_whitespace) {
      continue;
    }
    std::string key(piece);
    if (options.ignore_case) {
      key = FoldCase(key);
    }
    auto [it, inserted] = ids.emplace(std::move(key), static_cast<std::uint32_t>(ids.size()));
    tokens.starts.push_back(s.start);
    tokens.is_word.push_back(s.is_word);
    tokens.ids.push_back(it->second);
  }
  return tokens;
}

// Byte offset where token `t` begins, with token 0 at 0 and the end of the
// text past the last token, so that runs of tokens tile the whole text
// (whitespace that is not compared included).
std::size_t ByteAt(const Tokens& tokens, std::size_t t, std::size_t length) {
  if (t == 0) {
    return 0;
  }
  return t < tokens.starts.size() ? tokens.starts[t] : length;
}

std::size_t CountWords(const Tokens& tokens, std::size_t begin, std::size_t end) {
  std::size_t n = 0;
  for (std::size_t t = begin; t < end; ++t) {
    n += tokens.is_word[t] ? 1 : 0;
  }
  return n;
}

}  // namespace

bool WordDiff::HasChanges() const {
  for (const DiffOp& op : ops) {
    if (op.kind != DiffOpKind::kEqual) {
      return true;
    }
  }
  return false;
}

const char* DiffOpKindName(DiffOpKind kind) {
  switch (kind) {
    case DiffOpKind::kEqual:
      return "equal";
    case DiffOpKind::kDelete:
      return "delete";
    case DiffOpKind::kInsert:
      return "insert";
  }
  return "equal";
}

WordDiff DiffWords(const analysis::Analyzer& analyzer, std::string_view a, std::string_view b,
                   const DiffOptions& options) {
  if (a.size() > kMaxDiffBytes || b.size() > kMaxDiffBytes) {
    WordDiff whole;
    if (!a.empty()) {
      whole.ops.push_back({DiffOpKind::kDelete, std::string(a), 0, a.size(), 0, 0});
    }
    if (!b.empty()) {
      whole.ops.push_back({DiffOpKind::kInsert, std::string(b), a.size(), a.size(), 0, b.size()});
    }
    return whole;
  }
  std::unordered_map<std::string, std::uint32_t> ids;
  const Tokens ta = Tokenize(analyzer, a, options, ids);
  const Tokens tb = Tokenize(analyzer, b, options, ids);
  WordDiff diff;
  const std::vector<internal::EditRun> runs = internal::Diff(ta.ids, tb.ids);
  for (const internal::EditRun& r : runs) {
    DiffOp op;
    op.a_start = ByteAt(ta, r.a_begin, a.size());
    op.a_end = ByteAt(ta, r.a_end, a.size());
    op.b_start = ByteAt(tb, r.b_begin, b.size());
    op.b_end = ByteAt(tb, r.b_end, b.size());
    switch (r.kind) {
      case internal::EditKind::kEqual:
        op.kind = DiffOpKind::kEqual;
        op.text = std::string(b.substr(op.b_start, op.b_end - op.b_start));
        break;
      case internal::EditKind::kDelete:
        op.kind = DiffOpKind::kDelete;
        op.b_end = op.b_start;
        op.text = std::string(a.substr(op.a_start, op.a_end - op.a_start));
        diff.deleted_words += CountWords(ta, r.a_begin, r.a_end);
        diff.deleted_tokens += r.a_end - r.a_begin;
        break;
      case internal::EditKind::kInsert:
        op.kind = DiffOpKind::kInsert;
        op.a_end = op.a_start;
        op.text = std::string(b.substr(op.b_start, op.b_end - op.b_start));
        diff.inserted_words += CountWords(tb, r.b_begin, r.b_end);
        diff.inserted_tokens += r.b_end - r.b_begin;
        break;
    }
    diff.ops.push_back(std::move(op));
  }
  // Texts that are both empty of tokens but differ in bytes (whitespace only).
  if (runs.empty() && (!a.empty() || !b.empty())) {
    if (!a.empty()) {
      diff.ops.push_back({DiffOpKind::kDelete, std::string(a), 0, a.size(), 0, 0});
    }
    if (!b.empty()) {
      diff.ops.push_back({DiffOpKind::kInsert, std::string(b), a.size(), a.size(), 0, b.size()});
    }
  }
  return diff;
}

namespace {

bool IsSpaceByte(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

bool NeedsSeparator(const DiffOp& op, const DiffOp* next) {
  return op.kind == DiffOpKind::kDelete && next != nullptr && next->kind == DiffOpKind::kInsert &&
         !op.text.empty() && !next->text.empty() && !IsSpaceByte(op.text.back()) &&
         !IsSpaceByte(next->text.front());
}

std::string WordDiffToHtml(const WordDiff& diff, const DiffLabels& labels) {
  HtmlWriter html;
  WriteWordDiff(html, diff, labels);
  return std::move(html).Take();
}

void WriteWordDiff(HtmlWriter& html, const WordDiff& diff, const DiffLabels& labels) {
  for (std::size_t i = 0; i < diff.ops.size(); ++i) {
    const DiffOp& op = diff.ops[i];
    switch (op.kind) {
      case DiffOpKind::kEqual:
        html.Text(op.text);
        break;
      case DiffOpKind::kDelete:
      case DiffOpKind::kInsert: {
        const bool deleted = op.kind == DiffOpKind::kDelete;
        html.Open(deleted ? "del" : "ins")
            .Element("span", {{"class", "diff-label"}},
                     (deleted ? labels.deleted : labels.inserted) + ": ")
            .Text(op.text)
            .Close();
        break;
      }
    }
    if (NeedsSeparator(op, i + 1 < diff.ops.size() ? &diff.ops[i + 1] : nullptr)) {
      html.Text(" ");
    }
  }
}

std::string WordDiffToTerminal(const WordDiff& diff, bool color) {
  std::string out;
  for (std::size_t i = 0; i < diff.ops.size(); ++i) {
    const DiffOp& op = diff.ops[i];
    switch (op.kind) {
      case DiffOpKind::kEqual:
        out += op.text;
        break;
      case DiffOpKind::kDelete:
        out += color ? "\033[31;9m" + op.text + "\033[0m" : "[-" + op.text + "-]";
        break;
      case DiffOpKind::kInsert:
        out += color ? "\033[32;4m" + op.text + "\033[0m" : "{+" + op.text + "+}";
        break;
    }
    if (NeedsSeparator(op, i + 1 < diff.ops.size() ? &diff.ops[i + 1] : nullptr)) {
      out += ' ';
    }
  }
  return out;
}

}  // namespace qonun::versions

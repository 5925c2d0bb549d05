#include "importers/text_exporter.h"

#include <string_view>
#include <vector>

namespace qonun::importers {

namespace {

// Units printed as a heading line of their own ("Статья 5. Heading"), as
// against parts and points, whose number leads their text ("1. Text").
bool IsHeadingUnit(const model::Provision& p) {
  const std::string_view e = p.element;
  return e == "chapter" || e == "section" || e == "article" || e == "part" || e == "book" ||
         e == "title" || e == "subchapter" || !p.heading.empty();
}

void Block(std::string& out, std::string_view text) {
  if (!out.empty()) {
    out += "\n\n";
  }
  out += text;
}

// Each '\n'-separated block of `text` as its own block, the first one
// prefixed with `lead`.
void Blocks(std::string& out, std::string_view lead, std::string_view text) {
  bool first = true;
  while (true) {
    const auto newline = text.find('\n');
    const std::string_view block = text.substr(0, newline);
    if (first) {
      std::string line(lead);
      if (!lead.empty() && !block.empty()) {
        line += ' ';
      }
      line += block;
      if (!line.empty()) {
        Block(out, line);
      }
      first = false;
    } else if (!block.empty()) {
      Block(out, block);
    }
    if (newline == std::string_view::npos) {
      break;
    }
    text.remove_prefix(newline + 1);
  }
}

bool IsBareRoman(std::string_view num) {
  if (!num.empty() && num.back() == '.') {
    num.remove_suffix(1);
  }
  return !num.empty() && num.find_first_not_of("IVXLCDM") == std::string_view::npos;
}

}  // namespace

std::string ExportText(const model::Expression& expression) {
  std::string out;
  if (!expression.long_title.empty()) {
    Block(out, expression.long_title);
  }
  // The open ancestors of the provision being written: a wrap-up follows
  // the last descendant of its provision, so it is written when that
  // provision is closed. Iterative, whatever the depth.
  std::vector<std::size_t> open;
  auto notes = [&](const model::Provision& p) {
    for (const std::string& note : p.notes) {
      Block(out, !note.empty() && note.front() == '(' ? note : "(" + note + ")");
    }
  };
  // A provision with children gets its wrap-up and notes after its last
  // descendant: a note between a lead-in and its list would split them.
  auto close_until = [&](std::size_t parent) {
    while (!open.empty() && open.back() != parent) {
      Blocks(out, "", expression.provisions[open.back()].wrap_up);
      notes(expression.provisions[open.back()]);
      open.pop_back();
    }
  };
  for (std::size_t i = 0; i < expression.provisions.size(); ++i) {
    const model::Provision& p = expression.provisions[i];
    close_until(p.parent);
    if (p.element == "preamble") {
      Blocks(out, "", p.text);
    } else if (p.element == "attachment") {
      // "1-ILOVA" alone on its line, as the text importer recognises it.
      Block(out, p.num);
      Blocks(out, "", p.heading);
      Blocks(out, "", p.text);
    } else if (IsHeadingUnit(p)) {
      if (IsBareRoman(p.num) && !p.heading.empty()) {
        Block(out, p.num);
        Block(out, p.heading);
      } else {
        std::string line = p.num;
        if (!p.heading.empty()) {
          line += (line.empty() ? "" : " ") + p.heading;
        }
        Block(out, line);
      }
      Blocks(out, "", p.text);
    } else if (p.element == "point" && p.num.empty()) {
      Blocks(out, "\u2014", p.text);
    } else {
      Blocks(out, p.num, p.text);
    }
    if (p.children.empty()) {
      Blocks(out, "", p.wrap_up);
      notes(p);
    } else {
      open.push_back(i);
    }
  }
  close_until(model::kNoProvision);
  out += '\n';
  return out;
}

}  // namespace qonun::importers

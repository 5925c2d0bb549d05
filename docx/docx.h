#pragma once
// Word documents (Office Open XML, WordprocessingML) written from a small
// model: a title, paragraphs of runs (plain, bold, italic, external links),
// and tables. The package holds [Content_Types].xml, _rels/.rels,
// docProps/core.xml, word/document.xml, word/styles.xml and
// word/_rels/document.xml.rels, zipped with libzip.
//
//   Document d;
//   d.body.push_back(Para({TextRun("ст. 135 УК")}, Style::kHeading));
//   Result<std::string> bytes = WriteDocx(d);  // a .docx file's bytes
//
// Every text and link goes through XmlEscape: nothing a caller passes can
// add markup. Pure functions: safe from several threads.

#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "common/status.h"

namespace qonun::docx {

struct Run {
  std::string text;  // '\n' breaks the line, '\t' is a tab
  bool bold = false;
  bool italic = false;
  std::string link;  // an absolute URL: the run is a hyperlink to it
};

enum class Style { kNormal, kTitle, kHeading, kSubheading, kMeta };

struct Paragraph {
  std::vector<Run> runs;
  Style style = Style::kNormal;
  int indent = 0;        // levels of indentation (a point within a part)
  std::string language;  // BCP 47 ("ru-RU", "uz-Latn-UZ"); empty: the document's
};

struct Cell {
  std::vector<Paragraph> paragraphs;  // an empty cell still gets one empty paragraph
};

// Columns of equal width over the page; the header row repeats on each page.
struct Table {
  std::vector<Cell> header;
  std::vector<std::vector<Cell>> rows;  // each as many cells as the header
};

using Block = std::variant<Paragraph, Table>;

// Shorthands for building the model.
inline Run TextRun(std::string text, bool bold = false) {
  Run run;
  run.text = std::move(text);
  run.bold = bold;
  return run;
}

inline Run LinkRun(std::string text, std::string link) {
  Run run;
  run.text = std::move(text);
  run.link = std::move(link);
  return run;
}

inline Paragraph Para(std::vector<Run> runs, Style style = Style::kNormal, int indent = 0,
                      std::string language = {}) {
  Paragraph p;
  p.runs = std::move(runs);
  p.style = style;
  p.indent = indent;
  p.language = std::move(language);
  return p;
}

struct Document {
  std::string title;     // docProps/core.xml's dc:title
  std::string language;  // the default language of runs
  std::vector<Block> body;
};

// Escapes & < > " ' and drops what XML 1.0 forbids (control characters
// other than tab, newline and carriage return; U+FFFE and U+FFFF).
std::string XmlEscape(std::string_view text);

// word/document.xml. The n-th distinct link is relationship "rIdLinkN" (1-based).
std::string DocumentXml(const Document& document);

// The whole package. kInvalidArgument when a table row's cells do not match
// its header, or the document has no body; kInternal when libzip fails.
Result<std::string> WriteDocx(const Document& document);

}  // namespace qonun::docx

// word/document.xml from the model: paragraphs, runs, links, tables.

#include "docx/docx.h"

#include <algorithm>
#include <cstdint>

#include "common/html.h"
#include "common/utf8.h"

#include "docx/internal/parts.h"

namespace qonun::docx {

namespace {

constexpr std::string_view kNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// Twentieths of a point: an A4 page less 2 cm margins each side.
constexpr int kTextWidth = 9638;
constexpr int kIndentStep = 360;

const char* StyleId(Style style) {
  switch (style) {
    case Style::kTitle:
      return "Title";
    case Style::kHeading:
      return "Heading1";
    case Style::kSubheading:
      return "Heading2";
    case Style::kMeta:
      return "Meta";
    case Style::kNormal:
      break;
  }
  return "Normal";
}

class Writer {
 public:
  explicit Writer(const Document& document)
      : document_(document), links_(DocumentLinks(document)) {}

  std::string Take() && {
    out_ = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document";
    out_ += kNamespaces;
    out_ += "><w:body>";
    for (const Block& block : document_.body) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        WriteParagraph(*p);
      } else {
        WriteTable(std::get<Table>(block));
      }
    }
    // A table may not end the body: Word wants a paragraph after it.
    out_ +=
        "<w:p/><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
        "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\""
        " w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
    out_ += "</w:body></w:document>";
    return std::move(out_);
  }

 private:
  void WriteParagraph(const Paragraph& p) {
    out_ += "<w:p><w:pPr><w:pStyle w:val=\"";
    out_ += StyleId(p.style);
    out_ += "\"/>";
    if (p.indent > 0) {
      out_ += "<w:ind w:left=\"" + std::to_string(p.indent * kIndentStep) + "\"/>";
    }
    out_ += "</w:pPr>";
    for (const Run& run : p.runs) {
      if (run.link.empty()) {
        WriteRun(run, p.language, false);
        continue;
      }
      out_ += "<w:hyperlink r:id=\"" + LinkId(run.link) + "\" w:history=\"1\">";
      WriteRun(run, p.language, true);
      out_ += "</w:hyperlink>";
    }
    out_ += "</w:p>";
  }

  void WriteRun(const Run& run, const std::string& language, bool link) {
    std::string properties;
    if (link) {
      properties += "<w:rStyle w:val=\"Hyperlink\"/>";
    }
    if (run.bold) {
      properties += "<w:b/>";
    }
    if (run.italic) {
      properties += "<w:i/>";
    }
    if (!language.empty()) {
      properties += "<w:lang w:val=\"" + XmlEscape(language) + "\"/>";
    }
    out_ += "<w:r>";
    if (!properties.empty()) {
      out_ += "<w:rPr>" + properties + "</w:rPr>";
    }
    // Lines and tabs become <w:br/> and <w:tab/> between text pieces.
    std::string piece;
    auto flush = [&] {
      if (!piece.empty()) {
        out_ += "<w:t xml:space=\"preserve\">" + XmlEscape(piece) + "</w:t>";
        piece.clear();
      }
    };
    for (char ch : run.text) {
      if (ch == '\n') {
        flush();
        out_ += "<w:br/>";
      } else if (ch == '\t') {
        flush();
        out_ += "<w:tab/>";
      } else if (ch != '\r') {
        piece += ch;
      }
    }
    flush();
    out_ += "</w:r>";
  }

  void WriteTable(const Table& table) {
    const std::size_t columns = std::max<std::size_t>(table.header.size(), 1);
    const int width = kTextWidth / static_cast<int>(columns);
    out_ += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" +
            std::to_string(width * static_cast<int>(columns)) +
            "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (std::size_t i = 0; i < columns; ++i) {
      out_ += "<w:gridCol w:w=\"" + std::to_string(width) + "\"/>";
    }
    out_ += "</w:tblGrid>";
    if (!table.header.empty()) {
      WriteRow(table.header, width, true);
    }
    for (const std::vector<Cell>& row : table.rows) {
      WriteRow(row, width, false);
    }
    out_ += "</w:tbl>";
  }

  void WriteRow(const std::vector<Cell>& cells, int width, bool header) {
    out_ += header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
    for (const Cell& cell : cells) {
      out_ +=
          "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>";
      if (cell.paragraphs.empty()) {
        out_ += "<w:p/>";
      }
      for (const Paragraph& p : cell.paragraphs) {
        WriteParagraph(p);
      }
      out_ += "</w:tc>";
    }
    out_ += "</w:tr>";
  }

  std::string LinkId(const std::string& url) {
    const auto at = std::find(links_.begin(), links_.end(), url);
    return "rIdLink" + std::to_string(at - links_.begin() + 1);
  }

  const Document& document_;
  const std::vector<std::string> links_;
  std::string out_;
};

void CollectLinks(const Paragraph& p, std::vector<std::string>& links) {
  for (const Run& run : p.runs) {
    if (!run.link.empty() && std::find(links.begin(), links.end(), run.link) == links.end()) {
      links.push_back(run.link);
    }
  }
}

}  // namespace

std::string XmlEscape(std::string_view text) {
  // XML 1.0 has no C0 controls but tab, newline and carriage return, no
  // U+FFFE/U+FFFF, and a broken UTF-8 sequence is no character at all: those
  // are dropped; the rest is escaped by the project's one escaper.
  std::string characters;
  characters.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    bool ill_formed = false;
    const char32_t c = DecodeUtf8(text, i, &ill_formed);
    const bool allowed = !ill_formed && (c >= 0x20 || c == U'\t' || c == U'\n' || c == U'\r') &&
                         c != 0xFFFE && c != 0xFFFF;
    if (allowed) {
      characters.append(text.substr(start, i - start));
    }
  }
  return EscapeHtml(characters);
}

std::vector<std::string> DocumentLinks(const Document& document) {
  std::vector<std::string> links;
  for (const Block& block : document.body) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      CollectLinks(*p, links);
      continue;
    }
    const Table& table = std::get<Table>(block);
    for (const Cell& cell : table.header) {
      for (const Paragraph& p : cell.paragraphs) {
        CollectLinks(p, links);
      }
    }
    for (const auto& row : table.rows) {
      for (const Cell& cell : row) {
        for (const Paragraph& p : cell.paragraphs) {
          CollectLinks(p, links);
        }
      }
    }
  }
  return links;
}

std::string DocumentXml(const Document& document) {
  return Writer(document).Take();
}

}  // namespace qonun::docx

// The .docx package: the parts around word/document.xml, zipped with libzip
// into memory.

#include <memory>
#include <utility>

#include <zip.h>

#include "docx/docx.h"
#include "docx/internal/parts.h"

namespace qonun::docx {

namespace {

constexpr std::string_view kXmlHead =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

std::string ContentTypes() {
  return std::string(kXmlHead) +
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/word/styles.xml\" "
         "ContentType=\"application/"
         "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
         "</Types>";
}

std::string PackageRels() {
  return std::string(kXmlHead) +
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" "
         "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
         "officeDocument\" "
         "Target=\"word/document.xml\"/>"
         "<Relationship Id=\"rId2\" "
         "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
         "core-properties\" "
         "Target=\"docProps/core.xml\"/>"
         "</Relationships>";
}

std::string DocumentRels(const Document& document) {
  std::string out = std::string(kXmlHead) +
                    "<Relationships "
                    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    "<Relationship Id=\"rIdStyles\" "
                    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                    "styles\" Target=\"styles.xml\"/>";
  const std::vector<std::string> links = DocumentLinks(document);
  for (std::size_t i = 0; i < links.size(); ++i) {
    out += "<Relationship Id=\"rIdLink" + std::to_string(i + 1) +
           "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
           "hyperlink\" Target=\"" +
           XmlEscape(links[i]) + "\" TargetMode=\"External\"/>";
  }
  return out + "</Relationships>";
}

std::string CoreProperties(const Document& document) {
  return std::string(kXmlHead) +
         "<cp:coreProperties "
         "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
         "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
         "<dc:title>" +
         XmlEscape(document.title) + "</dc:title><dc:language>" + XmlEscape(document.language) +
         "</dc:language><dc:creator>Qonun</dc:creator></cp:coreProperties>";
}

std::string Styles(const Document& document) {
  auto paragraph_style = [](std::string_view id, std::string_view name, std::string_view run,
                            std::string_view paragraph) {
    return std::string("<w:style w:type=\"paragraph\" w:styleId=\"") + std::string(id) +
           "\"><w:name w:val=\"" + std::string(name) +
           "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>" +
           std::string(paragraph) + "</w:pPr><w:rPr>" + std::string(run) + "</w:rPr></w:style>";
  };
  return std::string(kXmlHead) +
         "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:docDefaults><w:rPrDefault><w:rPr>"
         "<w:rFonts w:ascii=\"Liberation Serif\" w:hAnsi=\"Liberation Serif\" "
         "w:cs=\"Liberation Serif\" w:eastAsia=\"Liberation Serif\"/>"
         "<w:sz w:val=\"22\"/><w:lang w:val=\"" +
         XmlEscape(document.language) +
         "\"/></w:rPr></w:rPrDefault>"
         "<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"264\" "
         "w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
         "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>" +
         paragraph_style("Title", "Title", "<w:b/><w:sz w:val=\"36\"/>",
                         "<w:spacing w:after=\"240\"/>") +
         paragraph_style("Heading1", "heading 1", "<w:b/><w:sz w:val=\"26\"/>",
                         "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"80\"/>"
                         "<w:outlineLvl w:val=\"0\"/>") +
         paragraph_style("Heading2", "heading 2", "<w:b/><w:sz w:val=\"22\"/>",
                         "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"60\"/>"
                         "<w:outlineLvl w:val=\"1\"/>") +
         paragraph_style("Meta", "Meta", "<w:color w:val=\"555555\"/><w:sz w:val=\"18\"/>", "") +
         "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/>"
         "<w:rPr><w:color w:val=\"0B4F8A\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
         "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>"
         "<w:tblPr><w:tblBorders>"
         "<w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "<w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "<w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
         "</w:tblBorders><w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/>"
         "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>"
         "</w:styles>";
}

struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

struct SourceFreer {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

Status ZipError(const std::string& what, zip_error_t* error) {
  return Status(StatusCode::kInternal,
                "writing the .docx package: " + what + ": " + zip_error_strerror(error));
}

}  // namespace

Result<std::string> WriteDocx(const Document& document) {
  if (document.body.empty()) {
    return InvalidArgumentError("a document needs at least one paragraph or table");
  }
  for (const Block& block : document.body) {
    if (const auto* table = std::get_if<Table>(&block)) {
      for (std::size_t r = 0; r < table->rows.size(); ++r) {
        if (!table->header.empty() && table->rows[r].size() != table->header.size()) {
          return InvalidArgumentError("table row " + std::to_string(r + 1) + " has " +
                                      std::to_string(table->rows[r].size()) +
                                      " cells, its header " + std::to_string(table->header.size()));
        }
      }
    }
  }
  // The parts, in the order Word writes them: the content types first.
  const std::vector<std::pair<const char*, std::string>> parts = {
      {"[Content_Types].xml", ContentTypes()},
      {"_rels/.rels", PackageRels()},
      {"docProps/core.xml", CoreProperties(document)},
      {"word/document.xml", DocumentXml(document)},
      {"word/styles.xml", Styles(document)},
      {"word/_rels/document.xml.rels", DocumentRels(document)},
  };

  zip_error_t error;
  zip_error_init(&error);
  // The archive writes into this in-memory source; kept alive past zip_close.
  std::unique_ptr<zip_source_t, SourceFreer> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) {
    return ZipError("a memory buffer", &error);
  }
  zip_source_keep(buffer.get());
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) {
    zip_source_free(buffer.get());  // the reference zip_open_from_source did not take
    return ZipError("opening the archive", &error);
  }
  for (const auto& [name, content] : parts) {
    // The texts outlive zip_close below: libzip reads them then, without copying.
    zip_source_t* part = zip_source_buffer(archive.get(), content.data(), content.size(), 0);
    if (part == nullptr || zip_file_add(archive.get(), name, part, ZIP_FL_ENC_UTF_8) < 0) {
      if (part != nullptr) {
        zip_source_free(part);
      }
      return ZipError(std::string("adding ") + name, zip_get_error(archive.get()));
    }
  }
  if (zip_close(archive.get()) < 0) {
    return ZipError("closing the archive", zip_get_error(archive.get()));
  }
  static_cast<void>(archive.release());  // zip_close freed it

  zip_stat_t stat;
  if (zip_source_stat(buffer.get(), &stat) < 0 || zip_source_open(buffer.get()) < 0) {
    return ZipError("reading the archive back", zip_source_error(buffer.get()));
  }
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  const zip_int64_t read = zip_source_read(buffer.get(), bytes.data(), stat.size);
  zip_source_close(buffer.get());
  if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size) {
    return ZipError("reading the archive back", zip_source_error(buffer.get()));
  }
  return bytes;
}

}  // namespace qonun::docx

#include "importers/akn_importer.h"

#include <algorithm>
#include <sstream>
#include <vector>

#include <pugixml.hpp>

#include "common/utf8.h"
#include "model/akn_reader.h"

#include "importers/internal/builder.h"
#include "importers/internal/input.h"

namespace qonun::importers {

namespace {

std::string_view LocalName(std::string_view name) {
  const auto colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Depth of the deepest element, walked without recursion.
int MaxDepth(const pugi::xml_document& document) {
  int depth = 0;
  int deepest = 0;
  pugi::xml_node node = document.first_child();
  while (node) {
    deepest = std::max(deepest, depth);
    if (node.first_child()) {
      node = node.first_child();
      ++depth;
      continue;
    }
    while (node && !node.next_sibling()) {
      node = node.parent();
      --depth;
    }
    if (node) {
      node = node.next_sibling();
    }
  }
  return deepest;
}

// All text under `node`, in document order, without recursion.
std::string TextOf(pugi::xml_node node) {
  std::string text;
  for (pugi::xml_node n = node.first_child(); n;) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      text += n.value();
    } else if (n.type() == pugi::node_element) {
      // An element, even an empty one (<br/> in a table cell), separates words.
      if (!text.empty() && text.back() != ' ') {
        text += ' ';
      }
      if (n.first_child()) {
        n = n.first_child();
        continue;
      }
    }
    while (n && n != node && !n.next_sibling()) {
      n = n.parent();
    }
    if (!n || n == node) {
      break;
    }
    n = n.next_sibling();
  }
  return internal::CollapseSpaces(text);
}

// Replaces each <table> by one <p> per row ("cell | cell"), so that a table
// reads as text rows under its provision.
// Returns whether there was any table.
bool FlattenTables(pugi::xml_document& document) {
  std::vector<pugi::xml_node> tables;
  for (pugi::xml_node n = document.first_child(); n;) {
    if (n.type() == pugi::node_element && LocalName(n.name()) == "table") {
      tables.push_back(n);
    } else if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && !n.next_sibling()) {
      n = n.parent();
    }
    if (n) {
      n = n.next_sibling();
    }
  }
  for (pugi::xml_node table : tables) {
    const std::string_view name = table.name();
    const std::string prefix(name.substr(0, name.size() - LocalName(name).size()));
    std::vector<std::string> rows;
    for (pugi::xml_node n = table.first_child(); n;) {
      if (n.type() == pugi::node_element && LocalName(n.name()) == "tr") {
        std::string row;
        for (pugi::xml_node cell : n.children()) {
          if (cell.type() == pugi::node_element) {
            row += (row.empty() ? "" : " | ") + TextOf(cell);
          }
        }
        rows.push_back(row);
      } else if (n.type() == pugi::node_element && n.first_child()) {
        n = n.first_child();
        continue;
      }
      while (n && n != table && !n.next_sibling()) {
        n = n.parent();
      }
      if (!n || n == table) {
        break;
      }
      n = n.next_sibling();
    }
    pugi::xml_node parent = table.parent();
    for (const std::string& row : rows) {
      parent.insert_child_before((prefix + "p").c_str(), table)
          .append_child(pugi::node_pcdata)
          .set_value(row.c_str());
    }
    parent.remove_child(table);
  }
  return !tables.empty();
}

pugi::xml_node ChildByLocalName(pugi::xml_node parent, std::string_view local) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local) {
      return child;
    }
  }
  return {};
}

// The child element with this local name, made (in the parent's prefix)
// when there is none; first among the children when `first`.
pugi::xml_node ChildOrNew(pugi::xml_node parent, std::string_view local, bool first = false) {
  pugi::xml_node child = ChildByLocalName(parent, local);
  if (!child) {
    const std::string_view name = parent.name();
    const std::string qualified =
        std::string(name.substr(0, name.size() - LocalName(name).size())) + std::string(local);
    child =
        first ? parent.prepend_child(qualified.c_str()) : parent.append_child(qualified.c_str());
  }
  return child;
}

void SetChildValue(pugi::xml_node parent, std::string_view local, const char* attribute,
                   const std::string& value) {
  pugi::xml_node child = ChildOrNew(parent, local);
  pugi::xml_attribute a = child.attribute(attribute);
  if (!a) {
    a = child.append_attribute(attribute);
  }
  a.set_value(value.c_str());
}

// Gives the file the identity in `options`.
void ReplaceIdentity(pugi::xml_document& document, const ImportOptions& options) {
  pugi::xml_node root = document.document_element();
  pugi::xml_node doc;
  for (pugi::xml_node child : root.children()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) != "components") {
      doc = child;
      break;
    }
  }
  if (!doc) {
    return;  // the reader reports what is missing
  }
  // Publishers' templates leave <meta/> empty: the options supply all of it.
  pugi::xml_node identification = ChildOrNew(ChildOrNew(doc, "meta", true), "identification");
  if (!identification.attribute("source")) {
    identification.append_attribute("source").set_value("#qonun");
  }
  pugi::xml_node work = ChildOrNew(identification, "FRBRWork");
  pugi::xml_node expression = ChildOrNew(identification, "FRBRExpression");
  const std::string language(LanguageCode(options.language));
  const std::string expression_uri =
      options.work_uri + "/" + language + "@" + options.date.ToString();
  SetChildValue(work, "FRBRthis", "value", options.work_uri + "/!main");
  SetChildValue(work, "FRBRuri", "value", options.work_uri);
  if (const auto parts = model::ParseWorkUri(options.work_uri)) {
    SetChildValue(work, "FRBRdate", "date", parts->date.ToString());
    SetChildValue(work, "FRBRcountry", "value", parts->country);
  }
  SetChildValue(expression, "FRBRthis", "value", expression_uri + "/!main");
  SetChildValue(expression, "FRBRuri", "value", expression_uri);
  SetChildValue(expression, "FRBRdate", "date", options.date.ToString());
  SetChildValue(expression, "FRBRlanguage", "language", language);
}

}  // namespace

Result<ImportResult> ImportAkn(std::string_view bytes, const ImportOptions& options) {
  QONUN_RETURN_IF_ERROR(internal::CheckTextInput(bytes, options.source_name));
  pugi::xml_document document;
  const pugi::xml_parse_result parsed = document.load_buffer(
      bytes.data(), bytes.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  if (!parsed) {
    const LineIndex lines(bytes);
    const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
    return internal::InputError(options.source_name, lines.LineOf(offset),
                                std::string("XML is not well-formed: ") + parsed.description());
  }
  if (MaxDepth(document) > kMaxAknDepth) {
    return internal::InputError(
        options.source_name, 1,
        "elements nested more than " + std::to_string(kMaxAknDepth) + " levels deep; refused");
  }
  const bool changed = FlattenTables(document) || !options.work_uri.empty();
  if (!options.work_uri.empty()) {
    if (!model::ParseWorkUri(options.work_uri)) {
      return InvalidArgumentError("work URI '" + options.work_uri +
                                  "' is not of the form /akn/COUNTRY/TYPE/…/DATE/NUMBER");
    }
    ReplaceIdentity(document, options);
  }
  // Diagnostics come from the document as given, so they carry its lines,
  // unless the identity was rewritten (then the input's own identity errors
  // no longer apply, and messages name the file alone). Tables flattened
  // into rows change no identity and no structure.
  std::string normalised;
  if (changed) {
    std::ostringstream xml;
    document.save(xml, "  ", pugi::format_indent, pugi::encoding_utf8);
    normalised = xml.str();
  }
  model::ReadOutcome read;
  if (options.work_uri.empty()) {
    read = model::ReadExpression(bytes, options.source_name);
    if (read.expression && changed) {
      read.expression = model::ReadExpression(normalised, options.source_name).expression;
    }
  } else {
    read = model::ReadExpression(normalised, options.source_name);
    for (model::Diagnostic& d : read.diagnostics) {
      d.line = 0;
    }
  }
  if (!read.expression) {
    std::string message;
    for (const model::Diagnostic& d : read.diagnostics) {
      if (d.severity == model::Severity::kError) {
        message += (message.empty() ? "" : "\n") + d.ToString();
      }
    }
    return InvalidArgumentError(message);
  }
  ImportResult result;
  result.expression = std::move(*read.expression);
  result.warnings = std::move(read.diagnostics);
  model::Expression& e = result.expression;
  if (!options.title.empty()) {
    e.long_title = options.title;
    e.work.name = options.title;
  }
  if (!options.aliases.empty()) {
    e.work.aliases = options.aliases;
  }
  if (options.status != model::TextStatus::kUnstated) {
    e.status = options.status;
  }
  if (!options.official_source.empty()) {
    e.official_source = options.official_source;
  }
  if (!options.work_uri.empty() && !options.kind.empty()) {
    e.work.kind = options.kind;
  }
  return result;
}

}  // namespace qonun::importers

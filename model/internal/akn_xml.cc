#include "model/internal/akn_xml.h"

#include "model/akn_reader.h"

namespace qonun::model::internal {

namespace {

std::string_view Prefix(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified_name.substr(0, colon);
}

}  // namespace

// Hierarchical containers: each becomes a Provision. The value is the eId
// abbreviation of the Akoma Ntoso naming convention, used when a file omits
// an eId and one has to be made up.
const std::map<std::string, std::string, std::less<>>& HierarchyElements() {
  static const std::map<std::string, std::string, std::less<>> elements{
      {"alinea", "al"},
      {"article", "art"},
      {"attachment", "att"},
      {"book", "book"},
      {"chapter", "chp"},
      {"clause", "cl"},
      {"conclusions", "conclusions"},
      {"division", "dvs"},
      {"hcontainer", "hcontainer"},
      {"indent", "indent"},
      {"level", "lvl"},
      {"paragraph", "para"},
      {"part", "part"},
      {"point", "point"},
      {"preamble", "preamble"},
      {"proviso", "prov"},
      {"rule", "rule"},
      {"section", "sec"},
      {"subchapter", "subchp"},
      {"subclause", "subcl"},
      {"subdivision", "subdvs"},
      {"subparagraph", "subpara"},
      {"subpart", "subpart"},
      {"subpoint", "subpoint"},
      {"subrule", "subrule"},
      {"subsection", "subsec"},
      {"subtitle", "subtitle"},
      {"title", "title"},
      {"tome", "tome"},
      {"transitional", "trans"},
  };
  return elements;
}

// Containers that hold blocks but are not provisions themselves: their
// children are read as if they stood in the enclosing provision.
const std::set<std::string, std::less<>>& TransparentElements() {
  static const std::set<std::string, std::less<>> elements{
      "attachments", "blockContainer", "blockList", "body", "component",
      "components",  "content",        "intro",     "item", "list",
      "mainBody",    "table",          "tbody",     "tr",   "wrapUp"};
  return elements;
}

// Block elements whose whole content, inline markup included, is one block of text.
const std::set<std::string, std::less<>>& BlockElements() {
  static const std::set<std::string, std::less<>> elements{
      "p", "listIntroduction", "listWrapUp", "subheading", "td", "th", "tblock", "crossHeading"};
  return elements;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += c;
  }
  return out;
}

std::string_view LocalName(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

// The namespace URI bound to the node's prefix, looked up the ancestor chain.
std::string_view NamespaceOf(pugi::xml_node node) {
  const std::string_view prefix = Prefix(node.name());
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (pugi::xml_node at = node; at; at = at.parent()) {
    if (pugi::xml_attribute a = at.attribute(attribute.c_str())) {
      return a.value();
    }
  }
  return {};
}

bool IsAkn(pugi::xml_node node) {
  return NamespaceOf(node) == kAknNamespace;
}

// Child element in the Akoma Ntoso namespace with this local name.
pugi::xml_node AknChild(pugi::xml_node parent, std::string_view local_name) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local_name &&
        IsAkn(child)) {
      return child;
    }
  }
  return {};
}

std::string StripHash(std::string_view href) {
  if (!href.empty() && href.front() == '#') {
    href.remove_prefix(1);
  }
  return std::string(href);
}

int Reporter::LineOf(pugi::xml_node node) const {
  const std::ptrdiff_t offset = node.offset_debug();
  return offset < 0 ? 0 : lines_.LineOf(static_cast<std::size_t>(offset));
}

}  // namespace qonun::model::internal

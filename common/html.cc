#include "common/html.h"

#include <algorithm>
#include <stdexcept>

namespace qonun {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

namespace {

void CheckName(std::string_view name) {
  const bool ok = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  if (!ok) {
    throw std::invalid_argument("HtmlWriter: '" + std::string(name) + "' is not an HTML name");
  }
}

}  // namespace

HtmlWriter& HtmlWriter::Open(std::string_view tag, Attributes attributes) {
  CheckName(tag);
  out_ += '<';
  out_ += tag;
  for (const auto& [name, value] : attributes) {
    CheckName(name);
    out_ += ' ';
    out_ += name;
    out_ += "=\"";
    out_ += EscapeHtml(value);
    out_ += '"';
  }
  out_ += '>';
  open_.emplace_back(tag);
  return *this;
}

HtmlWriter& HtmlWriter::Close() {
  if (!open_.empty()) {
    out_ += "</" + open_.back() + ">";
    open_.pop_back();
  }
  return *this;
}

HtmlWriter& HtmlWriter::Text(std::string_view text) {
  out_ += EscapeHtml(text);
  return *this;
}

HtmlWriter& HtmlWriter::Element(std::string_view tag, Attributes attributes,
                                std::string_view text) {
  return Open(tag, attributes).Text(text).Close();
}

HtmlWriter& HtmlWriter::Append(const HtmlWriter& fragment) {
  out_ += fragment.out_;
  for (auto it = fragment.open_.rbegin(); it != fragment.open_.rend(); ++it) {
    out_ += "</" + *it + ">";
  }
  return *this;
}

HtmlWriter& HtmlWriter::Newline() {
  out_ += '\n';
  return *this;
}

std::string HtmlWriter::Take() && {
  while (!open_.empty()) {
    Close();
  }
  return std::move(out_);
}

}  // namespace qonun

#pragma once
// The one place HTML is written: every text and attribute value goes through
// EscapeHtml, and markup is only ever built with HtmlWriter (tags and
// attribute names are fixed by the caller's code, never by data).
//
//   HtmlWriter h;
//   h.Open("section", {{"class", "unit changed"}}).Element("h4", {}, label).Close();
//   std::string html = std::move(h).Take();
//
// Thread-safety: EscapeHtml is a pure function. An HtmlWriter is a builder
// owned by one caller: not for use by two threads at once.

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace qonun {

// Escapes & < > " ' so that `text` is safe as HTML text and in quoted attributes.
std::string EscapeHtml(std::string_view text);

class HtmlWriter {
 public:
  using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  // <tag a="v">: `tag` and attribute names must be lower-case ASCII names
  // (letters, digits, '-'); anything else is a programming error and throws
  // std::invalid_argument. Values are escaped.
  HtmlWriter& Open(std::string_view tag, Attributes attributes = {});
  // Closes the innermost open element.
  HtmlWriter& Close();
  // Escaped text.
  HtmlWriter& Text(std::string_view text);
  // <tag …>text</tag>
  HtmlWriter& Element(std::string_view tag, Attributes attributes, std::string_view text);
  // Appends what another writer built (complete: all its elements closed).
  HtmlWriter& Append(const HtmlWriter& fragment);
  HtmlWriter& Newline();

  // The HTML, every open element closed.
  std::string Take() &&;

  const std::string& str() const { return out_; }

 private:
  std::string out_;
  std::vector<std::string> open_;
};

}  // namespace qonun

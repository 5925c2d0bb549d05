// The one HTML renderer: text and attribute values escaped, names checked.

#include "common/html.h"

#include <stdexcept>

#include <catch2/catch.hpp>

TEST_CASE("HtmlWriter escapes text and attribute values", "[common][html]") {
  const std::string hostile = "<img src=x onerror=alert(1)>\"'&";
  qonun::HtmlWriter h;
  h.Open("section", {{"class", hostile}})
      .Element("h4", {{"title", hostile}}, hostile)
      .Text(hostile);
  const std::string html = std::move(h).Take();
  CHECK(html ==
        "<section class=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\">"
        "<h4 title=\"&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;\">"
        "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</h4>"
        "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;</section>");
}

TEST_CASE("HtmlWriter closes what it opened and refuses names that are not names",
          "[common][html]") {
  qonun::HtmlWriter inner;
  inner.Open("p").Text("a");
  qonun::HtmlWriter outer;
  outer.Open("div").Append(inner);
  CHECK(std::move(outer).Take() == "<div><p>a</p></div>");
  qonun::HtmlWriter bad;
  CHECK_THROWS_AS(bad.Open("img src=x"), std::invalid_argument);
  CHECK_THROWS_AS(bad.Open("p", {{"onclick\"", "x"}}), std::invalid_argument);
}

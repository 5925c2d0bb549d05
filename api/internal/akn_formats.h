#pragma once
// Content negotiation at /akn/… addresses: a browser gets the page (which
// renders the provision from the address), `application/akn+xml` the
// expression or provision as Akoma Ntoso, anything else JSON. A suffix
// decides instead of the Accept header: …/~art_5.html, .xml, .json.

#include <string>

#include "api/http.h"
#include "model/document.h"

namespace qonun::api::internal {

enum class AknFormat { kJson, kXml, kHtml };

// The format asked for, and the path without its suffix.
struct AknTarget {
  AknFormat format = AknFormat::kJson;
  std::string path;
};

AknTarget NegotiateAkn(const HttpRequest& request);

// The expression as Akoma Ntoso, cut to one provision and its descendants
// when `index` names one (model::kNoProvision: the whole expression).
HttpReply AknXmlReply(const model::Expression& expression, std::size_t index);

}  // namespace qonun::api::internal

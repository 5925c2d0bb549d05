#include "api/internal/akn_formats.h"

#include <string_view>
#include <utility>

#include "model/akn_writer.h"

namespace qonun::api::internal {

namespace {

bool StripSuffix(std::string& path, std::string_view suffix) {
  if (path.size() > suffix.size() && path.ends_with(suffix)) {
    path.resize(path.size() - suffix.size());
    return true;
  }
  return false;
}

// Whether the Accept header names `type` (parameters such as q= are not
// weighed: browsers list text/html first, API clients don't list it).
bool Accepts(const HttpRequest& request, std::string_view type) {
  const auto accept = request.headers.find("accept");
  return accept != request.headers.end() && accept->second.find(type) != std::string::npos;
}

}  // namespace

AknTarget NegotiateAkn(const HttpRequest& request) {
  AknTarget target{AknFormat::kJson, request.path};
  // A suffix on the path decides; without one, the Accept header.
  constexpr std::pair<std::string_view, AknFormat> kSuffixes[] = {
      {".json", AknFormat::kJson}, {".xml", AknFormat::kXml}, {".html", AknFormat::kHtml}};
  for (const auto& [suffix, format] : kSuffixes) {
    if (StripSuffix(target.path, suffix)) {
      target.format = format;
      return target;
    }
  }
  if (Accepts(request, "application/akn+xml")) {
    target.format = AknFormat::kXml;
  } else if (Accepts(request, "text/html")) {
    target.format = AknFormat::kHtml;
  }
  return target;
}

HttpReply AknXmlReply(const model::Expression& expression, std::size_t index) {
  HttpReply reply;
  reply.content_type = "application/akn+xml; charset=utf-8";
  reply.headers.emplace_back("Vary", "Accept");
  if (index == model::kNoProvision) {
    reply.body = model::WriteExpression(expression);
    return reply;
  }
  // The provision's subtree, in document order (parents before children),
  // with its indices renumbered; the subtree's root becomes top-level.
  model::Expression cut = expression;
  cut.provisions.clear();
  std::vector<std::pair<std::size_t, std::size_t>> stack{{index, model::kNoProvision}};
  while (!stack.empty()) {
    const auto [from, parent] = stack.back();
    stack.pop_back();
    model::Provision p = expression.provisions[from];
    const std::size_t at = cut.provisions.size();
    p.parent = parent;
    p.depth = parent == model::kNoProvision ? 0 : cut.provisions[parent].depth + 1;
    const std::vector<std::size_t> children = std::move(p.children);
    p.children.clear();
    cut.provisions.push_back(std::move(p));
    if (parent != model::kNoProvision) {
      cut.provisions[parent].children.push_back(at);
    }
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
      stack.emplace_back(*it, at);
    }
  }
  reply.body = model::WriteExpression(cut);
  return reply;
}

}  // namespace qonun::api::internal

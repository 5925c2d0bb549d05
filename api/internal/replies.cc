#include "api/internal/handlers.h"

namespace qonun::api::internal {

using nlohmann::json;

std::string Dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

HttpReply JsonReply(const json& value, int status) {
  HttpReply reply;
  reply.status = status;
  reply.body = Dump(value);
  return reply;
}

std::string Slug(const std::string& uri) {
  return uri.substr(uri.rfind('/') + 1);
}

json LanguagesJson(const std::vector<Language>& languages) {
  json out = json::array();
  for (Language l : languages) {
    out.push_back(std::string(LanguageCode(l)));
  }
  return out;
}

HttpReply FromStatus(const Status& status, const std::string& param) {
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      return ErrorReply(400, param.empty() ? "bad_request" : "bad_param", status.message(), param);
    case StatusCode::kNotFound:
      return ErrorReply(404, "not_found", status.message(), param);
    case StatusCode::kUnavailable:
    case StatusCode::kFailedPrecondition:
      return ErrorReply(503, "unavailable", status.message());
    case StatusCode::kDataLoss:
      return ErrorReply(503, "index_damaged", status.message() + "; rebuild the index");
    default:
      return ErrorReply(500, "internal", "the server could not answer this request");
  }
}

const model::Work* FindWork(const search::Snapshot& snapshot, const std::string& id) {
  if (const model::Work* w = snapshot.corpus.FindWork(id)) {
    return w;
  }
  for (const model::Work& w : snapshot.corpus.works()) {
    if (Slug(w.metadata.uri) == id) {
      return &w;
    }
  }
  return nullptr;
}

}  // namespace qonun::api::internal

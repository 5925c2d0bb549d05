#pragma once
// The OpenAPI 3 document of the API (api/openapi.json, compiled in).

#include <string>

namespace qonun::api::internal {

const std::string& OpenApiDocument();

}  // namespace qonun::api::internal

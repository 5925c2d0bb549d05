#include "importers/internal/input.h"

#include <cstdio>

#include "common/utf8.h"

namespace qonun::importers::internal {

Status InputError(const std::string& source_name, int line, const std::string& message) {
  const model::Diagnostic d{source_name, line, model::Severity::kError, message};
  return InvalidArgumentError(d.ToString());
}

std::string_view StripBom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
  }
  return bytes;
}

Status CheckTextInput(std::string_view bytes, const std::string& source_name) {
  if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
    return InputError(source_name, 1, "the input is empty");
  }
  const LineIndex lines(bytes);
  if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
    return InputError(source_name, lines.LineOf(nul),
                      "binary data (a NUL byte at column " + std::to_string(lines.ColumnOf(nul)) +
                          "); expected UTF-8 text");
  }
  if (const auto bad = FindInvalidUtf8(bytes)) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[*bad]));
    return InputError(source_name, lines.LineOf(*bad),
                      std::string("not valid UTF-8: byte ") + hex + " at column " +
                          std::to_string(lines.ColumnOf(*bad)) +
                          " (Windows-1251 or another legacy encoding? convert the file to UTF-8)");
  }
  return Status::Ok();
}

}  // namespace qonun::importers::internal

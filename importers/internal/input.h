#pragma once
// Checks shared by the importers before any parsing: the input is not empty,
// not binary and valid UTF-8, so that every later step works on clean text.

#include <string>
#include <string_view>

#include "common/status.h"
#include "model/diagnostic.h"

namespace qonun::importers::internal {

// InvalidArgument with a "FILE:LINE: error: …" message when `bytes` is empty
// (or only whitespace), holds a NUL byte, or is not valid UTF-8 (naming the
// line, column and byte value).
Status CheckTextInput(std::string_view bytes, const std::string& source_name);

// The input without a UTF-8 byte order mark.
std::string_view StripBom(std::string_view bytes);

// A Status whose message is the diagnostic "FILE:LINE: error: message".
Status InputError(const std::string& source_name, int line, const std::string& message);

}  // namespace qonun::importers::internal

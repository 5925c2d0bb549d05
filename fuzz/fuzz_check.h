#pragma once
// What the fuzz targets assert besides "no crash, no sanitizer report": a
// broken invariant prints what broke and aborts, which libFuzzer reports as a
// crash with the input that caused it.

#include <cstdio>
#include <cstdlib>

#define QONUN_FUZZ_CHECK(condition)                                                          \
  do {                                                                                       \
    if (!(condition)) {                                                                      \
      std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
      std::abort();                                                                          \
    }                                                                                        \
  } while (false)

# Helpers that apply the project's build policy (standard, warnings,
# sanitizers, include root) to every target, as Abseil's CMake helpers do.

set(QONUN_WARNINGS -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast)
# GCC 12 reports -Wrestrict false positives inside libstdc++'s std::string
# operator+ at -O3 (GCC bug 105329); the warning says nothing about our code.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  list(APPEND QONUN_WARNINGS -Wno-restrict)
endif()

function(_qonun_apply_policy target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE ${QONUN_WARNINGS})
  if(QONUN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(QONUN_SANITIZE)
    target_compile_options(${target} PUBLIC -fsanitize=${QONUN_SANITIZE}
                                            -fno-sanitize-recover=all -fno-omit-frame-pointer)
    target_link_options(${target} PUBLIC -fsanitize=${QONUN_SANITIZE})
  endif()
  if(QONUN_FUZZ)
    # Coverage feedback for libFuzzer in every library a fuzz target links;
    # the fuzz executables add -fsanitize=fuzzer (the driver) themselves.
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
  endif()
endfunction()

# qonun_library(NAME SOURCES ... [PUBLIC_DEPS ...] [PRIVATE_DEPS ...])
# Creates qonun_NAME with the alias qonun::NAME; headers are included as
# "NAME/file.h" from the repository root.
function(qonun_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC_DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(qonun_${name} STATIC ${ARG_SOURCES})
  add_library(qonun::${name} ALIAS qonun_${name})
  target_include_directories(qonun_${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(qonun_${name} PUBLIC ${ARG_PUBLIC_DEPS} PRIVATE ${ARG_PRIVATE_DEPS})
  _qonun_apply_policy(qonun_${name})
endfunction()

# qonun_executable(NAME SOURCES ... DEPS ...)
function(qonun_executable name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS})
  _qonun_apply_policy(${name})
endfunction()

# qonun_test(NAME SOURCES ... DEPS ...): one Catch2 binary whose TEST_CASEs
# become ctest tests.
function(qonun_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} Catch2::Catch2WithMain)
  target_compile_definitions(${name} PRIVATE
    QONUN_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    QONUN_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
  _qonun_apply_policy(${name})
  catch_discover_tests(${name} TEST_PREFIX "${name}: " PROPERTIES TIMEOUT 300)
endfunction()

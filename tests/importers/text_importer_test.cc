#include "importers/text_importer.h"

#include <catch2/catch.hpp>

TEST_CASE("text importer builds", "[importers][text]") {}

# Every external package, found in one place. All come from Debian packages (scripts/setup).
find_package(PkgConfig REQUIRED)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
find_package(ICU REQUIRED COMPONENTS uc i18n data)
find_package(fmt REQUIRED)
find_package(CLI11 CONFIG REQUIRED)
find_package(nlohmann_json REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(tomlplusplus REQUIRED)
find_package(Threads REQUIRED)
find_package(doctest CONFIG REQUIRED)
# Reading HTML pages, DOCX, PDF and OFD (lib/src/formats): gumbo parses HTML as browsers do,
# libzip opens DOCX/OFD containers, pugixml parses their XML (no DTD, no entity expansion),
# poppler-cpp gives the text layer of PDFs.
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip)
pkg_check_modules(PUGIXML REQUIRED IMPORTED_TARGET pugixml)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
# gw-due --format xlsx writes workbooks with libxlsxwriter (its XLSX registers are read with
# libzip + pugixml, above).
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)

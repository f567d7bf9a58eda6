# Compiles gw-lint's data tables into the library: data/misspellings.tsv becomes a generated
# .inc (a raw string literal with a do-not-edit banner) that dictionary.cc includes, so that
# adding a misspelling is a one-line change to the TSV. Included from lib/CMakeLists.txt.
set(GONGWEN_LINT_DATA ${PROJECT_SOURCE_DIR}/data/misspellings.tsv)
set(GONGWEN_LINT_INC ${CMAKE_CURRENT_BINARY_DIR}/generated/lint/misspellings.inc)
add_custom_command(
  OUTPUT ${GONGWEN_LINT_INC}
  COMMAND ${CMAKE_COMMAND} -DIN=${GONGWEN_LINT_DATA} -DOUT=${GONGWEN_LINT_INC}
          -P ${CMAKE_CURRENT_SOURCE_DIR}/src/lint/embed_tsv.cmake
  DEPENDS ${GONGWEN_LINT_DATA} ${CMAKE_CURRENT_SOURCE_DIR}/src/lint/embed_tsv.cmake
  COMMENT "Embedding data/misspellings.tsv")
target_sources(gongwen PRIVATE ${GONGWEN_LINT_INC})
target_include_directories(gongwen PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated)

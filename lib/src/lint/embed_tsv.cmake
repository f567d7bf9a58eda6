# cmake -DIN=table.tsv -DOUT=table.inc -P embed_tsv.cmake
# Writes IN as a C++ raw string literal, so the table is compiled in and parsed at start-up by
# the same code that reads users' own tables.
file(READ ${IN} content)
string(FIND "${content}" ")gwtsv\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )gwtsv\"")
endif()
get_filename_component(name ${IN} NAME)
file(WRITE ${OUT} "// Generated from data/${name} by lib/src/lint/embed_tsv.cmake. Do not edit: edit the TSV.\nR\"gwtsv(${content})gwtsv\"\n")

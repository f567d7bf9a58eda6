# Writes OUT: a C++ string literal naming the library's sources by content — the first 12 hex
# digits of a SHA-256 over every file listed in LIST (one path a line, sorted). The catalog
# stores it with each record so that records made by other extractors are made again.
# Run at build time by lib/CMakeLists.txt; OUT changes only when a source does.
file(STRINGS ${LIST} files)
set(all "")
foreach(f IN LISTS files)
  file(SHA256 ${f} h)
  string(APPEND all "${h}\n")
endforeach()
string(SHA256 id "${all}")
string(SUBSTRING ${id} 0 12 id)
file(WRITE ${OUT}.new "\"${id}\"\n")
file(COPY_FILE ${OUT}.new ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.new)

// A zip archive held in memory, read under limits (libzip). The decompressed size is counted
// while reading, never trusted from the headers, so a zip bomb stops at the limit.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/formats.h"

namespace gongwen::formats {

class ZipReader {
 public:
  // Opens the archive; on failure error_code() says why (zip-damaged, zip-too-many-entries).
  ZipReader(std::string_view bytes, const Limits& limits);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  bool ok() const { return m_error_code.empty(); }
  const std::string& error_code() const { return m_error_code; }
  const std::string& error_message() const { return m_error_message; }

  const std::vector<std::string>& names() const { return m_names; }
  bool has(std::string_view name) const;
  // The whole entry, or nullopt with error_code() set (missing entries: zip-missing-entry).
  std::optional<std::string> read(std::string_view name);

 private:
  void fail(std::string code, std::string message);

  struct Archive;
  std::unique_ptr<Archive> m_zip;
  const Limits& m_limits;
  std::uint64_t m_total = 0;
  std::vector<std::string> m_names;
  std::string m_error_code;
  std::string m_error_message;
};

}  // namespace gongwen::formats

#include "formats/zip.h"

#include <zip.h>

#include <algorithm>

namespace gongwen::formats {

struct ZipReader::Archive {
  zip_t* za = nullptr;
  ~Archive() {
    if (za) zip_discard(za);
  }
};

ZipReader::ZipReader(std::string_view bytes, const Limits& limits) : m_zip(new Archive), m_limits(limits) {
  zip_error_t err;
  zip_error_init(&err);
  // The buffer is not copied: `bytes` outlives the reader.
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &err);
  if (!src) {
    fail("zip-damaged", zip_error_strerror(&err));
    zip_error_fini(&err);
    return;
  }
  m_zip->za = zip_open_from_source(src, ZIP_RDONLY, &err);
  if (!m_zip->za) {
    zip_source_free(src);
    fail("zip-damaged", std::string("not a readable zip archive: ") + zip_error_strerror(&err));
    zip_error_fini(&err);
    return;
  }
  zip_error_fini(&err);
  const zip_int64_t n = zip_get_num_entries(m_zip->za, 0);
  if (n < 0 || static_cast<std::uint64_t>(n) > m_limits.zip_entries) {
    fail("zip-too-many-entries",
         std::to_string(n) + " entries; the limit is " + std::to_string(m_limits.zip_entries));
    return;
  }
  for (zip_int64_t i = 0; i < n; ++i) {
    const char* name = zip_get_name(m_zip->za, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
    m_names.emplace_back(name ? name : "");
  }
}

ZipReader::~ZipReader() = default;

void ZipReader::fail(std::string code, std::string message) {
  if (!m_error_code.empty()) return;  // the first error is the one that explains
  m_error_code = std::move(code);
  m_error_message = std::move(message);
}

bool ZipReader::has(std::string_view name) const {
  return std::find(m_names.begin(), m_names.end(), name) != m_names.end();
}

std::optional<std::string> ZipReader::read(std::string_view name) {
  if (!ok()) return std::nullopt;
  auto it = std::find(m_names.begin(), m_names.end(), name);
  if (it == m_names.end()) {
    fail("zip-missing-entry", "no entry " + std::string(name));
    return std::nullopt;
  }
  const auto index = static_cast<zip_uint64_t>(it - m_names.begin());
  zip_file_t* f = zip_fopen_index(m_zip->za, index, 0);
  if (!f) {
    fail("zip-damaged", std::string(name) + ": " + zip_strerror(m_zip->za));
    return std::nullopt;
  }
  std::string out;
  char buf[1 << 16];
  for (;;) {
    const zip_int64_t got = zip_fread(f, buf, sizeof buf);
    if (got < 0) {
      fail("zip-damaged", std::string(name) + ": " + zip_error_strerror(zip_file_get_error(f)));
      zip_fclose(f);
      return std::nullopt;
    }
    if (got == 0) break;
    out.append(buf, static_cast<std::size_t>(got));
    m_total += static_cast<std::uint64_t>(got);
    if (out.size() > m_limits.zip_entry_bytes) {
      fail("zip-entry-too-large", std::string(name) + " decompresses to more than " +
                                      std::to_string(m_limits.zip_entry_bytes) + " bytes");
      zip_fclose(f);
      return std::nullopt;
    }
    if (m_total > m_limits.zip_total_bytes) {
      fail("zip-too-large", "entries decompress to more than " + std::to_string(m_limits.zip_total_bytes) + " bytes");
      zip_fclose(f);
      return std::nullopt;
    }
  }
  zip_fclose(f);
  return out;
}

}  // namespace gongwen::formats

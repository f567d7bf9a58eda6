#include "gongwen/ingest.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <system_error>
#include <thread>

#include "analyse.h"
#include "extract/run.h"
#include "formats/formats.h"
#include "io/pool.h"
#include "io/sha256.h"
#include "text/decode.h"

namespace gongwen {
namespace fs = std::filesystem;

std::vector<std::string> expand_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) {
    std::error_code ec;
    if (p != "-" && fs::is_directory(p, ec)) {
      std::vector<std::string> found;
      fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2) && it->path().filename().string()[0] != '.') found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

std::optional<std::string> read_input(const std::string& path, InputError& err) {
  err.source.path = path;
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    if (data.size() > k_max_input_bytes) {
      err.code = "too-large";
      err.message = "standard input is larger than the limit";
      return std::nullopt;
    }
    return data;
  }
  // open + fstat + read: one metadata call per file, which matters over a million small files.
  // O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then turns it away.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    err.code = errno == ENOENT || errno == ENOTDIR ? "not-found" : "unreadable";
    err.message = errno == ENOENT || errno == ENOTDIR ? "no such file or directory" : std::strerror(errno);
    return std::nullopt;
  }
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st{};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    err.code = "unreadable";
    err.message = "not a regular file";
    return std::nullopt;
  }
  const auto size = static_cast<std::uint64_t>(st.st_size);
  if (size > k_max_input_bytes) {
    err.code = "too-large";
    err.source.bytes = size;
    err.message = "file is " + std::to_string(size) + " bytes; the limit is " + std::to_string(k_max_input_bytes);
    return std::nullopt;
  }
  std::string data(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    const ssize_t r = ::read(fd, data.data() + got, data.size() - got);
    if (r < 0 && errno == EINTR) continue;
    if (r < 0) {
      err.code = "unreadable";
      err.message = std::strerror(errno);
      return std::nullopt;
    }
    if (r == 0) break;  // the file shrank while we read it
    got += static_cast<std::size_t>(r);
  }
  data.resize(got);
  return data;
}

Analysis analyse(std::string_view bytes, const std::string& path, Depth depth) {
  Analysis a;
  Source src;
  src.path = path;
  src.bytes = bytes.size();
  // HTML, DOCX, PDF and OFD become the plain text of their document first (told by content).
  formats::Converted conv = formats::convert(bytes);
  src.format = conv.format;
  text::Decoded dec;
  if (conv.format == "txt") {
    dec = text::decode(bytes);
  } else {
    dec.text = std::move(conv.text);
    dec.encoding = std::move(conv.encoding);
    dec.error_code = std::move(conv.error_code);
    dec.error_message = std::move(conv.error_message);
  }
  src.encoding = dec.encoding;
  if (!dec.error_code.empty()) {
    a.error = InputError{src, dec.error_code, dec.error_message};
    return a;
  }
  a.record.id = io::sha256_hex(bytes);
  a.record.source = src;
  const std::vector<std::size_t> invalid = std::move(dec.invalid);
  a.doc = std::make_unique<Document>(std::move(dec.text));
  constexpr std::size_t k_max_reported = 20;
  for (std::size_t k = 0; k < invalid.size() && k < k_max_reported; ++k)
    a.record.diagnostics.push_back({"invalid-encoding",
                                    "invalid " + src.encoding + " byte sequence replaced by U+FFFD",
                                    a.doc->source_loc(invalid[k])});
  if (invalid.size() > k_max_reported)
    a.record.diagnostics.push_back({"invalid-encoding",
                                    std::to_string(invalid.size() - k_max_reported) + " more invalid sequences",
                                    a.doc->source_loc(invalid[k_max_reported])});
  if (depth == Depth::text) return a;
  extract::run(*a.doc, a.record);
  a.record.page = std::move(conv.page);
  return a;
}

Outcome ingest_bytes(std::string_view bytes, const std::string& path) {
  Analysis a = analyse(bytes, path);
  Outcome o;
  if (a.error) o.error = std::move(a.error);
  else o.record = std::move(a.record);
  return o;
}

Outcome ingest_file(const std::string& path) {
  InputError err;
  auto data = read_input(path, err);
  if (!data) return Outcome{std::nullopt, err};
  return ingest_bytes(*data, path);
}

int resolve_jobs(int jobs) {
  if (jobs > 0) return jobs;
  const unsigned hw = std::thread::hardware_concurrency();
  return hw == 0 ? 1 : static_cast<int>(hw);
}

void ingest_all(const std::vector<std::string>& paths, int jobs,
                const std::function<void(std::size_t, Outcome&&)>& emit) {
  io::ordered_map<Outcome>(
      paths.size(), resolve_jobs(jobs), [&](std::size_t i) { return ingest_file(paths[i]); },
      [&](std::size_t i, Outcome&& o) { emit(i, std::move(o)); });
}

}  // namespace gongwen

// Reading documents: paths in, one Record (or one InputError) out per input, in input order.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/record.h"

namespace gongwen {

inline constexpr const char* k_version = "0.1.0";

// The version and the identity of the library's sources by content, "0.1.0+3fa2c91d07be": the
// catalog keeps it with each record and makes again the records another build made.
const char* build_id();

// Inputs larger than this are refused with error code "too-large" (memory stays bounded).
inline constexpr std::uint64_t k_max_input_bytes = 256ull << 20;

struct Outcome {
  std::optional<Record> record;
  std::optional<InputError> error;
};

// Files as given; folders walked recursively in byte order of their paths; "-" is standard
// input. Paths that do not exist are kept, so that reading them reports the error in place.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

// Extracts the record of one document held in memory. `path` is recorded, not read.
Outcome ingest_bytes(std::string_view bytes, const std::string& path);
// Reads and extracts one file ("-" = standard input).
Outcome ingest_file(const std::string& path);

// Ingests every path on `jobs` worker threads (0 = all cores) and calls emit(index, outcome)
// on the calling thread, in input order, so output never depends on `jobs`. At most a few
// outcomes per worker are held at once.
void ingest_all(const std::vector<std::string>& paths, int jobs,
                const std::function<void(std::size_t, Outcome&&)>& emit);

// Number of worker threads `jobs` stands for.
int resolve_jobs(int jobs);

}  // namespace gongwen

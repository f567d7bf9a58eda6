#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include <memory>

#include "text/utf8.h"

namespace gongwen::text {
namespace {

constexpr char32_t k_replacement = 0xFFFD;

// Strict UTF-8 pass: copies valid sequences, replaces each invalid byte with U+FFFD.
std::size_t utf8_copy(std::string_view in, Decoded& out) {
  std::size_t bad = 0;
  out.text.reserve(in.size());
  for (std::size_t i = 0; i < in.size();) {
    int len = 1;
    char32_t c = utf8::decode(in, i, len);
    if (c == k_replacement && !(len == 3 && in.substr(i, 3) == "\xEF\xBF\xBD")) {
      out.invalid.push_back(out.text.size());
      utf8::append(out.text, k_replacement);
      ++bad;
    } else {
      out.text.append(in.substr(i, static_cast<std::size_t>(len)));
    }
    i += static_cast<std::size_t>(len);
  }
  return bad;
}

std::size_t count_invalid_utf8(std::string_view in) {
  std::size_t bad = 0;
  for (std::size_t i = 0; i < in.size();) {
    int len = 1;
    char32_t c = utf8::decode(in, i, len);
    if (c == k_replacement && !(len == 3 && in.substr(i, 3) == "\xEF\xBF\xBD")) ++bad;
    i += static_cast<std::size_t>(len);
  }
  return bad;
}

struct CallbackState {
  const char* base = nullptr;
  std::vector<std::size_t> bad_source_offsets;
};

// Records where the converter met an invalid sequence, then substitutes as usual.
void U_CALLCONV on_invalid(const void* context, UConverterToUnicodeArgs* args, const char* units,
                           int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
    auto* st = static_cast<CallbackState*>(const_cast<void*>(context));
    st->bad_source_offsets.push_back(static_cast<std::size_t>(args->source - st->base) -
                                     static_cast<std::size_t>(length));
    *err = U_ZERO_ERROR;
    const UChar sub = 0xFFFD;
    ucnv_cbToUWriteUChars(args, &sub, 1, 0, err);
  }
  (void)units;
}

// Converts with ICU; returns false when the converter is unknown.
bool icu_convert(std::string_view in, const char* charset, Decoded& out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(charset, &status), &ucnv_close);
  if (U_FAILURE(status)) return false;
  CallbackState st;
  st.base = in.data();
  ucnv_setToUCallBack(cnv.get(), on_invalid, &st, nullptr, nullptr, &status);
  std::u16string buf(in.size() * 2 + 16, u'\0');
  std::vector<int32_t> offsets(buf.size(), -1);
  UChar* target = reinterpret_cast<UChar*>(buf.data());
  UChar* target_limit = target + buf.size();
  const char* source = in.data();
  ucnv_toUnicode(cnv.get(), &target, target_limit, &source, in.data() + in.size(), offsets.data(),
                 true, &status);
  if (U_FAILURE(status)) return false;
  const std::size_t n = static_cast<std::size_t>(target - reinterpret_cast<UChar*>(buf.data()));
  // UTF-16 -> UTF-8, remembering where each bad source offset landed.
  std::size_t next_bad = 0;
  out.text.reserve(n * 2);
  for (std::size_t i = 0; i < n;) {
    char32_t c = buf[i];
    std::size_t step = 1;
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n && buf[i + 1] >= 0xDC00 && buf[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (buf[i + 1] - 0xDC00);
      step = 2;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = k_replacement;
    }
    if (c == k_replacement && next_bad < st.bad_source_offsets.size() && offsets[i] >= 0 &&
        static_cast<std::size_t>(offsets[i]) >= st.bad_source_offsets[next_bad]) {
      out.invalid.push_back(out.text.size());
      ++next_bad;
    }
    utf8::append(out.text, c);
    i += step;
  }
  // Any bad sequences whose substitution we could not place (e.g. a truncated tail).
  for (; next_bad < st.bad_source_offsets.size(); ++next_bad) {
    out.invalid.push_back(out.text.size());
    utf8::append(out.text, k_replacement);
  }
  return true;
}

std::string detect_charset(std::string_view in) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
  if (U_FAILURE(status)) return {};
  const auto len = static_cast<int32_t>(std::min<std::size_t>(in.size(), 1 << 20));
  ucsdet_setText(det.get(), in.data(), len, &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status) || found == 0) return {};
  // Chinese documents: GB18030 is a superset of GBK/GB2312; prefer it among CJK guesses.
  for (int32_t k = 0; k < found; ++k) {
    const char* name = ucsdet_getName(matches[k], &status);
    std::string_view nm = name ? name : "";
    if (nm == "GB18030" || nm == "Big5") return std::string(nm);
  }
  return {};
}

// Share of characters that no text would contain: NUL and C0 controls other than \t \n \r \f.
bool looks_binary(std::string_view text, std::size_t invalid) {
  std::size_t chars = 0, control = 0;
  for (std::size_t i = 0; i < text.size();) {
    int len = 1;
    char32_t c = utf8::decode(text, i, len);
    i += static_cast<std::size_t>(len);
    ++chars;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') ++control;
  }
  if (chars == 0) return false;
  return (control + invalid) * 20 > chars;  // more than 5 %
}

bool has_nul(std::string_view in) { return in.find('\0') != std::string_view::npos; }

}  // namespace

Decoded decode(std::string_view bytes) {
  Decoded out;
  if (bytes.empty()) {
    out.encoding = "UTF-8";
    out.error_code = "empty";
    out.error_message = "the file is empty";
    return out;
  }
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts("\xEF\xBB\xBF")) {
    out.encoding = "UTF-8-BOM";
    utf8_copy(bytes.substr(3), out);
  } else if (starts("\xFF\xFE") || starts("\xFE\xFF")) {
    out.encoding = starts("\xFF\xFE") ? "UTF-16LE" : "UTF-16BE";
    icu_convert(bytes.substr(2), out.encoding.c_str(), out);
  } else {
    const std::size_t bad = has_nul(bytes) ? bytes.size() : count_invalid_utf8(bytes);
    // Valid UTF-8, or nearly so (a few damaged bytes in an otherwise UTF-8 file).
    if (bad == 0 || (bad * 200 < bytes.size() && !has_nul(bytes))) {
      out.encoding = "UTF-8";
      utf8_copy(bytes, out);
    } else {
      // NUL bytes without a UTF-16 byte-order mark: not a text document.
      std::string cs = has_nul(bytes) ? std::string() : detect_charset(bytes);
      if (cs.empty() && !has_nul(bytes)) cs = "GB18030";
      if (cs.empty() || !icu_convert(bytes, cs.c_str(), out)) {
        out.encoding = "unknown";
        out.error_code = "binary";
        out.error_message = "not text in any supported encoding";
        out.text.clear();
        return out;
      }
      out.encoding = cs;
    }
  }
  if (looks_binary(out.text, out.invalid.size())) {
    out.error_code = "binary";
    out.error_message = "not text: " + std::to_string(out.invalid.size()) +
                        " invalid sequences and control characters as " + out.encoding;
    out.text.clear();
    out.invalid.clear();
  }
  return out;
}

Decoded decode_declared(std::string_view bytes, const std::string& charset) {
  if (bytes.empty() || charset.empty()) return decode(bytes);
  Decoded out;
  if (charset == "UTF-8") {
    if (count_invalid_utf8(bytes) * 200 > bytes.size()) return decode(bytes);
    out.encoding = "UTF-8";
    utf8_copy(bytes, out);
  } else {
    if (!icu_convert(bytes, charset.c_str(), out) || out.invalid.size() * 200 > bytes.size()) return decode(bytes);
    out.encoding = charset;
  }
  return out;
}

}  // namespace gongwen::text

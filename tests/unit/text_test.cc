// Decoding, folding and the offset map: the text layer every extractor stands on.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "text/decode.h"
#include "text/fold.h"
#include "text/numerals.h"
#include "text/utf8.h"
#include "text/width.h"

using namespace gongwen;

namespace {

std::string from_hex(std::string_view hex) {
  std::string out;
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2) out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
  return out;
}

// UTF-8 -> UTF-16 code units with a byte-order mark, little or big endian.
std::string utf16(std::u16string_view s, bool little) {
  std::string out = little ? std::string("\xFF\xFE") : std::string("\xFE\xFF");
  for (char16_t c : s) {
    const char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>(c >> 8);
    out += little ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

}  // namespace

TEST_CASE("text::decode") {
  const std::string gb = from_hex(
      "C1D9CFAACAD0B6ABB8DBC7F8C8CBC3F1D5FEB8AEB9D8D3DACAD0CEE5BDECC8CBB4F3C8FDB4CEBBE1D2E9BDA8D2E9B4F0B8B4B5C4BAAFA3ACCFD6B4F0B8B4C8E7CFC2A1A3");
  const std::string expected = "临溪市东港区人民政府关于市五届人大三次会议建议答复的函，现答复如下。";
  struct Row {
    const char* name;
    std::string bytes;
    const char* encoding;
    std::string text;
    std::size_t invalid;
  };
  const Row rows[] = {
      {"utf-8", "龙岗区卫生健康局", "UTF-8", "龙岗区卫生健康局", 0},
      {"utf-8 with BOM", "\xEF\xBB\xBF龙岗区", "UTF-8-BOM", "龙岗区", 0},
      {"utf-16le", utf16(u"第20220402号建议", true), "UTF-16LE", "第20220402号建议", 0},
      {"utf-16be", utf16(u"答复函", false), "UTF-16BE", "答复函", 0},
      {"gb18030", gb, "GB18030", expected, 0},
      {"gb18030 truncated mid-character", gb + "\xC9", "GB18030", expected + "\xEF\xBF\xBD", 1},
      {"utf-8 with one bad byte", std::string(300, 'a') + "\xFF" + "答复", "UTF-8", std::string(300, 'a') + "\xEF\xBF\xBD答复", 1},
      {"crlf kept", "一\r\n二\r三\n", "UTF-8", "一\r\n二\r三\n", 0},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    const auto d = text::decode(r.bytes);
    CHECK(d.error_code == "");
    CHECK(d.encoding == r.encoding);
    CHECK(d.text == r.text);
    CHECK(d.invalid.size() == r.invalid);
  }
  SUBCASE("not text") {
    CHECK(text::decode("").error_code == "empty");
    std::string bin;
    for (int i = 0; i < 4096; ++i) bin += static_cast<char>((i * 131 + 7) % 256);
    CHECK(text::decode(bin).error_code == "binary");
    CHECK(text::decode(std::string("\x7F" "ELF\x02\x01\x01\x00\x00\x00\x00", 12) + std::string(200, '\0')).error_code == "binary");
  }
}

TEST_CASE("text::fold") {
  struct Row {
    const char* name;
    const char* source;
    const char* folded;
  };
  const Row rows[] = {
      {"full-width digits and letters", "２０２２年ＡＢ", "2022年AB"},
      {"full-width punctuation", "联系人：陈琼，电话（略）", "联系人:陈琼,电话(略)"},
      {"ideographic and no-break spaces", "甲\u3000乙\u00A0丙丁", "甲 乙 丙丁"},
      {"spaces inside a date", "于 2021 年 12 月 24 日率队", "于2021年12月24日率队"},
      {"spaces inside a number", "第 20220402 号建议", "第20220402号建议"},
      {"spaces between two numbers kept", "28873392 13825261679", "28873392 13825261679"},
      {"spaces between Han characters kept", "中共临溪市委 临溪市人民政府", "中共临溪市委 临溪市人民政府"},
      {"spaces inside brackets", "临政办〔 2023 〕 2号", "临政办〔2023〕2号"},
      {"small form brackets", "某资函﹝2022﹞47号﹙暂行﹚", "某资函〔2022〕47号(暂行)"},
      {"a spaced-out label reads as the label", "联 系 人：张 雷  电  话：5615", "联系人:张雷电话:5615"},
      {"a year typed with the letter O", "二OO九年三月二日，二o一o年", "二〇〇九年三月二日,二〇一〇年"},
      {"the letter O elsewhere kept", "OO年代，二OOO九年", "OO年代,二OOO九年"},
      {"a spaced label alone", "电  话： 5615", "电话: 5615"},
      {"spaced characters among words kept", "附 件 一 览 表格", "附 件 一 览 表格"},
      {"a line spelled out evenly reads as its word", "党 委 办 公 室\n通  知", "党委办公室\n通知"},
      {"uneven gaps may separate words", "纪 委   党 委", "纪 委   党 委"},
      {"a spaced label starts a word", "主管单位 联 系 人:", "主管单位 联系人:"},
      {"line endings", "一\r\n二\r三", "一\n二\n三"},
      {"html tags", "邮箱: <u>a@qq.com</u><br/>", "邮箱: a@qq.com\n"},
      {"block tags end lines", "<p>临溪区教育局<br>2024年6月18日</p>", "\n临溪区教育局\n2024年6月18日\n"},
      {"script bodies dropped", "甲<script>var a = 1 < 2;</script>乙", "甲乙"},
      {"html entities", "甲&nbsp;乙&amp;丙&#20013;", "甲 乙&丙中"},
      {"a lone < is text", "a < b", "a < b"},
      {"pinyin glosses", "規(guī)劃辦（bàn）理", "规划办理"},
      {"parentheses that are not pinyin", "各区(市、县)卫生健康局(GCP)", "各区(市、县)卫生健康局(GCP)"},
      {"traditional to simplified", "龍崗區衛生健康局關於", "龙岗区卫生健康局关于"},
      {"page-break split rejoined",
       "二是组织骨干教师下乡送教，临溪县教育局已选派十二名教师前往石桥\n\n镇中心小学，开展为期一学期的支教。",
       "二是组织骨干教师下乡送教,临溪县教育局已选派十二名教师前往石桥镇中心小学,开展为期一学期的支教。"},
      {"rejoined across a page number",
       "各镇街要结合实际，认真组织开展排查整治，及时\n\n— 2 —\n\n消除各类安全隐患。",
       "各镇街要结合实际,认真组织开展排查整治,及时消除各类安全隐患。"},
      {"rejoined across 第N页 共M页 and -N-",
       "各镇街要结合实际，认真组织开展排查整治，及时\n第 2 页 共 5 页\n消除隐患，并将整改情况形成书面材料\n\n-3-\n\n按时报送。",
       "各镇街要结合实际,认真组织开展排查整治,及时消除隐患,并将整改情况形成书面材料按时报送。"},
      {"rejoined across bare digits between blank lines",
       "各镇街要结合实际，认真组织开展排查整治，及时\n\n12\n\n消除各类安全隐患。",
       "各镇街要结合实际,认真组织开展排查整治,及时消除各类安全隐患。"},
      {"bare digits without a blank line are text",
       "各镇街要结合实际，认真组织开展排查整治，及时\n12\n消除各类安全隐患。",
       "各镇街要结合实际,认真组织开展排查整治,及时\n12\n消除各类安全隐患。"},
      {"finished sentence not joined", "这是一个完整的句子，已经结束了。\n\n下一段开始了。", "这是一个完整的句子,已经结束了。\n\n下一段开始了。"},
      {"heading not joined", "我们的工作还在继续推进，包括以下内容\n\n二、关于人才", "我们的工作还在继续推进,包括以下内容\n\n二、关于人才"},
      {"short line not joined", "关于市七届人大二次会议\n\n第12号提案的答复", "关于市七届人大二次会议\n\n第12号提案的答复"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.name);
    CHECK(text::fold(r.source).text == r.folded);
  }
}

TEST_CASE("text::fold offset map") {
  const std::string src = "<b>甲</b>２０ 年\r\n規(guī)劃";
  const auto f = text::fold(src);
  REQUIRE(f.map.size() == f.text.size() + 1);
  CHECK(f.text == "甲20年\n规划");
  // Every folded byte maps to a source byte at or after the previous one.
  for (std::size_t i = 1; i < f.map.size(); ++i) CHECK(f.map[i] >= f.map[i - 1]);
  CHECK(f.map[0] == 3);                      // 甲 after <b>
  CHECK(src.substr(f.map[3], 3) == "２");    // 2 came from the full-width digit
  CHECK(f.markup.size() == 2);
  CHECK(f.pinyin.size() == 1);
}

TEST_CASE("Document locations") {
  Document doc("第一行\r\n  二〇二二年，第 20220402 号\n<u>x</u>尾");
  const auto t = doc.text();
  const auto p = t.find("20220402");
  REQUIRE(p != std::string_view::npos);
  CHECK(doc.loc(p) == Loc{2, 11});
  CHECK(doc.quote(p - 3, p + 11) == "第 20220402 号");
  CHECK(doc.loc(t.find("尾")) == Loc{3, 9});
  CHECK(doc.line(0) == "第一行");
}

TEST_CASE("text::parse_numeral") {
  struct Row {
    const char* in;
    long long out;
  };
  const Row ok[] = {
      {"一", 1},        {"十", 10},       {"十五", 15},        {"二十", 20},       {"二十三", 23},
      {"一百", 100},    {"一百零五", 105}, {"一百一十", 110},    {"三百五", 350},    {"两千", 2000},
      {"两万五", 25000}, {"三万五千", 35000}, {"十万", 100000},   {"一千二百万", 12000000}, {"一亿", 100000000},
      {"壹佰贰拾", 120}, {"叁拾肆", 34},     {"玖仟", 9000},      {"二〇二二", 2022}, {"二○二一", 2021},
      {"二0二一", 2021}, {"一九九八", 1998}, {"零", 0},           {"〇", 0},          {"2022", 2022},
      {"１５", 15},     {"七", 7},        {"十四", 14},        {"两", 2},          {"九十九", 99},
  };
  for (const auto& r : ok) {
    CAPTURE(r.in);
    REQUIRE(text::parse_numeral(r.in).has_value());
    CHECK(*text::parse_numeral(r.in) == r.out);
  }
  for (const char* bad : {"", "百", "二三十", "年", "十a", "万"}) {
    CAPTURE(bad);
    CHECK_FALSE(text::parse_numeral(bad).has_value());
  }
}

TEST_CASE("text::display_width") {
  CHECK(text::display_width("abc") == 3);
  CHECK(text::display_width("龙岗") == 4);
  CHECK(text::display_width("Ａ１") == 4);
  CHECK(text::display_width("a龙，") == 5);
}

// Cuts `s` into lines of `width` characters (code points), as fixed-width text is.
static std::string hard_wrapped(const std::u32string& s, std::size_t width) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); i += width) {
    if (i > 0) out += '\n';
    for (char32_t c : s.substr(i, width)) text::utf8::append(out, c);
  }
  return out;
}

TEST_CASE("text::fold undoes hard wrapping") {
  const std::u32string para =
      U"为进一步做好城乡居民医疗保障工作，市医保局会同市财政局研究制定了年度工作方案，明确各县区参保扩面、"
      U"待遇保障和基金监管的目标任务，要求各地在今年九月底前完成参保登记信息核对，十二月底前完成门诊共济"
      U"保障机制改革的各项配套政策制定，并将落实情况及时报送市医保局医药服务管理科。";
  std::string flat;
  for (char32_t c : para) text::utf8::append(flat, c);
  const std::string folded_flat = text::fold(flat).text;

  SUBCASE("a paragraph wrapped at 24 characters reads as one line") {
    const auto f = text::fold(hard_wrapped(para, 24));
    CHECK(f.text == folded_flat);
    CHECK(f.wraps.size() == (para.size() + 23) / 24 - 1);
    CHECK(f.joins.empty());  // not page breaks: the page-break-split lint rule stays quiet
  }
  SUBCASE("a heading after a wrapped line is not joined to it") {
    const std::string text = hard_wrapped(para, 24) + "\n二、工作要求\n";
    CHECK(text::fold(text).text == folded_flat + "\n二、工作要求\n");
  }
  SUBCASE("a label's value pushed to the next line joins it; a salutation does not") {
    const std::string wrapped = hard_wrapped(para, 24);
    // Both label lines are 24 characters: as full as the wrapped ones.
    const auto value = text::fold(wrapped + "\n如有疑问请联系市医保局医药服务管理科王明，手机：\n13905731234。\n");
    CHECK(value.text.find("手机:13905731234。") != std::string::npos);
    const auto salutation = text::fold("发布时间：2023年7月5日　来源：市医保局办：\n各位人大代表：\n" + wrapped);
    CHECK(salutation.text.find("办:\n各位人大代表:") != std::string::npos);
  }
  SUBCASE("lines of many widths are left alone") {
    const std::string text =
        "各县区医保局：\n根据工作安排，现将有关事项通知如下。\n一、做好参保登记信息核对，确保数据准确完整\n"
        "二、加快推进门诊共济保障机制改革，按时完成配套政策制定工作\n三、及时报送落实情况\n"
        "四、加强基金监管，严厉打击欺诈骗保行为，切实维护基金安全\n五、做好政策宣传解读\n";
    CHECK(text::fold(text).wraps.empty());
  }
}

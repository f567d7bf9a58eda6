// Contacts: the labelled forms a letter uses for the people to call, and the labelled numbers
// that are not theirs (leaders, fax, hotlines). Each row is a letter's closing lines.
#include <doctest/doctest.h>

#include <string>

#include "document.h"
#include "extract/extract.h"

using namespace gongwen;

namespace {

struct ContactRow {
  const char* lines;     // after a salutation and one body line
  const char* expected;  // contacts as "name:phone,phone|name:…", "-" for no name
};

const ContactRow k_rows[] = {
    // The forms that worked before, kept.
    {"联系人：陈小琳，电话：28870011、13800001111", "陈小琳:28870011,13800001111"},
    {"联系人:孙 可 电话:87030001", "孙可:87030001"},
    {"承办人及联系电话：杨一鸣   0731-5100001", "杨一鸣:0731-5100001"},
    {"联系电话：0632-5300001              联系人：蒋立强", "蒋立强:0632-5300001"},
    {"联系电话：2620001", "-:2620001"},
    {"联系单位及电话：临溪市城市管理局 6810001", "-:6810001"},
    {"联系人：周文杰\n联系电话：0573-86200001", "周文杰:0573-86200001"},
    {"联系人：周文杰\n\n\n\n联系电话：0573-86200002", "周文杰:0573-86200002"},  // blank lines between
    {"承办负责人：黄大伟  联系电话：5550001\n联系人：李小青  联系电话：5550002", "李小青:5550002"},
    {"举报电话：12345678", ""},
    {"请将材料发送至邮箱：lx2023@example.cn 2023821", "-:"},  // the address, not the digits
    // A label ending in 姓名 still names the person.
    {"联系人姓名：王小明 联系电话：5551234", "王小明:5551234"},
    {"具体经办人姓名：刘 洋 联系电话：5551235", "刘洋:5551235"},
    // Several names under one label: each is a contact; the numbers are given once, to the first.
    {"（联系人：张一凡、李二春、王三；联系电话：5552000）", "张一凡:5552000|李二春:|王三:"},
    {"联系人：张一凡/李二春 电话：5552001", "张一凡:5552001|李二春:"},
    {"联系人：张一凡，电话：5552002", "张一凡:5552002"},
    {"联系人：张一凡，临溪市教育局办公室，电话：5552003", "张一凡:5552003"},
    // The person's unit may come before the name.
    {"联系人：临溪市公路管理局财务科，王小明 电话：5552004", "王小明:5552004"},
    // A saved page's footer is not a contact.
    {"主办：临溪市交通运输局 电话：0571-2223333", ""},
    {"主办单位：临溪县人民政府办公室 联系方式：0871-5550000", ""},
    {"（联系人：王明，联系电话：4979629，工作QQ群：12855900）", "王明:4979629"},
    {"会议地点：平安宾馆，电话：0571-12345678。\n联系人：王明，电话：0571-87654321", "王明:0571-87654321"},
    {"承办人：王  明\n联系电话：13900001111", "王明:13900001111"},  // a name padded to width
    {"承   办   人：布  音\n\n联  系 电 话：13900001112", "布音:13900001112"},
    {"联 系 人：张 雷  电  话：5615001", "张雷:5615001"},
    {"联系人：王明 电话：12345678\n电子邮箱：\nwangming@example.com", "王明:12345678"},  // e-mail on the next line
    // Leaders named beside the contact are not contacts, nor are their numbers.
    {"主管领导人姓名：杨大军 联系电话：5553001\n具体经办人姓名：赵霜霜 联系电话：5553002", "赵霜霜:5553002"},
    {"主要领导：陈大海 电话：5553003", ""},
    {"分管负责人：吴明 电话：5553004 联系人：郑小丽 电话：5553005", "郑小丽:5553005"},
    {"签发领导：孙大成\n联系人：郑小丽 联系电话：5553006", "郑小丽:5553006"},
    {"联系人：郑小丽 电话：5553007 分管领导：孙大成 电话：5553008", "郑小丽:5553007"},
    {"分管领导孙大成，电话5553009", ""},
    {"联系人：郑小丽（项目负责人），电话：5553010", "郑小丽:5553010"},
    // A number line just above the person is that person's.
    {"联系电话：5554001\n联系人：钱小梅", "钱小梅:5554001"},
    {"联系电话：5554002\n\n联系人：钱小梅", "钱小梅:5554002"},
    // A fax number is not a phone; one number labelled as both is.
    {"联系人：林晓勤；联系电话：6630001；传真：6690001", "林晓勤:6630001"},
    {"联系人：林晓勤 手机：13900001234 传真：0571-86000001", "林晓勤:13900001234"},
    {"传真：6690002", ""},
    {"联系人：林晓勤 电话/传真：0571-86000002", "林晓勤:0571-86000002"},
    {"联系人：林晓勤 联系电话（传真）：0571-86000003", "林晓勤:0571-86000003"},
    // An extension in brackets stays with its number.
    {"请于3月4日前报区创建办，联系电话：82710001（8662）。", "-:82710001(8662)"},
};

std::string render(const Record& rec) {
  std::string s;
  for (const auto& c : rec.contacts) {
    if (!s.empty()) s += "|";
    s += c.name.value_or("-") + ":";
    for (std::size_t i = 0; i < c.phones.size(); ++i) s += (i ? "," : "") + c.phones[i];
  }
  return s;
}

}  // namespace

TEST_CASE("extract::extract_contacts forms") {
  for (const auto& r : k_rows) {
    CAPTURE(r.lines);
    Document doc(std::string("李明代表：\n感谢您的建议，现答复如下。\n") + r.lines + "\n");
    const auto L = extract::find_layout(doc);
    Record rec;
    extract::extract_contacts(doc, L, rec);
    CHECK(render(rec) == r.expected);
  }
}

TEST_CASE("extract::extract_contacts locations") {
  Document doc("各单位：\n请按时报送。\n联系电话：5554001\n联系人：钱小梅、周大川\n");
  const auto L = extract::find_layout(doc);
  Record rec;
  extract::extract_contacts(doc, L, rec);
  REQUIRE(rec.contacts.size() == 2);
  CHECK(rec.contacts[0].at.line == 4);
  CHECK(rec.contacts[0].at.col == 5);
  CHECK(rec.contacts[1].at.line == 4);
  CHECK(rec.contacts[1].at.col == 9);
}

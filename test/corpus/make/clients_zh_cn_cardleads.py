"""
Shape of GitHub27/pos-crm-excel "客户.xlsx" (at commit f33270d6): a telemarketing team's list of
credit-card / loan leads in 徐州 handed to a bank's field agents, the sample input of a small
desktop tool that cleans addresses. One sheet "Sheet1", Calibri 12, no styling, no title.

- Header on row 1: 客户姓名 / 客户手机号 / 省市区 / 客户地址 / 客户备注 (columns A–E, plain).
- 71 leads below, rows 2–72, grouped by district (鼓楼区, 贾汪区, 邳州市, 泉山区, 铜山区, 云龙区).
- 客户姓名 is only a surname with 先生 / 女士 ("王先生", "李女士"), and on one row in seven no
  surname at all: a bare "先生" or "女士" (twenty of those), so names repeat many times (王先生 ×4,
  李女士 ×4 …) although every row is another person with another mobile.
- 客户手机号: 11-digit mainland mobiles stored as text, all different.
- 省市区 "徐州市/鼓楼区" (city/district joined by a slash); 客户地址 a street, town or landmark,
  sometimes what the caller heard instead: "不清楚街道", "客户不清楚街道", "地址没听清",
  "业务经理提前联系", one with a leading space.
- 客户备注 a slash-joined note of what the lead wants: bank, number of cards held, highest card
  limit, age range, the appointment ("办理邮政银行/多张最高五万/年龄20-60/预约29号").
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-cardleads")
F = Font(name="Calibri", size=12)

DISTRICTS = [
    ("鼓楼区", 17, ["金山桥街道", "九里街道", "铜沛街道", "琵琶街道", "环城街道", "拾屯街道", "金山桥", "和信广场",
                   "不清楚街道", "客户不清楚街道", "业务经理提前联系", "金山桥开发区"]),
    ("贾汪区", 7, ["开发区高铁站附近", "大泉街道", "大吴镇", "老矿街道", "贾汪镇", "高铁东城"]),
    ("邳州市", 8, ["运河街道", "邳城镇", "碾庄镇", "铁富镇", "不清楚哪个镇上"]),
    ("泉山区", 7, ["奎园小区", "湖滨街道", "永安街道", " 翟山街道", "段庄街道", "法院附近", "火花街道"]),
    ("铜山区", 19, ["徐庄镇", "单集镇", "柳新街道", "大许镇", "汉王镇", "三堡街道", "黄集镇", "刘集镇", "棠张镇",
                   "张集镇", "铜山街道", "不清楚地址", "马坡镇", "铜山大学"]),
    ("云龙区", 13, ["大龙湖街道", "地址没听清", "大龙湖奥体附近", "宣武市场", "子房街道", "翠屏山街道",
                   "汉风街道", "市区具体地址不清楚"]),
]
BANKS = ["邮政银行", "邮政信用卡", "邮政储蓄银行信用卡", "邮政", "农业银行", "工商银行"]
NUM_CN = ["一", "两", "三", "四", "五", "六", "七", "八", "九", "十"]
SURNAMES = list("王李张刘陈孙朱吕蔡岳崔郑高谷姜冯赵何董江钱徐韩吴")

# Rows whose name and address the label checks; the rest are drawn.
FIXED = {
    3: ("告先生", "鼓楼区", "不清楚街道"),
    20: ("胡先生", "贾汪区", "大泉街道"),
    35: ("魏先生", "泉山区", "奎园小区"),
    50: ("凡先生", "铜山区", "黄集镇"),
    70: ("邵先生", "云龙区", "大龙湖街道"),
}


def note():
    bank = f.pick(BANKS)
    cards = f.pick(["一张", "三张", "多张", "好几张", "多张卡", f"{f.r.randrange(1, 10)}张卡", f"{f.r.randrange(2, 9)}张"])
    top = f.pick([f"最高{f.pick(NUM_CN)}万", f"最高额度{f.r.randrange(1, 20)}万", f"最高{f.r.randrange(2, 9)}.{f.r.randrange(1, 10)}万",
                  f"最高{f.r.randrange(2, 9)}千以上", "最高额度1万以上"])
    age = f.pick(["年龄20-60", "年龄20-60岁", "年龄60以内"])
    when = f.pick(["预约29号", "预约7月29日", "约明天下午", "业务员约时间办理", "7.29号联系办理", "预约31号",
                   "约7月29日办理", "3天内提前联系办理", "预约7月29号上午10点前"])
    parts = [f"办理{bank}", cards if f.chance(0.5) else f"{cards}{top}", top, age, when]
    if parts[1].endswith(top):
        parts.pop(2)
    if f.chance(0.1):
        parts.append(f.pick(["他媳妇也想办", "之前在柜台没下卡", "没有逾期有网贷", "这两天比较忙提前约时间"]))
    return "/".join(parts)


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户姓名", "客户手机号", "省市区", "客户地址", "客户备注"])
row = 2
for district, n, places in DISTRICTS:
    for i in range(n):
        if row in FIXED:
            name, _, place = FIXED[row]
        else:
            name = f.pick(["先生", "女士"]) if f.chance(0.3) else f.pick(SURNAMES) + f.pick(["先生", "女士"])
            place = f.pick(places)
        ws.append([name, f.mobile_cn(), f"徐州市/{district}", place, note()])
        row += 1
for r in ws.iter_rows():
    for c in r:
        c.font = F
ws.row_dimensions[1].height = 17.6
for col, w in (("A", 22.9), ("B", 26.0), ("C", 34.0), ("D", 28.8), ("F", 21.1)):
    ws.column_dimensions[col].width = w
ws.sheet_view.selection[0].activeCell = "A26"
ws.sheet_view.selection[0].sqref = "A26"
save(wb, "clients-zh-cn-cardleads.xlsx")

"""
Shape of GitHub27/pos-crm-excel 客户.xlsx: a telemarketing list of credit-card leads — 客户姓名
(mostly only 王先生 / 李女士 or even just 先生), 客户手机号 (text), 省市区 as "徐州市/鼓楼区",
客户地址 (a street, a landmark, or "不清楚街道"), 客户备注 (bank / cards / limit / age / appointment,
slash-separated). Values invented.

The same list is also written as leads-zh-cn-bankcard-gbk.csv, the way a call-centre system
exports it: GBK bytes, CRLF line ends, phones as bare digits.
"""
import csv
import io
import os

from fake import FILES, Fake, SURNAMES_CN, save, workbook

f = Fake("leads-zh-cn-bankcard")
DISTRICTS = ["徐州市/铜山区"] * 19 + ["徐州市/鼓楼区"] * 17 + ["徐州市/云龙区"] * 13 + ["徐州市/邳州市"] * 8 + \
    ["徐州市/贾汪区"] * 7 + ["徐州市/泉山区"] * 7
PLACES = ["湖西街道", "东环街道", "和平路街道", "街道不详", "客户说不清街道", "万达广场附近", "大学路", "彭城广场",
          "新城区", "柳新镇", "大黄山街道", "老东门"]
BANKS = ["邮政银行", "邮政储蓄银行信用卡", "邮政", "农业银行", "工商银行", "建设银行"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户姓名", "客户手机号", "省市区", "客户地址", "客户备注"])
f.r.shuffle(DISTRICTS)
for i in range(71):
    if i % 7 == 3:
        name = f.pick(["先生", "女士"])
    else:
        name = f.pick(SURNAMES_CN[:12]) + f.pick(["先生", "女士"])
    cards = f.pick(["1张", "多张", "3张卡", "2张", "多卡"])
    limit = f.pick(["最高五万", "最高额度两万", "5千", "最高2万", "11万", "最高额度1万以上"])
    when = f.pick(["预约29号", "预约7月29日", "约明天下午", "业务员约时间办理", "7.29号联系办理"])
    note = f"办理{f.pick(BANKS)}/{cards}{limit}/年龄22-58/{when}"
    ws.append([name, f.mobile_cn(), DISTRICTS[i], f.pick(PLACES), note])
for col, width in zip("ABCDF", [22.9, 26.0, 34.0, 28.8, 21.1]):
    ws.column_dimensions[col].width = width
save(wb, "leads-zh-cn-bankcard.xlsx")

text = io.StringIO()
writer = csv.writer(text, lineterminator="\r\n")
for row in ws.iter_rows(values_only=True):
    writer.writerow(["" if v is None else v for v in row])
with open(os.path.join(FILES, "leads-zh-cn-bankcard-gbk.csv"), "wb") as out:
    out.write(text.getvalue().encode("gbk"))

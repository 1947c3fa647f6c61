"""
Shape of Zoulf666/RateCalc "客户表.xlsx": a courier outlet's workbook named "customer table" that
holds one rate card per customer, one sheet each ("客户1", "客户2", "大客户<name>" for a key
account): header 目的地 / 首重重量 / 首重价格 / 续重价格, then the 32 provinces and Changsha (first
weight in kg, first-weight price and per-kg price, integers and decimals), a remark far to the right
on the first sheet ("以上只是普通面单" in AM38, "有改动" in AU38, "唐源电子面单同上" in AV38) and
formatting reaching column XEX there. Not client data: a person imports nothing. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("ratecards-zh-cn-courier")

DESTINATIONS = ["长沙市", "湖南省", "上海市", "江苏省", "广东省", "浙江省", "江西省", "湖北省", "河南省", "安徽省",
                "北京市", "云南省", "贵州省", "重庆市", "福建省", "广西壮族自治区", "天津市", "河北省", "四川省",
                "山西省", "山东省", "陕西省", "黑龙江省", "吉林省", "辽宁省", "新疆维吾尔自治区", "西藏自治区",
                "宁夏回族自治区", "青海省", "甘肃省", "海南省", "内蒙古自治区"]


def card(ws, first_weight, first_price, far):
    ws.append(["目的地", "首重重量", "首重价格", "续重价格"])
    for i, place in enumerate(DESTINATIONS):
        remote = place in ("新疆维吾尔自治区", "西藏自治区", "青海省", "内蒙古自治区", "海南省")
        per_kg = f.pick([3.4, 3.5, 4, 5]) if not remote else f.pick([8, 10, 12])
        weight = first_weight if i else f.pick([0.3, 1])
        ws.append([place, weight, first_price if not remote else first_price + 2, per_kg])
    if far:
        ws["AM38"] = "以上只是普通面单"
        ws["AU38"] = "有改动"
        ws["AV38"] = "唐源电子面单同上"
        # Formatting dragged across the sheet: styled empty cells out to XEX.
        ws.cell(46, 16378).font = Font(name="宋体")


wb = workbook()
ws = wb.active
ws.title = "客户1"
card(ws, 1.5, 1.5, far=True)
card(wb.create_sheet("客户2"), 1.5, 1.5, far=False)
card(wb.create_sheet(f"大客户{f.name_cn()}"), 3, 4.5, far=False)
save(wb, "ratecards-zh-cn-courier.xlsx")
print(wb.sheetnames)

"""
Shape of ScLee-G/Network-verification Client_List.xlsx: a footwear-materials supplier's list of
corporate clients, kept in Excel so that a script can look each one up in the public business
registers. One sheet "客户名单", header on row 1 in bold: 序号 / 客户名称 (序号 centred, the name
column 47 wide). 65 clients numbered 1…65:

- mostly mainland company names ("东莞市…鞋业有限公司", "…新材料科技有限公司", branches
  "…有限公司…分公司"), brands of a group one after another (a factory in Dongguan, its sister in
  Sichuan), some right after their full name in a short form only ("新协胜", "河南邦尼", "泉州超进");
- foreign customers of the same shoe groups in capitals ("PT. NIKOMAS …", "… VIETNAM COMPANY
  LIMITED", "HWA SEUNG VINA CO. ,LTD"), one with a typo ("INDONESLA"), a Taiwanese branch in
  traditional characters ("薩摩亞商…有限公司臺灣分公司"), one in full-width brackets.
Values invented.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-footwearmaterials")
NAMES = [
    "BRIGHT HERON LIMITED TAIWAN BRANCH", "幻音(中国)贸易有限公司", "东莞博跃运动用品有限公司", "深圳康达科技发展有限公司",
    "东莞市港丰鞋业有限公司", "四川安岳港丰新材料科技有限公司", "东莞市港嘉新材料科技有限公司", "佛山市鹏程鞋业有限公司",
    "四川朋远鞋业有限公司", "莆田市协安鞋业有限公司", "新协安", "泉州邦达生物科技有限公司", "河南邦达", "商丘超越新材料科技有限公司",
    "泉州超越", "上海慈云商贸有限公司", "上海方圆实业有限公司", "东阳星河逐光新材料有限公司", "星河湃", "福建省晋江泉丰骑士鞋业有限公司",
    "博适达", "莆田市百川鞋业有限公司", "鑫隆", "晋江市星茂鞋服材料有限公司", "泉州市海川新材料科技有限公司", "广西李安体育用品有限公司",
    "广西宁远体育科技有限公司", "昆山宏泰凯电子材料有限公司", "东莞宏泰凯新材料有限公司", "江苏裕丰新电子科技有限公司",
    "上海楚峰实业有限公司", "浙江迎福供应链管理有限公司", "浙江顺福供应链管理有限公司", "深圳市富恒威科技股份有限公司",
    "富恒威（深圳）精密部件有限公司", "江苏建华智造科技有限公司", "三鑫笑远", "东莞市哲安电子有限公司", "江苏哲安精密制造有限公司",
    "POU SHENG VIETNAM COMPANY LIMITED", "PT GLOBALSTAR INDONESLA", "PT. NIKOSA GEMILANG", "东莞宝丰鞋业有限公司",
    "裕泰（安福）制鞋有限公司", "PT POU SHENG INDONESIA", "EVERGLADE INTERNATIONAL (VIETNAM) LIMITED.", "PT. PANAMAS INDUSTRY",
    "丽华供应链管理（珠海）有限公司", "统安贸易有限公司", "越南宏泰鞋業有限公司", "中山精诚鞋业有限公司", "HWA SUNG VINA CO. ,LTD",
    "PT.HWA SUNG INDONESIA", "钟祥龙腾天下运动用品有限公司", "安乡站远智造体育科技有限公司", "东莞市站远鞋业有限公司高埗横滘头村分公司",
    "广东龙腾天下科技股份有限公司", "隆丰革美时尚有限公司", "许昌瑞丰鞋业有限公司", "VINH AN FOOTWEAR CO.,LTD",
    "薩摩亞商旺泰發展有限公司臺灣分公司", "东莞市厚街永丰鞋材厂", "河南安泰鞋材有限公司", "河南嘉丰鞋业有限公司", "诚远(清远)鞋业有限公司",
]
assert len(NAMES) == 65

wb = workbook()
ws = wb.active
ws.title = "客户名单"
ws.append(["序号", "客户名称"])
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center")
for i, name in enumerate(NAMES, start=1):
    ws.append([i, name])
    ws.cell(i + 1, 1).alignment = Alignment(horizontal="center")
    ws.cell(i + 1, 2).alignment = Alignment(horizontal="left")
ws.column_dimensions["B"].width = 47.13

if __name__ == "__main__":
    save(wb, "clients-zh-cn-footwearmaterials.xlsx")

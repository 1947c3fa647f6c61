"""
Shape of ilray88/pythonZiDongHua "第10章/客户资料统计表.xlsx" (commit
b13d9638b32b3fe5741f816d1e76d6b18f7f08de): the client sheet a food trader keeps for mailing its
customers, shipped as sample data with a Chinese office-automation book (chapter 10: sending
e-mail in bulk). One sheet "Sheet1", header in row 1 (bold 微软雅黑 10, centred, thin borders),
20 clients from row 2, every cell centred, nothing frozen:

  编号 / 客户名称 / 客户地址 / 联系人 / 联系人电话 / 联系人邮箱

- 编号 a text serial '0001' … '0020' (leading zeros kept);
- 客户名称 "<city><two-character brand>食品有限公司", all enterprises;
- the personal parts masked with asterisks, as the book printed them: 客户地址 "北京市**路**号",
  "广东省广州市**路**号", a few with three asterisks ("北京市***路***号"); 联系人 a surname and
  "**" ("黄**"); 联系人电话 "132****4562" (first three and last four digits; one prefix 125
  that no mobile carries); 联系人邮箱 digits, "***" and the mail domain;
- the e-mail column written in 等线 where the rest is 微软雅黑; column widths 10 / 27.9 / 25 /
  12.9 / 18 / 23.1.

A person imports the 20 rows as enterprise clients: serial as id, name, the masked address, the
contact's masked name as main contact, the masked mobile as phone and the masked mail as e-mail,
kept as written. Values invented (brands, surnames, digits; mail on example.com).
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-maskedfoods")

PLACES = [("北京市", "北京"), ("上海市", "上海"), ("广东省广州市", "广州"), ("北京市", "北京"), ("重庆市", "重庆"),
          ("四川省成都市", "成都"), ("天津市", "天津"), ("上海市", "上海"), ("山东省济南市", "济南"),
          ("山东省青岛市", "青岛"), ("湖南省长沙市", "长沙"), ("湖北省武汉市", "武汉"), ("四川省绵阳市", "绵阳"),
          ("辽宁省大连市", "大连"), ("吉林省长春市", "长春"), ("重庆市", "重庆"), ("天津市", "天津"),
          ("上海市", "上海"), ("广东省东莞市", "东莞"), ("陕西省西安市", "西安")]
BRANDS = ["禾丰", "嘉和", "润达", "金穗", "百味", "鑫源", "福满", "康乐", "鸿运", "谷香", "盛田", "丰泽",
          "瑞丰", "和兴", "美滋", "天润", "旺家", "恒香", "乐购", "新禾"]
STARS3 = {3, 15, 16, 17}          # rows whose address uses *** instead of **
PREFIXES = ["132", "152", "187", "136", "152", "176", "169", "133", "177", "183", "136", "152", "187",
            "136", "177", "163", "182", "152", "133", "125"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
head_font = Font(name="微软雅黑", size=10, bold=True)
body_font = Font(name="微软雅黑", size=10)
mail_font = Font(name="等线", size=11)
centre = Alignment(horizontal="center")
for j, h in enumerate(["编号", "客户名称", "客户地址", "联系人", "联系人电话", "联系人邮箱"], 1):
    c = ws.cell(1, j, h)
    c.font, c.alignment = head_font, centre
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)

surnames = f.r.sample(list("黄张林何云孔叶景元齐滕梁肖李赵王钱孙封陈"), 20)
for i in range(20):
    prov, city = PLACES[i]
    stars = "***" if i in STARS3 else "**"
    row = [f"{i + 1:04d}", f"{city}{BRANDS[i]}食品有限公司", f"{prov}{stars}路{stars}号", f"{surnames[i]}**",
           f"{PREFIXES[i]}****{f.r.randrange(10000):04d}",
           f"{f.r.randrange(10 ** 5, 10 ** 7)}***@example.com"]
    for j, v in enumerate(row, 1):
        c = ws.cell(i + 2, j, v)
        c.font = mail_font if j == 6 else body_font
        c.alignment = centre

for col, w in zip("ABCDEFG", [10, 27.875, 25, 12.875, 18, 23.125, 9]):
    ws.column_dimensions[col].width = w

save(wb, "clients-zh-cn-maskedfoods.xlsx")

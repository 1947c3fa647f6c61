"""
Shape of arsser/PythonUtils "合作伙伴.xlsx" (commit df39a9fccdedf9e1830e24191d04be7323dc4d86): an AI
vendor's list of its certified channel partners, used by a staff member's Python script to make
certificates and trophies with QR codes linking to each partner's certificate image; re-saved by
pandas/openpyxl (creator 'openpyxl').

- One sheet "Sheet1", header on row 1 bold, centred, thin borders, as pandas writes it: 序号 /
  证书&奖杯制作 (the partner company — the name column has no name header) / 证书编号 /
  'Unnamed: 3' … 'Unnamed: 8' (headerless columns of the source sheet) / Hashed Filename / URL.
- 17 partners: 序号 only on the first row (46, continuing an older list); the certificate number
  'NO.MINDV-D2024001' then 'G2025001' …; Unnamed: 3 the number with dots and dashes turned into
  underscores; Unnamed: 4 the image URL; Unnamed: 5–8 and URL empty; Hashed Filename a 10-hex
  png name. Column C 21 wide.
Values invented (company names, certificate prefix, URLs, hashes).
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("partners-zh-cn-certificates")
wb = workbook()
wb.properties.creator = "openpyxl"
wb.properties.lastModifiedBy = "Arsser"
ws = wb.active
ws.title = "Sheet1"
HEAD = ["序号", "证书&奖杯制作", "证书编号", "Unnamed: 3", "Unnamed: 4", "Unnamed: 5", "Unnamed: 6", "Unnamed: 7",
        "Unnamed: 8", "Hashed Filename", "URL"]
thin = Side(style="thin")
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="top")
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
COMPANIES = ["深圳星衡数智科技有限公司", "北京安拓信达科技有限公司", "北京中恒益信科技有限公司", "湖南卓远智能科技有限公司",
             "苏州指南网络科技股份有限公司", "盛达视讯科技股份有限公司", "图远新视（重庆）科技有限公司", "北京中科极光系统有限公司",
             "联合智汇技术有限公司", "深圳源数互联科技有限公司", "国工智造互联网研究院（河南）有限公司", "深圳市万象云科技有限公司",
             "青岛安恒科技工程有限公司", "四川易联数字城市科技有限公司", "重庆云联通讯技术有限公司", "华东软件股份公司",
             "上海天越科技股份有限公司"]
for i, name in enumerate(COMPANIES):
    r = i + 2
    no = "NO.AIVS-D2024001" if i == 0 else f"NO.AIVS-G2025{i:03d}"
    key = no.replace(".", "_").replace("-", "_")
    ws.cell(r, 1, 46 if i == 0 else None)
    ws.cell(r, 2, name)
    ws.cell(r, 3, no)
    ws.cell(r, 4, key)
    ws.cell(r, 5, f"https://www.example.com/sites/default/files/partner/{key}.png")
    ws.cell(r, 10, "".join(f.pick("0123456789abcdef") for _ in range(10)) + ".png")
ws.column_dimensions["C"].width = 21
save(wb, "partners-zh-cn-certificates.xlsx")

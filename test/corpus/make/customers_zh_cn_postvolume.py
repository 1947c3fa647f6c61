"""
customers-zh-cn-postvolume.xls: a city post office's big-customer mailing warning report
(客户用邮情况简表), the shape of xbxt2016/wxxbxt/WebRoot/xbxt_excel/tmp_file/<uuid>.xls in
gaofeiseu/tongdatech_oldrepo. The postal system writes it from a FreeMarker template as an
Excel 2003 XML spreadsheet (SpreadsheetML) with the .xls extension: one sheet, a merged title
row, the header on row 2, then one row per big customer and mail destination (路向), every
cell a string (ids, counts), the customer's account manager and staff number on every row,
sorted by customer number; row 124 empty and an export-date line merged across the table on
row 125 (ss:Index jumps over the empty row). One manager appears under two staff numbers, one
customer belongs to a sales team rather than a person.

Values are invented (fake.py); the company names are made up from word lists.
"""
import os
from xml.sax.saxutils import escape

from fake import FILES, Fake

f = Fake(1521)

PROVINCES = ["北京", "天津", "河北", "山西", "内蒙", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
             "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
             "云南", "陕西", "甘肃", "青海", "宁夏", "新疆"]
WORDS = ["名悦", "利华", "恒泰", "嘉禾", "锦程", "瑞丰", "天成", "华盛", "金诺", "宏远", "新阳", "博越", "汇通",
         "正邦", "同创", "开元", "鼎信", "立信", "永安", "德众", "星辰", "海纳", "众合", "百联"]
TRADES = ["文化用品有限公司", "摩配市场", "电子商务有限公司", "光电科技有限公司", "服饰有限公司", "机械有限公司",
          "生物科技有限公司", "贸易有限公司", "家纺有限公司", "网络科技有限公司", "茶业有限公司", "印务有限公司",
          "电器有限公司", "食品有限公司"]

# managers: (name, staff number); the first one appears again under a second number
managers = []
for i in range(9):
    managers.append((f.name_cn(), "214" + f"{f.r.randrange(10**8):08d}"))
TEAM = ("无锡电子商务营销团队", "T1000001121")
SECOND_NO = managers[3][0], "214" + f"{f.r.randrange(10**8):08d}"

# (customer number, rows, manager) in the original's order and sizes
plan = [
    ("3202010", 3, 0), ("3202010", 4, 1), ("3202010", 7, 0), ("3202010", 5, 2), ("3202010", 3, 2),
    ("3202010", 2, 0), ("3202010", 18, 2), ("3202810", 3, 4), ("3202811", 1, 5), ("3202811", 3, 4),
    ("3202811", 4, 4), ("3202811", 1, 4), ("3202811", 3, 4), ("3202811", 3, "team"), ("3202811", 6, 5),
    ("3202811", 17, 4), ("8000000", 1, 6), ("8000000", 1, 7), ("8000000", 21, 8), ("8000000", 8, 3),
    ("9000000", 7, "second"),
]

customers = []
used_names = set()
for prefix, n, who in plan:
    if prefix.startswith("320"):
        number = prefix + f"{f.r.randrange(10**4):04d}" + f.pick(["000", "000", "001"])
    else:
        number = prefix + f"{f.r.randrange(10**7):07d}"
    while True:
        name = "无锡" + f.pick(WORDS) + f.pick(TRADES)
        if name not in used_names:
            used_names.add(name)
            break
    manager = TEAM if who == "team" else SECOND_NO if who == "second" else managers[who]
    customers.append((number, name, n, manager))
customers.sort(key=lambda c: c[0])

rows = []
for number, name, n, (mgr, mgr_no) in customers:
    for dest in sorted(f.r.sample(PROVINCES, n), key=PROVINCES.index):
        before = f.r.randrange(25, 300)
        last = f.r.randrange(1, max(2, before // 2))
        rows.append([number, name, dest, str(last), str(before), "是", "是", mgr, mgr_no])

HEAD = """<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:o="urn:schemas-microsoft-com:office:office"
 xmlns:x="urn:schemas-microsoft-com:office:excel"
 xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
 <DocumentProperties xmlns="urn:schemas-microsoft-com:office:office">
  <Created>1996-12-17T01:32:42Z</Created>
  <LastSaved>2016-03-14T06:30:53Z</LastSaved>
  <Version>12.00</Version>
 </DocumentProperties>
 <ExcelWorkbook xmlns="urn:schemas-microsoft-com:office:excel">
  <WindowHeight>4530</WindowHeight>
  <WindowWidth>8505</WindowWidth>
  <ProtectStructure>False</ProtectStructure>
  <ProtectWindows>False</ProtectWindows>
 </ExcelWorkbook>
 <Styles>
  <Style ss:ID="Default" ss:Name="Normal">
   <Alignment ss:Vertical="Bottom"/>
   <Borders/>
   <Font ss:FontName="宋体" x:CharSet="134" ss:Size="12"/>
   <Interior/>
   <NumberFormat/>
   <Protection/>
  </Style>
  <Style ss:ID="s62">
   <Alignment ss:Horizontal="Center" ss:Vertical="Center"/>
   <Font ss:FontName="微软雅黑" x:CharSet="134" x:Family="Swiss" ss:Size="28" ss:Bold="1"/>
  </Style>
  <Style ss:ID="s63">
   <Alignment ss:Vertical="Center"/>
   <Font ss:FontName="微软雅黑" x:CharSet="134" x:Family="Swiss" ss:Size="12"/>
  </Style>
  <Style ss:ID="s64">
   <Alignment ss:Horizontal="Center" ss:Vertical="Center"/>
   <Borders>
    <Border ss:Position="Bottom" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Left" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Right" ss:LineStyle="Continuous" ss:Weight="1"/>
    <Border ss:Position="Top" ss:LineStyle="Continuous" ss:Weight="1"/>
   </Borders>
   <Font ss:FontName="微软雅黑" x:CharSet="134" x:Family="Swiss" ss:Size="12"/>
  </Style>
  <Style ss:ID="s92">
   <Alignment ss:Horizontal="Left" ss:Vertical="Top" ss:WrapText="1"/>
   <Font ss:FontName="微软雅黑" x:CharSet="134" x:Family="Swiss" ss:Size="12"/>
  </Style>
 </Styles>
"""

HEADER = ["大客户号", "客户名", "路向", "上月发件量", "上上月发件量", "判定条件一", "判定条件二", "归属客户经理",
          "归属客户经理号(百分之)"]
WIDTHS = [100, 150, 150, 150, 150, 150, 100, 150, 150]


def cells(values, indent_from=7):
    out = []
    for i, v in enumerate(values):
        # the template indents its last columns with a tab, the others with spaces
        pad = "\t" if i >= indent_from else "    "
        out.append(f'{pad}<Cell ss:StyleID="s64"><Data ss:Type="String">{escape(v)}</Data></Cell>')
    return "\n".join(out)


footer_row = len(rows) + 4  # one empty row between the table and the export line
parts = [HEAD, ' <Worksheet ss:Name="客户用邮情况简表">\n',
         f'  <Table ss:ExpandedColumnCount="12" ss:ExpandedRowCount="{footer_row}" x:FullColumns="1" \n'
         '   x:FullRows="1" ss:StyleID="s63" ss:DefaultColumnWidth="54"\n   ss:DefaultRowHeight="17.25">\n']
for i, w in enumerate(WIDTHS, 1):
    parts.append(f'   <Column ss:Index="{i}" ss:AutoFitWidth="0" ss:Width="{w}"/>\n')
parts.append('   <Row ss:Height="40.5">\n    <Cell ss:MergeAcross="8" ss:StyleID="s62"><Data ss:Type="String">'
             '客户用邮情况简表</Data></Cell>\n   </Row>\n')
parts.append('   <Row ss:Height="22.5">\n' + cells(HEADER) + "\n   </Row>\n")
for r in rows:
    parts.append('   <Row ss:Height="17.25">\n' + cells(r) + "\n   </Row>\n")
parts.append(f'   <Row ss:Index="{footer_row}">\n    <Cell ss:MergeAcross="8" ss:StyleID="s92"><Data ss:Type="String">'
             '导出时间：2016-03-22</Data></Cell>\n   </Row>\n')
parts.append("""  </Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel">
   <Selected/>
   <ProtectObjects>False</ProtectObjects>
   <ProtectScenarios>False</ProtectScenarios>
  </WorksheetOptions>
 </Worksheet>
</Workbook>
""")

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-cn-postvolume.xls"), "w", encoding="utf-8", newline="\n") as out:
    out.write("".join(parts))

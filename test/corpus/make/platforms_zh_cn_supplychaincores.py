"""
Shape of modem1024k/streamlit2023 "excel/产品-对应.xlsx" (commit
138ae914ebd57f415e0a96d4aeb42bed7a1e550c): a city commercial bank's supply-chain finance
department's lookup of the core enterprises and channel platforms it lends through, by product,
and of the account managers who cover them (WPS/Excel, saved by a staff member; used by a
Streamlit dashboard to name the platforms on daily summaries).

- Two sheets, "Sheet1" and "Sheet6" (the others deleted), headers on row 1, plain; widths set on
  Sheet1 B/C and Sheet6 C/D only.
- Sheet1 产品名称2 / 平台名称2 / 备注2: 22 platforms — the product (瑞e保 ×12, 瑞e仓, 瑞e订 ×2,
  瑞e惠 ×5, 瑞e险 ×2; not sorted: two late additions at the bottom), the platform's full name
  (mostly …有限公司 / …股份有限公司, a fund-raising guarantee company, one platform known only
  by its brand "磁金融"), and the short name the bank calls it by (卓钢链, 钢银, 中钢 …).
- Sheet6 客户经理 / 产品名称 / 产品子名称 / 平台名称 / 备注2: 19 rows sorted by manager (pinyin),
  one per manager × product variant × platform: one platform twice for its two variants
  (现货业务, 产能预售业务) under the same manager, two platforms with two managers each, two
  managers with two platforms each; 16 of the 22 platforms appear, the other six have no
  manager here.
Values invented (platforms, short names, managers, product names 瑞e… → 融e…).
"""
from fake import Fake, save, workbook

f = Fake("platforms-zh-cn-supplychaincores")

PLATFORMS = [  # (product, full name, short name)
    ("融e保", "上海钢联通电子商务有限公司", "钢联通"),
    ("融e保", "上海银钢电子商务股份有限公司", "银钢"),
    ("融e保", "上海天运汇供应链科技有限公司", "天运汇"),
    ("融e保", "龙腾供应链管理有限公司", "龙腾建设"),
    ("融e保", "华岳融资租赁（上海）有限公司", "华岳租赁"),
    ("融e保", "牧丰食品股份有限公司", "牧丰股份"),
    ("融e保", "上海浦江预拌混凝土有限公司", "建工混凝土"),
    ("融e保", "远拓智慧能源股份有限公司", "远拓"),
    ("融e保", "江西联晟光电科技股份有限公司", "联晟光电"),
    ("融e保", "上海电工研砼建筑科技集团有限公司", "上海电工研砼"),
    ("融e保", "上海中衡交通装备有限公司", "上海中衡"),
    ("融e仓", "上海中拓供应链有限公司", "中拓"),
    ("融e订", "昌泰环保供应链管理（上海）有限公司", "昌泰"),
    ("融e订", "上海大盛懿杰建设科技有限公司", "大盛"),
    ("融e惠", "磁石金融", "磁石金融"),
    ("融e惠", "安信普惠融资担保公司", "安信普惠"),
    ("融e惠", "恒润卫浴集团有限公司", "恒润卫浴"),
    ("融e险", "上海荣信数据服务有限公司", "荣邦"),
    ("融e险", "熠合瑞（上海）供应链管理有限公司", "壹链通"),
    ("融e保", "银川技术股份有限公司", "银川"),
    ("融e惠", "云途新能源汽车有限公司", "云途汽车"),
    ("融e惠", "锱联（上海）物联网科技有限公司", "锱联"),
]
BY_SHORT = {p[2]: p for p in PLATFORMS}

# manager, product variant, platform short name — sorted by the manager's pinyin as in the original
COVER = [("蔡一鸣", "线上供应链-融e保", "钢联通"), ("陈浩", "线上供应链-融e保", "银钢"), ("方立阳", "磁石金融", "磁石金融"),
         ("侯文", "磁石金融", "磁石金融"), ("黄有为", "融e订", "昌泰"), ("江宇鹏", "融e险", "荣邦"),
         ("江宇鹏", "线上供应链-融e保", "天运汇"), ("曲晨", "产能预售业务", "中拓"), ("曲晨", "现货业务", "中拓"),
         ("沈涵", "线上供应链-融e保", "龙腾建设"), ("徐淑仪", "线上供应链-融e保", "华岳租赁"), ("佟晓曦", "融e订", "大盛"),
         ("徐淑仪", "线上供应链-融e保", "牧丰股份"), ("陶志远", "融e惠-安信普惠", "安信普惠"), ("叶峰明", "线上供应链-融e保", "天运汇"),
         ("张天宇", "融e险", "壹链通"), ("张子昂", "线上供应链-融e保", "建工混凝土"), ("陈浩", "线上供应链-融e保", "远拓"),
         ("朱立强", "线上供应链-融e保", "联晟光电")]

wb = workbook()
wb.properties.creator = "周  翔"
wb.properties.lastModifiedBy = "周翔"
ws = wb.active
ws.title = "Sheet1"
ws.append(["产品名称2", "平台名称2", "备注2"])
for p in PLATFORMS:
    ws.append(list(p))
ws.column_dimensions["B"].width = 39.0
ws.column_dimensions["C"].width = 17.4444444444444

ws6 = wb.create_sheet("Sheet6")
ws6.append(["客户经理", "产品名称", "产品子名称", "平台名称", "备注2"])
for mgr, sub, short in COVER:
    prod, full, _ = BY_SHORT[short]
    ws6.append([mgr, prod, sub, full, short])
ws6.column_dimensions["C"].width = 18.0
ws6.column_dimensions["D"].width = 31.4444444444444
save(wb, "platforms-zh-cn-supplychaincores.xlsx")

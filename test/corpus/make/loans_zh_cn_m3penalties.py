"""
Shape of lihuat/phkj_Mannager "首次M3明细/首次M3明细表.xlsx" (at commit b309a3e2b653bcd793231a7fbfa49f3df5215d7c):
a consumer-finance company's list of the point-of-sale loans (phones and e-bikes bought on
instalments in small shops) that first reached M3 arrears in one month, which a pandas script
joins to the performance table to work out penalties for the sales agents and their area
managers (简体, Excel, a single sheet 'Sheet2'). Header in row 1, centred (等线 11, the last cell
宋体 9): 贷款编号 / SA工号 / SA姓名 / 产品名称 / 商户 / 门店 / 日期. 1,566 loans, one per row, in no
order: the 18-digit loan number as text (a 5-digit area code, the application date yyyymmdd, a
5-digit sequence), the sales agent's 8-digit staff number as text and name (many Uyghur and
Kazakh names with '·'; one agent on up to 19 rows), the product (一般产品, 优惠产品A/B, 10期贷A,
003产品, 运营商专享, U客购 …, thirteen in all), the merchant company (eight, one on a third of the
rows) and its shop (a phone shop, an e-bike dealer, a counter, a person's name; about 1,100).
日期 is =MIDB(A2,6,8) with the date cut out of the loan number cached as text; the formula runs
on for 178 more rows below the list with empty results. No borrower is named anywhere.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook
from openpyxl.styles import Alignment, Font

f = Fake("loans-zh-cn-m3penalties")

PRODUCTS = [("一般产品", 880), ("优惠产品B", 356), ("优惠产品A", 220), ("10期贷A", 51), ("003产品", 14),
            ("运营商专享", 12), ("U客购", 10), ("一折贷", 9), ("优惠产品", 6), ("优惠购A", 5), ("10期贷", 1),
            ("黑龙江专享产品", 1), ("6期购产品A", 1)]
MERCHANTS = [("海口市时代创新咨询服务中心", 496), ("南昌高新技术产业开发区宇恒联合数码产品店", 335),
             ("遵义市大成通讯经营部", 202), ("西安市先锋电子咨询维修行", 185), ("海口美兰贝尔通讯商店", 119),
             ("西宁市城西区雅勤通讯设备经营部", 95), ("汇川区亨乐通讯经营部", 69), ("西安高新区兴和电子产品经销部", 65)]
assert sum(n for _, n in PRODUCTS) == 1566 and sum(n for _, n in MERCHANTS) == 1566
AREAS = ["65310", "52010", "65290", "52270", "65400", "65010", "65420", "61010", "46000", "52260", "54000",
         "63010", "52030", "65230", "65280", "15060", "41900", "51340", "23010", "65220"]
COUNTIES = ["富蕴县", "贵定县", "陵水", "巴里坤县", "澄迈", "英吉沙县", "巴楚县", "莎车县", "额敏县", "叶城县", "普格县",
            "海口龙华", "东胜区", "疏附县", "屯昌", "龙里县", "巴彦淖尔市", "济源市", "伊宁市", "柯柯牙", "云岩区"]
SHOP_STEMS = ["鑫新龙", "光坡创新", "启明", "鑫亿", "联兴", "绿驹", "光兆", "热万", "乐享", "永进", "幸福", "欣丽", "辉孟",
              "世杰", "星讯", "新航", "聚成", "明大", "创佳", "环球", "海纳", "鼎诚", "大洋", "捷达", "金城", "华信"]
SHOP_KINDS = ["通讯", "通讯店", "手机店", "电动车", "电动车行", "移动营业厅", "电信天翼服务部", "通讯经营部", "通讯器材经营部",
              "华为店", "通讯商行"]
UYGHUR_FIRST = ["艾孜买江", "祖丽皮耶", "阿力普江", "巴合提巴拉", "阿里努尔", "阿依努尔", "西尔瓦那", "麦提喀斯木", "阿依江",
                "玉山", "热依拉", "买买提江", "古丽米拉", "努尔兰", "迪丽娜尔"]
UYGHUR_LAST = ["艾山江", "阿巴", "艾热提", "斯太尔别克", "吐尔逊别克", "艾合买提", "阿布都热合曼", "热孜克", "波拉提",
               "艾合买提江", "买买提", "吐尔洪", "卡德尔"]


def agent_name():
    if f.chance(0.17):
        return f._unique(lambda: f.pick(UYGHUR_FIRST) + "·" + f.pick(UYGHUR_LAST))
    return f.name_cn()


def shop():
    roll = f.r.random()
    if roll < 0.05:
        return "个体户" + f.name_cn(unique=False)
    if roll < 0.08:
        return f.name_cn(unique=False) + "（柜台）"
    if roll < 0.12:
        return f.pick(SHOP_STEMS) + f.pick(["通讯", "手机"])
    name = f.pick(COUNTIES) + f.pick(SHOP_STEMS) + f.pick(SHOP_KINDS)
    if f.chance(0.08):
        name += f.pick(["西昌店", "市区店", "河港店", "世纪商厦二楼店", "-手机之家市区店"])
    return name


# ~880 agents, a few with many arrears
agents = [(f"{f.pick(['12', '26', '23', '25', '13', '01', '06', '08', '17', '19', '24'])}{f.r.randrange(10, 99)}{f.r.randrange(0, 10000):04d}",
           agent_name()) for _ in range(880)]
weights = [19, 10, 9, 8, 7] + [f.pick([1, 1, 1, 2, 2, 3]) for _ in range(875)]
shops = [shop() for _ in range(1100)]

products = [p for p, n in PRODUCTS for _ in range(n)]
merchants = [m for m, n in MERCHANTS for _ in range(n)]
f.r.shuffle(products)
f.r.shuffle(merchants)

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
cached = CachedFormulas()
heads = ["贷款编号", "SA工号", "SA姓名", "产品名称", "商户", "门店", "日期"]
for j, h in enumerate(heads, 1):
    c = ws.cell(1, j, h)
    c.alignment = Alignment(horizontal="center")
    c.font = Font(name="宋体" if j == 7 else "等线", size=9 if j == 7 else 11)
for col, width in {"A": 25.33, "B": 10.0, "C": 35.66, "D": 22.83, "E": 22.83, "G": 9.33}.items():
    ws.column_dimensions[col].width = width

used_loans = set()
for i in range(1566):
    r = i + 2
    day = datetime.date(2018, 7, 1) + datetime.timedelta(days=min(30, int(f.r.triangular(0, 31, 8))))
    while True:
        loan = f"{f.pick(AREAS)}{day:%Y%m%d}{f.r.randrange(100, 99999):05d}"
        if loan not in used_loans:
            used_loans.add(loan)
            break
    sa_id, sa_name = f.r.choices(agents, weights)[0]
    for j, v in enumerate([loan, sa_id, sa_name, products[i], merchants[i], f.pick(shops)], 1):
        ws.cell(r, j, v)
    cached.formula(ws, f"G{r}", f"=MIDB(A{r},6,8)", f"{day:%Y%m%d}")
    ws[f"G{r}"].font = Font(name="宋体", size=9)
# the formula was filled further down than the list
for r in range(1568, 1746):
    cached.formula(ws, f"G{r}", f"=MIDB(A{r},6,8)", "")
    ws[f"G{r}"].font = Font(name="宋体", size=9)

cached.save(wb, "loans-zh-cn-m3penalties.xlsx")

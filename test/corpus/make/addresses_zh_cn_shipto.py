"""
Shape of jianzhichun/simple-location-ner "src/main/resources/客户发货地址.xls" (at commit f2bbbda1): a
wallpaper maker's customer delivery addresses pasted from its order system into an Excel 97-2003
workbook (here saved as .xls by LibreOffice), kept as input for an address-parsing tool. Sheet1 has
one column under the header 客户地址 and 2320 addresses: shops in building-material and furnishing
markets, homes, logistics parks, written with or without the province, with a shop or brand name in
brackets or run on, sometimes a phone after a comma, trailing spaces, abbreviations (乌市, just a city
name or a street), one cell holding the number 2, the same address repeated on consecutive rows (one
line per order), and an empty row after every hundred. Sheet2 and Sheet3 are empty. No customer name
or code anywhere. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("addresses-zh-cn-shipto")

PLACES = [("江苏省", "扬州市", ["邗江区", "广陵区"]), ("江苏", "盐城市", ["亭湖区"]), ("浙江省", "温州市", ["永嘉县", "龙湾区", "鹿城区"]),
          ("浙江省", "宁波市", ["鄞州区", "江北区"]), ("浙江", "绍兴", ["越城区", "柯桥区"]), ("上海市", "上海市", ["闵行区", "宝山区", "松江区"]),
          ("安徽省", "合肥市", ["蜀山区", "包河区"]), ("河南省", "郑州市", ["金水区", "中牟县", "管城区"]), ("湖北省", "武汉市", ["东西湖区", "洪山区"]),
          ("重庆", "重庆市", ["沙坪坝区", "北碚区", "九龙坡区", "万州区"]), ("山东", "济南市", ["天桥区", "历下区"]), ("四川省", "成都市", ["武侯区", "金牛区"]),
          ("河北", "石家庄市", ["桥西区", "新华区"]), ("陕西省", "西安市", ["未央区", "雁塔区"]), ("北京市", "北京市", ["朝阳区", "丰台区"]),
          ("湖南省", "长沙市", ["岳麓区", "开福区"]), ("辽宁省", "沈阳市", ["铁西区", "于洪区"]), ("吉林省", "长春市", ["朝阳区"]),
          ("山西省", "太原市", ["尖草坪区", "小店区"]), ("福建省", "厦门市", ["思明区", "湖里区"]), ("江西省", "南昌市", ["青山湖区"]),
          ("新疆", "乌鲁木齐市", ["水磨沟区", "天山区"]), ("广东省", "广州市", ["白云区", "海珠区"]), ("天津市", "天津市", ["河东区"])]
WEIGHTS = [10, 8, 10, 8, 4, 8, 7, 7, 6, 6, 5, 8, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 2, 2]
MARKETS = ["红星美凯龙", "居然之家", "建材市场", "装饰城", "家居广场", "国际家居港", "灯饰城", "木材市场", "电商物流园", "商贸城"]
BRANDS = ["墙纸", "壁纸", "软装", "家居", "布艺"]
ROADS = ["人民路", "解放南路", "中山北路", "建设大道", "长江路", "世纪大道", "凤凰路", "东方路", "永兴路", "回归路", "青城西路", "沪光路"]
WORDS = list("欧雅丹玉兰诺和源艺瑞邦金米勒锦华美嘉")


def address():
    prov, city, districts = f.r.choices(PLACES, WEIGHTS)[0]
    district = f.pick(districts)
    shape = f.r.random()
    brand = f.pick(WORDS) + f.pick(WORDS) + f.pick(BRANDS)
    market = f.pick(MARKETS)
    if shape < 0.30:
        text = f"{prov}{city}{district}{f.pick(ROADS)}{f.r.randrange(1, 400)}号"
    elif shape < 0.55:
        text = f"{prov.rstrip('省市')}{city}{market}{f.pick('ABCDE')}栋{f.r.randrange(1, 5)}楼{f.r.randrange(1, 40)}号"
    elif shape < 0.65:
        text = f"{city}{district}{market}{f.r.randrange(1, 9)}-{f.r.randrange(1, 9)}-{f.r.randrange(1, 40)}（{brand}）"
    elif shape < 0.73:
        text = f"{prov}{city}{district}{f.pick(ROADS)}{f.r.randrange(1, 200)}号{market}{brand}"
    elif shape < 0.80:
        text = f"{city}{district}{f.pick(['幸福', '东方城', '锦绣', '阳光'])}家园{f.r.randrange(1, 30)}幢{f.r.randrange(101, 2505)}室"
    elif shape < 0.85:
        text = f"{prov}{city}{district}{f.pick(ROADS)}{f.r.randrange(1, 60)}弄{f.r.randrange(1, 40)}号{f.r.randrange(101, 602)}，0{f.r.randrange(10, 99)}-555{f.r.randrange(10000, 99999)}"
    elif shape < 0.88:
        text = f"{city.rstrip('市')}{market}{f.r.randrange(1, 300)}号 {f.mobile_cn()}"
    elif shape < 0.92:
        text = f"{f.pick(ROADS)}{f.r.randrange(1, 99)}号"
    elif shape < 0.94:
        text = f.pick(["郑州", "乌市", "成都", "绍兴"])
    elif shape < 0.96:
        text = brand[:2] + f.pick(["欧雅", "墙饰"])
    else:
        text = f"{prov}{city}{market} {f.pick(ROADS)}和{f.pick(ROADS)}交口 C{f.r.randrange(1, 9)}#{f.r.randrange(1, 6)}楼"
    if f.chance(0.05):
        text = text + " "
    if f.chance(0.01):
        text = " " + text
    return text


rows = []
while len(rows) < 2320:
    if len(rows) % 101 == 96:
        rows.append(None)
        continue
    a = address()
    for _ in range(f.pick([1] * 8 + [2, 2, 3, 5])):
        rows.append(a)
rows = rows[:2320]
rows[1500] = 2

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"] = "客户地址"
for n, v in enumerate(rows, start=2):
    if v is not None:
        ws.cell(n, 1, v)
ws.column_dimensions["A"].width = 60
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "addresses-zh-cn-shipto.xls", libreoffice="xls")

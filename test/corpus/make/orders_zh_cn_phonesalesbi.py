"""
Shape of JerrCheng/data kshsz-source.xlsx (commit a2e441b08cc79485079484fa84d508a6cb7f59f7): the
source table of a BI dashboard course (可视化大屏) on mobile-phone sales, exported by a database
tool into one sheet Sheet0 with no styles. Its 17 headers carry the pinyin-initial column code,
the Chinese name in brackets and the type and length in parentheses: DDRQ[订单日期](P),
DQMZ[地区名字](C|20), SFMZ[省份名字](C|30), CSMZ[城市名字](C|20), PP[品牌](C|20), XH[型号](C|20),
YXNC[运行内存](C|20), JSNC[机身内存](C|20), NLFD[年龄分段](C|20), XB[性别](C|20), ZT[状态](C|20),
N[年](I|20), Y[月](I|20), NL[年龄](I|20), SL[数量](I|20), DJ[单价](I|20), XSE[销售额](I|20).
Order dates are text "YYYY-MM-DD 00:00:00"; the integer columns are stored as floats; storage is
sometimes "256G " with a trailing space. Each row is one anonymous shopper's cart, order or
payment: region, province, city, brand, model, memory, age band, sex, status, quantity, price and
amount — no name, phone or any identity. The original has 41,800 rows; 300 here, values drawn
afresh. An analytics dataset: nothing to import.
"""
from fake import Fake, workbook, save

f = Fake("orders-zh-cn-phonesalesbi")
wb = workbook()
ws = wb.active
ws.title = "Sheet0"
ws.append(["DDRQ[订单日期](P)", "DQMZ[地区名字](C|20)", "SFMZ[省份名字](C|30)", "CSMZ[城市名字](C|20)", "PP[品牌](C|20)",
           "XH[型号](C|20)", "YXNC[运行内存](C|20)", "JSNC[机身内存](C|20)", "NLFD[年龄分段](C|20)", "XB[性别](C|20)",
           "ZT[状态](C|20)", "N[年](I|20)", "Y[月](I|20)", "NL[年龄](I|20)", "SL[数量](I|20)", "DJ[单价](I|20)",
           "XSE[销售额](I|20)"])
PLACES = [("直辖市", "上海市", ["上海市"]), ("直辖市", "北京市", ["北京市"]), ("直辖市", "天津市", ["天津市"]),
          ("华北地区", "河北省", ["张家口市", "秦皇岛市", "石家庄市", "承德市"]), ("华北地区", "山西省", ["太原市", "大同市"]),
          ("中南地区", "广东省", ["广州市", "佛山市", "湛江市"]), ("中南地区", "河南省", ["许昌市", "洛阳市"]),
          ("中南地区", "广西壮族自治区", ["梧州市", "柳州市"]), ("华东地区", "浙江省", ["舟山市", "宁波市"]),
          ("华东地区", "江苏省", ["徐州市", "无锡市"]), ("西南地区", "四川省", ["成都市", "绵阳市"]),
          ("东北地区", "辽宁省", ["沈阳市", "大连市"]), ("西北地区", "甘肃省", ["白银市", "兰州市"])]
PHONES = [("vivo", ["X30", "New 3S", "S6"]), ("小米", ["红米Note8", "红米K30 Pro", "小米10"]),
          ("iphone", ["iPhone 11", "iPhone XR"]), ("华为", ["nova 6", "Mate 30"]), ("三星", ["Galaxy A50s", "Galaxy S20"]),
          ("中兴", ["天机Axon 10"]), ("荣耀", ["荣耀9X", "荣耀Play3"]), ("魅族", ["魅族16Xs", "魅族16spro"])]
BANDS = [(16, 20, "16-20"), (20, 25, "20-25"), (25, 30, "25-30"), (30, 40, "30-40"), (40, 50, "40-50"), (50, 55, "50-55")]
PRICES = [899, 1199, 1289, 1299, 1869, 1999, 2698, 3298, 3999, 4499, 5298, 6799]
import datetime
for _ in range(300):
    region, prov, cities = f.pick(PLACES)
    brand, models = f.pick(PHONES)
    day = f.date(datetime.date(2018, 1, 1), datetime.date(2020, 3, 31))
    lo, hi, band = f.pick(BANDS)
    age = f.r.randrange(lo, hi)
    qty = f.r.randrange(1, 10)
    price = f.pick(PRICES)
    rom = f.pick(["128G", "64G", "256G", "32G", "256G "])
    ws.append([day.strftime("%Y-%m-%d 00:00:00"), region, prov, f.pick(cities), brand, f.pick(models),
               f.pick(["8G", "6G", "4G", "3G", "12G"]), rom, band, f.pick(["女", "女", "男"]),
               f.pick(["加购", "下单", "付款"]), float(day.year), float(day.month), float(age), float(qty), float(price),
               float(qty * price)])
save(wb, "orders-zh-cn-phonesalesbi.xlsx")

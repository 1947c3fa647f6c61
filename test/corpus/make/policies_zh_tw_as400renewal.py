"""
Shape of pohua920/easyTest "doc/APS/WebContent/WEB-INF/classes/xlsx/AS400RenewalDataSample.xlsx": the
renewal file a Taiwanese property insurer's bank-channel system reads for the residential fire and
earthquake policies sold through one bank (Excel, one sheet 工作表1). The header is the AS400 record
layout typed out by hand: 137 columns, names with stray trailing or leading spaces, full-width digits
(被保險人１, 通訊地址２), leftovers of the layout text ('續保單位 (', "附加險保費 ') "), a typo (生校年 for
生效年) and five repeated blocks for the insured objects (編號 / 標的物名稱 / 保險金額 / 保險費率／千分 / 保險費 …
one to five, most empty with zero amounts). One row per policy coming up for renewal: renewal unit,
policy number, the insured and the policyholder (the same person on most rows) with ID numbers,
addresses with full-width digits, the mortgagee bank, fire and earthquake sums and premiums as numbers,
the start and end of the expiring term as ROC year, month and day in six number columns, the
building's ROC construction year, floor area in 坪, the construction text, clauses, the bank as the
handling party, the service staff, phones empty on most rows. The system's sample has one example
row; this file fills the layout with a month of a bank's renewals (58 policies). Values invented:
names, ID numbers (wrong check digits), addresses, policy numbers, dates and amounts.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, workbook, save

f = Fake("policies-zh-tw-as400renewal")

HEAD = ["續保單位 (", "續保保單號", "年期", "費率性質 ", "險別代號 ", "被保險人１", "總保險金額", "被保險人２", "身份證號 ", "地震險金額",
        "住址／通訊處 1", "郵遞區號 ", "住址／通訊處 2", "火險保費 ", "地震險保費 ", "抵押銀行名稱１", "抵押銀行名稱２", "附加險保費 ') ",
        "總保險費 ", "要保人", "要保人 ID", "郵遞區號 ", "通訊地址1", "通訊地址２ ", "生校年  ", "生校月 ", "生校日 ", "到期年", "到期月",
        "到期日 ", "地址編號１", "標的物地址１", "郵遞區號１", "地段編號１", "坪數 ", "建築年", "地址編號２ ", "標的物地址２ ", "郵遞區號２ ",
        "地段編號２", "等級地址編號１", "建築構造１", "公會核定號碼１", "等級地址編號２", "建築構造２ ", "公會核定號碼２"]
BLOCK_NAMES = [
    ["編號１", "標的物名稱１ ", "標的地址編號１", "標的物性質１ ", "保險金額１", "保險費率／千分", "保險費１", "使用性質名稱１", "標的物說明１",
     "長短期係數１", "使用性質代號１", "建築等級代號１"],
    ["編號２ ", "標的物名稱２", "標的地址編號２", "標的物性質２", "保險金額２", "保險費率／千分２", "保險費２   ", "使用性質名稱２", "標的物說明２",
     "長短期係數２", "使用性質代號２", "建築等級代號２"],
    ["編號３ ", "標的物名稱３", "標的地址編號３", "標的物性質３", "保險金額３ ", "保險費率／千分３", "保險費３ ", "使用性質名稱３ ", "標的物說明３ ",
     "長短期係數３ ", "使用性質代號３", "建築等級代號３"],
    ["編號４", "標的物名稱４ ", "標的地址編號４", "標的物性質４ ", "保險金額４ ", "保險費率／千分", "保險費４", "使用性質名稱４", "標的物說明４ ",
     "長短期係數４ ", "使用性質代號４", "建築等級代號４"],
    ["編號５ ", "標的物名稱５ ", "標的地址編號５ ", "標的物性質５", "保險金額５", "保險費率／千分 ", "保險費５ ", "使用性質名稱５ ", "標的物說明５",
     "長短期係數５ ')", "使用性質代號５ ", "建築等級代號５ "],
]
TAIL = ["特約條款１", "抵押權條款 ", "特約條款２ ", "長期火險條款", "特約條款３ ", "保險費延付條款 ", "附加條款１", "附加條款２", "備註１ ", "備註２ ",
        "備註３ ", "備註４ ", "備註５ ", "備註６ ", "備註７ ", "營業單位 ", "營業人員 ", "展業人員 ", "經辦單位 ", "業務來源代號", "經辦人員姓名",
        "服務人員姓名", "通路別代號 ", " 經辦人 ", " 服務人員 ", " 代理人", " 是否有批改", " 是否有理賠", " 再保註記 ", " 被保險人聯絡電話 ",
        " 要保人聯絡電話 "]
ALL = HEAD + [h for block in BLOCK_NAMES for h in block] + TAIL
assert len(ALL) == 137

PLACES = [("807", "高雄市三民區", ["九如一路", "建工路", "大順二路", "民族一路"]), ("802", "高雄市苓雅區", ["三多一路", "四維三路", "光華一路"]),
          ("220", "新北市板橋區", ["文化路一段", "中山路二段", "民生路三段", "館前東路"]), ("231", "新北市新店區", ["北新路二段", "中正路"]),
          ("235", "新北市中和區", ["景平路", "中山路三段", "連城路"]), ("330", "桃園市桃園區", ["中正路", "復興路"])]
STRUCTURES = ["鋼筋混凝土造    平屋頂          {:03d}層樓特二等建築", "鋼筋混凝土造    平屋頂          {:03d}層樓頭等建築",
              "加強磚造        平屋頂          {:03d}層樓二等建築"]
STAFF = ["李佳恩", "陳品妤", "吳承翰"]
FULL = str.maketrans("0123456789", "０１２３４５６７８９")


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(sex=None):
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("EEEFFFFHA")
        body = f"{sex or f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"

    return f._unique(make)


def address():
    post, town, roads = f.pick(PLACES)
    text = f"{town}{f.pick(roads)}"
    if f.chance(0.5):
        text += f"{f.r.randrange(1, 400)}巷"
        if f.chance(0.4):
            text += f"{f.r.randrange(1, 40)}弄"
    text += f"{f.r.randrange(1, 300)}號"
    floor = f.r.randrange(1, 15)
    text += f.pick([f"{floor}樓", f"{'一二三四五六七八九'[min(floor, 9) - 1]}樓", ""])
    return post, text.translate(FULL)


wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(ALL)

for i in range(58):
    insured, iid = person(), id_number()
    holder, hid = (insured, iid) if f.chance(0.88) else (person(), id_number())
    co_owner = person() if f.chance(0.08) else None
    post, addr = address()
    mail_post, mail = (post, addr) if f.chance(0.85) else address()
    area = round(f.r.uniform(18, 62), 2)
    building = int(area * f.r.uniform(16000, 21000) / 10000) * 10000
    contents = f.pick([0] * 6 + [200000, 300000, 500000])
    fire_total = building + contents
    rate = 0.206
    prem_building, prem_contents = round(building * rate / 1000), round(contents * rate / 1000)
    quake, quake_prem = 1500000, 1350
    extra = f.pick([0] * 8 + [120, 300])
    start = f.date(datetime.date(2024, 1, 5), datetime.date(2024, 2, 28))
    built = f.r.randrange(62, 108)
    floors = f.r.randrange(4, 16)
    row = [f.pick(["1880", "1880", "1881"]), f"{f.pick(['20', '21', '22'])}R{f._unique(lambda: f.r.randrange(100, 9999999)):07d}",
           None, None, "D", insured, fire_total, co_owner, iid, quake, addr, post, None, prem_building + prem_contents, quake_prem,
           "板信商業銀行股份有限公司", None, extra, prem_building + prem_contents + quake_prem + extra,
           holder, hid, mail_post, mail, None,
           start.year - 1911, start.month, start.day, start.year - 1910, start.month, start.day,
           "001", addr, post, None, area, built, None, None, None, None,
           "001", f.pick(STRUCTURES).format(floors), None, None, None, None]
    objects = [("建築物", "2", building, prem_building)] + ([("動產", "3", contents, prem_contents)] if contents else [])
    for k in range(5):
        if k < len(objects):
            name, nature, amount, premium = objects[k]
            row += [k + 1, name, "001", nature, amount, rate, premium, "住宅", None, 1, "A0001A8", "2"]
        else:
            row += [k + 1, None, None, None, 0, 0, 0, None, None, 0, None, None]
    phone_i = f.pick([None] * 7 + [f"0900{f.r.randrange(1000000):06d}", f"07-{f.r.randrange(3000000, 3999999)}"])
    phone_h = phone_i if holder == insured else f.pick([None, f"0900{f.r.randrange(1000000):06d}"])
    row += [None, "抵\u3000押\u3000權\u3000特\u3000約\u3000條\u3000款", None, None, None, "保險費延緩交付特約條款(戊)式"] + [None] * 9
    row += ["0206", None, None, "050", "I99065", "板信銀行", f.pick(STAFF), "22", "349018", f.pick(["AJ030", "AJ030", "AJ041"]), "QG",
            None, None, None, phone_i, phone_h]
    assert len(row) == 137
    ws.append(row)
    r = ws.max_row
    for c, fmt in ((35, "0.00"), (52, "0.0000"), (64, "0.0000"), (76, "0.0000"), (88, "0.0000"), (100, "0.0000"),
                   (56, "0.00"), (68, "0.00"), (80, "0.00"), (92, "0.00"), (104, "0.00")):
        ws.cell(r, c).number_format = fmt

save(wb, "policies-zh-tw-as400renewal.xlsx")

"""
Shape of the client list a Taiwanese insurance-brokerage agent exports from the broker's system and
keeps in Excel, as lien2fish/liam-ai-agent "insurance/build_life_clients.py" reads it (the workbook
itself stays on the agent's desktop; the script names its one sheet, the file name pattern
<yyyymmdd>_<agent>_客戶清單.xlsx and its first ten columns, and opens it with data_only for the cached
results): 保險年齡狀態 / 姓名 / 身分證號碼 / 生日 / 年齡 / 保險年齡增加日 / 保險年齡 / 保單類型 / 手機/電話 / 戶籍地址.
One row per client of any line the agent sold: people with their ID number and birthday, a few
companies with their eight-digit business number and no birthday, families under one address and
one phone. The age columns are the agent's own formulas filled down the sheet: age from the
birthday, the date the insurance age goes up (six months after the birthday in the current age
year, in the past for those already over it), the insurance age, and a status '即將+1歲' for those
whose insurance age goes up within thirty days of the export; on company rows the formulas cached
#VALUE!. 保單類型 says which lines the client holds (壽, 產, 壽產, 團, 壽團, 壽產團 …). Phones as typed:
dashed or bare mobiles, Taichung landlines with or without brackets, two numbers joined by '/', a few
empty; household-register addresses with 里 and 鄰, some with a postcode. Values invented: names, ID
and business numbers (wrong check digits), birthdays, phones and addresses.
"""
import datetime

from openpyxl.styles import Alignment, Font, PatternFill

from fake import GIVEN_TW, SURNAMES_TW, CachedFormulas, Fake, workbook

f = Fake("clients-zh-tw-insuranceage")
cf = CachedFormulas()
EXPORT = datetime.date(2026, 7, 1)
EPOCH = datetime.date(1899, 12, 30)

HEAD = ["保險年齡狀態", "姓名", "身分證號碼", "生日", "年齡", "保險年齡增加日", "保險年齡", "保單類型", "手機/電話", "戶籍地址"]
TYPES = ["壽"] * 40 + ["產"] * 26 + ["壽產"] * 16 + ["團"] * 4 + ["壽團"] * 6 + ["壽產團"] * 3 + ["產團"] * 2
DISTRICTS = [("406", "北屯區", ["仁和里", "松茂里", "平福里", "水湳里"]), ("407", "西屯區", ["何德里", "福安里", "上石里"]),
             ("408", "南屯區", ["文山里", "黎明里", "春社里"]), ("404", "北區", ["賴村里", "健行里"]),
             ("420", "豐原區", ["南嵩里", "西勢里"]), ("412", "大里區", ["東昇里", "大元里"]), ("411", "太平區", ["中興里", "新福里"])]
ROADS = ["文心路四段", "崇德路二段", "河南路三段", "黎明路二段", "中清路一段", "漢口路四段", "豐原大道", "中興路", "東榮路",
         "大明路", "環中路一段", "國光路", "太平路", "松竹路二段"]
COMPANY_WORDS = ["大春", "鴻泰", "昇達", "國豐", "聯興", "宏昌", "永順", "佳和", "裕昌", "建鑫"]
TRADES = ["塑膠有限公司", "企業有限公司", "實業股份有限公司", "工程有限公司", "興業有限公司", "精密機械股份有限公司"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(sex):
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("BBBBBLLLNMA")
        body = f"{sex}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"

    return f._unique(make)


def mobile():
    n = f._unique(lambda: f"{f.r.randrange(1000000):06d}")
    return f.pick([f"0900-{n[:3]}-{n[3:]}", f"0900{n}", f"0900{n}", f"0900-{n}"])


def landline():
    n = f"{f.r.randrange(22000000, 24999999)}"
    return f.pick([f"04-{n}", f"(04){n}", f"04-{n[:4]}-{n[4:]}"])


def address():
    post, district, villages = f.pick(DISTRICTS)
    text = f"臺中市{district}{f.pick(villages)}{f.r.randrange(1, 30)}鄰{f.pick(ROADS)}{f.r.randrange(1, 600)}號"
    if f.chance(0.2):
        text += f"{f.r.randrange(2, 15)}樓"
    if f.chance(0.15):
        text = text.replace(f"{f.r.randrange(1, 30)}鄰", "")
    return (post + text) if f.chance(0.25) else text


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def add_months(d, months):
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


def age_at(birthday, on):
    return on.year - birthday.year - ((on.month, on.day) < (birthday.month, birthday.day))


# Households: a client, sometimes a spouse and children on the same address and phone.
clients = []
while len(clients) < 176:
    if f.chance(0.07):
        name = f"{f.pick(COMPANY_WORDS)}{f.pick(TRADES)}"
        if any(c["name"] == name for c in clients):
            continue
        clients.append({"name": name, "id": f._unique(lambda: f"{f.r.randrange(10000000, 99999999)}"), "birthday": None,
                        "type": f.pick(["產", "產", "產團", "團", "壽產團"]),
                        "phone": f.pick([landline(), landline(), f"{landline()}/{mobile()}"]), "address": address()})
        continue
    home, phone = address(), f.pick([mobile(), mobile(), mobile(), landline(), f"{mobile()}/{landline()}", None])
    head_born = f.date(datetime.date(1952, 1, 1), datetime.date(1996, 12, 31))
    family = [(f.pick("12"), head_born)]
    if f.chance(0.3):
        family.append((f.pick("12"), head_born + datetime.timedelta(days=f.r.randrange(-1500, 1500))))
        for _ in range(f.r.choice([0, 1, 1, 2])):
            kid = add_years(head_born, f.r.randrange(24, 34)) + datetime.timedelta(days=f.r.randrange(300))
            if kid < EXPORT:
                family.append((f.pick("12"), kid))
    for k, (sex, born) in enumerate(family):
        own_phone = phone if k == 0 or f.chance(0.6) else mobile()
        clients.append({"name": person(), "id": id_number(sex), "birthday": born, "type": f.pick(TYPES),
                        "phone": own_phone, "address": home})

wb = workbook()
ws = wb.active
ws.title = "20260701_林冠宇_客戶清單"
navy = PatternFill("solid", fgColor="DDEBF7")
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.fill = navy
    cell.alignment = Alignment(horizontal="center")

for i, cl in enumerate(clients):
    r = i + 2
    ws.cell(r, 2, cl["name"])
    ws.cell(r, 3, cl["id"])
    if cl["birthday"]:
        ws.cell(r, 4, cl["birthday"]).number_format = "yyyy/m/d"
        age = age_at(cl["birthday"], EXPORT)
        up = add_months(add_years(cl["birthday"], age), 6)
        ins_age = age + 1 if EXPORT >= up else age
        status = "即將+1歲" if 0 <= (up - EXPORT).days <= 30 else ""
        results = [status, age, (up - EPOCH).days, ins_age]
    else:
        results = ["#VALUE!"] * 4
    cf.formula(ws, f"A{r}", f'=IF(AND(F{r}>=TODAY(),F{r}-TODAY()<=30),"即將+1歲","")', results[0])
    cf.formula(ws, f"E{r}", f'=DATEDIF(D{r},TODAY(),"Y")', results[1])
    cf.formula(ws, f"F{r}", f"=EDATE(D{r},12*E{r}+6)", results[2])
    ws[f"F{r}"].number_format = "yyyy/m/d"
    cf.formula(ws, f"G{r}", f"=IF(TODAY()>=F{r},E{r}+1,E{r})", results[3])
    ws.cell(r, 8, cl["type"])
    if cl["phone"]:
        ws.cell(r, 9, cl["phone"])
    ws.cell(r, 10, cl["address"])

ws.freeze_panes = "C2"
for col, width in zip("ABCDEFGHIJ", [13, 10, 13, 11, 6, 15, 9, 9, 24, 46]):
    ws.column_dimensions[col].width = width
ws.auto_filter.ref = f"A1:J{len(clients) + 1}"

cf.save(wb, "clients-zh-tw-insuranceage.xlsx")

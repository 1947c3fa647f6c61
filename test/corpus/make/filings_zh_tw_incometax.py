"""
Shape of Waynegg8/horgoscpa "新增資料夾/活頁簿5.csv" (at commit 35f71bf): a Taichung accounting firm's
corporate-income-tax filing tracker for one season, saved from Excel as a Big5 CSV with LF line ends,
37 columns on every line. Line 1 is a legend of the staff (稅, then four names) above the header;
the header has a legal-form code column (1股份2有限3商號), business number, tax-registration number,
filing method (1書審 2查帳, or 簽證 for audited filings), thirteen V/X checklist columns, ROC dates
(110.06.30), the tax payable in Excel's accounting spelling (' 15,714 ', ' -   ', ' 退稅142,875 '), a
check column gluing a date to a staff name, the staff initial in charge (' 閔 '), more ROC dates or V,
a remark column without a header, a 工作底稿 V and three empty columns. Clients come in blocks per staff
member separated by blank lines, each numbered from 1 (numbers out of order, some missing); a block of
audited clients marked (簽證) in the name; two rows for an owner's personal income tax (one with the
person's ID in the business-number column, one with a note there); former clients marked (歇業),
(換事務所), (解散); the header repeated above the audited-clients block, where several clients of the
first blocks come again under a longer or shorter name with the same business number; a company listed
once per year (…106, …107, …108); business numbers with leading zeros, a trailing space or a '?'.
After the last client the sheet runs on as empty lines (543 lines in all). Values invented.
"""
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("filings-zh-tw-incometax")
WIDTH = 37
STAFF = {"紜": "群嘉", "閔": "凱閔", "霖": "宗霖", "嘉": "群嘉"}
WORDS1 = ["冠群", "豪辰", "嘉人", "日央", "彩虹", "一利", "佳洋", "梅川", "無藏", "群淼", "宸鳴", "金澤", "青正", "園田", "全鑽", "仟鑽",
          "全正", "邦晉", "亞馬", "森港", "迅通", "天青", "興大", "快得", "成大", "喜田", "菁英", "黃蘋", "正茵", "品順", "睿杰", "松田",
          "國群", "玩美", "大有", "易明", "篤行", "蘭埕", "北埕", "玖遠", "寬元", "小巷", "范特", "綠光", "吉市", "舊氏", "喜埕", "木村",
          "安茁", "菁耀", "康克", "執物", "如蒂", "榮建", "榮奕", "安樂", "有本", "立得", "豪居", "青田", "明機", "今鼎", "海睿", "自由",
          "德聚", "原騰", "瞳色", "慈慧", "大智", "強流", "益興", "伊達", "瑞華", "晨曦", "柏林", "宏鈞"]
WORDS2 = ["資訊", "管理顧問", "投資", "文化事業", "國際創意", "商行", "科技", "興業", "實業", "模具企業", "建設", "工程", "室內裝潢", "包裝",
          "生活", "光點開發", "文創", "設計", "開發", "光學", "海運", "空運", "國際", "工業"]
names = iter(f.r.sample(WORDS1, len(WORDS1)))


def company():
    stem = next(names, None) or f._unique(lambda: f.pick(WORDS1)[0] + f.pick(WORDS1)[1])
    return stem + f.pick(WORDS2)


def ban():
    return f"{f.r.randrange(0, 99999999):08d}" if f.chance(0.08) else f"{f.r.randrange(10000000, 99999999)}"


def taxno():
    return f"{f.r.randrange(1, 75):02d}{f.r.randrange(0, 9999999):07d}"


def roc(m, d, y=110):
    return f"{y}.{m:02d}.{d:02d}"


def money(v):
    return " -   " if v == 0 else f" {v:,} "


def vx(p=0.7):
    v = "V" if f.chance(p) else "X"
    return f" {v} " if f.chance(0.08) else v


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def tw_id():
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = f.pick("BBLPN")
    body = f.pick("12") + f"{f.r.randrange(10000000):07d}"
    code = letters.index(letter) + 10
    total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
    return f"{letter}{body}{(10 - total % 10) % 10}"


def row(no, name, form, number, tax, method, initial, filed=True, amount=None, remark=""):
    r = [""] * WIDTH
    r[0], r[1], r[2], r[3], r[4], r[5] = no, name, form, number, tax, method
    if filed:
        m, d = f.r.randrange(5, 7), f.r.randrange(1, 31)
        for j in range(6, 19):
            r[j] = vx() if f.chance(0.9) else ""
        r[19] = roc(m, d)
        r[20] = roc(m, d) if f.chance(0.4) else (f"{roc(m, min(d + 6, 30))}(第二次)" if f.chance(0.1) else "")
        amount = amount if amount is not None else (0 if f.chance(0.5) else f.r.randrange(3000, 1600000))
        r[21] = money(amount) if not isinstance(amount, str) else amount
        checker = STAFF.get(initial.strip(), "群嘉")
        r[22] = f.pick([f"{roc(m, min(d + 1, 30))}{checker}", f"{roc(m, min(d + 1, 30))}{checker[-1]}", checker, ""])
        r[23] = initial
        r[24] = f.pick([roc(m, min(d + 6, 30)), "V", ""])
        r[25] = f.pick(["V", "V", ""])
        r[27] = f.pick([f" {roc(m, min(d + 6, 30))} ", "V", ""])
        r[28] = f.pick(["X", " X ", roc(m + 1, f.r.randrange(1, 28)), ""])
        r[33] = f.pick(["V", "", ""])
    r[29] = remark
    return r


clients = {}  # business number -> (name, form, tax no)


def new_client(suffix="", form=None):
    name = company() + suffix
    number, tax = ban(), taxno()
    form = form if form is not None else f.pick(["1", "2", "2", "2", "3", ""])
    clients[number] = (name, form, tax)
    return name, form, number, tax


lines = []
legend = [""] * WIDTH
legend[2:7] = ["稅", "宗霖", "凱閔", "群嘉", "紜蓁"]
HEADER = ["No", "客戶名稱", "1股份2有限3商號", "統一編號", "稅籍編號", "1書審   2查帳", "查看109年1-4營業稅裡有無108年資料並且入帳", "入利息收入",
          "利息扣繳憑單", " 銀行存款餘額 ", "支出證明單", "完成結帳", "108年核定通知書", " 109年暫繳 ", "固定資產變動", "401彙總", "營業收調節表",
          "費用科目限額", "扣繳申報調節", "完成申報書(日期)", "檢查無誤並且申報營所稅(關貿)(日期)", "應納稅額", "檢查", "承辦", "給劉會審核過",
          "109.001  (0cpa存放)", "修正日期", "申報書傳給客戶", "已繳納回傳(營所)", "", "", "", "", "工作底稿", "", "", ""]
lines += [legend, HEADER]
blank = [""] * WIDTH

# Block 1: staff 紜 (numbered 1..17, then out of order), audited ones, two personal-tax rows.
audited = []
block1_names = []
for no in range(1, 18):
    suffix = "(110換事務所)" if no == 17 else ""
    name, form, number, tax = new_client(suffix)
    block1_names.append(name)
    lines.append(row(str(no), name, form, number, tax, f.pick(["1", "2"]), f.pick([" 紜 ", " 閔 "]),
                     remark="110.06.30劉會說109年改書審8%" if no == 2 else ""))
name, form, number, tax = new_client()
lines.append(row("20", name[:2] + "(簽證", form, number, tax, "簽證", " 紜 ", amount=f.r.randrange(100000, 600000)))
audited.append((number, name))
lines.append(row("21", company()[:2] + "協會", "", ban(), taxno(), "一般案件", " 紜 "))
lawyer = person()
lines.append(row("22", f"{lawyer}律師事務所", "", ban(), taxno(), "", " 紜 ", remark="110.05.24 待會計師跟律師討論要不要簽支出證明單 在做申報"))
personal = row("", f"{lawyer}個人綜所稅", "", tw_id(), "", "", "", filed=False)
personal[19] = "110.06.23至事務所給會計師申報"
lines.append(personal)
owner_note = row("", f"{block1_names[12][:2]}實業個人綜所", "", "請負責人姊姊去申報個人(110.06.18詢問會計師)", "", "", "", filed=False)
lines.append(owner_note)
name, form, number, tax = new_client()
lines.append(row("19", name, form, number, tax, "2", " 紜 ", amount=0))
for _ in range(5):
    name, form, number, tax = new_client(form="1" if f.chance(0.6) else "2")
    lines.append(row("", name[:2] + "(簽證)", form, number, tax, "簽證", " 紜 ", amount=f.r.randrange(80000, 1300000)))
    audited.append((number, name))
name, form, number, tax = new_client()
lines.append(row("22", name, "", number, tax, "簽證", " 紜 ", amount=f.r.randrange(800000, 1600000), remark="記帳士有看過營所申報書"))
lines[-1][28] = "分24期"
audited.append((number, name))
name, form, number, tax = new_client("(110.02不在服務)")
lines.append(row("18", name, form, number + " ", tax + " ", "", " 紜 ", amount=0))
lines.append(blank)

# Block 2: staff 閔, numbered again from 1.
for no, suffix in ((1, " (12月)"), (2, ""), (3, ""), (4, ""), (5, "")):
    name, form, number, tax = new_client(suffix)
    shown = name[:2] + "(簽證)" if no == 2 else name
    if no == 2:
        number_shown = number + "?"
        audited.append((number, name))
    else:
        number_shown = number
    r = row(str(no), shown, form, number_shown, tax, "簽證" if no == 2 else f.pick(["1", "2", ""]), " 閔 ",
            amount=f" 退稅{f.r.randrange(20000, 200000):,} " if no == 2 else None)
    lines.append(r)
name, form, number, tax = new_client()
lines.append(row("1", name, "", number, tax, "", "嘉", amount=0))
lines.append(blank)

# Block 3: staff 霖, tax payable copied into the last column.
for no in list(range(1, 15)) + [18, 15, 16, 17, 19, 20, 21]:
    name, form, number, tax = new_client()
    if no in (8, 9, 10):
        name_shown = name[:2] + "(簽證)" if no != 10 else name + "(簽證)"
        audited.append((number, name))
    else:
        name_shown = name
    r = row(str(no), name_shown, form, number, tax, f.pick(["1", "2"]), f.pick([" 霖 ", "霖"]))
    r[24] = r[25] = r[26] = r[27] = ""
    r[28] = f.pick(["", "", " 已匯款 ", " V "])
    r[29] = r[21]
    lines.append(r)
lines.append(row("22", f"{person()}律師", "", "", "", "", " 霖 "))
lines.append(row("23", f"{list(clients.values())[-3][0][:2]}個人綜所", "", "", "", "", " 嘉 "))
lines.append(blank)
lines.append(blank)

# Former clients: no number, status in the name, nothing filed.
for status in ("(歇業)", "(換事務所)", "(換事務所)", "(解散)", "(換事務所)"):
    name, form, number, tax = new_client(status)
    lines.append(row("", name, form, number, tax, f.pick(["1", "2"]), "", filed=False))
lines.append(blank)

# The header again above the audited clients, where earlier clients return under another name.
lines.append(list(HEADER))
fresh = 0
order = list(range(1, 27))
f.r.shuffle(order)
for i, no in enumerate(order):
    if i < len(audited):
        number, name = audited[i]
        _, form, tax = clients[number]
        shown = f.pick([name, name[:2] + f.pick(["企業", "開發", "國際"]), name[:2] + "(簽證)"])
        lines.append(row(str(no), shown, form, number, tax, "簽證", f.pick([" 紜 ", " 閔 ", " 霖 "]),
                         amount=f.r.randrange(80000, 1300000)))
    else:
        name, form, number, tax = new_client(form=f.pick(["1", "2", ""]))
        r = row(str(no), name, form, number, tax, "簽證", f.pick([" 霖 ", " 嘉 ", " 紜 "]))
        if fresh == 2:
            r[19] = "客戶自行申報-"
            r[20:29] = [""] * 9
        if fresh == 4:
            r[28] = "分36期"
        fresh += 1
        lines.append(r)
lines.append(blank)
lines.append(blank)

# New audited clients, nothing done yet (one without a business number).
for no in range(27, 32):
    name, form, number, tax = new_client()
    lines.append(row(str(no), name, "", "" if no == 28 else number, "" if no == 28 else tax, "" if no == 28 else "簽證", "",
                     filed=False))
lines.append(blank)
lines.append(blank)

# One company listed once per year.
name, form, number, tax = new_client(form="1")
for no, year in ((6, 106), (7, 107), (8, 108)):
    lines.append(row(str(no), f"{name[:2]}國際{year}", "1", number, tax, "簽證", "", filed=False))
while len(lines) < 543:
    lines.append(blank)


def cell(v):
    return f'"{v}"' if "," in v or '"' in v else v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "filings-zh-tw-incometax.csv"), "wb") as fh:
    fh.write("".join(",".join(cell(c) for c in r) + "\n" for r in lines).encode("cp950"))

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(lines, open(sys.argv[1], "w"), ensure_ascii=False)

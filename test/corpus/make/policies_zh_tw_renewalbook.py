"""
Shape of the property-insurance book a Taiwanese brokerage agent keeps, as lien2fish/liam-ai-agent
"insurance/process_policies.py" writes it (有效產險清單_整理版.numbers, built with numbers_parser from the
broker's policy list) and as Apple Numbers exports it to Excel:

- "輸出摘要": Numbers' export note (a long merged sentence) and the list of Numbers sheets, table
  names and Excel sheet names.
- "目前有效保單": the table name 有效保單 merged over row 1, header on row 2: 保險公司 / 要保人 / 要保人ID /
  被保險人 / 被保險人ID / 保單號碼 / 生效日 / 下次續保日 / 是否已發佣. One row per policy still running after
  the agent's de-duplication (only the latest term of a policy renewed year after year), sorted by
  insurer, policyholder and date; most policies with one insurer; people with ID numbers and firms
  with business numbers, several policies per holder (cars, a house, a factory), the holder not the
  insured on some rows; each insurer's own policy-number spelling, new-format numbers masked with
  XX; dates as ISO text, the next renewal worked out from the effective date; commission paid 'Y' or
  empty. Every cell is text, as the script wrote it.
- "歷史重複保單（已被續保取代）": the earlier terms the renewals replaced (holder, insured, insurer, old
  number and date, the replacing number and date) under Numbers' default table name and one empty
  column left from the default table size.
- "⚠️ 新格式保單需人工核對": masked new-format policies that may renew an older policy of the same
  holder, for the agent to check by hand, with empty rows left from the default table size.
Values invented: names, ID and business numbers (wrong check digits), policy numbers and dates.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import GIVEN_TW, SURNAMES_TW, Fake, workbook, save

f = Fake("policies-zh-tw-renewalbook")
TODAY = datetime.date(2026, 6, 22)
INSURERS = ["富邦產險"] * 70 + ["第一產物(產)"] * 10 + ["新安東京產險"] * 9 + ["和泰產物(產)"] * 6 + ["華南產物"] * 2 + \
    ["臺灣產物", "國泰世紀產物", "旺旺友聯產物(產)"]
COMPANY_WORDS = ["大昌", "瑞興", "佳聯", "永豐", "鼎泰", "宏達", "新光", "金益", "順成"]
TRADES = ["塑膠有限公司", "興業有限公司", "企業社", "工業股份有限公司", "交通有限公司", "實業有限公司"]
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number():
    """A Taiwanese ID number shape (letter, 1 or 2, eight digits) with a wrong check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("HHHFFFAAAJ")
        body = f"{f.pick('12')}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{letter}{body}{(check + 1 + f.r.randrange(9)) % 10}"

    return f._unique(make)


def digits(n):
    return "".join(str(f.r.randrange(10)) for _ in range(n))


def letters(n):
    return "".join(f.pick(LETTERS) for _ in range(n))


def policy_code(insurer):
    """The letters a policy keeps from term to term (the script's signature) and a number maker."""
    if insurer == "富邦產險":
        code = letters(3)
        return code, lambda: f"{digits(4)}{code}{digits(7)}"
    if insurer == "第一產物(產)":
        code = letters(2)
        return code, lambda: f"{digits(6)}{code}{digits(6)}"
    if insurer == "新安東京產險":
        code = letters(1)
        return code, lambda: f.pick([f"{digits(2)}{code}{digits(7)}", f"{digits(5)}{code}{digits(7)}"])
    if insurer == "和泰產物(產)":
        code = letters(3)
        return code, lambda: f"{digits(2)}-{digits(8)}-{digits(5)}-{code}"
    code = letters(2)
    return code, lambda: f"{digits(1)}{code[0]}{digits(4)}{code[1]}{digits(5)}"


def masked_number():
    return f.pick([f"XX{digits(1)}{letters(2)}{digits(1)}XXXXX{digits(3)}", f"XXXXX{digits(1)}X{digits(4)}XXX",
                   f"XXXX{digits(1)}{letters(2)}{digits(1)}{letters(1)}{digits(1)}{letters(1)}{digits(3)}"])


def next_renewal(d):
    try:
        nd = d.replace(year=TODAY.year)
    except ValueError:
        nd = d.replace(year=TODAY.year, day=28)
    while nd < TODAY:
        try:
            nd = nd.replace(year=nd.year + 1)
        except ValueError:
            nd = nd.replace(year=nd.year + 1, day=28)
    return nd


# Holders: people and firms, each with one to nine policies (cars, a house, the firm's plant).
holders = []
for i in range(40):
    if i < 6:
        holders.append((f._unique(lambda: f"{f.pick(COMPANY_WORDS)}{f.pick(TRADES)}"), f._unique(lambda: f"{f.r.randrange(10000000, 99999999)}")))
    else:
        holders.append((person(), id_number()))
weights = [9, 7, 6, 5, 4, 4] + [3] * 8 + [2] * 14 + [1] * 12

kept, dropped, flags = [], [], []
for (holder, hid), n in zip(holders, weights):
    family = [(person(), id_number()) for _ in range(f.r.choice([0, 0, 1, 2]))]
    for _ in range(n):
        insured, iid = (holder, hid) if not family or f.chance(0.6) else f.pick(family)
        insurer = f.pick(INSURERS)
        code, make = policy_code(insurer)
        latest = f.date(datetime.date(2025, 1, 5), datetime.date(2026, 6, 10))
        if f.chance(0.12):
            latest = f.date(datetime.date(2024, 2, 15), datetime.date(2024, 12, 20))
        paid = "Y" if latest < datetime.date(2026, 5, 1) or f.chance(0.3) else ""
        number = masked_number() if latest >= datetime.date(2025, 9, 1) and f.chance(0.35) else make()
        row = {"保險公司": insurer, "要保人": holder, "要保人ID": hid, "被保險人": insured, "被保險人ID": iid,
               "保單號碼": number, "生效日": latest, "是否已發佣": paid}
        kept.append(row)
        earlier = latest
        for _ in range(f.r.choice([0, 0, 0, 1, 1, 2])):
            earlier = earlier - datetime.timedelta(days=365 + f.r.randrange(-20, 21))
            if number.startswith("XX"):
                old = {**row, "保單號碼": make(), "生效日": earlier}
                if 0 < (latest - earlier).days <= 548:
                    flags.append((row, old))
                kept.append({**old, "是否已發佣": "Y"})
                break
            dropped.append({**row, "保單號碼": make(), "生效日": earlier, "取代者保單號碼": number, "取代者生效日": latest})

kept.sort(key=lambda d: (d["保險公司"], d["要保人"], d["生效日"]))
dropped.sort(key=lambda d: d["生效日"], reverse=True)

wb = workbook()
summary = wb.active
summary.title = "輸出摘要"
summary["B3"] = ("此文件從 Numbers 輸出。已將每個表格轉換為不同的 Excel 工作表。每個 Numbers 工作表上的所有其他物件將放置在不同的工作表上。"
                 "請注意，公式計算可能與 Excel 不同。")
summary.merge_cells("B3:D3")
summary["B3"].alignment = Alignment(wrap_text=True)
summary["B7"], summary["C7"], summary["D7"] = "Numbers 工作表名稱", "Numbers 表格名稱", "Excel 工作表名稱"
SHEETS = [("目前有效保單", "有效保單"), ("歷史重複保單（已被續保取代）", "Table 1"), ("⚠️ 新格式保單需人工核對", "Table 1")]
for k, (sheet, table) in enumerate(SHEETS):
    summary.cell(9 + 2 * k, 2, sheet)
    summary.cell(10 + 2 * k, 3, table)
    summary.cell(10 + 2 * k, 4, sheet)
summary.column_dimensions["A"].width = 2
summary.column_dimensions["B"].width = 33.6


def table_sheet(title, table, head, rows, min_rows, min_cols):
    ws = wb.create_sheet(title)
    ws["A1"] = table
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(min_cols, len(head)))
    ws["A1"].font = Font(bold=True)
    for c, h in enumerate(head, 1):
        cell = ws.cell(2, c, h)
        cell.font = Font(bold=True)
        cell.number_format = "@"
    for i, vals in enumerate(rows):
        for c, v in enumerate(vals, 1):
            if v not in (None, ""):
                ws.cell(3 + i, c, v).number_format = "@"
    # Numbers' default table is 12 rows by 8 columns; the export keeps its formatted empty cells.
    for r in range(3 + len(rows), 2 + min_rows):
        for c in range(1, max(min_cols, len(head)) + 1):
            ws.cell(r, c).number_format = "@"
    for c in range(len(head) + 1, min_cols + 1):
        ws.cell(2, c).font = Font(bold=True)
    ws.freeze_panes = "B3"
    return ws


iso = datetime.date.isoformat
table_sheet("目前有效保單", "有效保單",
            ["保險公司", "要保人", "要保人ID", "被保險人", "被保險人ID", "保單號碼", "生效日", "下次續保日", "是否已發佣"],
            [[d["保險公司"], d["要保人"], d["要保人ID"], d["被保險人"], d["被保險人ID"], d["保單號碼"], iso(d["生效日"]),
              iso(next_renewal(d["生效日"])), d["是否已發佣"]] for d in kept], 12, 8)
table_sheet("歷史重複保單（已被續保取代）", "Table 1",
            ["要保人", "被保險人", "保險公司", "舊保單號碼", "舊生效日", "取代者保單號碼", "取代者生效日"],
            [[d["要保人"], d["被保險人"], d["保險公司"], d["保單號碼"], iso(d["生效日"]), d["取代者保單號碼"], iso(d["取代者生效日"])]
             for d in dropped], 12, 8)
table_sheet("⚠️ 新格式保單需人工核對", "Table 1",
            ["要保人", "被保險人", "保險公司", "新格式保單號碼", "新格式生效日", "疑似舊保單號碼", "疑似舊保單生效日", "間隔天數"],
            [[m["要保人"], m["被保險人"], m["保險公司"], m["保單號碼"], iso(m["生效日"]), o["保單號碼"], iso(o["生效日"]),
              (m["生效日"] - o["生效日"]).days] for m, o in flags], 12, 8)

save(wb, "policies-zh-tw-renewalbook.xlsx")

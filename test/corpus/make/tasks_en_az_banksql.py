"""
Shape of Ismat-Samadov/data_analyst_interview "SQL Task Details and Description.XLSX" (commit
47cee371fb0497388ee4bcbd1619780b780919e9): an Azerbaijani bank's data-analyst interview
workbook, typed in Excel (Azerbaijani task texts, English table and column names), five sheets.

- MAIN B3:F10: B3:B10 merged and empty, C3:C4 merged holding task number 1; row 3 the captions
  "Explanation" and "SQL Script"; seven tasks with a description in Azerbaijani (two without),
  a multi-line SQL script (wrapped) and a level "easy" / "mid(4/10)" / "mid(6/10)" / "Hard".
- CUSTOMER A1:G101 (auto-filter): CIF 1000001…, BIRTH_DATE (mm-dd-yy), GENDER, REGISTERED_CITY_REGION
  in capitals (BAKU, GAKH …), INCOME_TYPE Salary / Pension, AVERAGE_SALARY, AVERAGE_PENSION (0
  when not that income). No names, no contact.
- CREDIT_CONTRACTS A1:J121 (auto-filter): CIF, CONTRACT_NUMBER BBLK0001…, PRODUCT_CODE as
  =LEFT(B2,4), STATUS ACTIVE / CLOSED, AMOUNT/LIMIT, INTEREST, DURATION (months), OPEN_DATE,
  CLOSE_DATE, ACCOUNT_NUMBER (ten digits, empty on cash loans); widths set up to column N.
- PRODUCT: three products (two Visa cards, one cash loan with an Azerbaijani name).
- TRANSACTION A1:D405 (auto-filter): ACCOUNT_NUMBER, DATE, AMOUNT, TRANSACTION_TYPE POS / Online /
  Cash / Taksit. 250 rows here.
Values invented (ids, dates, amounts, regions, task texts reworded).
"""
import datetime
from fake import Fake, CachedFormulas, workbook
from openpyxl.styles import Alignment

f = Fake("tasks-en-az-banksql")
wb = workbook()
wb.properties.creator = "Analyst"
wb.properties.lastModifiedBy = "Analyst"
cf = CachedFormulas()

main = wb.active
main.title = "MAIN"
TASKS = [
    ("Maaşla işləyən və aktiv kart krediti olan müştəriləri qaytaran sorğu",
     "select *  from customer c \n inner join credit_contracts cc\n    on c.cif = cc.cif\n where c.income_type = 'Salary'\n   and cc.product_code = 'BRED'\n   and cc.status = 'ACTIVE';\n", "easy"),
    ("müştərilərin doğum ayını çıxarır, to_char(birth_date,'Month') ilə də yazmaq olar",
     "select cif, \n       extract(month from birth_date) dogum_ayi \n  from customer;\n", "easy"),
    ("kreditləri bağlanma tarixinə görə yenidən köhnəyə, məbləğə görə azdan çoxa düzür",
     "select *\n  from credit_contracts cc\n order by cc.close_date desc, cc.amount;\n", "easy"),
    ("hesab nömrəsində 7 və 3 olan, lakin 73 olmayan kartları gətirir",
     "select * from credit_contracts cc\n where product_code in ('BRED', 'BBLK')\n   and cc.account_number like '%7%'\n   and cc.account_number like '%3%'\n   and cc.account_number not like '%73%';\n", "mid(4/10)"),
    (None, "select max(cc.open_date), cc.cif ,\n(select contract_number from credit_contracts b where b.cif = cc.cif and b.open_date=max(cc.open_date))\nson_muqavile\n  from credit_contracts cc\n group by cc.cif;\n", "mid(6/10)"),
    (None, "select cc.cif, count(*) say\n  from credit_contracts cc\n where cc.status = 'CLOSED'\n group by cc.cif\nhaving count(*) > 1;\n", "mid(6/10)"),
    ("Son bir ildə heç bir nağd əməliyyat etməyən, amma POS əməliyyatı olan kart müştəriləri kimlərdir?",
     "SELECT\n    *\nFROM\n    (\n        SELECT\n            c.cif,\n            COUNT(*) say\n        FROM\n            customer           c,\n            credit_contracts   s,\n            transaction        t\n        WHERE c.cif = s.cif\n          AND s.account_number = t.account_number\n          AND t.transaction_type = 'POS'\n        GROUP BY c.cif\n    ) x;\n", "Hard"),
]
main["C3"] = 1
main["D3"] = "Explanation"
main["E3"] = "SQL Script"
for i, (desc, sql, level) in enumerate(TASKS):
    r = 4 + i
    if i > 0:
        main.cell(r, 3, i + 1)
    if desc:
        main.cell(r, 4, desc).alignment = Alignment(wrap_text=(i == 2))
    main.cell(r, 5, sql).alignment = Alignment(wrap_text=True)
    main.cell(r, 6, level)
main.merge_cells("B3:B10")
main.merge_cells("C3:C4")
for col, w in (("B", 9.0), ("C", 3.2), ("D", 98.6), ("E", 74.9), ("F", 28.7)):
    main.column_dimensions[col].width = w

REGIONS = ["BAKU"] * 6 + ["SUMQAYIT", "GANJA", "SHAKI", "LANKARAN", "GAKH", "QUBA", "SHAMAKHI", "SALYAN", "TOVUZ",
                          "AGDASH", "MASALLI", "BARDA", "IMISHLI", "QABALA", "ZAQATALA", "GOYCHAY"]
cust = wb.create_sheet("CUSTOMER")
cust.append(["CIF", "BIRTH_DATE", "GENDER", "REGISTERED_CITY_REGION", "INCOME_TYPE", "AVERAGE_SALARY", "AVERAGE_PENSION"])
for i in range(100):
    pension = f.chance(0.3)
    b = f.date(datetime.date(1950, 1, 1) if pension else datetime.date(1965, 1, 1),
               datetime.date(1962, 12, 31) if pension else datetime.date(2001, 12, 31))
    cust.append([1000001 + i, datetime.datetime(b.year, b.month, b.day), f.pick(["Male", "Male", "Female"]),
                 f.pick(REGIONS), "Pension" if pension else "Salary",
                 0 if pension else f.r.randrange(420, 2400), f.r.randrange(140, 320) if pension else 0])
    cust.cell(cust.max_row, 2).number_format = "mm-dd-yy"
cust.auto_filter.ref = "A1:G101"
for col, w in zip("ABCDEFG", (8.0, 11.3, 8.0, 20.4, 13.6, 22.3, 29.6)):
    cust.column_dimensions[col].width = w

con = wb.create_sheet("CREDIT_CONTRACTS")
con.append(["CIF", "CONTRACT_NUMBER", "PRODUCT_CODE", "STATUS", "AMOUNT/LIMIT", "INTEREST", "DURATION", "OPEN_DATE",
            "CLOSE_DATE", "ACCOUNT_NUMBER"])
accounts = []
counts = {"BBLK": 0, "BRED": 0, "GTKR": 0}
for i in range(120):
    prod = "BBLK" if i < 30 else "BRED" if i < 50 else "GTKR"
    counts[prod] += 1
    num = f"{prod}{counts[prod]:04d}"
    dur = f.pick([36, 36, 36, 24, 12, 48])
    o = f.date(datetime.date(2017, 6, 1), datetime.date(2022, 6, 30))
    c = o + datetime.timedelta(days=round(dur * 30.42))
    acc = None
    if prod != "GTKR":
        acc = 3881790000 + f.r.randrange(100, 2000)
        accounts.append(acc)
    r = con.max_row + 1
    con.append([1000001 + f.r.randrange(100), num, None, "CLOSED" if f.chance(0.2) else "ACTIVE",
                f.r.randrange(10, 80) * 100, f.pick([25, 25, 26, 21, 27, 28]), dur,
                datetime.datetime(o.year, o.month, o.day), datetime.datetime(c.year, c.month, c.day), acc])
    cf.formula(con, f"C{r}", f"=LEFT(B{r},4)", prod)
    con.cell(r, 8).number_format = "mm-dd-yy"
    con.cell(r, 9).number_format = "mm-dd-yy"
con.auto_filter.ref = "A1:J121"
for col, w in (("B", 21.1), ("C", 17.1), ("D", 9.4), ("F", 11.1), ("G", 12.2), ("H", 13.2), ("I", 13.8),
               ("J", 20.3), ("L", 13.3), ("M", 10.6), ("N", 11.0)):
    con.column_dimensions[col].width = w

prod = wb.create_sheet("PRODUCT")
prod.append(["PRODUCT_CODE", "PRODUCT_NAME", "PRODUCT_TYPE"])
prod.append(["BRED", "Visa Red", "Card"])
prod.append(["BBLK", "Visa Black", "Card"])
prod.append(["GTKR", "Gündəlik Tələbat", "Cash"])
for col, w in (("A", 14.9), ("B", 15.3), ("C", 11.9)):
    prod.column_dimensions[col].width = w

tr = wb.create_sheet("TRANSACTION")
tr.append(["ACCOUNT_NUMBER", "DATE", "AMOUNT", "TRANSACTION_TYPE"])
for i in range(250):
    d = f.date(datetime.date(2019, 6, 1), datetime.date(2021, 9, 30))
    tr.append([f.pick(accounts[:12] * 3 + accounts), datetime.datetime(d.year, d.month, d.day),
               f.r.randrange(20, 700), f.pick(["POS", "POS", "Online", "Online", "Cash", "Taksit"])])
    tr.cell(tr.max_row, 2).number_format = "mm-dd-yy"
    tr.cell(tr.max_row, 3).number_format = "0"
tr.auto_filter.ref = "A1:D251"
for col, w in (("A", 20.3), ("B", 10.1), ("C", 11.0), ("D", 20.3)):
    tr.column_dimensions[col].width = w
cf.save(wb, "tasks-en-az-banksql.xlsx")

"""
Shape of abhishekg1981992/MG-Mobile-admin "client_data.xlsx": a Delhi-area insurance agent's
renewal book, kept by hand in Excel and later loaded into the agent's policy app. One sheet per
insurer (and per code for HDFC Life and the motor policies), each laid out for printing, rows by
the month the renewal falls due; a Total sheet and a Transfer sheet of policies that left the book.

- "Star" (182 policies): print pages. Pages 1-4 start with a title row 'Star Health Client '
  merged A:I with the page number in J, a month row (' January', 'February' …) merged A:I and the
  header S.No / Assured Name / Policy Number / Due Date / Premium / Sum Insured / Mobile / Ref. /
  Remarks; from May on a page starts only with the month in D and the page number in J (no header
  again). S.No restarts at 1 each month. Assured Name upper case, often with a suffix: ' - P.A'
  (the personal-accident add-on), ' - 3 Yrs', ' - 2 Yrs', a place (' - Palwal', ' - K.Ngr'), the
  insured family member (' - Usha Devi', '(Bina Rani)'), ' - Surplus', trailing spaces. Policy
  Number is text: 16 digits ' - ' plan (Assure, Y.S, Medi., P.A, S.C, FHO, CHI, W.C …), later
  '14 digits space 2 digits', once 'P/161111/01/2024/009197'. Due Date is TEXT like "2 Jan '2027"
  ("2 June '2026", "5 July '2026" sometimes) under an mm-dd-yy format; Premium a number under
  #,##0; Sum Insured text ('10 Lakh', '7.5 Lakh', '10 L - 50 K', '25 L - Dedt. 10 L', '1 Cr - 15 L',
  once the number 1000); Mobile a 10-digit number (missing on some rows, twice a stray 2-digit
  number); Ref. the person who referred the client (a name, initials 'S.G' / 'P.G', a phone number,
  'phone - Father name'); Remarks mostly empty. Family members sharing a mobile have G:H:I merged
  over their two or three rows. Blank rows between pages. Last row: B = a formula adding the
  last S.No of every month (the count), D = E/100000, E = SUM of the premiums.
- "Erg" (HDFC ERGO, 376): title 'HDFC ERGO ' (page 1 in J), 'January ', header with 'S.I'; each
  later page has its month in C with the page number in J, a blank row and the header again (two
  pages say 'February', two 'March', two 'September'). Policy numbers '2856 2080 4067 5900 000 -
  Optima - UR'. Total row: B count formula, C 'Total' merged C:D, E SUM; E/100000 below.
- "Niva" (NIVA BUPA, 190): the title and month in D on later pages, the header repeated with the
  page number in J of the header row on some pages, two months sharing a page. Policy numbers
  'R.A 2.0 - 32946610202603 - Bronze+ SG +', 'H. Companion - 31482566202603'.
- "Reli" (Reliance, 77): title merged A1:D1 (page in I1), header without Ref. (Remarks holds the
  referrer), months as rows with D holding the month and A:C, F:H merged empty beside it; the
  title and header repeated on each page; policy numbers '131 622 6288 800 00238', due dates
  '09.01.2027'.
- "S.B.I" (14), "Care" (15, title 'Care - 20465276' = the agent's code, 8-digit policy numbers as
  numbers), "S.Ram" (ShriRam, 4): title, blank, header row 3, rows, a Total row merged A:D and F:I
  with E = SUM, E/100000 below.
- "Futr&ICICI": 'Future Generali' (header 'Proposar Name', 4 rows, Total) then 'ICICI Lombard'
  at row 11 (header with 'With GST' for the premium, 4 rows, unlabelled total).
- "H.Life-P.Bdur" (HDFC Life under one code, 39): header S.No / Assured Name / Policy No. / Mode /
  Due Date / Premium / Sum Insured / Mobile / Ref. / Remarks; a second table 'HDFC Life' in F31
  with Remarks and Ref. swapped; sum assured '2 Cr', '1 Cr' or a bare number of lakhs (12.2).
- "H.Life-A.Gupta" (6): title in row 2, '  Code : <agent> - <code>' in row 3, header row 4,
  S.No 7-10 on empty rows.
- "Kuldp-Veh" (motor policies of a sub-agent, 23): 'Vehicle ' in row 2, header row 4 S.No /
  Assured Name / Due Date / Policy No. / Registration No. / Premium / Mobile / Ref. / Remarks.
- "Total": S.No. / Company / Clients / Premium / Premium in Lakh, formulas into every sheet's
  totals (two counts typed as numbers), a Total row.
- "Transfer" (369): header row 1 without Ref., insurer sections as merged rows ('Star ', 'Ergo',
  'Niva Bupa', 'Relience', 'Care ', 'SBI ', 'Future', 'HDFC Life', 'Vechle', 'ShriRam General
  Insurance'), S.No per section, Remarks saying why the policy left ('No Response', 'Cancel',
  'Port Our Code Ergo', 'Port Other Code', 'No Cash', 'Death') or naming the referrer.
- "Sheet1": one stray policy row at row 5 (S.No 15), nothing else.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import CachedFormulas, Fake, workbook

f = Fake("renewals-en-in-healthagent")
r = f.r

GIVEN = ["ABHISHEK", "NISHANT", "RAJ KUMAR", "ARUN", "NITIN", "JOGINDER", "PARVINDER", "SUBHASH", "SANDEEP",
         "DAYA", "JEETENDRA", "KANISHKA", "GAURAV", "GOPAL", "AJAY", "SIMRAN", "PRABHA", "ANIL", "RAMESH",
         "MANOJ", "KULDEEP", "RAHUL", "RICHA", "SHUBHANGI", "SALEEM", "AMAN", "DHANWANT", "SUSHMA",
         "CHANCHAL", "NARESH", "TUSHAR", "TARUN", "RAVI", "ASHWANI", "MOHIT", "KARTIK", "NARBIR", "PRASHANT",
         "GAJENDRA", "LILY", "AMAR NATH", "SHIVAM", "ANJALI", "ARSHAD", "ZAFAR", "NILESH", "MUBARAK",
         "SHOBHA", "ARCHANA", "UPASNA", "RAJIV", "DEEPANSHU", "APARAJITA", "MUKESH", "SAKSHI", "HARPREET",
         "MILLI", "ANKITA", "MAMTA", "SATYA PRAKASH", "SUNIL", "YOGESH", "SEEMA", "PAWAN", "SHARAD",
         "RUCHITA", "VIRENDER", "JYOTI", "PRAKRITI", "BHAVNA", "SHISHUPAL", "AAKRITI", "UPENDRA",
         "KHUSHBOO", "SURJYA", "KRISHAN", "ROHAN", "SURINDER", "SATISH", "VIKRAM", "LAKHVINDER", "GAGAN",
         "AMIT", "MANVENDRA", "SANGEETA", "ANITHA", "MEENA", "DAVINDER", "RAVINDRA", "UMA", "MOHAN",
         "PUSHPA", "GUNJAN", "ARCHIKA", "MADHAVI", "DALJEET", "AARTI", "ANITA", "SANJEEV", "KETAN", "SOM"]
SURN = ["SHARMA", "GUPTA", "KUMAR", "SINGH", "VERMA", "MISHRA", "BATRA", "GAUTAM", "HANDA", "GHOSH",
        "SAXENA", "TEOTIA", "BISWAS", "GIRDHAR", "DWIVEDI", "RAGHAV", "SAHNI", "KHADKIWALA", "SOKHI", "KAR",
        "JAIN", "BAMOLA", "AHUJA", "PARIHAR", "CHAUHAN", "GOMES", "TIWARI", "ALI", "UDDIN", "SHUKLA", "RANA",
        "NAIR", "GOLA", "ARORA", "CHOPRA", "MESHRAM", "BHATNAGAR", "SARKAR", "AGGARWAL", "WADHWA", "NEOGY",
        "KAPOOR", "GOYAL", "THAKUR", "DOGRA", "KHURANA", "CHATURVEDI", "CHAUDHARY", "SINGHAL", "SETHI"]
PLACES = ["Palwal", "K.Ngr", "Yamuna Vihar", "B. Shahr", "Khurja", "Rohini", "Noida", "Sonipat"]
REFS = ["Kuldeep Singh", "Rohit Bajaj", "Rajeev Mishra", "P.G", "S.G", "D.K Gupta", "Tarun Gupta",
        "Yagya Dutt - Khurja", "Jhony", "Ashish Razdan", "Vinod Gupta", "Arun Gupta", "Mohan Lal",
        "Deepak Gandhi-Star Client", "Kuldeep", "Sanjay Arora", "Dharmender", "Amit Singhal", "Sonia Arora",
        "Dev Khanna", "Jai Kumar Thakur", "Dr. Himanshu", "Tarun Tanwar", "Jasvinder Kaur", "Son ",
        "Ravinder Arora - Ergo C", "Ankur Gupta - Niva", "Bharat Sanghavi", "K.K. Arora", "Anik Pal"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SI = ["10 Lakh"] * 6 + ["5 Lakh"] * 6 + ["3 Lakh", "15 Lakh", "7.5 Lakh", "2 Lakh", "4 Lakh", "10 L - 50 K",
                                          "25 L - Dedt. 10 L", "1 Cr - 15 L", "10 L-Ded.1 L", "25 Lakh  "]

used_names = set()


def person(upper=True):
    for _ in range(1000):
        n = f"{r.choice(GIVEN)} {r.choice(SURN)}"
        if r.random() < 0.08:
            n = r.choice(GIVEN)                               # a first name only
        if n not in used_names:
            used_names.add(n)
            break
    return n if upper else n.title()


def mobile():
    return int(f.mobile_in())


def due_text(month, year_pick=None, style="star"):
    d = r.randrange(1, 29)
    y = year_pick or r.choice([2026, 2026, 2027, 2027, 2027, 2028])
    if style == "dots":
        return f"{d:02d}.{month + 1:02d}.{y}"
    mon = MON[month]
    if month == 5 and r.random() < 0.15:
        mon = "June"
    if month == 6 and r.random() < 0.5:
        mon = "July"
    return f"{d} {mon} '{y}"


def ref():
    x = r.random()
    if x < 0.55:
        return None
    if x < 0.85:
        return r.choice(REFS)
    if x < 0.93:
        return mobile()
    return f"{mobile()} - Father {r.choice(GIVEN).title()}"


def star_policy(month):
    if month < 3 or r.random() < 0.3:
        return f"{r.randrange(10**15, 10**16)} - {r.choice(['Assure', 'Assure', 'Y.S', 'Medi.', 'S.C', 'FHO', 'CHI', 'CHI', 'W.C', 'H.G', 'S.Star', 'Hly'])}"
    return f"{r.randrange(10**13, 10**14)} {r.randrange(10, 100)}"


def erg_policy(month):
    g = lambda n: str(r.randrange(10 ** (n - 1), 10 ** n))
    plan = r.choice(["Optima - UR", "Optima - WR/UR", "Optima Secure", "Super Secure / UR", "my:health Suraksha", "Optima Restore", "P.A"])
    return f"{g(4)} {g(4)} {g(4)} {g(4)} 000 - {plan}"


def niva_policy(month):
    n = f"{r.randrange(30000000, 34999999)}2026{r.randrange(0, 10):02d}"
    return r.choice([f"R.A 2.0 - {n} - Bronze+ SG +", f"H. Companion - {n}", f"Reassure - {n}", f"{n} - Aspire Gold", f"H. Premia - {n}"])


def client_rows(count, month, policy, upper=True, style="star", family=True):
    """A month's policies: (name, policy, due, premium, si, mobile, ref, remarks, group size)."""
    out = []
    while len(out) < count:
        base = person(upper)
        mob = mobile() if r.random() < 0.88 else None
        k = 1
        if family and r.random() < 0.14 and count - len(out) >= 2:
            k = r.choice([2, 2, 2, 3])
        for i in range(k):
            name = base
            if k > 1 and i == 0 and r.random() < 0.5:
                name = f"{base} - P.A"
            elif k > 1 and i > 0:
                name = r.choice([f"{base} - Surplus", f"{person(upper)}", f"{base} - {r.choice(GIVEN).title()} {r.choice(['Devi', 'Rani', 'Kaur'])}"])
            elif r.random() < 0.22:
                name = r.choice([f"{base} - 3 Yrs", f"{base} - 2 Yrs", f"{base} - {r.choice(PLACES)}",
                                 f"{base} - {r.choice(GIVEN).title()} {r.choice(['Devi', 'Rani'])}",
                                 f"{base} ({r.choice(GIVEN).title()} {r.choice(['Devi', 'Rani'])})", f"{base} "])
            prem = r.choice([r.randrange(6000, 40000), r.randrange(6000, 40000), r.randrange(700, 2500) if "P.A" in name else r.randrange(15000, 70000)])
            if "3 Yrs" in name:
                prem = r.randrange(60000, 150000)
            si = r.choice(SI) if style != "plain" else r.choice(SI[:14])
            out.append([name, policy(month), due_text(month, style=style), prem, si, mob if i == 0 or k == 1 else (mob if r.random() < 0.4 else None),
                        ref() if i == 0 else None, None, k if i == 0 else 0])
    return out[:count]


def covered_now(ws, row, col):
    return type(ws.cell(row, col)).__name__ == "MergedCell"


def put_rows(ws, start, rows, cols, cf_merge=True):
    """Writes S.No + the row values into cols; merges Mobile/Ref/Remarks over a family group."""
    row, covered = start, 0
    for sno, vals in enumerate(rows, 1):
        if covered:
            vals[5] = vals[6] = vals[7] = None          # under the merged cells of the group's first row
            covered -= 1
        name, pol, due, prem, si, mob, rf, rem, k = vals
        ws.cell(row, 1, sno)
        vmap = {"name": name, "pol": pol, "due": due, "prem": prem, "si": si, "mob": mob, "ref": rf, "rem": rem}
        for c, key in cols.items():
            v = vmap[key]
            if v is not None and not covered_now(ws, row, c):
                cell = ws.cell(row, c, v)
                if key == "prem":
                    cell.number_format = "#,##0"
                if key == "due":
                    cell.number_format = "mm-dd-yy"
        if k and k > 1 and cf_merge and r.random() < 0.8:
            for c, key in cols.items():
                if key in ("mob", "ref", "rem"):
                    ws.merge_cells(start_row=row, end_row=row + k - 1, start_column=c, end_column=c)
            covered = k - 1
        row += 1
    return row


cf = CachedFormulas()
wb = workbook()
wb.properties.creator = "Agent"
ALL = []          # (sheet, policy row values) of every running policy

HDR = ["S.No", "Assured Name", "Policy Number", "Due Date", "Premium", "Sum Insured", "Mobile", "Ref.", "Remarks"]
STD = {2: "name", 3: "pol", 4: "due", 5: "prem", 6: "si", 7: "mob", 8: "ref", 9: "rem"}
bold = Font(bold=True)


def header(ws, row, texts, extra=None):
    for i, t in enumerate(texts, 1):
        ws.cell(row, i, t).font = bold
    if extra:
        ws.cell(row, extra[0], extra[1])


def total_rows(ws, row, last_snos, prem_col, label_cols, title_merge=None):
    """Count formula in B, 'Total', SUM of premiums, and premium/100000 on the next row."""
    total = sum(x[1] for x in last_snos)
    L = chr(64 + prem_col)
    if title_merge:
        ws.cell(row, title_merge[0], title_merge[1])
        ws.merge_cells(title_merge[2])
    if last_snos:
        cf.formula(ws, f"B{row}", "=" + "+".join(f"A{a}" for a, _ in reversed(last_snos)), len_count(last_snos))
    return total


def len_count(last):
    return sum(n for _, n in last)


def prem_sum(rows):
    return sum(x[3] for x in rows)


# --- Star --------------------------------------------------------------------------------------
ws = wb.active
ws.title = "Star"
star_counts = [14, 14, 16, 10, 20, 28, 18, 14, 17, 12, 14, 5]   # 182
row, page, lasts, star_all = 1, 1, [], []
for m, n in enumerate(star_counts):
    rows = client_rows(n, m, star_policy)
    if m == 8:
        rows[3][1] = "P/161111/01/2024/009197"
    if m < 4:
        ws.cell(row, 1, "Star Health Client ")
        ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=9)
        ws.cell(row, 10, page)
        ws.cell(row + 1, 1, (" " if m == 0 else "") + MONTHS[m])
        ws.merge_cells(start_row=row + 1, end_row=row + 1, start_column=1, end_column=9)
        header(ws, row + 2, HDR)
        first = row + 3
    else:
        ws.cell(row, 4, MONTHS[m])
        ws.cell(row, 10, page)
        first = row + 1
    end = put_rows(ws, first, rows, STD)
    lasts.append((end - 1, n))
    star_all += rows
    page += 1
    row = end + (3 if m < 4 else r.choice([1, 2]))
for x in star_all:
    ALL.append(("Star", x))
# a stray 2-digit number in Mobile on two rows, 1000 as a sum insured once
star_all[60][5] = 60
star_all[120][5] = 41
tot = row + 1
ws.cell(tot, 1, " ")
cf.formula(ws, f"B{tot}", "=" + "+".join(f"A{a}" for a, _ in reversed(lasts)), sum(n for _, n in lasts))
cf.formula(ws, f"E{tot}", f"=SUM(E4:E{tot - 1})", prem_sum(star_all))
ws[f"E{tot}"].number_format = "#,##0"
cf.formula(ws, f"D{tot}", f"=E{tot}/100000", round(prem_sum(star_all) / 100000, 5))
ws[f"D{tot}"].number_format = "0.00"
# rewrite the two stray mobiles in the sheet
for rr in ws.iter_rows(min_row=1, max_row=tot):
    pass
STAR_TOTAL_ROW = tot


def fix_cell(ws, name, col, value):
    for rr in range(1, ws.max_row + 1):
        if ws.cell(rr, 2).value == name:
            ws.cell(rr, col, value)
            return


fix_cell(ws, star_all[60][0], 7, 60)
fix_cell(ws, star_all[120][0], 7, 41)

# --- Erg ---------------------------------------------------------------------------------------
ws = wb.create_sheet("Erg")
erg_months = [0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9, 10, 11]
erg_counts = [24, 23, 30, 28, 28, 22, 22, 22, 27, 22, 21, 22, 24, 25, 31]    # 371 + 5 later
erg_counts[-1] += 5
ws.cell(1, 1, "HDFC ERGO ")
ws.merge_cells("A1:I1")
ws.cell(1, 10, 1)
ws.cell(2, 1, "January ")
ws.merge_cells("A2:I2")
EHDR = HDR[:5] + ["S.I"] + HDR[6:]
header(ws, 3, EHDR)
row, lasts, erg_all = 4, [], []
for p, (m, n) in enumerate(zip(erg_months, erg_counts), 1):
    if p > 1:
        ws.cell(row, 3, MONTHS[m])
        ws.cell(row, 10, p)
        header(ws, row + 2, EHDR)
        row += 3
    rows = client_rows(n, m, erg_policy, upper=r.random() < 0.5)
    end = put_rows(ws, row, rows, STD)
    lasts.append((end - 1, n))
    erg_all += rows
    row = end + 1
for x in erg_all:
    ALL.append(("Erg", x))
tot = row
cf.formula(ws, f"B{tot}", "=" + "+".join(f"A{a}" for a, _ in reversed(lasts)), sum(n for _, n in lasts))
ws.cell(tot, 3, "                                           Total")
ws.merge_cells(f"C{tot}:D{tot}")
cf.formula(ws, f"E{tot}", f"=SUM(E4:E{tot - 1})", prem_sum(erg_all))
ws[f"E{tot}"].number_format = "#,##0"
cf.formula(ws, f"E{tot + 1}", f"=E{tot}/100000", round(prem_sum(erg_all) / 100000, 5))
ws[f"E{tot + 1}"].number_format = "0.00"
ERG_TOTAL_ROW = tot

# --- Niva --------------------------------------------------------------------------------------
ws = wb.create_sheet("Niva")
niva_pages = [([0], 25), ([1], 16), ([2], 24), ([3, 4], 28), ([5], 20), ([6, 7], 21), ([8], 18), ([9], 19), ([10, 11], 19)]
row, lasts, niva_all = 1, [], []
for p, (months, n) in enumerate(niva_pages, 1):
    if p == 1:
        ws.cell(1, 1, "NIVA BUPA")
        ws.merge_cells("A1:I1")
        ws.cell(2, 1, "January")
        ws.merge_cells("A2:I2")
        header(ws, 3, HDR, (10, 1))
        row = 4
    elif p <= 4:
        ws.cell(row, 4, "NIVA BUPA")
        ws.cell(row, 10, p)
        ws.cell(row + 1, 4, MONTHS[months[0]])
        header(ws, row + 2, HDR)
        row += 3
    else:
        header(ws, row, HDR, (10, p))
        ws.cell(row + 1, 4, MONTHS[months[0]])
        row += 2
    split = [n] if len(months) == 1 else [n // 2, n - n // 2]
    for j, (m, k) in enumerate(zip(months, split)):
        if j == 1:
            ws.cell(row, 4, MONTHS[m])
            row += 1
        rows = client_rows(k, m, niva_policy)
        end = put_rows(ws, row, rows, STD)
        lasts.append((end - 1, k))
        niva_all += rows
        row = end
    row += r.choice([1, 2, 3])
for x in niva_all:
    ALL.append(("Niva", x))
tot = row
cf.formula(ws, f"B{tot}", "=" + "+".join(f"A{a}" for a, _ in reversed(lasts)), sum(n for _, n in lasts))
ws.cell(tot, 3, "                                             Total")
ws.merge_cells(f"C{tot}:D{tot}")
cf.formula(ws, f"E{tot}", f"=SUM(E4:E{tot - 1})", prem_sum(niva_all))
ws[f"E{tot}"].number_format = "#,##0"
cf.formula(ws, f"E{tot + 1}", f"=E{tot}/100000", round(prem_sum(niva_all) / 100000, 5))
ws[f"E{tot + 1}"].number_format = "0.00"
NIVA_TOTAL_ROW = tot

# --- Reli --------------------------------------------------------------------------------------
ws = wb.create_sheet("Reli")
RHDR = ["S.No", "Assured Name", "Policy Number", "Due Date", "Premium", "Sum Insured", "Mobile", "Remarks"]
RCOLS = {2: "name", 3: "pol", 4: "due", 5: "prem", 6: "si", 7: "mob", 8: "ref"}
reli_pages = [[(0, 6), (1, 4), (2, 2), (3, 1), (4, 6)], [(5, 11), (6, 8)], [(7, 6), (8, 5), (9, 11)], [(10, 12), (11, 5)]]
row, lasts, reli_all = 1, [], []
for p, months in enumerate(reli_pages, 1):
    ws.cell(row, 1, "Reliance ")
    ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=4)
    ws.cell(row, 9, p)
    header(ws, row + 2, RHDR)
    row += 3
    for m, n in months:
        ws.cell(row, 4, MONTHS[m] + (" " if m == 1 else ""))
        ws.merge_cells(start_row=row, end_row=row, start_column=1, end_column=3)
        ws.merge_cells(start_row=row, end_row=row, start_column=6, end_column=8)
        row += 1
        rows = client_rows(n, m, lambda m: f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)} 800 {r.randrange(0, 99999):05d}",
                           upper=False, style="dots", family=False)
        for x in rows:
            x[6] = x[0].split(" - ")[0] if r.random() < 0.4 else (r.choice(REFS) if r.random() < 0.3 else None)
            x[5] = None if r.random() < 0.6 else x[5]
        end = put_rows(ws, row, rows, RCOLS)
        lasts.append((end - 1, n))
        reli_all += rows
        row = end
    row += 2
for x in reli_all:
    ALL.append(("Reli", x))
tot = row
cf.formula(ws, f"B{tot}", "=" + "+".join(f"A{a}" for a, _ in reversed(lasts)), sum(n for _, n in lasts))
cf.formula(ws, f"E{tot}", f"=SUM(E5:E{tot - 1})", prem_sum(reli_all))
ws[f"E{tot}"].number_format = "0"
cf.formula(ws, f"E{tot + 1}", f"=E{tot}/100000", round(prem_sum(reli_all) / 100000, 5))
ws[f"E{tot + 1}"].number_format = "0.00"
RELI_TOTAL_ROW = tot


# --- small insurer sheets ----------------------------------------------------------------------
def small_sheet(name, title, hdr, cols, n, policy, total_pad, sum_col=5, upper=False, title_merge="A1:I1", right_merge="I", tweak=None):
    ws = wb.create_sheet(name)
    ws.cell(1, 1, title)
    ws.merge_cells(title_merge)
    header(ws, 3, hdr)
    rows = client_rows(n, r.randrange(12), policy, upper=upper)
    for x in rows:
        x[2] = due_text(r.randrange(12), style="star")
        if tweak:
            tweak(x)
    end = put_rows(ws, 4, rows, cols)
    tot = end + total_pad
    ws.cell(tot, 1, " " * 70 + "Total")
    ws.merge_cells(f"A{tot}:D{tot}")
    ws.merge_cells(f"F{tot}:{right_merge}{tot}")
    L = chr(64 + sum_col)
    cf.formula(ws, f"{L}{tot}", f"=SUM({L}4:{L}{tot - 1})", prem_sum(rows))
    ws[f"{L}{tot}"].number_format = "#,##0"
    cf.formula(ws, f"{L}{tot + 1}", f"={L}{tot}/100000", round(prem_sum(rows) / 100000, 5))
    ws[f"{L}{tot + 1}"].number_format = "0.00"
    for x in rows:
        ALL.append((name, x))
    return ws, rows, end - 1, tot


sbi_ws, sbi_rows, sbi_last, sbi_tot = small_sheet(
    "S.B.I", "S.B.I  General ", EHDR, STD, 14,
    lambda m: r.choice([f"Super Top-up - POSTUP00100{r.randrange(0, 999999):06d}", f"Alpha Select - PODIY00100{r.randrange(0, 999999):06d}",
                        f"Super Health - {r.randrange(10**15, 10**16):016d}-01"]), 0)
sbi_ws.merge_cells("A2:I2")
care_ws, care_rows, care_last, care_tot = small_sheet(
    "Care", "Care - 20465276", HDR, STD, 15, lambda m: r.randrange(60000000, 63000000), 1, upper=True,
    tweak=lambda x: x.__setitem__(6, "Bharat Sanghavi" if r.random() < 0.5 else x[6]))

# Futr&ICICI: two tables
ws = wb.create_sheet("Futr&ICICI")
ws.cell(1, 1, "Future Generali")
ws.merge_cells("A1:H1")
ws.merge_cells("A2:H2")
header(ws, 3, ["S.No", "Proposar Name", "Policy Number", "Due Date", "Premium", "Sum Insured", "Mobile", "Remarks"])
FCOLS = {2: "name", 3: "pol", 4: "due", 5: "prem", 6: "si", 7: "mob", 8: "ref"}
fut = client_rows(4, r.randrange(12), lambda m: f"{r.choice(['FVB', 'FHA'])}-34-2{r.randrange(4, 7)}-{r.randrange(7100000, 7199999)}-03-000", upper=False, family=False)
for x in fut:
    x[2] = due_text(r.randrange(12))
    x[6] = r.choice(["K.K. Arora", "Kiran Bharat", "(Installments - 6870)", None])
end = put_rows(ws, 4, fut, FCOLS)
ws.cell(8, 1, " " * 100 + "Total")
ws.merge_cells("A8:D8")
ws.merge_cells("F8:H8")
cf.formula(ws, "E8", "=SUM(E4:E7)", prem_sum(fut))
ws["E8"].number_format = "#,##0"
cf.formula(ws, "E9", "=E8/100000", round(prem_sum(fut) / 100000, 5))
ws.cell(11, 1, "ICICI Lombard")
ws.merge_cells("A11:H11")
header(ws, 13, ["S.No", "Assured Name", "Policy Number", "Due Date", "With GST", "Sum Insured", "Mobile", "Remarks"])
ici = client_rows(4, r.randrange(12), lambda m: f"4128i/HSP/{r.randrange(10**8, 10**9)}/00/000", upper=False, family=False)
for x in ici:
    x[2] = due_text(r.randrange(12))
    x[6] = None
put_rows(ws, 14, ici, FCOLS)
cf.formula(ws, "E18", "=SUM(E14:E17)", prem_sum(ici))
ws["E18"].number_format = "#,##0"
cf.formula(ws, "E19", "=E18/100000", round(prem_sum(ici) / 100000, 5))
for x in fut + ici:
    ALL.append(("Futr&ICICI", x))


# HDFC Life sheets
def life_rows(n, month_any=True):
    out = []
    for _ in range(n):
        name = person(upper=False)
        mode = r.choice(["Yearly", "Yearly", "Yearly", "Monthly", "Half Yearly", "Annual"])
        prem = r.randrange(20000, 100000) if mode in ("Yearly", "Annual") else r.randrange(2000, 9000)
        out.append([name, r.randrange(21000000, 29999999), mode, due_text(r.randrange(12)), prem,
                    r.choice(["2 Cr", "1 Cr", "1 Cr", "50 Lakh", 12.2, 1.41, "75 L"]), mobile() if r.random() < 0.85 else None,
                    r.choice(["YS - Direct Debet", "YS - Direct Debet", "S.G", None, None]), r.choice([None, None, None, "S.G", "Paid"])])
    return out


def put_life(ws, start, rows, swapped=False):
    for i, x in enumerate(rows):
        rr = start + i
        ws.cell(rr, 1, i + 1)
        name, pol, mode, due, prem, si, mob, rf, rem = x
        vals = [name, pol, mode, due, prem, si, mob] + ([rem, rf] if swapped else [rf, rem])
        for c, v in enumerate(vals, 2):
            if v is not None:
                ws.cell(rr, c, v)
        ws.cell(rr, 6).number_format = "#,##0"
    return start + len(rows)


LHDR = ["S.No", "Assured Name", "Policy No.", "Mode", "Due Date", "Premium", "Sum Insured", "Mobile", "Ref.", "Remarks"]
ws = wb.create_sheet("H.Life-P.Bdur")
ws.cell(1, 1, " " * 93 + "HDFC Life")
ws.merge_cells("A1:J1")
ws.merge_cells("A2:J2")
header(ws, 3, LHDR)
hl1 = life_rows(27)
put_life(ws, 4, hl1)
ws.cell(31, 6, "HDFC Life")
header(ws, 33, LHDR[:8] + ["Remarks", "Ref."])
hl2 = life_rows(12)
put_life(ws, 34, hl2, swapped=True)
ws.cell(50, 1, " " * 60 + "Total")
ws.merge_cells("A50:E50")
ws.merge_cells("G50:J50")
cf.formula(ws, "F50", "=SUM(F4:F49)", sum(x[4] for x in hl1 + hl2))
ws["F50"].number_format = "#,##0"
cf.formula(ws, "F51", "=F50/100000", round(sum(x[4] for x in hl1 + hl2) / 100000, 5))

ws = wb.create_sheet("H.Life-A.Gupta")
ws.cell(2, 1, "HDFC Life")
ws.merge_cells("A2:J2")
ws.cell(3, 1, "  Code : Vinay Kumar Mehra - 01987345")
ws.merge_cells("A3:J3")
header(ws, 4, LHDR)
hl3 = life_rows(6)
put_life(ws, 5, hl3)
for i in range(7, 11):
    ws.cell(4 + i, 1, i)
ws.cell(15, 1, " " * 60 + "Total")
ws.merge_cells("A15:E15")
ws.merge_cells("G15:J15")
cf.formula(ws, "F15", "=SUM(F5:F14)", sum(x[4] for x in hl3))
ws["F15"].number_format = "#,##0"
cf.formula(ws, "F16", "=F15/100000", round(sum(x[4] for x in hl3) / 100000, 5))
LIFE = [("H.Life-P.Bdur", x) for x in hl1 + hl2] + [("H.Life-A.Gupta", x) for x in hl3]

# Vehicle
ws = wb.create_sheet("Kuldp-Veh")
ws.cell(2, 1, "Vehicle ")
ws.merge_cells("A2:I2")
header(ws, 4, ["S.No", "Assured Name", "Due Date", "Policy No.", "Registration No.", "Premium", "Mobile", "Ref.", "Remarks"])
STATES = ["UP14", "DL 9C", "HR26", "DL 3C", "UP16"]
veh = []
for i in range(23):
    name = person(upper=False) + r.choice(["", "", "", " - Niva Client", " - Ergo C"])
    reg = r.choice([f"{r.choice(['UP14', 'UP16', 'HR26'])}{r.choice(['BR', 'DK', 'CX'])}{r.randrange(1000, 9999)}",
                    f"DL {r.choice(['9C', '3C', '8S'])} {r.choice(['U', 'AB', 'Z'])} {r.randrange(1000, 9999)}"])
    pol = r.choice([f"D{r.randrange(10**8, 10**9)} / {r.randrange(1, 28):02d}{r.randrange(1, 12):02d}2026",
                    f"{r.randrange(10**9, 10**10)} 00 00", f"3001/{r.randrange(10**8, 10**9)}/00/000"])
    veh.append([name, due_text(r.randrange(12), style="dots"), pol, reg, r.randrange(900, 25000),
                mobile() if r.random() < 0.5 else None, r.choice(["Kamlesh - Kotak - C.A", None, None, "Kuldeep"]), None])
for i, x in enumerate(veh):
    ws.cell(5 + i, 1, i + 1)
    for c, v in enumerate(x, 2):
        if v is not None:
            ws.cell(5 + i, c, v)
    ws.cell(5 + i, 6).number_format = "#,##0"
ws.cell(28, 1, " " * 83 + "Total")
ws.merge_cells("A28:E28")
ws.merge_cells("G28:I28")
cf.formula(ws, "F28", "=SUM(F5:F27)", sum(x[4] for x in veh))
ws["F28"].number_format = "#,##0"
cf.formula(ws, "F29", "=F28/100000", round(sum(x[4] for x in veh) / 100000, 5))

sram_ws, sram_rows, sram_last, sram_tot = small_sheet(
    "S.Ram", "ShriRam General Insurance", HDR, STD, 4,
    lambda m: f"101046/{r.choice(['88', '49', '48'])}/2{r.randrange(4, 7)}/{r.randrange(0, 999999):06d}", 4)
sram_ws.merge_cells("H5:H7")
sram_ws.merge_cells("I5:I7")

# --- Total -------------------------------------------------------------------------------------
ws = wb.create_sheet("Total")
header(ws, 1, ["S.No.", "Company", "Clients", "Premium", "Premium in Lakh"])
tot_rows = [
    (" Star Health", f"=Star!B{STAR_TOTAL_ROW}", len(star_all), f"=Star!E{STAR_TOTAL_ROW}", prem_sum(star_all)),
    (" Hdfc Ergo", f"=Erg!B{ERG_TOTAL_ROW}", len(erg_all), f"=Erg!E{ERG_TOTAL_ROW}", prem_sum(erg_all)),
    (" Niva Bupa", f"=Niva!B{NIVA_TOTAL_ROW}", len(niva_all), f"=Niva!E{NIVA_TOTAL_ROW}", prem_sum(niva_all)),
    (" Reliance", f"=Reli!B{RELI_TOTAL_ROW}", len(reli_all), f"=Reli!E{RELI_TOTAL_ROW}", prem_sum(reli_all)),
    (" Care", f"=Care!A{care_last}", 14, f"=Care!E{care_tot}", prem_sum(care_rows)),
    (" S.B.I", f"='S.B.I'!A{sbi_last}", 14, f"='S.B.I'!E{sbi_tot}", prem_sum(sbi_rows)),
    (" Future", "='Futr&ICICI'!A7", 4, "='Futr&ICICI'!E8", prem_sum(fut)),
    (" ICICI Lombard", "='Futr&ICICI'!A17", 4, "='Futr&ICICI'!E18", prem_sum(ici)),
    (" Hdfc Life - Prem Bahadur", 39, None, "='H.Life-P.Bdur'!F50", sum(x[4] for x in hl1 + hl2)),
    (" Hdfc Life - Vinay Kumar Mehra", 6, None, "='H.Life-A.Gupta'!F15", sum(x[4] for x in hl3)),
    (" Vehicle - Kuldeep Singh ", "='Kuldp-Veh'!A27", 23, "='Kuldp-Veh'!F28", sum(x[4] for x in veh)),
    (" ShriRam", 4, None, f"=S.Ram!E{sram_tot}", prem_sum(sram_rows)),
]
sum_c = sum_d = 0
for i, (co, cnt, cnt_v, prem_f, prem_v) in enumerate(tot_rows, 2):
    ws.cell(i, 1, i - 1)
    ws.cell(i, 2, co)
    if isinstance(cnt, str):
        cf.formula(ws, f"C{i}", cnt, cnt_v)
        sum_c += cnt_v
    else:
        ws.cell(i, 3, cnt)
        sum_c += cnt
    cf.formula(ws, f"D{i}", prem_f, prem_v)
    cf.formula(ws, f"E{i}", f"=D{i}/100000", round(prem_v / 100000, 5))
    sum_d += prem_v
ws.cell(14, 1, " " * 37 + "Total")
ws.merge_cells("A14:B14")
cf.formula(ws, "C14", "=SUM(C2:C13)", sum_c)
cf.formula(ws, "D14", "=SUM(D2:D13)", sum_d)
cf.formula(ws, "E14", "=SUM(E2:E13)", round(sum_d / 100000, 5))

# --- Transfer ----------------------------------------------------------------------------------
ws = wb.create_sheet("Transfer")
header(ws, 1, ["S.No", "Assured Name", "Policy Number", "Due Date", "Premium", "Sum Insured", "Mobile", "Remarks"])
WHY = [None] * 10 + ["No Response"] * 3 + ["Cancel", "cancel", "No Cash", "No Cash", "Death", "Port Our Code Ergo",
                                             "Port Other Code", "Port Other Company", "Port Our Code - Relience",
                                             "Port Our code - star", "Port Our code Niva", "Bharat Sanghavi", "Bharat Ji",
                                             "K.K. Arora", "Prem Bahadur", "Ergo Client", "Bhaskar Verma - No Cash"]
sections = [("Star ", 77, star_policy), ("Ergo", 125, erg_policy), ("Niva Bupa", 57, niva_policy),
            ("Relience", 20, lambda m: f"{r.randrange(100, 999)} {r.randrange(100, 999)} {r.randrange(1000, 9999)} 800 {r.randrange(0, 99999):05d}"),
            ("Care ", 40, lambda m: r.randrange(60000000, 63000000)),
            ("SBI ", 40, lambda m: f"Super Top-up - POSTUP00100{r.randrange(0, 999999):06d}"),
            ("Future", 47, lambda m: f"FVB-34-2{r.randrange(2, 5)}-{r.randrange(7100000, 7199999)}-03-000"),
            ("HDFC Life", 10, lambda m: r.randrange(21000000, 29999999)), ("Vechle", 10, lambda m: f"D{r.randrange(10**8, 10**9)} / 01012025"),
            ("ShriRam General Insurance", 5, lambda m: f"101046/48/23/{r.randrange(0, 999999):06d}")]
row = 2
transfer_n = 0
for title, n, pol in sections:
    ws.cell(row, 1, title)
    last = "J" if title in ("HDFC Life", "Vechle") else ("I" if title.startswith("ShriRam") else "H")
    ws.merge_cells(f"A{row}:{last}{row}")
    row += 1
    rows = client_rows(n, r.randrange(12), pol, upper=title in ("Star ", "Care "), family=False)
    for i, x in enumerate(rows, 1):
        ws.cell(row, 1, i)
        yr = r.choice([2022, 2023, 2024, 2025])
        vals = [x[0], x[1], due_text(r.randrange(12), year_pick=yr), x[3], x[4], x[5], r.choice(WHY)]
        for c, v in enumerate(vals, 2):
            if v is not None:
                ws.cell(row, c, v)
        ws.cell(row, 5).number_format = "#,##0"
        row += 1
        transfer_n += 1

# --- Sheet1 ------------------------------------------------------------------------------------
ws = wb.create_sheet("Sheet1")
stray = [15, person(), f"{r.randrange(10**13, 10**14)} {r.randrange(10, 100)}", "1 Jan '2026", 10855, "10 Lakh", mobile(), r.choice(REFS)]
for c, v in enumerate(stray, 1):
    ws.cell(5, c, v)

for w in wb.worksheets:
    w.column_dimensions["B"].width = 34
    w.column_dimensions["C"].width = 30
    w.column_dimensions["D"].width = 14

if __name__ == "__main__":
    cf.save(wb, "renewals-en-in-healthagent.xlsx")
    counts = {}
    for s, _ in ALL + LIFE:
        counts[s] = counts.get(s, 0) + 1
    counts["Kuldp-Veh"] = len(veh)
    print(counts, sum(counts.values()), "transfer", transfer_n)

"""
Shape of arfdnl/email-reminder-system "data/clients.xlsx": a Malaysian IT-security reseller's
licence renewal workbook, one sheet per product line, read by a script that e-mails reminders
before each licence ends (creator openpyxl, last saved in Excel by a staff member).

- "AV": header on row 1 INDIVIDUAL/COMPANY / OFFICER NAME/NAME / EMAIL / NO TEL / EXPIRED DATE /
  PC / SVR / CUST EMAIL. 13 rows: local councils, a state planning department, a pipeline firm's
  and a terminal operator's sites ("PS Terminal (Bintulu)"), a medical-device firm twice (two
  licences, same officer), the reseller's own individual-licence bucket with a private buyer.
  Officers with Malay titles (EN. / PN. / MR., once "EN.NAME" without a space, trailing spaces).
  EMAIL is the same list of four of the reseller's own staff addresses on every row (who gets
  the reminder); CUST EMAIL is the customer's. NO TEL as text in every Malaysian spelling
  (019-…, 04-…, '603 5511 …', '603-88…', '06-… EXT 2238', 6019… without a plus). EXPIRED DATE
  real dates shown d/m/yyyy; PC / SVR licence counts as text ('1800/80', '150', empty).
- "Sangfor": header row 1 COMPANY NAME / PERSON IN CHARGE / EMAIL / PHONE NO / END DATE /
  REMINDER / QUANTITY / REMARKS, one row; REMINDER a date shown yyyy-mm-dd.
- "PSP-FORTI": three renewal lists stacked, each a title merged over A:J ("… FORTINET RENEWAL
  LIST"), a header NO / COMPANY NAME / PERSON IN CHARGE / EMAIL / PHONE NO / END DATE / REMINDER /
  QUANTITY / S/N / REMARKS, rows, and a note '*** DATE FORMAT : DD/MM/YYYY' under the first, then
  two empty rows. In the second and third header the EMAIL cell holds the staff address list
  instead of the word. Rows are firewalls at the pipeline firm's sites (the site in brackets or
  as a short code, 'PSP KLIA'); NO and QUANTITY are text; S/N serials; REMARKS the model.
- "PLAN SELANGOR-FORTI", "MD MERSING-FORTI", "MP JASIN-FORTI": the same list for one customer
  each (title, header, one row, the note or not; one row without end date and phone).
- "IILM": one customer's own renewal list (its name only in the title "IILM'S RENEWAL LIST"):
  NO / BRAND / PRODUCT / LICENSE NUMBER / END DATE / REMINDER / QUANTITY ('35 USERS') / S/N /
  EMAIL / REMARKS, eight products.
- "M365": "CLIENT'S M365 RENEWAL LIST", NO / COMPANY NAME / PERSON IN CHARGE / EMAIL / PHONE NO /
  END DATE / REMINDER / QUANTITY / REMARKS, three customers, the note.
- "License Pentest", "License SOC": the reseller's own licences (its own name, its own staff
  e-mails), title, header NO / COMPANY NAME / EMAIL / EXPIRY DATE / REMARKS, one row, the note.
Values invented.
"""
import datetime as dt

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-en-my-licencerenewals")
D = lambda y, m, d: dt.datetime(y, m, d)
LONG = "[$-14809]d/m/yyyy;@"
ISO = "yyyy\\-mm\\-dd"
STAFF = "iskandar@example.com, syafiqah.rosli@example.com, khairul@example.com, elina@example.com"
NOTE = "*** DATE FORMAT : DD/MM/YYYY"

wb = workbook()
wb.properties.lastModifiedBy = "STAFF MEMBER"


def widths(ws, w):
    for col, v in w.items():
        ws.column_dimensions[col].width = v


def put(ws, ref, value, fmt=None):
    ws[ref] = value
    if fmt:
        ws[ref].number_format = fmt


# AV -------------------------------------------------------------------------------------------
ws = wb.active
ws.title = "AV"
ws.append(["INDIVIDUAL/COMPANY", "OFFICER NAME/NAME", "EMAIL", "NO TEL", "EXPIRED DATE", "PC / SVR", "CUST EMAIL"])
ws["E1"].number_format = LONG
AV = [
    ("Majlis Bandaraya Seri Permai", "EN. KHAIRUL AZMAN BIN AB RAHIM", "019-5550105", D(2026, 4, 24), "1800/80", "azman.mbsp@example.org"),
    ("Majlis Perbandaran Tanjung Bidara", "PN NOR HAYATI BINTI RAMLAN", "017-5550153", D(2027, 6, 5), "85/15", "norhayati.mptb@example.org "),
    ("Majlis Daerah Lembah Kinta", "EN. MOHD RIDZUAN BIN HAMZAH ", "013-5550142", D(2026, 9, 12), "70/1", "ridzuan.mdlk@example.org"),
    ("Majlis Daerah Kuala Sepetang", "EN. MUHAMMAD HAZIQ BIN ISKANDAR ", "012-5550194", D(2026, 12, 8), "150", "haziq.mdks@example.org"),
    ("Majlis Bandaraya Kota Setia", "EN. NOORAZLAN BIN JUSOH", "04-5550125", D(2026, 6, 2), "250", "azlan.mbks@example.org"),
    ("Jabatan Perancangan Bandar & Desa Selangor", "PN. SITI NORHASLINDA BINTI MOKHTAR", "603 5550 0166", D(2027, 5, 6), "105/1", "norhaslinda.jpbdsel@example.org"),
    ("PT Terminal (Bintulu)", "EN. DOMINIC TINGGANG", "08-5550142", D(2026, 4, 30), None, "dominic.ptterminal@example.com"),
    ("PT Pipeline (KVDT)", "EN. ABDUL RAZAK BIN ZAKARIA", "603-55500133", D(2027, 10, 7), "54/1", "razak.ptpipeline@example.com "),
    ("Majlis Perbandaran Bukit Rambai", "EN. ZAMRI HISHAM BIN ABU BAKAR", "06-5550133 EXT 2238", D(2026, 8, 5), "200", "zamri.mpbr@example.org"),
    ("KYROS AV INDIVIDUAL", "PN. KU NURUL NADIA", "60195550170", D(2027, 12, 5), None, "kunurulnadia@example.net"),
    ("PT Terminal (Tawau)", "EN.DAMIAN TIMBANG", "08-5550103", D(2027, 12, 2), "14", "damian.ptterminal@example.com"),
    ("HOLMBERG BIOMEDTECH", "MR. WONG KAH SENG", "03-55507122", D(2026, 12, 21), "7", "kswong.holmbergbmt@example.com"),
    ("HOLMBERG BIOMEDTECH", "MR. WONG KAH SENG", "03-55507122", D(2026, 12, 21), "8", "kswong.holmbergbmt@example.com"),
]
for r, (co, officer, tel, exp, pcs, mail) in enumerate(AV, start=2):
    ws.cell(r, 1, co); ws.cell(r, 2, officer); ws.cell(r, 3, STAFF); ws.cell(r, 4, tel)
    c = ws.cell(r, 5, exp); c.number_format = LONG
    if pcs is not None:
        ws.cell(r, 6, pcs)
    ws.cell(r, 7, mail)
widths(ws, {"A": 44, "B": 34, "C": 142, "D": 21, "F": 10, "G": 31, "H": 30.3, "I": 11})

# Sangfor --------------------------------------------------------------------------------------
ws = wb.create_sheet("Sangfor")
ws.append(["COMPANY NAME", "PERSON IN CHARGE", "EMAIL", "PHONE NO", "END DATE", "REMINDER", "QUANTITY", "REMARKS"])
ws.append(["PT Pipeline Sdn Bhd", "EN. ABDUL RAZAK BIN ZAKARIA", STAFF, "019-5550105"])
put(ws, "E2", D(2027, 3, 20), LONG); put(ws, "F2", D(2024, 9, 21), ISO); ws["G2"] = "1"
widths(ws, {"A": 21, "B": 30, "C": 25, "D": 13, "E": 21, "F": 21, "G": 10})

HEAD10 = ["NO", "COMPANY NAME", "PERSON IN CHARGE", "EMAIL", "PHONE NO", "END DATE", "REMINDER", "QUANTITY", "S/N", "REMARKS"]


def block(ws, top, title, rows, note=True, email_header="EMAIL"):
    ws.cell(top, 1, title)
    ws.merge_cells(start_row=top, start_column=1, end_row=top, end_column=10)
    head = list(HEAD10)
    head[3] = email_header
    for j, h in enumerate(head, start=1):
        ws.cell(top + 1, j, h)
    r = top + 2
    for i, (co, pic, tel, end, rem, qty, sn, remark) in enumerate(rows, start=1):
        ws.cell(r, 1, str(i)); ws.cell(r, 2, co); ws.cell(r, 3, pic); ws.cell(r, 4, STAFF)
        if tel:
            ws.cell(r, 5, tel)
        if end:
            c = ws.cell(r, 6, end); c.number_format = LONG
        if rem:
            c = ws.cell(r, 7, rem); c.number_format = ISO
        ws.cell(r, 8, qty)
        if sn:
            ws.cell(r, 9, sn)
        if remark:
            ws.cell(r, 10, remark)
        r += 1
    if note:
        ws.cell(r, 1, NOTE)
    return r


# PSP-FORTI ------------------------------------------------------------------------------------
ws = wb.create_sheet("PSP-FORTI")
RAZAK = "EN. ABDUL RAZAK BIN ZAKARIA"
block(ws, 1, "PT PIPELINE FORTINET RENEWAL LIST", [
    ("PT Pipeline Sdn Bhd (SERVER ROOM)", RAZAK, "019-5550105", D(2027, 1, 7), D(2026, 12, 7), "1", "FG200FT9Q0000117", "PRODUCT MODEL - FG200F"),
    ("PT Pipeline Sdn Bhd (SERVER ROOM)", RAZAK, "019-5550105", D(2027, 1, 7), D(2026, 12, 7), "1", "FG200FT9Q0000245", "PRODUCT MODEL - FG200F"),
    ("PT Pipeline Sdn Bhd (ER)", RAZAK, "019-5550105", D(2026, 12, 10), D(2026, 11, 10), "1", "FG100FTK2Q000381", "PRODUCT MODEL - FG100F"),
    ("PTP MRPP", RAZAK, "019-5550105", D(2027, 1, 12), D(2026, 12, 12), "1", "FG100FTK2Q000412", "PRODUCT MODEL - FG100F"),
    ("PTP PDPP", RAZAK, "019-5550105", D(2026, 12, 10), D(2026, 11, 10), "1", "FG100FTK2Q000436", "PRODUCT MODEL - FG100F"),
    ("PTP KLIA", RAZAK, "019-5550105", D(2026, 12, 10), D(2026, 11, 10), "1", "FG100FTK2Q000458", "PRODUCT MODEL - FG100F"),
])
block(ws, 12, "PT TERMINAL (BINTULU) FORTINET RENEWAL LIST", [
    ("PT Terminal Bintulu", "EN. DOMINIC TINGGANG AK SAIT", "014-5550102", D(2026, 11, 22), D(2026, 10, 22), "1", "FG100FTK2Q000519", None),
], email_header=STAFF)
block(ws, 18, "PT TERMINAL (TAWAU) FORTINET RENEWAL LIST", [
    ("PT Terminal Tawau", "EN. DAMIAN TIMBANG", "011-55501456", D(2026, 10, 18), D(2026, 8, 16), "1", "FG100FTK2Q000587", "Part Number - FC-10-F100F-950-02-12"),
], note=False, email_header=STAFF)
widths(ws, {"A": 45, "B": 35, "C": 30, "D": 25, "E": 14, "F": 21, "H": 10, "I": 18, "J": 37})

# one-customer Fortinet sheets -------------------------------------------------------------------
ws = wb.create_sheet("PLAN SELANGOR-FORTI")
block(ws, 1, "PLAN MALAYSIA @ SELANGOR FORTINET RENEWAL LIST", [
    ("PLAN SELANGOR", "PN. SITI NORHASLINDA BINTI MOKHTAR", None, D(2026, 8, 21), D(2025, 6, 21), "1", "FG200ETK1Q000553", "PRODUCT MODEL - FG200E")], note=False)
widths(ws, {"A": 45, "B": 15, "C": 32, "D": 25, "E": 10, "F": 21, "H": 10, "I": 18, "J": 24})
ws = wb.create_sheet("MD MERSING-FORTI")
block(ws, 1, "MAJLIS DAERAH KUALA SEPETANG FORTINET RENEWAL LIST", [
    ("MD KUALA SEPETANG", "EN. ZULKARNAIN / EN. YUSRI", "07-555 1818", D(2025, 10, 2), D(2024, 10, 12), "1", "FG100FTK1Q000567", "PRODUCT MODEL - FG100F")])
widths(ws, {"A": 45, "B": 14, "C": 26, "D": 25, "E": 13, "F": 21, "H": 10, "I": 18, "J": 24})
ws = wb.create_sheet("MP JASIN-FORTI")
block(ws, 1, "MAJLIS PERBANDARAN BUKIT RAMBAI FORTINET RENEWAL LIST", [
    ("MP Bukit Rambai", "EN. ZAMRI HISHAM BIN ABU BAKAR", "06-5550133 EXT 2238", None, None, "1", None, "PRODUCT MODEL - FG80F")], note=False)
widths(ws, {"A": 45, "B": 14, "C": 33, "D": 20, "E": 21, "F": 10, "J": 23})

# IILM -----------------------------------------------------------------------------------------
ws = wb.create_sheet("IILM")
ws["A1"] = "IILM'S RENEWAL LIST"
ws.merge_cells("A1:J1")
for j, h in enumerate(["NO", "BRAND", "PRODUCT", "LICENSE NUMBER", "END DATE", "REMINDER", "QUANTITY", "S/N", "EMAIL", "REMARKS"], start=1):
    ws.cell(2, j, h)
IILM = [
    ("SOPHOS", "Central Intercept X Advanced (SKU: CIXA0U12ACC)", "L0009901123", D(2026, 10, 1), D(2025, 8, 1), "35 USERS", None),
    ("SOPHOS", "Central Intercept X Advanced for Server (SKU: SVRCIXA0U12)", "L0009904417", D(2026, 10, 1), D(2025, 8, 1), "6 SERVERS", None),
    ("PEPLINK", "Peplink BPL-305", "1Q25-A3C8-D11A, 1Q25-A3D8-C22B", D(2026, 11, 16), D(2026, 9, 16), "1", "1Q25-A3C8-D11A, 1Q25-A3D8-C22B"),
    ("FORTINET", "FortiGate-100F", "FC-10-F100F-950-02-12", D(2026, 10, 13), D(2026, 9, 13), "1", "FG100FTK2Q000611"),
    ("FORTINET", "FortiGate-100F", "FC-10-F100F-950-02-12", D(2026, 10, 13), D(2026, 9, 13), "1", "FG100FTK2Q000634"),
    ("FORTINET", "FortiMail Cloud", "FC1-10-FECLD-423-02-12", D(2026, 10, 13), D(2026, 9, 13), "1", None),
    ("CISCO", "C9200L-24-4X-E", "200000165", D(2026, 12, 25), D(2020, 12, 25), "1", "FVH2Q000AM9"),
    ("FORTINET", "Fortiguard & Client", None, D(2026, 10, 16), D(2026, 9, 16), "3", "FCTEMS88Q0000672, FCTEMS88Q0000697, FCTEMS88Q0000711"),
]
for i, (brand, prod, lic, end, rem, qty, sn) in enumerate(IILM, start=1):
    r = i + 2
    ws.cell(r, 1, str(i)); ws.cell(r, 2, brand); ws.cell(r, 3, prod)
    if lic:
        ws.cell(r, 4, lic)
    c = ws.cell(r, 5, end); c.number_format = LONG
    c = ws.cell(r, 6, rem); c.number_format = ISO
    ws.cell(r, 7, qty)
    if sn:
        ws.cell(r, 8, sn)
    ws.cell(r, 9, STAFF)
widths(ws, {"A": 21, "B": 10, "C": 45, "D": 32, "E": 21, "G": 11, "H": 45, "I": 10})

# M365 -----------------------------------------------------------------------------------------
ws = wb.create_sheet("M365")
ws["A1"] = "CLIENT'S M365 RENEWAL LIST"
ws.merge_cells("A1:I1")
for j, h in enumerate(["NO", "COMPANY NAME", "PERSON IN CHARGE", "EMAIL", "PHONE NO", "END DATE", "REMINDER", "QUANTITY", "REMARKS"], start=1):
    ws.cell(2, j, h)
M365 = [("PLANMALAYSIA@Selangor", "PN.SITI", "603 5550 0166", D(2025, 12, 2), None),
        ("ILR Offshore Sdn Bhd", "EN FADZLI", None, D(2025, 3, 7), "1"),
        ("Kayrix Sdn Bhd", "NURUL SYAFIQAH", "019-555 0913", D(2025, 3, 21), "8")]
for i, (co, pic, tel, end, qty) in enumerate(M365, start=1):
    r = i + 2
    ws.cell(r, 1, str(i)); ws.cell(r, 2, co); ws.cell(r, 3, pic); ws.cell(r, 4, STAFF)
    if tel:
        ws.cell(r, 5, tel)
    c = ws.cell(r, 6, end); c.number_format = LONG
    if qty:
        ws.cell(r, 8, qty)
ws.cell(6, 1, NOTE)
widths(ws, {"A": 30, "B": 23, "C": 18, "D": 31, "E": 15, "F": 21, "G": 10})

# the reseller's own licences ------------------------------------------------------------------
for title, sheet, end, remark in [("KYROS SECURITY LABS - PENTEST LICENSE RENEWAL", "License Pentest", D(2027, 7, 14), "Penetration testing license renewal"),
                                  ("KYROS SECURITY LABS - SOC LICENSE RENEWAL LIST", "License SOC", D(2026, 12, 2), "SOC license renewal")]:
    ws = wb.create_sheet(sheet)
    ws["A1"] = title
    ws.merge_cells("A1:E1")
    for j, h in enumerate(["NO", "COMPANY NAME", "EMAIL", "EXPIRY DATE", "REMARKS"], start=1):
        ws.cell(2, j, h)
    ws["A3"] = "1"; ws["B3"] = "Kyros Security Labs"; ws["C3"] = "syafiqah.rosli@example.com, khairul@example.com"
    put(ws, "D3", end, LONG); ws["E3"] = remark
    ws["A4"] = NOTE
    widths(ws, {"A": 8, "B": 26, "C": 50, "D": 16, "E": 34})

save(wb, "clients-en-my-licencerenewals.xlsx")

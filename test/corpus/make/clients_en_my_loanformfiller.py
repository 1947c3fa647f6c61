"""
Shape of zee14913913/Smart_Form_Filler "customer_master.xlsx" (at commit 2d29b6002dc5dff433e1484b75ea3115751a6868):
the customer master a Malaysian loan / financing agent keeps for a tool that fills bank application forms from it,
written by openpyxl. Three sheets:
- Customers: one header row of 30 snake_case keys (bold white on dark purple, centred, row 30 high, frozen
  below), then one row per customer: customer_id (C001…), full_name in capitals (Chinese, Malay 'BIN' / 'BINTI' and
  Indian 'A/L' names), ic_no as 'YYMMDD-PB-####' text, date_of_birth as DD/MM/YYYY text, nationality, gender,
  marital_status (Married / Single), race, religion, mobile_no '01X-XXXXXXX' text, home_tel (empty for some),
  email, address_line1..3 (line 3 empty for some), postcode as text, city, state, country, employer_name
  (… Sdn Bhd), employer_address, monthly_income and annual_income as numbers, occupation, employment_type,
  years_with_employer, bank_name, bank_account_no as text, loan_amount and loan_tenure (months) of the
  financing applied for.
- FieldDictionary: the tool's field dictionary (standard_key, bilingual display name, synonyms in English, Malay
  and 简体, type, example) — configuration, not clients.
- 使用说明: instructions in 简体 (one column, bold section titles).
Five customers. Values invented (names, IC numbers, phones, e-mails at example.com, addresses, employers,
incomes, account numbers).
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import save, workbook

HEADERS = ["customer_id", "full_name", "ic_no", "date_of_birth", "nationality", "gender", "marital_status", "race",
           "religion", "mobile_no", "home_tel", "email", "address_line1", "address_line2", "address_line3", "postcode",
           "city", "state", "country", "employer_name", "employer_address", "monthly_income", "annual_income",
           "occupation", "employment_type", "years_with_employer", "bank_name", "bank_account_no", "loan_amount",
           "loan_tenure"]
WIDTHS = [10, 25, 20, 15, 15, 10, 15, 12, 12, 18, 18, 28, 40, 40, 40, 10, 15, 15, 15, 30, 40, 15, 15, 20, 20, 12, 20,
          22, 15, 12]

ROWS = [
    ["C001", "TAN WEI XIANG", "870914-14-3021", "14/09/1987", "Malaysian", "Male", "Married", "Chinese", "Buddhism",
     "012-7301846", "03-71520934", "tan.weixiang@example.com", "No. 8, Jalan Telawi 2", "Bangsar Baru", None, "59100",
     "Kuala Lumpur", "Wilayah Persekutuan", "Malaysia", "Sinar Data Solutions Sdn Bhd",
     "Level 7, Menara Sinar, Jalan Tun Razak, KL", 9200, 110400, "Systems Architect", "Full-time", 6, "Maybank",
     "5140 2291 8830".replace(" ", ""), 250000, 360],
    ["C002", "MOHD HAFIZ BIN ISMAIL", "810207-10-5567", "07/02/1981", "Malaysian", "Male", "Married", "Malay", "Islam",
     "019-4482071", "03-55193387", "hafiz.ismail@example.com", "No. 21, Jalan Kenari 5", "Puchong Jaya", "Selangor",
     "47100", "Puchong", "Selangor", "Malaysia", "Cahaya Plastik Industries Sdn Bhd",
     "Lot 12, Jalan Perusahaan 3, Klang", 6800, 81600, "Plant Supervisor", "Full-time", 11, "CIMB Bank",
     "8600417725", 160000, 300],
    ["C003", "SARAVANAN A/L MUNIANDY", "930425-08-6113", "25/04/1993", "Malaysian", "Male", "Single", "Indian",
     "Hindu", "011-20573318", None, "saravanan.m@example.com", "No. 3, Lorong Mawar 7", "Ipoh Garden", "Perak",
     "31400", "Ipoh", "Perak", "Malaysia", "Teras Audit & Advisory Sdn Bhd", "Greentown Avenue, Ipoh", 5400, 64800,
     "Audit Associate", "Full-time", 3, "Public Bank", "4417093352", 90000, 180],
    ["C004", "ONG SIEW LAN", "860311-07-2284", "11/03/1986", "Malaysian", "Female", "Married", "Chinese", "Christianity",
     "016-5529043", "04-2287461", "ong.siewlan@example.com", "No. 56, Lebuh Pantai", "George Town", "Pulau Pinang",
     "10300", "George Town", "Pulau Pinang", "Malaysia", "Harbour Freight Agencies Sdn Bhd",
     "Wisma Harbour, Jalan Pengkalan Weld, Penang", 7600, 91200, "Operations Manager", "Full-time", 9,
     "Hong Leong Bank", "2718830461", 200000, 300],
    ["C005", "SITI AISYAH BINTI ROSLAN", "970108-03-4450", "08/01/1997", "Malaysian", "Female", "Single", "Malay",
     "Islam", "013-9046127", None, "aisyah.roslan@example.com", "B-9-3, Residensi Seri Bayu", "Cheras",
     "Kuala Lumpur", "56000", "Kuala Lumpur", "Wilayah Persekutuan", "Malaysia", "Medikal Bestari Sdn Bhd",
     "Klinik Bestari, Taman Connaught, Cheras", 4300, 51600, "Staff Nurse", "Full-time", 2, "RHB Bank",
     "1622087590", 70000, 120],
]

DICTIONARY = [
    ("standard_key", "display_name", "synonyms", "data_type", "example"),
    ("customer.full_name", "Full Name / 姓名", "Full Name,Name,Nama,Nama Penuh,Applicant Name,姓名,申请人姓名", "Text", "TAN WEI XIANG"),
    ("customer.ic_no", "IC No / 身份证号码", "IC No,NRIC No,MyKad No,No KP,Identity Card No,身份证号码", "Text", "870914-14-3021"),
    ("customer.date_of_birth", "Date of Birth / 出生日期", "Date of Birth,DOB,Tarikh Lahir,出生日期", "Date", "14/09/1987"),
    ("customer.nationality", "Nationality / 国籍", "Nationality,Warganegara,国籍", "Text", "Malaysian"),
    ("customer.gender", "Gender / 性别", "Gender,Sex,Jantina,性别", "Text", "Male"),
    ("customer.marital_status", "Marital Status / 婚姻状况", "Marital Status,Status Perkahwinan,婚姻状况", "Text", "Married"),
    ("customer.mobile_no", "Mobile No / 手机号码", "Mobile No,Phone,Tel No,No Tel Bimbit,手机号码", "Text", "012-7301846"),
    ("customer.email", "Email / 电邮", "Email,E-mail,电子邮件", "Text", "tan.weixiang@example.com"),
    ("customer.address_line1", "Address / 地址", "Address,Home Address,Alamat,地址", "Text", "No. 8, Jalan Telawi 2"),
    ("customer.postcode", "Postcode / 邮编", "Postcode,Postal Code,Poskod,邮政编码", "Text", "59100"),
    ("customer.city", "City / 城市", "City,Town,Bandar,城市", "Text", "Kuala Lumpur"),
    ("customer.state", "State / 州属", "State,Negeri,州属", "Text", "Wilayah Persekutuan"),
    ("customer.employer_name", "Employer Name / 雇主", "Employer Name,Company Name,Nama Majikan,雇主名称", "Text", "Sinar Data Solutions Sdn Bhd"),
    ("customer.monthly_income", "Monthly Income / 月收入", "Monthly Income,Gross Monthly Salary,Pendapatan Bulanan,月收入", "Number", "9200"),
    ("customer.occupation", "Occupation / 职业", "Occupation,Job Title,Pekerjaan,职业", "Text", "Systems Architect"),
]
DICT_WIDTHS = [30, 25, 60, 12, 25]

GUIDE = ["智能表格自动填写系统 — customer_master.xlsx 使用说明", None, "一、Customers Sheet", "  • 每一行代表一位客户的完整资料",
         "  • customer_id 为唯一标识符（不可重复）", "  • date_of_birth 请使用 DD/MM/YYYY 格式",
         "  • monthly_income / annual_income 请填入数字（不含货币符号）", None, "二、FieldDictionary Sheet",
         "  • standard_key：系统内部使用的字段键（请勿修改）", "  • synonyms：该字段的所有中英文别名，用英文逗号分隔",
         "  • 可以添加新的同义词，系统重启后自动生效", None, "三、注意事项", "  • 不要修改第一行（列名）",
         "  • 新增客户时请确保 customer_id 唯一", "  • 文件保存后，系统会自动读取最新数据（无需重启）"]

HEAD_FONT = Font(name="Calibri", size=10, bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="4A3F6B")


def header(ws, values, widths):
    ws.append(values)
    for i, w in enumerate(widths):
        cell = ws.cell(1, i + 1)
        cell.font = HEAD_FONT
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[cell.column_letter].width = w
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "A2"


wb = workbook()
ws = wb.active
ws.title = "Customers"
header(ws, HEADERS, WIDTHS)
for row in ROWS:
    assert len(row) == len(HEADERS)
    ws.append(row)

wd = wb.create_sheet("FieldDictionary")
header(wd, list(DICTIONARY[0]), DICT_WIDTHS)
for row in DICTIONARY[1:]:
    wd.append(list(row))

wg = wb.create_sheet("使用说明")
wg.column_dimensions["A"].width = 70
for i, line in enumerate(GUIDE, 1):
    if line is not None:
        wg.cell(i, 1, line)
wg["A1"].font = Font(size=13, bold=True, color="4A3F6B")
for r in (3, 9, 14):
    wg.cell(r, 1).font = Font(bold=True)

save(wb, "clients-en-my-loanformfiller.xlsx")

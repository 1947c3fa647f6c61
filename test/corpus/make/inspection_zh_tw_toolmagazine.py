"""
Shape of the header block of a Taiwanese machine-tool maker's quality inspection sheet for a disc-type tool
magazine (form number and issue date in the sheet name), kept as test data by an Excel-reader tool, as
akikuma2762/ExcelReader keeps it ("測試資料.xlsx", commit 0b319da581b3ffae803c5ac80abc943533542354).

- One sheet, 'QF-VQ-82101 (20241201 發行)', A1:M5, four merges.
- A1:M1 the maker's name (English + 繁體); A2:K2 the form title in 繁體 and English on two lines with leading
  spaces; L2:M2 the form number and revision on two lines.
- Row 3, bilingual headers on several lines each: 客戶\nClient, 訂單編號\nOrder\nNumber, 客戶機型\nMachine Model,
  客戶確認單\nCCS, 刀庫編號\nMagazine Serial Number, 刀套 規格/角度, 刀爪規格, 刀臂半徑, 凸輪箱 型號/角度, 刀數,
  馬達電壓, 馬達頻率, 電磁閥電壓.
- Row 4, the one magazine inspected: the customer as a short code ('BFW'), order number '9000021348 / 0',
  machine model, confirmation and serial numbers, specs, radius / capacity / voltage / frequency as floats,
  'NA'. Row 5: 特殊要求 (Special Request) in A5 and an empty merged B5:M5.
Values invented: maker, customer code, numbers, specs.
A product inspection form for one machine part: a person imports nothing.
"""
from openpyxl.styles import Alignment

from fake import Fake, workbook, save

f = Fake("inspection-zh-tw-toolmagazine")
wb = workbook()
ws = wb.active
ws.title = "QF-VQ-82101 (20250301 發行)"
ws["A1"] = "Kestrel Precision 鷹準機械股份有限公司"
ws["A2"] = "        盤式刀庫(E系列一)品檢表\n                  Disk Type Magazine Inspection Sheet"
ws["L2"] = "QF-VQ-82101\n01-250301"
heads = ["客戶\nClient", "訂單編號\nOrder\nNumber", "客戶機型\nMachine Model", "客戶確認單\nCCS",
         "刀庫編號\nMagazine Serial Number", "刀套\n規格/角度\nPocket \nSpecification/\nClip Angle",
         "刀爪規格\nGripper Specification", "刀臂半徑\nArm Radius", "凸輪箱\n型號/角度\nCambox Model/Clip Angle",
         "刀數 \nTool Capacity", "馬達電壓\nMotor\nVoltage", "馬達頻率\nMotor Frequency", "電磁閥\n電壓\nValve\nVoltage"]
for c, h in enumerate(heads, start=1):
    ws.cell(3, c, h).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
row = ["KMT", f"{f.r.randrange(9000000000, 9000099999)} / 0", f"VMC-{f.r.randrange(30, 90)}50",
       f"R4{f.pick('ABCD')}E{f.r.randrange(1, 9)}KM{f.r.randrange(10, 99)}J01-01", f"R4AE4-25{f.r.randrange(1000):04d}",
       "BT/80", "BT", 220.0, "H21/80", 24.0, 380.0, 60.0, "NA"]
for c, v in enumerate(row, start=1):
    ws.cell(4, c, v)
ws["A5"] = "特殊    \n要求\nSpecial\nRequest"
for rng in ["A1:M1", "A2:K2", "B5:M5", "L2:M2"]:
    ws.merge_cells(rng)
for cell in ("A2", "L2", "A5"):
    ws[cell].alignment = Alignment(wrap_text=True)
for col, w in {"A": 6.22, "B": 9.0, "C": 12.44, "D": 12.11, "E": 11.0, "F": 12.33, "G": 10.0, "H": 8.33, "I": 10.22,
               "J": 6.56, "K": 8.11, "L": 8.0, "M": 6.33}.items():
    ws.column_dimensions[col].width = w
save(wb, "inspection-zh-tw-toolmagazine.xlsx")

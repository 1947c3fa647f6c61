"""
Shape of ralfyao/MedicalBeautyDataServ "Files/客戶清單.xlsx": the customer import template a Taiwanese
medical-beauty clinic's web system hands out for download (Excel, 新細明體 12, no widths): 工作表1 with
姓名 / 性別 / 電話 / 生日 and two sample customers, the phone typed as a short number (not a real
number), the birthday a date formatted mm-dd-yy; 工作表2 and 工作表3 left empty as Excel makes them.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import save, workbook

wb = workbook()
wb.properties.creator = None
wb.properties.lastModifiedBy = None
wb.properties.created = datetime.datetime(2006, 9, 16)
wb.properties.modified = datetime.datetime(2021, 6, 15, 6, 35, 20)
font = Font(name="新細明體", size=12)
ws = wb.active
ws.title = "工作表1"
ws.append(["姓名", "性別", "電話", "生日"])
ws.append(["林美華", "女", 80808, datetime.datetime(2000, 1, 1)])
ws.append(["許二妹", "女", 27365, datetime.datetime(2000, 1, 1)])
for row in ws.iter_rows():
    for c in row:
        c.font = font
        if c.column == 4 and c.row > 1:
            c.number_format = "mm-dd-yy"
wb.create_sheet("工作表2")
wb.create_sheet("工作表3")

save(wb, "clients-zh-tw-beautytemplate.xlsx")

"""
Shape of Xenovative/WA-BOT "data/customers.xlsx" (at commit da34acf): the customer sheet a Hong Kong
WhatsApp payment-reminder bot keeps, written by openpyxl. One sheet 客戶資料, header in row 1, no
styles: 客戶編號 (CUST001 …), 姓名 (Chinese name), 英文姓名 (the same name in Hong Kong romanisation),
電話 (+852 with a space in the middle), 電郵, 地址 (a Hong Kong street address in Chinese), 狀態 (活躍), 備註
(VIP客戶), 創建日期 and 更新日期 (date-times with milliseconds, shown as mm-dd-yy). The bot seeds the
sheet with one sample customer; it holds only that row. Values invented (the original's sample is
the bot author's placeholder; a new placeholder here).
"""
import datetime

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "客戶資料"
ws.append(["客戶編號", "姓名", "英文姓名", "電話", "電郵", "地址", "狀態", "備註", "創建日期", "更新日期"])
created = datetime.datetime(2025, 6, 20, 16, 58, 50, 270000)
ws.append(["CUST001", "陳家明", "Chan Ka Ming", "+852 5550 0123", "ka.ming@example.com", "香港中環皇后大道中99號", "活躍",
           "VIP客戶", created, created])
ws["I2"].number_format = "mm-dd-yy"
ws["J2"].number_format = "mm-dd-yy"
save(wb, "customers-zh-hk-whatsapp.xlsx")

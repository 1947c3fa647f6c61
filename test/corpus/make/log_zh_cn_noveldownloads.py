"""
Shape of 13fire14/download_novel 用户数据.xlsx (commit 4936bf6a3ba69dffe5028f952523d351be33434c): the
"user data" a novel-download script appends to. Sheet1: header 登陆时间 / 搜索书名 / 下载总时长 /
下载情况 / 所属类别 and a single row — a login date-time shown m/d/yy h:mm, the book title searched,
the download time in seconds, a 1 for success, the genre (武侠小说). Sheet2 and Sheet3 empty.
No person anywhere despite the file name: nothing to import. Values invented.
"""
import datetime

from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["登陆时间", "搜索书名", "下载总时长", "下载情况", "所属类别"])
ws.append([datetime.datetime(2023, 3, 2, 21, 17, 40), "射雕英雄传", 388, 1, "武侠小说"])
ws["A2"].number_format = "m/d/yy h:mm"
ws.column_dimensions["A"].width = 17.6666666666667
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "log-zh-cn-noveldownloads.xlsx")

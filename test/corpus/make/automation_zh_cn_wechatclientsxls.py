"""
Shape of WencaiZheng/wechat-send-to-groups clients.xls (commit 93fee0476db239e2853cb92d585b6c1e6fe5c628): the
command table of a WeChat desktop automation script that forwards a message to a list of groups,
an Excel 97-2003 workbook named clients.xls. Two sheets, "Official" and "Test", each with the
header 指令类型（1 单击  2 双击  3 右键  4 输入  5 等待  6滚轮） / 内容（图片名称.png、输入内容、等待时长/秒） /
重复次数(-1代表一直重复) and a couple of steps: a command code, what to click or type (the
"文件传输" chat, a group name "群1"), the repeat count mostly empty. Nothing in it is a client.
Group names invented. Saved by LibreOffice as .xls.
"""
from fake import save, workbook

HEAD = ["指令类型（1 单击  2 双击  3 右键  4 输入  5 等待  6滚轮）", "内容（图片名称.png、输入内容、等待时长/秒）", "重复次数(-1代表一直重复)"]
wb = workbook()
ws = wb.active
ws.title = "Official"
ws.append(HEAD)
ws.append([1, "文件传输"])
ws.append([1, "群1"])
ws.append([1, "群2"])
ws.append([5, 2])
test = wb.create_sheet("Test")
test.append(HEAD)
test.append([1, "文件传输"])
for sheet in (ws, test):
    sheet.column_dimensions["A"].width = 44
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 24
save(wb, "automation-zh-cn-wechatclientsxls.xls", libreoffice="xls")

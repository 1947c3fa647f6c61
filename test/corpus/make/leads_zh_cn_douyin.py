"""
leads-zh-cn-douyin.xls: an online insurance seller's ad leads exported from Douyin's lead
platform (巨量引擎 线索), the shape of upload/activity_upload.xls in 18736871304/mhcore: Excel
97-2003, one sheet Sheet1, a 30-column header (线索ID, 客户姓名, 电话号码, 线索状态, 所属人, 通话状态,
标签, 线索类型, 流量来源, 线索来源, 推广页面, 微信号, QQ号, 邮箱, 性别, 出生日期, 日期, 所在省, 详细地址,
组件ID, 组件名称, 广告计划ID, 广告计划名称, 备注, 留言, 跟进记录, 线索产生时间, 广告主ID, 广告主名称,
自动定位城市) and one lead: long ids as text, no phone, owner or status yet, the landing-page URL,
the lead form's answers in 备注 ("/为谁了解:自己/请输入您的年龄(…):42"), the creation time as text,
the advertiser (the seller's own ad account) and the platform's guess of the city ("省+市").

Values are invented (fake.py); LibreOffice writes the .xls.
"""
from fake import Fake, save, workbook

f = Fake(1525)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"

HEADER = ["线索ID", "客户姓名", "电话号码", "线索状态", "所属人", "通话状态", "标签", "线索类型", "流量来源", "线索来源",
          "推广页面", "微信号", "QQ号", "邮箱", "性别", "出生日期", "日期", "所在省", "详细地址", "组件ID", "组件名称",
          "广告计划ID", "广告计划名称", "备注", "留言", "跟进记录", "线索产生时间", "广告主ID", "广告主名称", "自动定位城市"]
for j, h in enumerate(HEADER, 1):
    ws.cell(1, j, h)


def digits(n):
    return str(f.r.randrange(1, 10)) + "".join(str(f.r.randrange(10)) for _ in range(n - 1))


row = {
    "线索ID": digits(19),
    "客户姓名": f.name_cn(),
    "流量来源": "抖音",
    "线索来源": "合法转化",
    "推广页面": f"https://www.chengzijianzhan.com/tetris/page/{digits(19)}/",
    "组件ID": digits(16),
    "组件名称": "立即测算保费-4.20",
    "广告计划ID": digits(16),
    "广告计划名称": "口播_重疾险_测算保费_4.26_bxgs_2",
    "备注": "/为谁了解:自己/请输入您的年龄(适龄人群：23~45):42",
    "线索产生时间": "2021-05-04 07:42:36",
    "广告主ID": digits(16),
    "广告主名称": "嘉禾保险销售有限公司B10",
    "自动定位城市": "辽宁+沈阳",
}
for j, h in enumerate(HEADER, 1):
    if h in row:
        ws.cell(2, j, row[h]).number_format = "@" if h.endswith("ID") else "General"

save(wb, "leads-zh-cn-douyin.xls", libreoffice="xls")

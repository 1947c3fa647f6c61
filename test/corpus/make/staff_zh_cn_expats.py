"""
Shape of karma-taylor/work_calendar 人员名单.xlsx: a project's list of its workers posted abroad,
one sheet per employer ("CSI", "江都", "科林"), each under a two-row header — a group row (总序,
基础信息, 国内信息, 护照信息, 出入境信息, merged across their columns) above the column headers
(序号, 中文名, 英文名, Badge号, 岗位, 员工类别, 年龄, 当前工作地点, 部门名称, 身份证号, 出生日期 as
yyyymmdd, 联系电话, home province/city/district and address, 家属姓名 and 联系电话, passport number and
expiry, days to expiry, travel dates, 工作天数). Ages, days and IDs typed as text with trailing
spaces. The organisation's own people, not clients. Values invented (ID numbers are random digits).
"""
import datetime

from fake import Fake, workbook, save

HEAD = ["序号", "中文名", "英文名", "Badge号", "岗位", "员工类别", "年龄", "当前工作地点", "部门名称",
        "身份证号", "出生日期", "联系电话", "国内常住省\n（直辖市）", "市", "县/区",
        "市、区县、街道、小区等具体地址", "家属姓名", "联系电话", "护照号", "护照过期日期",
        "距护照过期天数", "出国日期", "入境伊拉克日期", "工作天数"]
GROUPS = [("总序", 1, 1), ("国内信息", 11, 19), ("护照信息", 20, 22), ("出入境信息", 23, 25)]
POSTS = ["工程管理", "项目管理", "英语翻译", "电工", "钢筋工", "木工", "厨师", "文控", "工人", "司机"]
KINDS = ["正式员工", "外派劳务", "分包商员工"]
PROVS = [("四川省", "成都市", "武侯区"), ("山东省", "济南市", "历城区"), ("河南省", "林州市", "合涧镇"),
         ("江苏省", "扬州市", "江都区")]
ROADS = ["建设路", "人民大道", "解放路", "中山路", "和平路"]

f = Fake("staff-zh-cn-expats")


def pinyin_like(i):
    return f.pick(["Wang", "Zhao", "Liu", "Huang", "Tian", "Yu", "Shao", "Hu"]) + " " + \
        f.pick(["Congmin", "Yongqiang", "Baizheng", "Peilin", "Wenchang", "Huawei"])


def sheet(wb, title, count, dept, workplace, with_kind=True, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    head = HEAD if with_kind else [h for h in HEAD if h != "员工类别"]
    shift = 0 if with_kind else -1
    for text, left, right in GROUPS:
        l, r = (left, right) if left == 1 else (left + shift, right + shift)
        ws.cell(1, l, text)
        if r > l:
            ws.merge_cells(start_row=1, start_column=l, end_row=1, end_column=r)
    for j, h in enumerate(head):
        ws.cell(2, j + 2, h)
    for i in range(count):
        born = f.date(datetime.date(1966, 1, 1), datetime.date(2003, 12, 31))
        prov, city, district = f.pick(PROVS)
        out = f.date(datetime.date(2024, 9, 1), datetime.date(2025, 11, 30))
        expiry = f.date(datetime.date(2027, 1, 1), datetime.date(2034, 12, 31))
        row = {
            "序号": str(i + 1), "中文名": f.name_cn(), "英文名": pinyin_like(i).upper() if f.chance(0.4) else pinyin_like(i),
            "Badge号": str(10000 + f.r.randrange(80000)), "岗位": f.pick(POSTS), "员工类别": f.pick(KINDS),
            "年龄": f"{2025 - born.year} ", "当前工作地点": workplace, "部门名称": dept,
            "身份证号": "51" + "".join(str(f.r.randrange(10)) for _ in range(4)) + born.strftime("%Y%m%d") + f"{f.r.randrange(1000):03d}" + "0",
            "出生日期": born.strftime("%Y%m%d"), "联系电话": f.mobile_cn(),
            "国内常住省\n（直辖市）": prov, "市": city if f.chance(0.6) else None, "县/区": district if f.chance(0.5) else None,
            "市、区县、街道、小区等具体地址": f"{prov}{city}{district}{f.pick(ROADS)}{f.r.randrange(1, 200)}号",
            "家属姓名": f.name_cn(), "护照号": f"E{f.pick('AGHJKLM')}{f.r.randrange(10**7):07d}",
            "护照过期日期": f"{expiry.year}年{expiry.month}月{expiry.day}日", "距护照过期天数": f"{(expiry - datetime.date(2025, 12, 1)).days} ",
            "出国日期": out.isoformat(), "入境伊拉克日期": (out + datetime.timedelta(days=1)).isoformat(),
            "工作天数": f"{(datetime.date(2025, 12, 1) - out).days} ",
        }
        ws.cell(i + 3, 1, str(i + 1))
        family_phone_col = head.index("联系电话", head.index("家属姓名"))
        for j, h in enumerate(head):
            v = f.mobile_cn() if j == family_phone_col else row.get(h)
            if v is not None:
                ws.cell(i + 3, j + 2, v)


wb = workbook()
sheet(wb, "CSI", 30, "马吉农项目部", "伊拉克巴士拉马吉农油田项目部", first=True)
sheet(wb, "江都", 24, "马吉农项目部", None, with_kind=False)
sheet(wb, "科林", 3, "技术部", "玛吉努油田")
save(wb, "staff-zh-cn-expats.xlsx")

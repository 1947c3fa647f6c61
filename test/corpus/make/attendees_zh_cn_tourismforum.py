"""
Shape of xsw911213/excel-to-js-json "member.xlsx" (at commit e674a6ec473cfe16224749f6a457ab5039327d2d):
the guest list of a city's tourism-industry conference in Hebei (简体, Excel), which a small node
script turns into JSON for a check-in page. Three sheets:

- Sheet1: header 姓名 / 电话 / 单位名称 / 个人行程 in row 1 (columns A, C, D text-formatted '@',
  no styling, no freeze, D about 107 wide), then 214 delegates, one per row, grouped by the unit
  that sent them (84 units: city tourism bureaus and 旅游发展委员会, city governments, provincial
  departments, a few companies, colleges, a newspaper, an overseas chamber of commerce; one to
  eight people each). Mobiles stored as numbers, five of one unit's typed as text. Unit names as
  typed: an inner space ('阳泉市 旅游局'), two leading blanks, two names run together with a double
  space, abbreviations (省审计厅, 河北师大, 省直). Names: two two-character names padded with a
  double space in the middle, one with a trailing blank, one a surname + title (闫调研员). 个人行程
  is the same itinerary text on every row (the events of the two days); the last row is the
  developer's test entry: a unit 测试部门 and '#a' glued to the itinerary. An empty column E carries
  formatting only.
- Sheet2: invited business guests under a group line: header 参会人数 / 单位名称 / 联系人 / 性别 / 民族
  / 联系电话 / 职务 / 抵达日期方式 / 返程日期方式 in row 1, a merged group line '不知道是谁邀请的' in
  row 2, then four companies with three people each: 参会人数 (3) and 单位名称 merged down the
  company's three rows (and the empty arrival/return cells merged too), one row per person with
  gender, ethnicity (汉), mobile as a number and title (董事长, 总经理, 招商专员 …); eighteen empty
  rows, then a lone merged group line '省外地市政府领导' in row 33 with nobody under it.
- Sheet3: the same header, a merged group line '省领导', one provincial department with two
  people (unit and count merged over both rows), the second without a phone.

Values invented (people, phones, companies; the public bodies are generic names).
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("attendees-zh-cn-tourismforum")

ITINERARY = "第二届石家庄市旅游产业发展大会开幕式及实景演出,6月9号20:00,西部长青水上乐园;旅游项目线路观摩,6月10号8:00-18:00"

# (unit as typed, how many delegates) in the order of the list
UNITS = [
    ("唐山市旅游局", 3), ("沧州市旅游局", 6), ("定州市旅游局", 4), ("廊坊市旅游发展委员会", 4),
    ("邢台市旅游发展委员会", 7), ("保定市旅游发展委员会", 8), ("承德市旅游发展委员会", 3), ("辛集市文广新局", 3),
    ("张家口市旅游发展委员会", 8), ("邯郸市旅游发展委员会", 3), ("秦皇岛市旅游发展委员会", 1),
    ("衡水市人民政府  衡水市旅游发展委员会", 4), ("北京市延庆区旅游局", 2), ("北京市怀柔区旅游行业协会", 2),
    ("北京市门头沟区旅游委", 1), ("天津市蓟州区旅游发展委员会", 4), ("阳泉市 旅游局", 4), ("聊城市旅游委", 3),
    ("黑河市旅游发展委员会", 1), ("呼和浩特市旅游发展委员会", 3), ("鄂尔多斯市旅游发展委员会", 1),
    ("吉林市旅游发展委员会", 1), ("包头市旅游发展委员会", 3), ("  新乡市外事侨务旅游局", 3), ("晋中市旅游发展委员会", 2),
    ("开封市旅游委员会", 2), ("宿迁旅游局", 2), ("大同市旅游发展委员会", 2), ("北戴河区全域旅游指挥部", 6),
    ("重庆丰都县旅游委", 3), ("佛罗伦萨省", 1), ("云帆工程网络有限公司", 1), ("中原宏达产业市镇发展有限公司", 1),
    ("北京远帆文化传播发展有限公司", 1), ("国家统计局河北调查队", 2), ("国家统计局石家庄调查队", 1), ("河北师大", 1),
    ("远航国际租赁有限公司", 1), ("天岳集团", 6), ("石家庄职业技术学院", 5), ("澳大利亚冀商联合会", 6),
    ("来仪旅游规划设计有限公司", 1), ("河北省直", 3), ("通飞华北飞机公司", 1), ("巴西伊思嘉商务之旅", 1),
    ("石家庄能源投资集团有限公司", 1), ("京津冀蔬菜产业联盟", 1), ("北京市农林科学院", 1), ("廊坊日报社", 5),
    ("承德市人民政府", 5), ("张家口市人民政府", 1), ("邢台市人民政府", 3), ("辛集市人民政府", 3),
    ("阳泉市人民政府", 1), ("沧州市人民政府", 1), ("新乡市人民政府", 1), ("河北省文化厅", 1),
    ("河北银行股份有限公司", 2), ("河北省农村信用社联合社", 1), ("河北省新闻出版广电局", 3), ("省审计厅", 3),
    ("河北省住房和城乡建设", 1), ("河北省统计局", 3), ("河北省地方税务局", 1), ("中共河北省委对外外宣局", 3),
    ("省国资委", 2), ("省物价局", 1), ("河北司法厅", 2), ("河北省国防科技工业局", 3), ("河北省供销合作社", 2),
    ("省工商局", 2), ("河北省作家协会", 3), ("河北省委党校", 1), ("河北省名族宗教事务厅", 3), ("省侨联", 3),
    ("河北省食药局", 3), ("河北省机构编制委员会", 2), ("河北安全生产监督管理局", 3), ("河北省质量技术监督局", 3),
    ("省国税局", 3), ("共青团河北省委", 1), ("省商务厅", 1), ("河北省通信管理局", 3), ("测试部门", 1),
]
assert sum(n for _, n in UNITS) == 214 and len(UNITS) == 84

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, head in zip("ABCD", ["姓名", "电话", "单位名称", "个人行程"]):
    ws[f"{col}1"] = head
    ws[f"{col}1"].number_format = "@"
ws.column_dimensions["A"].width = 15
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 107

r = 2
odd_names = {9: "double", 31: "double", 57: "trailing", 140: "title"}
for unit, count in UNITS:
    text_phones = unit == "邢台市旅游发展委员会"
    for k in range(count):
        i = r - 2
        kind = odd_names.get(i)
        if kind == "double":
            name = f.pick(list("韩王李赵")) + "  " + f.pick(list("勇昕伟静"))
        elif kind == "title":
            name = f.pick(list("闫郑")) + "调研员"
        else:
            name = f.name_cn()
            if kind == "trailing":
                name += " "
        phone = f.mobile_cn()
        itinerary = ITINERARY
        if unit == "测试部门":
            itinerary += "#a"
        ws.cell(r, 1, name).number_format = "@"
        # five of one unit's mobiles were typed as text (left of a text cell), the rest are numbers
        ws.cell(r, 2, phone if (text_phones and k >= 2) else int(phone))
        ws.cell(r, 3, unit).number_format = "@"
        ws.cell(r, 4, itinerary).number_format = "@"
        ws.cell(r, 5).number_format = "General"
        r += 1

HEAD2 = ["参会人数", "单位名称", "联系人", "性别", "民族", "联系电话", "职务", "抵达日期方式", "返程日期方式"]
CENTER = Alignment(horizontal="center", vertical="center")


def guest_sheet(title, blocks, group, trailing_group=None):
    s = wb.create_sheet(title)
    for j, head in enumerate(HEAD2, 1):
        s.cell(1, j, head).number_format = "@"
    s.cell(2, 1, group)
    s.merge_cells(start_row=2, start_column=1, end_row=2, end_column=9)
    s.column_dimensions["B"].width = 26.35
    row = 3
    for company, people in blocks:
        first = row
        s.cell(row, 1, len(people))
        s.cell(row, 2, company).number_format = "@"
        for name, sex, phone, role in people:
            s.cell(row, 3, name).number_format = "@"
            s.cell(row, 4, sex).number_format = "@"
            s.cell(row, 5, "汉").number_format = "@"
            if phone:
                s.cell(row, 6, int(phone))
            s.cell(row, 7, role).number_format = "@"
            s.cell(row, 8).number_format = 'yyyy"年"m"月"d"日"'
            for col in range(2, 8):
                s.cell(row, col).alignment = CENTER
            row += 1
        last = row - 1
        if last > first:
            for col in (1, 2, 8, 9):
                s.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    if trailing_group:
        s.cell(33, 1, trailing_group)
        s.merge_cells("A33:I33")
    return s


COMPANIES = [
    ("河北环宇国际物流有限公司", ["董事长", "副董事长", "执行董事"]),
    ("河北嘉和市场服务有限公司", ["总经理", "总监", "副总经理"]),
    ("石家庄瑞佳物业有限公司", ["总监", "总经理", "副总经理"]),
    ("河北鸿泰房地产开发有限公司", ["招商专员", "招商专员", "招商专员"]),
]
blocks2 = [(company, [(f.name_cn(), "男" if f.chance(0.85) else "女", f.mobile_cn(), role) for role in roles])
           for company, roles in COMPANIES]
guest_sheet("Sheet2", blocks2, "不知道是谁邀请的", trailing_group="省外地市政府领导")

blocks3 = [("河北省文化厅", [(f.name_cn(), "女", f.mobile_cn(), "文化厅厅长"), (f.name_cn(), "男", None, "党组书记")])]
guest_sheet("Sheet3", blocks3, "省领导")

save(wb, "attendees-zh-cn-tourismforum.xlsx")

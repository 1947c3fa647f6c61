"""
Shape of CIRA18-HUB/sales_dashboard "客户状态.xlsx" (commit 4f768e5a29453efa4df909a2380af75554a3d2be): a
snack-food maker's dealer list with account status, exported from its sales system, one sheet
named after the export ("人与客户关系表-<staff name>-2025-05-19").

- Row 1: 客户 状态, bold on a dark grey fill; panes frozen at A500 (as saved).
- One dealer per row: registered company names (…商贸有限公司, …食品有限公司, some with a province
  in full-width brackets: 华直采（河南）科技有限公司) and small traders (…县…食品商行, …副食经营部,
  …配送中心); 状态 正常 or 闭户 (closed account, about four in ten). One dealer appears twice.
525 rows in the original; 300 here. Names invented; the staff name in the sheet name too.
"""
from openpyxl.styles import Font, PatternFill

from fake import Fake, workbook, save

f = Fake("dealers-zh-cn-snackstatus")
wb = workbook()
ws = wb.active
ws.title = "人与客户关系表-邹雅琴-2025-05-19"
ws.append(["客户", "状态"])
for c in ws[1]:
    c.font = Font(bold=True, color="FFFFFFFF")
    c.fill = PatternFill("solid", fgColor="FF585858")
PROV = ["湖北", "湖南", "安徽", "江苏", "河南", "四川", "广东", "山东", "重庆", "浙江", "福建", "河北", "天津"]
CITY = ["台州", "长沙", "武汉", "襄阳", "昆山", "如皋", "溧阳", "临沂", "阜阳", "蚌埠", "宿州", "淮北", "六安", "宣城", "开平", "霞浦"]
COUNTY = ["宁乡县玉潭镇", "西塞山区", "江岸区", "海安县", "曹县", "宽城区", "渝北区", "利辛县", "五河县", "蒙城县", "砀山县", "太和县",
          "颍泉区", "谯城区", "凤阳县府城镇", "当涂县", "雨山区", "霍邱县城关镇", "大通区洛河镇"]
W = ["大宇", "钱多多", "予味", "乐象", "新嘉", "远翔", "好心情", "恒诚", "双渔", "锦航", "樱花", "悠享", "开源", "凯嘉", "裕通",
     "金唛", "大福隆", "福泰", "峰祥", "润汇", "鑫诚", "三盛", "朝日", "良友", "润盈", "鑫祺", "文悦", "晓红", "豪桐", "鼎丰",
     "富味", "佳禾", "百联", "旺客", "喜多", "优品", "聚源", "恒丰", "万家", "合众", "瑞丰", "嘉味", "康达", "天润"]
used = set()
def dealer():
    for _ in range(500):
        r = f.r.random()
        if r < 0.45:
            n = f"{f.pick(PROV + CITY)}{f.pick(W)}{f.pick(['商贸有限公司', '食品有限公司', '商贸有限责任公司', '贸易有限公司', '供应链管理有限公司', '电子商务有限公司'])}"
        elif r < 0.52:
            n = f"{f.pick(W)}{f.pick(['直采', '供应链', '贸易'])}（{f.pick(PROV)}）{f.pick(['科技有限公司', '商贸有限公司', '供应链管理有限公司'])}"
        else:
            n = f"{f.pick(COUNTY + CITY)}{f.pick(W)}{f.pick(['食品商行', '副食商行', '食品经营部', '副食经营部', '商行', '食品店', '配送中心', '食品批发中心', '糖酒商店'])}"
        if n not in used:
            used.add(n)
            return n
    raise RuntimeError
names = [dealer() for _ in range(299)]
names.insert(2, names[1])  # the same dealer twice, the second just below
for n in names:
    ws.append([n, "闭户" if f.chance(0.43) else "正常"])
ws.cell(2, 2, "正常"); ws.cell(3, 2, "正常"); ws.cell(4, 2, "正常")
ws.column_dimensions["A"].width = 20.0
ws.freeze_panes = "A500"
save(wb, "dealers-zh-cn-snackstatus.xlsx")

"""
Shape of a compiled list of environmental penalty notices against companies in Shandong, as in
zhanggh8023/pythonclass "qixy_spider/企业名单.xlsx" (commit 7ae0acf6d6803449b50fc34573c83902ead01cef;
the input of a scraper that looks up each company's legal person, permits and penalties on company-
information sites — an environmental-compliance data project). One sheet '企业名单', header on row 1
(bold, wrapped), frozen below it, an autofilter over all columns: 序号 / 序列 ('SHD00008856') / 企业名称
/ 统一社会信用代码 / 所属地市 / 所属区县 / '行业\\n［固定污染源排污许可分类管理名录（2017年版）］' /
排污许可证实施时限 (2019, 2020, '不详', '2017/2020') / 是否取得排污许可证 / 处罚公布时间 (dates,
yyyy/m/d) / 存在问题 (a long sentence) / 处理情况 / 罚款 (a number, or '未标明') / 信息来源 (the city
government or environment bureau) / 标题 (the notice's title or file number) / 网址 / 备注 (rare
'031/135'). One row per penalty notice, so a company appears on several rows; about a third of the
rows carry only 序列, company, credit code, city and district (序号 and the rest blank). Sorted by
city, district and company. The real list has 4,810 rows; this one about 310.
Values invented: companies, credit codes, notices, fines and addresses.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("penalties-zh-cn-envenforcement")
PLACES = {"潍坊市": ["安丘市", "青州市", "寿光市", "昌邑市"], "烟台市": ["龙口市", "莱州市", "招远市"], "临沂市": ["沂水县", "兰陵县", "费县"],
          "青岛市": ["黄岛区", "即墨区", "胶州市"], "东营市": ["广饶县", "垦利区"], "菏泽市": ["成武县", "曹县"]}
CODES = {"安丘市": "370784", "青州市": "370781", "寿光市": "370783", "昌邑市": "370786", "龙口市": "370681", "莱州市": "370683",
         "招远市": "370685", "沂水县": "371323", "兰陵县": "371324", "费县": "371325", "黄岛区": "370211", "即墨区": "370215",
         "胶州市": "370281", "广饶县": "370523", "垦利区": "370505", "成武县": "371723", "曹县": "371721"}
TRADES = ["皮革、毛皮、羽毛及其制品和制鞋业19", "非金属矿物制品业30", "化学原料和化学制品制造业26", "金属制品业33", "农副食品加工业13",
          "有色金属冶炼和压延加工业32", "纺织业17", "不详"]
WORDS = ["宏达", "汇鑫", "吉祥", "亚星", "华通", "泰和", "昆达", "鑫源", "恒丰", "金桥", "瑞祥", "永盛", "润达", "聚丰", "宝利"]
KINDS = ["工艺品厂", "新型建材厂", "电工器材有限公司", "热处理材料有限公司", "生物科技有限公司", "化工有限公司", "机械有限公司", "食品有限公司",
         "纺织有限公司", "热电有限公司", "地毯有限责任公司", "铸造厂"]
PROBLEMS = ["未依法报批环评文件，擅自开工建设{p}项目", "{p}项目需要配套建设的环境保护设施未建成、未验收，建设项目即投入生产或者使用",
            "{p}项目未经环保部门验收，正式投入生产", "未取得环境影响评价文件批复，擅自建设{p}项目，并投入生产", "废气收集处理设施未正常运行，{p}车间无组织排放"]
PROJECTS = ["棉拖鞋加工", "烧结建材砖", "拖拉机配件制造", "糖化酶生产", "人造草坪", "机械零部件铸造", "塑料颗粒加工", "饲料加工"]
AMOUNTS = ["壹万元", "贰万元", "伍万元", "叁拾万元", "壹万伍仟元", "肆万元"]
VALUE = {"壹万元": 10000, "贰万元": 20000, "伍万元": 50000, "叁拾万元": 300000, "壹万伍仟元": 15000, "肆万元": 40000}


def credit_code(district):
    return "91" + CODES[district] + "".join(f.pick("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)) + f.pick("0123456789X")


companies = []
for city, districts in PLACES.items():
    for d in districts:
        for _ in range(f.r.randrange(8, 14)):
            name = f._unique(lambda: f"{d[:-1] if len(d) > 2 else d}{f.pick(WORDS)}{f.pick(KINDS)}")
            companies.append((city, d, name, credit_code(d)))

rows = []
serial = 8800
number = 0
for city, d, name, code in companies:
    for _ in range(f.pick([1, 1, 1, 2, 2, 3])):
        serial += f.r.randrange(1, 30)
        seq = f"SHD{serial:08d}"
        if f.chance(0.33):
            rows.append([None, seq, name, code, city, d] + [None] * 11)
            continue
        number += f.r.randrange(1, 12)
        trade = f.pick(TRADES)
        limit = "不详" if trade == "不详" else f.pick([2019, 2020, 2020, "2017/2020"])
        permit = "不详" if trade == "不详" else ("否/未到实施时限" if limit == "2017/2020" else "未到实施时限")
        date = f.date(datetime.date(2016, 6, 1), datetime.date(2018, 6, 30))
        amount = f.pick(AMOUNTS)
        fine = VALUE[amount] if f.chance(0.93) else "未标明"
        handling = f.pick([f"罚款人民币{amount}整", f"责令停止生产，罚款人民币{amount}", "罚款", f"1、责令停产；2、罚款{amount}"])
        source = f.pick([f"{d}人民政府", f"{city}环保局"])
        title = f.pick([f"{date.year}年{date.month}月份行政处罚信息公示表", f"{d[:2]}环罚字（{date.year}）{f.r.randrange(10, 300)}号",
                        f"{date.year}年立案查处的环境违法行为（{f.pick('一二三四五六七')}）"])
        url = f"http://xxgk.example.gov.cn/shbj/{date:%Y%m}/t{date:%Y%m%d}_{f.r.randrange(1000000, 9999999)}.html"
        note = f"{f.r.randrange(1, 300):03d}/{f.r.randrange(100, 310)}" if f.chance(0.01) else None
        rows.append([number, seq, name, code, city, d, trade, limit, permit, date,
                     f.pick(PROBLEMS).format(p=f.pick(PROJECTS)), handling, fine, source, title, url, note])

wb = workbook()
ws = wb.active
ws.title = "企业名单"
HEAD = ["序号", "序列", "企业名称", "统一社会信用代码", "所属地市", "所属区县", "行业\n［固定污染源排污许可分类管理名录（2017年版）］",
        "排污许可证实施时限", "是否取得排污许可证", "处罚公布时间", "存在问题", "处理情况", "罚款", "信息来源", "标题", "网址", "备注"]
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="center")
for r, row in enumerate(rows, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        if c == 10 and v is not None:
            cell.number_format = "yyyy/m/d;@"
ws.freeze_panes = "A2"
ws.auto_filter.ref = f"A1:Q{len(rows) + 1}"
save(wb, "penalties-zh-cn-envenforcement.xlsx")
print(len(rows), len(companies))

"""
Shape of a testing-services firm's key-account import sheet, as in helanzhubenben/winC
"docs/templates/customer_import_test_data.xlsx" (commit 300c3676c7a9c3eade2fdbfbb3f3595fdcba19a5; written
by openpyxl as test data for the app's customer import): one sheet '客户导入', header on row 1:
客户名称 / 客户别名 / 业务模式 (Hunting or Farming) / 区域 (华东 …) / 城市 / 地址 / X轴描述 / X轴评分 /
Y轴描述 / Y轴评分 / Z轴描述 / Z轴评分 (the firm's three-axis account assessment, scores 0-100) / 客户策略 /
潜在贡献 (a number, in 万) / 备注 / 联系人姓名 / 联系人职位 / 联系人电话 (text) / 联系人邮箱 / 是否关键人
(是 / 否 / N / true); a customer with several contacts takes one row per contact, the customer columns
repeated; one customer has neither scores nor a contact. Formatted blank rows follow to row 40. The
real test file holds five rows; this one eleven. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("accounts-zh-cn-xyzplan")

CUSTOMERS = [  # name, alias, mode, region, city, district
    ("苏州恒锐汽车零部件有限公司", "恒锐", "Hunting", "华东", "苏州", "苏州市工业园区星湖街"),
    ("北京京联制造有限公司", "京联", "Farming", "华北", "北京", "北京市朝阳区酒仙桥路"),
    ("广州南粤电子服务有限公司", "南粤", "Hunting", "华南", "广州", "广州市天河区科韵路"),
    ("成都蜀川电子有限公司", "蜀川", "Farming", "西南", "成都", "成都市高新区天府大道"),
    ("宁波甬达精密机械有限公司", "甬达", "Hunting", "华东", "宁波", "宁波市北仑区明州路"),
    ("武汉楚光汽车电子有限公司", "楚光", "Farming", "华中", "武汉", "武汉市经开区沌阳大道"),
    ("天津海河新能源科技有限公司", "海河", "Hunting", "华北", "天津", "天津市滨海新区黄海路"),
    ("长春长拓配套件有限公司", "长配", "Farming", "东北", "长春", "长春市绿园区东风大街"),
]
X = ["整车和零部件检测需求明确", "存量客户，有稳定年度需求", "新客户，需求还在确认", "高潜力客户，有多业务线机会", "年度检测预算稳定增长"]
Y = ["竞争对手少，进入窗口好", "竞争强，需要维护关系", "竞争环境较好", "竞争可控", "价格竞争激烈"]
Z = ["已识别采购和质量关键人", "关键人关系一般", "暂未建立关键人关系", "关键人支持度高", "技术负责人认可度高"]
STRATEGY = ["重点跟进，建立季度拜访节奏", "维护现有项目，寻找增量机会", "先完成需求澄清", "优先投入资源，推进框架合作", "保持联系，等待招标窗口"]
TITLES = ["采购经理", "质量总监", "项目经理", "供应商管理负责人", "实验室主任", "技术经理"]
KEY = ["是", "否", "N", "true", "是", "否"]
CONTACTS = [2, 1, 0, 1, 3, 1, 1, 1]  # contacts per customer (0: none, no scores either)

wb = workbook()
ws = wb.active
ws.title = "客户导入"
ws.append(["客户名称", "客户别名", "业务模式", "区域", "城市", "地址", "X轴描述", "X轴评分", "Y轴描述", "Y轴评分", "Z轴描述", "Z轴评分",
           "客户策略", "潜在贡献", "备注", "联系人姓名", "联系人职位", "联系人电话", "联系人邮箱", "是否关键人"])
rows = []
for (name, alias, mode, region, city, street), n in zip(CUSTOMERS, CONTACTS):
    address = f"{street}{f.r.randrange(1, 300)}号"
    xs, ys, zs = (None, None, None) if n == 0 else (f.r.randrange(40, 96), f.r.randrange(40, 96), f.r.randrange(40, 96))
    base = [name, alias, mode, region, city, address, f.pick(X), xs, f.pick(Y), ys, f.pick(Z), zs, f.pick(STRATEGY),
            f.pick([40, 95, 120, 180.5, 260, 75.5]), None]
    if n == 0:
        rows.append(base[:14] + ["无评分无联系人", None, None, None, None, None])
        continue
    for k in range(n):
        person = f.name_cn()
        local = "".join(f.pick("abcdefghjkmnprstwxyz") for _ in range(6))
        note = f"多联系人第{k + 1}行" if n > 1 else f.pick([None, "年度框架客户", "优先级高"])
        rows.append(base[:14] + [note, person, f.pick(TITLES), f.mobile_cn(), f.email(local), f.pick(KEY)])
for row in rows:
    ws.append(row)
for r in range(len(rows) + 2, 41):
    for c in range(1, 21):
        ws.cell(r, c).number_format = "General"
        ws.cell(r, c).value = None
save(wb, "accounts-zh-cn-xyzplan.xlsx")
if __name__ == "__main__":
    for row in rows:
        print(row)

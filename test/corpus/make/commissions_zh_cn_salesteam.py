"""
Shape of xiaoyunz/ExcelReportHandle "src/test/resources/testdata/部门月度销售统计_20180808.xlsx": a
sales department's monthly sales and commission report in Excel (简体), two sheets.

- "月度销售报表明细": a title merged over A1:E1 ("8月销售明细"), header 序号 / 姓名 / 部门 / 销售金额 /
  销售日期 on row 2, one line per sale by a salesperson of the company (people's names, 销售一部 …).
- "月度销售报表汇总": a title in A1, three tables side by side under captions on row 2 (部门排名 in
  A-D, 个人排名 in F-J, 奖金+提成 in L-P) with their headers on row 3: per department total, rate
  and rank; per salesperson total, rate (empty) and rank; per salesperson base pay, commission,
  bonus and a SUM total. The departments' table is shorter than the others.
Not client data: every name is the company's own sales staff. Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("commissions-zh-cn-salesteam")
cf = CachedFormulas()
DEPTS = ["销售一部", "销售二部", "销售三部"]
staff = [(f.name_cn(), DEPTS[i % 3]) for i in range(9)]

wb = workbook()
detail = wb.active
detail.title = "月度销售报表明细"
detail["A1"] = "8月销售明细"
detail.merge_cells("A1:E1")
detail.append(["序号", "姓名", "部门", "销售金额", "销售日期"])
sales = []
for i in range(14):
    name, dept = staff[i % len(staff)] if i < len(staff) else f.pick(staff)
    amount = f.pick([200, 300, 5000, round(f.r.uniform(100, 2000), 2), round(f.r.uniform(500, 900), 2)])
    day = datetime.datetime(2018, 8, f.pick([8, 18, 28, 3, 12, 22]))
    sales.append((name, dept, amount))
    detail.append([i + 1, name, dept, amount, day])
    detail.cell(i + 3, 5).number_format = "yyyy/m/d"

summary = wb.create_sheet("月度销售报表汇总")
summary["A1"] = "8月销售汇总"
summary["A2"], summary["F2"], summary["L2"] = "部门排名", "个人排名", "奖金+提成"
for c, h in zip("ABCD", ["部门", "总销售额", "完成率(%)", "排名"]):
    summary[f"{c}3"] = h
for c, h in zip("FGHIJ", ["姓名", "部门", "总销售额", "完成率(%)", "排名"]):
    summary[f"{c}3"] = h
for c, h in zip("LMNOP", ["姓名", "基本工资", "提成工资", "奖金", "总计"]):
    summary[f"{c}3"] = h
dept_total = {d: round(sum(a for _, dd, a in sales if dd == d), 2) for d in DEPTS}
for i, d in enumerate(DEPTS):
    summary.cell(4 + i, 1, d)
    summary.cell(4 + i, 2, dept_total[d])
    summary.cell(4 + i, 3, round(f.r.uniform(60, 95), 2))
    summary.cell(4 + i, 4, sorted(DEPTS, key=lambda x: -dept_total[x]).index(d) + 1)
person_total = {n: round(sum(a for nn, _, a in sales if nn == n), 2) for n, _ in staff}
ranked = sorted(staff, key=lambda s: -person_total[s[0]])
for i, (name, dept) in enumerate(staff):
    r = 4 + i
    summary.cell(r, 6, name)
    summary.cell(r, 7, dept)
    summary.cell(r, 8, person_total[name])
    summary.cell(r, 10, ranked.index((name, dept)) + 1)
    base, commission, bonus = 100, round(f.r.uniform(20, 460), 2), f.pick([0, 0, round(f.r.uniform(50, 140), 2)])
    summary.cell(r, 12, name)
    summary.cell(r, 13, base)
    summary.cell(r, 14, commission)
    summary.cell(r, 15, bonus)
    cf.formula(summary, f"P{r}", f"=SUM(M{r}:O{r})", round(base + commission + bonus, 2))

cf.save(wb, "commissions-zh-cn-salesteam.xlsx")

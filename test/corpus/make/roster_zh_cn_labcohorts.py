"""
Shape of muzhongsishi/iron-workstation "名单.xlsx" (commit 0caa9761713f98a37bc73a839c6bc9de773f6061): a
university lab's name list by cohort, one sheet "Sheet1", A1:G8, no formatting.

- Row 1 names the cohorts across the columns (研一 研二 研三 博一 博二 博三 博四); under each, the
  students' names down the column, columns of different lengths (7, 5, 1, 4, 3, 1, 0 names), 博四
  empty. No phone, no other column: the lab's own members, nobody to import.
Names invented.
"""
from fake import Fake, workbook, save

f = Fake("roster-zh-cn-labcohorts")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
COHORTS = ["研一", "研二", "研三", "博一", "博二", "博三", "博四"]
SIZES = [7, 5, 1, 4, 3, 1, 0]
for c, (cohort, n) in enumerate(zip(COHORTS, SIZES), start=1):
    ws.cell(1, c, cohort)
    for r in range(n):
        ws.cell(2 + r, c, f.name_cn())
save(wb, "roster-zh-cn-labcohorts.xlsx")

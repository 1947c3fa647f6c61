"""
Shape of a training school's merged weekly-report task list, as in rogerchenfz/office-automation
"weekly_report/个人任务完成情况.xlsx" (commit 473f0c0d7c5dc4fba4250def0de057a219197f01; a pandas
merge of each department's weekly report, input of an office-automation lesson). One sheet 'Sheet1',
header on row 1: 部门 / 日期 / 工作内容 / 是否完成 / 延期天数 / 责任人 / 本周进度 / 状态. Twelve
departments ('产品部', '教学部', '管理部' …), four weekly dates written as text '2020/6/7' …
'2020/6/28', short task texts ('招员工', '线上答疑', '发工资'), 是/否, delay days 0–2, the staff
member responsible (about 110 names, each on several weeks), progress 1 or 0.8 / 0.5, status
'已完成' / '进行中'. Sorted by department then person. The real list has 675 rows; this one about 430.
Values invented: staff names, tasks and figures.
"""
from fake import Fake, save, workbook

f = Fake("tasks-zh-cn-weeklyreports")
DEPTS = {"产品部": ["开发新产品", "完成产品研发", "产品需求评审"], "人事部": ["招员工", "发工资", "员工培训"],
         "其他部": ["整理档案", "采购办公用品"], "兼职部": ["招兼职", "兼职排班"], "就业部": ["推荐就业", "企业对接"],
         "教学部": ["线上答疑", "备课", "批改作业"], "研发部": ["系统开发", "修复漏洞"], "管理部": ["制定目标", "分配任务"],
         "财务部": ["发工资", "报销审核"], "转化部": ["用户转化", "回访用户"], "运营部": ["公众号推文", "活动策划", "用户转化"],
         "销售部": ["电话销售", "签约课程"]}
DATES = ["2020/6/7", "2020/6/14", "2020/6/21", "2020/6/28"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["部门", "日期", "工作内容", "是否完成", "延期天数", "责任人", "本周进度", "状态"])
for dept, tasks in DEPTS.items():
    for _ in range(f.r.randrange(6, 12)):
        person = f.name_cn()
        for d in [DATES[1], DATES[2], DATES[3], DATES[0]]:
            done = f.chance(0.8)
            progress = 1 if done else f.pick([0.8, 0.8, 0.8, 0.5, 0.9])
            ws.append([dept, d, f.pick(tasks), "是" if done or f.chance(0.1) else "否",
                       0 if done else f.pick([2, 2, 2, 1]), person, progress, "已完成" if progress == 1 else "进行中"])
save(wb, "tasks-zh-cn-weeklyreports.xlsx")

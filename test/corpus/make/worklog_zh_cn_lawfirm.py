"""
worklog-zh-cn-lawfirm.xls: a Chengdu law team's work log for two and a half weeks, the shape of
20201101-20201117工作日志.xls in prana70/lawyerteam (commit b3ea8989d64ca23253a7472dee77d8c9c14d1d05).
The team files every piece of work as a DingTalk 日志 entry; a script pulls the entries and writes
them with pandas to an Excel 97-2003 file for fee and salary reports. One sheet Sheet1, 15 columns:
the pandas index without a header (running entry numbers 11352… with gaps), 填报时间 (filed,
date-time), 填报人 (the lawyer), 客户名称 (the client), 项目名称 (the matter), DingTalk's read
statistics (未读人数, 已读率), 办理日期 (the work day, a date-time at midnight, sometimes the day
before the filing), 事务类型 (合同审撰, 咨询沟通, 文件审撰, 庭审活动, 长途跋涉 …), 耗费时间
(minutes), 涉及标的 (amount at stake, blank on every row), 工作内容 (what was done), 评论数,
点赞数, 已读人数. 60 entries by three lawyers for 14 clients: one retained media company fills 35
rows under its short name and once under its full name (…传媒); companies written by short names
(no 有限公司) beside private persons; two co-clients of a loan case written in one cell as
"甲、乙" and once as "乙、甲", one of them also alone; two co-claimants only ever together. No
phone, address or other client detail anywhere. A key-account manager (the partner) takes the
client list from it: 14 clients, the lawyer as owner; the work entries themselves are not client
contacts (a few 咨询沟通 rows are calls or meetings with the client, most are contract reviews,
court days and travel).

Values are invented (fake.py); dates moved by 364 days; LibreOffice writes the .xls.
"""
import datetime

from openpyxl.styles import Alignment, Border, Side

from fake import Fake, save, workbook

f = Fake(3417)
wb = workbook()
ws = wb.active
ws.title = "Sheet1"

HEADER = [None, "填报时间", "填报人", "客户名称", "项目名称", "未读人数", "已读率", "办理日期", "事务类型", "耗费时间", "涉及标的",
          "工作内容", "评论数", "点赞数", "已读人数"]
thin = Side(style="thin")
for j, h in enumerate(HEADER, 1):
    c = ws.cell(1, j, h)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center")
ws.column_dimensions["B"].width = 19.2
ws.column_dimensions["H"].width = 21.2

# the lawyers (A files most contract reviews for the retained media client)
LA, LB, LC = f.name_cn(), f.name_cn(), f.name_cn()
# private-person clients
P1, P2, P3, P4, P5, P6, P7 = (f.name_cn() for _ in range(7))
OPP = [f.name_cn() for _ in range(6)]  # opposing parties in case names
MEDIA, MEDIA_FULL = "汇闻", "汇闻传媒"
LIFE, HOSP, PHARMA, BUILD, CONSTR, DRUG = "佳邻生活", "南苑医院", "启岚医药", "瑞丰达建材", "承远建设", "康迪药业"

# (entry no, filed day offset, filed time, lawyer, client cell, matter, unread, read rate, work-day offset,
#  type, minutes, content, comments, likes, readers)
E = [
    (11352, 0, "23:00", LA, P1, f"{P1}vs{OPP[0]}", 9, 0, 0, "咨询沟通", 30, "沟通补充证据事宜", 0, 0, 0),
    (11353, 0, "23:00", LA, MEDIA, f"{MEDIA}vs云帆", 9, 0, 0, "文件传递", 15, "补充证据", 0, 0, 0),
    (11354, 0, "22:59", LA, LIFE, f"{LIFE}vs{OPP[1]}", 9, 0, 0, "文件审撰", 105, "沟通准备证据材料并寄出", 0, 0, 0),
    (11355, 0, "22:58", LA, MEDIA, "法律顾问", 9, 0, 0, "合同审撰", 25, "修改文旅小镇合作合同", 0, 0, 0),
    (11356, 0, "22:58", LA, MEDIA, "法律顾问", 9, 0, 0, "合同审撰", 35, "修改年度论坛合同", 0, 0, 0),
    (11359, 1, "20:56", LB, HOSP, "法律顾问", 6, 0, 1, "咨询沟通", 20, "答复后勤部门员工调岗的法律咨询", 0, 0, 0),
    (11360, 1, "20:53", LB, PHARMA, f"{PHARMA} IPO", 6, 0, 1, "咨询沟通", 180, "与董事长沟通上市前股权比例及实际控制人安排", 0, 0, 0),
    (11361, 1, "16:16", LC, BUILD, "安装工社保问题", 1, 0, 1, "咨询沟通", 60,
     "接客户电话咨询安装工参保问题、回电确认具体情况并提出处理办法和注意事项、联系公司负责人核实", 0, 0, 0),
    (11362, 1, "16:14", LC, f"{P2}、{P1}", f"{OPP[2]}民间借贷纠纷", 1, 0, 1, "文件审撰", 180,
     "收取并整理材料、联系当事人确认情况、联系法官申请延期、撰写延期申请并寄出", 0, 0, 0),
    (11363, 1, "16:12", LC, f"{P3}、{P4}", "中能设计院、乐川城投设计费纠纷", 1, 0, 1, "咨询沟通", 60,
     "逐项确认公证书内容、联系公证处确认证据保全事项、向其他当事人反馈", 0, 0, 0),
    (11364, 1, "16:02", LC, P5, f"{OPP[3]}民间借贷", 1, 0, 1, "文件审撰", 50, "收到补充证据并上传、起草质证意见并寄出", 0, 0, 0),
    (11365, 2, "21:44", LB, PHARMA, f"{PHARMA}ipo", 6, 0, 2, "咨询沟通", 90, "陪同董事长与小股东商谈股权安排", 0, 0, 0),
    (11366, 2, "21:29", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 20, "沟通资产证券化招标咨询", 0, 0, 0),
    (11367, 2, "21:28", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 35, "审查特色商铺评选项目合同", 0, 0, 0),
    (11368, 2, "21:27", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 25, "审查视频系统采购合同", 0, 0, 0),
    (11369, 2, "21:27", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 20, "审查奖杯制作合同", 0, 0, 0),
    (11370, 2, "21:25", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 30, "审查企业峰会项目合同", 0, 0, 0),
    (11371, 2, "21:25", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 35, "银行年度合作协议", 0, 0, 0),
    (11372, 2, "21:24", LA, MEDIA, f"{MEDIA}vs云帆", 9, 0, 2, "长途跋涉", 450, "成都至北京", 0, 0, 0),
    (11373, 2, "20:22", LC, CONSTR, "与锦城置业建设工程施工合同纠纷", 1, 0, 2, "咨询沟通", 10, "联系承办法官助理、回复当事人", 0, 0, 0),
    (11374, 2, "20:19", LC, P6, "民间借贷纠纷", 1, 0, 2, "文件审撰", 120, "电话沟通基本情况、起草还款协议、确认次日安排、修改协议条款", 0, 0, 0),
    (11375, 2, "20:16", LC, P2, f"{OPP[2]}民间借贷纠纷", 1, 0, 2, "事实分析", 90, "整理证据、沟通案情、查询信息、梳理时间线", 0, 0, 0),
    (11376, 2, "20:14", LC, P7, f"{OPP[4]}民间借贷纠纷", 1, 0, 2, "文件整理", 120, "导出并保存手机数据、梳理案情、交接资料", 0, 0, 0),
    (11377, 2, "20:13", LC, BUILD, "员工离职咨询", 1, 0, 2, "咨询沟通", 60, "沟通事件经过、提示风险、回电给出处理意见、联系其他主管确认情况", 0, 0, 0),
    (11378, 2, "20:11", LC, f"{P3}、{P4}", "中能设计院、乐川城投设计费纠纷", 1, 0, 2, "咨询沟通", 80, "反复联系各方确认保全及证据事项", 0, 0, 0),
    (11379, 2, "16:20", LB, MEDIA_FULL, "法律顾问", 5, 0.1667, 2, "咨询沟通", 15, "继续答复关联单位异地员工社保代缴的合法处理问题", 0, 0, 1),
    (11380, 2, "10:38", LB, P1, f"宿川基金1号vs{P1}", 6, 0, 2, "庭审活动", 30, "二次开庭，网上开庭，法官给一个月时间提交审计资料", 0, 0, 0),
    (11381, 2, "00:10", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 25, "审查投资机构合作协议", 0, 0, 0),
    (11382, 2, "00:09", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 15, "审查酒店住宿合同", 0, 0, 0),
    (11383, 2, "00:09", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 25, "审查证券公司合作协议", 0, 0, 0),
    (11384, 2, "00:08", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 20, "审查汽车品牌推广合同", 0, 0, 0),
    (11385, 2, "00:07", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 35, "审查酒企年度合作协议", 0, 0, 0),
    (11386, 2, "00:07", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 30, "审查评奖活动合同", 0, 0, 0),
    (11387, 2, "00:06", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 20, "审查银行存款合同", 0, 0, 0),
    (11388, 2, "00:06", LA, MEDIA, "法律顾问", 9, 0, 2, "合同审撰", 30, "审查展厅布展合同", 0, 0, 0),
    (11389, 2, "00:05", LA, P5, f"{OPP[3]}vs{P5}", 9, 0, 2, "文件审撰", 20, "起草质证意见", 0, 0, 0),
    (11390, 2, "00:04", LA, MEDIA, f"{MEDIA}vs云帆", 9, 0, 2, "文件审撰", 210, "事实分析，起草开庭提纲，准备开庭资料", 0, 0, 0),
    (11391, 3, "21:57", LB, DRUG, f"{OPP[5]}vs{DRUG}", 6, 0, 3, "文件审撰", 120, "起草税务分局向法院出具的代扣代缴税款已解缴说明", 0, 0, 0),
    (11392, 3, "21:55", LB, DRUG, f"{OPP[5]}vs{DRUG}等", 6, 0, 3, "咨询沟通", 100, "与客户财务经理到税务局咨询个税代扣代缴确认及向法院出具说明事宜", 0, 0, 0),
    (11393, 4, "23:19", LC, BUILD, "顾问工作", 1, 0, 4, "咨询沟通", 300, "公司管理风险", 0, 0, 0),
    (11394, 4, "23:18", LC, f"{P3}、{P4}", "中能设计院、乐川城投设计费纠纷", 1, 0, 4, "保全执行", 180, "公证处保全证据", 0, 0, 0),
    (11395, 4, "23:17", LC, P6, "汪某民间借贷", 1, 0, 3, "咨询沟通", 300, "修改还款文书、陪同谈判", 0, 0, 0),
    (11396, 4, "23:16", LC, f"{P1}、{P2}", f"{OPP[2]}民间借贷", 1, 0, 3, "事实分析", 120, "法律分析、庭审提纲", 0, 0, 0),
    (11397, 4, "22:03", LA, MEDIA, "法律顾问", 9, 0, 4, "文件审撰", 25, "审查投诉回复文件", 0, 0, 0),
    (11398, 4, "22:03", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 25, "审查智库专家协议", 0, 0, 0),
    (11399, 4, "22:01", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 30, "审查本地物流合作协议", 0, 0, 0),
    (11400, 4, "21:59", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 40, "审查地产集团合作协议", 0, 0, 0),
    (11401, 4, "21:59", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 55, "审查车企项目协议", 0, 0, 0),
    (11402, 4, "21:58", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 45, "审查报社代缴社保合作协议及委托书", 0, 0, 0),
    (11403, 4, "21:57", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 40, "招聘数据合作协议", 0, 0, 0),
    (11404, 4, "21:56", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 30, "审查发布会合作协议", 0, 0, 0),
    (11405, 4, "21:56", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 25, "审查环境咨询项目合同", 0, 0, 0),
    (11406, 4, "21:55", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 20, "审查信息产业补充协议", 0, 0, 0),
    (11407, 4, "21:54", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 20, "审查区级网稿宣传合同", 0, 0, 0),
    (11408, 4, "11:18", LA, MEDIA, "法律顾问", 9, 0, 4, "咨询沟通", 15, "沟通评奖投诉事宜", 0, 0, 0),
    (11409, 4, "11:17", LA, MEDIA, "法律顾问", 9, 0, 4, "合同审撰", 25, "审查博览会委托合同", 0, 0, 0),
    (11410, 4, "11:17", LA, MEDIA, f"{MEDIA}vs云帆", 9, 0, 4, "长途跋涉", 480, "北京至成都", 0, 0, 0),
    (11411, 4, "11:16", LA, MEDIA, f"{MEDIA}vs云帆", 9, 0, 3, "庭审活动", 145, "至法院开庭", 0, 0, 0),
    (11431, 8, "21:36", LC, BUILD, "顾问工作", 1, 0, 5, "文件审撰", 120, "沟通问题、拟写承诺函、承揽合同", 0, 0, 0),
    (11447, 10, "23:40", LA, MEDIA, f"{MEDIA}vs海通物流", 8, 0.1111, 6, "咨询沟通", 25, "沟通诉讼费退费事宜", 0, 0, 1),
]

BASE = datetime.date(2020, 11, 1) + datetime.timedelta(days=364)
DT = "yyyy-mm-dd hh:mm:ss"
for i, (no, fd, ft, lawyer, client, matter, unread, rate, wd, kind, minutes, content, com, likes, readers) in enumerate(E, 2):
    h, m = map(int, ft.split(":"))
    filed = datetime.datetime.combine(BASE + datetime.timedelta(days=fd), datetime.time(h, m))
    done = datetime.datetime.combine(BASE + datetime.timedelta(days=wd), datetime.time(0, 0))
    row = [no, filed, lawyer, client, matter, unread, rate, done, kind, minutes, None, content, com, likes, readers]
    for j, v in enumerate(row, 1):
        c = ws.cell(i, j, v)
        if j in (2, 8):
            c.number_format = DT

save(wb, "worklog-zh-cn-lawfirm.xls", libreoffice="xls")
print(LA, LB, LC, P1, P2, P3, P4, P5, P6, P7)

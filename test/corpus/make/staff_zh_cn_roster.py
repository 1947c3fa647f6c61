"""
Shape of longsky21/ruihr 员工花名册.xlsx: an HR system's staff roster exported to one sheet
"sheet1" — 84 columns in one header row (姓名, 英文名, 员工状态, 部门 as a long "company/centre/team"
path, 职位, 工号 with leading zeros, 证件号, 手机号码, 入职日期, 合同公司, 出生日期, 司龄/年龄 as
figures, 工作邮箱, 紧急联系人姓名/电话, 工资卡…, 社保…, 公积金…, 纳税…), most of the right-hand
columns empty or half filled. Colleagues, not clients: a person would not import it into a
client register. Values invented (ID numbers are random digits that fail the check digit).
"""
import datetime

from fake import Fake, workbook, save

HEADERS = ["姓名", "英文名", "员工状态", "部门", "职位", "职务", "职级", "工号", "证件类型", "证件号",
           "手机号码", "合同类型", "员工类型", "入职日期", "合同公司", "性别", "出生日期", "工作地点",
           "联系地址", "司龄", "年龄", "是否为BP", "岗位分类", "绩效分值", "月度薪酬", "月度职级",
           "人才盘点最终结果", "盈亏状况", "当前合同开始日", "当前合同结束日", "工作邮箱", "工作电话",
           "试用期到期日", "试用期(月)", "转正日期", "试用期状态", "合同签署情况", "证件姓名", "民族",
           "户口类型", "户口所在地", "籍贯", "居住住址", "最高学历", "政治面貌", "婚姻状况",
           "紧急联系人姓名", "紧急联系人电话", "微信", "个人邮箱", "离职日期", "离职类型", "离职原因",
           "最后工作日期", "计薪截止日期", "离职首要原因", "原因说明", "工资卡开户银行1", "工资卡分支行1",
           "工资卡银行账号1", "工资卡开户名1", "工资卡开户银行2", "工资卡分支行2", "工资卡银行账号2",
           "工资卡开户名2", "社保方案名称", "社保缴纳地区", "社保缴纳组织", "社保账号", "社保申报基数",
           "社保起始缴纳月", "社保最后缴纳月", "公积金方案名称", "公积金缴纳地区", "公积金缴纳组织",
           "公积金账号", "补充公积金账号", "公积金申报基数", "公积金起始缴纳月", "公积金最后缴纳月",
           "纳税地区", "个税扣缴义务人", "纳税人身份", "当年已免税额"]
COL = {h: i for i, h in enumerate(HEADERS)}
TEAMS = ["北京星河数智科技有限公司/研发中心/平台组", "北京星河数智科技有限公司/销售中心/华北区",
         "北京星河数智科技有限公司/职能中心/人力资源部", "北京星河数智科技有限公司/交付中心/项目二组"]
POSTS = ["Java开发", "销售经理", "HRBP", "实施顾问", "测试工程师", "LD"]

f = Fake("staff-zh-cn-roster")
rows = []
for i in range(40):
    name = f.name_cn()
    hired = f.date(datetime.date(2015, 1, 1), datetime.date(2025, 6, 30))
    born = f.date(datetime.date(1975, 1, 1), datetime.date(2003, 12, 31))
    row = [None] * len(HEADERS)
    row[COL["姓名"]] = name
    row[COL["英文名"]] = f.pick(["1", "Ray", "Dora", None, "Kevin"])
    row[COL["员工状态"]] = "离职" if f.chance(0.1) else "在职"
    row[COL["部门"]] = f.pick(TEAMS)
    row[COL["职位"]] = f.pick(POSTS)
    row[COL["工号"]] = f"{3000 + i:06d}"
    row[COL["证件类型"]] = "居民身份证"
    row[COL["证件号"]] = "11010" + "".join(str(f.r.randrange(10)) for _ in range(12)) + "0"
    row[COL["手机号码"]] = f.mobile_cn()
    row[COL["合同类型"]] = f.pick(["劳动合同", "实习协议"])
    row[COL["员工类型"]] = f.pick(["全职", "实习"])
    row[COL["入职日期"]] = hired
    row[COL["合同公司"]] = "南京星河数智科技有限公司"
    row[COL["性别"]] = f.pick(["男", "女"])
    row[COL["出生日期"]] = born
    row[COL["工作地点"]] = f.pick(["北京", "南京"])
    row[COL["司龄"]] = round((datetime.date(2025, 9, 1) - hired).days / 365.25, 2)
    row[COL["年龄"]] = 2025 - born.year
    row[COL["是否为BP"]] = "否"
    row[COL["当前合同开始日"]] = hired
    row[COL["当前合同结束日"]] = hired.replace(year=hired.year + 3)
    row[COL["证件姓名"]] = name
    row[COL["民族"]] = "汉族"
    row[COL["户口类型"]] = f.pick(["农业户口", "非农业户口"])
    row[COL["最高学历"]] = f.pick(["本科", "硕士", "大专"])
    row[COL["婚姻状况"]] = f.pick(["未婚", "已婚"])
    row[COL["紧急联系人姓名"]] = f.name_cn()
    row[COL["紧急联系人电话"]] = f.mobile_cn()
    row[COL["工作邮箱"]] = f.email(f"staff{i}") if f.chance(0.3) else None
    row[COL["工资卡开户银行1"]] = f.pick(["招商银行", "中国银行"])
    row[COL["工资卡银行账号1"]] = "6200" + "".join(str(f.r.randrange(10)) for _ in range(12))
    row[COL["纳税地区"]] = "南京市"
    row[COL["个税扣缴义务人"]] = "南京星河数智科技有限公司"
    rows.append(row)

wb = workbook()
ws = wb.active
ws.title = "sheet1"
ws.append(HEADERS)
for row in rows:
    ws.append(row)
for c in ("N", "Q", "AC", "AD"):
    for cell in ws[c][1:]:
        cell.number_format = "yyyy-mm-dd"
save(wb, "staff-zh-cn-roster.xlsx")

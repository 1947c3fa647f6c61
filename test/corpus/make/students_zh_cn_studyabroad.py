"""
Shape of yangsx1990/Export: a study-abroad agency's ERP (澳际-style case management) exporting its
students' cases as Excel 2003 XML under a .xls name, written by a FreeMarker template
("src/main/webapp/total.ftl"); the repository also holds the exports its developer made (temp*.xls).
Here: an export of the students with a United States case.

- Five sheets in the template's order: 澳洲, 加拿大, 美国, 英国, 总表. Every sheet has three header
  rows: row 1 names the department that fills each column group (负责部门 / 负责填写部门: 销售, 文签,
  外联 …), row 2 the module (正课申请, 语言申请, 接机安排 …, long explanations in some), row 3 the
  field names (表头基本字段 in column A); column A is a label column, empty on data rows. The 总表's
  two banner rows span 160 columns (copied from 澳洲) over only 26 fields.
- 美国: one row per application (a student with two applications on two rows), 121 columns of
  text: '无' wherever the system has nothing, template placeholders standing in for values (the
  header's own words in 申请号、学号… and 学校规定接机时间, 住宿分配日期, 学费金额, '体检'), password
  and account columns run together, dates as yyyy-MM-dd text. Header typos kept.
- 总表: one row per student: school and internal student numbers, name, sex, birthday, branch,
  contract date, VIP flag, contract type and amount ('35,000' as text), the consultant, copywriter,
  visa officer (under 业务员) and liaison, school, status, education, major, grade, GPA, tests,
  work history with dates run into one cell.
- 澳洲, 加拿大, 英国: header rows only (no case for those countries in this export).
The exporter's fixed ExpandedRowCount is kept consistent here. Values invented.
"""
import datetime
import json
import os
from xml.sax.saxutils import escape

from fake import FILES, Fake

f = Fake("students-zh-cn-studyabroad")

SHAPE = json.loads('{"heads":{"澳洲":[[[1,"负责填写部门",0,0],[2,"销售",33,1],[36,null,0,0],[37,null,0,0],[38,null,0,0],[39,null,0,0],[40,null,0,0],[41,"文签",0,0],[42,null,0,0],[43,"外联",20,0],[64,"销售",1,0],[66,"文签",0,0],[67,"外联",12,0],[80,null,0,0],[81,"外联",7,0],[89,null,0,0],[90,"外联",19,0],[110,"文签",51,0]],[[1,"模块",0,0],[36,null,0,0],[37,null,0,0],[38,null,0,0],[39,null,0,0],[40,null,0,0],[41,null,0,0],[42,"正课申请",21,0],[64,null,0,0],[65,null,0,0],[66,null,0,0],[67,"语言申请",12,0],[80,"语言住宿",8,0],[89,"正课住宿",8,0],[98,"接机安排",5,0],[104,"保险安排",5,0],[110,"转文案及文案辅导",5,0],[116,"申请前信息录入",9,0],[126,"部分院校其他申请信息添加（对于澳新部分需要帮助学生注册邮箱、进行网申用户名和密码注册的申请，其他常规申请信息见外联录入部分）",3,0],[130,"转签证及签证辅导",4,0],[135,"递签前信息录入",14,0],[150,null,0,0],[151,"转后续及客户需求信息录入",4,0],[156,"后续结果通知及结案",2,0],[159,"境外信息录入（境外顾问负责）",2,0]],[[1,"表头基本字段",0,0],[2,"学校学号",0,0],[3,"内网学号",0,0],[4,"学生姓名",0,0],[5,"性别",0,0],[6,"生日",0,0],[7,"分公司",0,0],[8,"签约日期",0,0],[9,"是否VIP客户",0,0],[10,"合同类型",0,0],[11,"合同金额",0,0],[12,"咨询顾问",0,0],[13,"文案",0,0],[14,"业务员",0,0],[15,"外联专员",0,0],[16,"学生所在院校",0,0],[17,"在读/毕业",0,0],[18,"学生当前学历",0,0],[19,"专业",0,0],[20,"年级",0,0],[21,"GPA",0,0],[22,"标准化考试类型",0,0],[23,"标准化考试成绩",0,0],[24,"工作/实习经验",0,0],[25,"工作/实习起止日期及工作/实习单位",0,0],[26,"工作/实习职位",0,0],[27,"其他经历",0,0],[28,"是否加申院校",0,0],[29,"是否加申专业",0,0],[30,"是否协议院校",0,0],[31,"申请院校名称",0,0],[32,"申请院校专业",0,0],[33,"是否有申请国拒签史",0,0],[34,"是否有其他国家拒签史",0,0],[35,"定校信息",0,0],[36,"开学日期（年-月-日）",0,0],[37,"申请学校（英文全称）",0,0],[38,"申请的学历类别",0,0],[39,"申请专业（英文全称）本科生注明大几",0,0],[40,"申请学期",0,0],[41,"文签申请转外联日期",0,0],[42,"外联发出申请日期",0,0],[43,"申请状态",0,0],[44,"正课跟催记录",0,0],[45,"收材料日期（年-月-日）",0,0],[46,"学校要求补件日期（年-月-日）",0,0],[47,"补件截止日",0,0],[48,"补件日期（年-月-日）",0,0],[49,"确认补件日期（年-月-日）",0,0],[50,"申请结果到达日期（年-月-日）",0,0],[51,"申请结果",0,0],[52,"拒绝录取原因",0,0],[53,"回复offer截止日期（年-月-日）",0,0],[54,"回复offer日期（年-月-日）",0,0],[55,"学校确认offer回复日期（年-月-日）",0,0],[56,"Argue日期（年-月-日）",0,0],[57,"换无条件offer日期（年-月-日）",0,0],[58,"跟催无条件和COE（日期、方式及内容）",0,0],[59,"无条件offer到达日期",0,0],[60,"押金支付日期（年-月-日）",0,0],[61,"回复无条件offer日期（年-月-日）",0,0],[62,"学校确认回复无条件offer日期（年-月-日）",0,0],[63,"COE到达日期（年-月-日）",0,0],[64,"语言课名称（英文全称）",0,0],[65,"语言课开课日期（年-月-日）",0,0],[66,"文签转外联日期（年-月-日）",0,0],[67,"外联发出申请日期",0,0],[68,"收材料日期（年-月-日）",0,0],[69,"语言课跟催记录",0,0],[70,"学校要求补件日期（年-月-日）",0,0],[71,"补材料日期",0,0],[72,"确认补件日期（年-月-日）",0,0],[73,"申请结果到达日期（年-月-日）",0,0],[74,"申请结果",0,0],[75,"拒绝录取原因",0,0],[76,"回复offer截止日期（年-月-日）",0,0],[77,"学生回复offer日期（年-月-日）",0,0],[78,"学校确认offer回复（日期、方式及内容）",0,0],[79,"COE到达日期（年-月-日）",0,0],[80,"语言住宿文签转外联日期",0,0],[81,"语言住宿申请日期（年-月-日）",0,0],[82,"语言学校住宿/语言住宿合作机构名称",0,0],[83,"语言住宿跟催记录",0,0],[84,"语言住宿确认日期（年-月-日）",0,0],[85,"语言住宿offer信息",0,0],[86,"语言住宿回复截止日期（年-月-日）",0,0],[87,"语言住宿offer回复日期（年-月-日）",0,0],[88,"学校确认语言住宿offer回复日期（年-月-日）",0,0],[89,"正课住宿文签转外联日期",0,0],[90,"正课住宿申请日期（年-月-日）",0,0],[91,"正课学校住宿/正课住宿合作机构名称",0,0],[92,"正课住宿跟催记录",0,0],[93,"正课住宿确认日期（年-月-日）",0,0],[94,"正课住宿offer信息",0,0],[95,"正课住宿回复截止日期（年-月-日）",0,0],[96,"正课住宿offer回复日期（年-月-日）",0,0],[97,"学校确认正课住宿offer回复日期（年-月-日）",0,0],[98,"接机文签转外联日期",0,0],[99,"接机申请日期（年-月-日）",0,0],[100,"学校接机/接机合作机构名称",0,0],[101,"接机跟催记录",0,0],[102,"接机确认日期（年-月-日）",0,0],[103,"接机住宿信息录入",0,0],[104,"保险文签转外联日期",0,0],[105,"保险申请日期（年-月-日）",0,0],[106,"学校保险/保险合作机构名称",0,0],[107,"保险跟催记录",0,0],[108,"保险确认日期（年-月-日）",0,0],[109,"保险信息录入",0,0],[110,"转文案日期",0,0],[111,"文案姓名",0,0],[112,"是否接受",0,0],[113,"首次回访日期",0,0],[114,"是否发送首次辅导清单",0,0],[115,"客户是否接受确认",0,0],[116,"目前语言类型",0,0],[117,"语言分数",0,0],[118,"再考时间",0,0],[119,"是否走大四流程",0,0],[120,"当前GPA",0,0],[121,"预计申请季",0,0],[122,"是否申请危险在途",0,0],[123,"申请材料收齐日期",0,0],[124,"申请费缴纳方式",0,0],[125,"申请制作完成日期",0,0],[126,"申请邮箱和密码",0,0],[127,"网申用户名和密码",0,0],[128,"申请状态查申请状态查询网址、查询用户名和密码",0,0],[129,"申请号、学号及学校功能系统用户名和密码",0,0],[130,"转签证日期",0,0],[131,"签证顾问姓名",0,0],[132,"是否接受",0,0],[133,"首次回访日期",0,0],[134,"是否发送首次辅导清单",0,0],[135,"签证类型",0,0],[136,"主要资助人",0,0],[137,"资助人单位",0,0],[138,"资助人职务",0,0],[139,"资助人收入",0,0],[140,"其他资助人",0,0],[141,"家庭资产情况",0,0],[142,"缴纳学费时间",0,0],[143,"缴纳学费渠道",0,0],[144,"COE时间",0,0],[145,"是否提前体检",0,0],[146,"体检时间",0,0],[147,"模拟电话调查时间",0,0],[148,"签证材料收齐时间",0,0],[149,"签证递交时间",0,0],[150,"获签信息",0,0],[151,"转后续日期",0,0],[152,"接机需求",0,0],[153,"住宿需求",0,0],[154,"住宿类型",0,0],[155,"其他备注",0,0],[156,"是否结案",0,0],[159,"首次联系日期",0,0],[160,"客户海外联系方式添加",0,0],[161,"其他。。。。",0,0]]],"加拿大":[[[1,"负责部门",0,0],[2,"销售",41,0],[44,"文签",4,0],[49,"外联",41,0],[91,"文签",9,0],[101,null,3,0],[105,null,0,0],[106,"外联",0,0],[107,null,0,0],[108,"外联",0,0],[109,"外联",0,0],[110,null,0,0],[111,"境外",6,0],[118,null,0,0],[119,null,0,0],[120,null,0,0],[121,null,0,0],[122,null,0,0],[123,null,0,0],[124,null,0,0],[125,null,0,0]],[[1,"模块",0,0],[2,null,41,0],[44,null,4,0],[49,"主课申请",24,0],[74,"语言申请",16,0],[91,null,9,0],[101,null,3,0],[105,null,0,0],[106,null,0,0],[107,null,0,0],[108,null,0,0],[109,null,0,0],[110,null,0,0],[111,null,6,0],[118,null,0,0],[119,null,0,0],[120,null,0,0],[121,null,0,0],[122,null,0,0],[123,null,0,0],[124,null,0,0],[125,null,0,0]],[[1,"表头基本字段",0,0],[2,"备注",0,0],[3,"目前状态",0,0],[4,"学校学号",0,0],[5,"内网学号",0,0],[6,"学生姓名",0,0],[7,"性别",0,0],[8,"生日",0,0],[9,"分公司",0,0],[10,"签约日期",0,0],[11,"是否VIP客户",0,0],[12,"合同类型",0,0],[13,"合同金额",0,0],[14,"咨询顾问",0,0],[15,"文案",0,0],[16,"业务员",0,0],[17,"外联专员",0,0],[18,"学生所在院校",0,0],[19,"在读/毕业",0,0],[20,"学生当前学历",0,0],[21,"专业",0,0],[22,"年级",0,0],[23,"GPA",0,0],[24,"标准化考试类型",0,0],[25,"标准化考试成绩",0,0],[26,"工作/实习经验",0,0],[27,"工作/实习起止日期及工作/实习单位",0,0],[28,"工作/实习职位",0,0],[29,"其他经历",0,0],[30,"是否加申院校",0,0],[31,"是否加申专业",0,0],[32,"是否申请合作院校",0,0],[33,"合作代理名称",0,0],[34,"申请主课学校",0,0],[35,"申请学期",0,0],[36,"申请类别",0,0],[37,"直录/双录/纯语言",0,0],[38,"申请学历",0,0],[39,"申请主课专业",0,0],[40,"语言开学时间",0,0],[41,"申请语言学校",0,0],[42,"申请语言课程",0,0],[43,"主课开课时间",0,0],[44,"申请邮箱和密码",0,0],[45,"网申用户名和密码",0,0],[46,"申请状态查申请状态查询网址、查询用户名和密码",0,0],[47,"申请号、学号及学校功能系统用户名和密码",0,0],[48,"申请材料转交外联日期",0,0],[49,"外联递出申请/上传内网日期",0,0],[50,"申请投递方式",0,0],[51,"快递号",0,0],[52,"快递查询\\n情况",0,0],[53,"申请状态",0,0],[54,"跟催记录（包括日期、方式、结果）",0,0],[55,"院校确认收到申请日期",0,0],[56,"院校通知补件日期",0,0],[57,"补件截止日期",0,0],[58,"实际补件及上传补件记录日期",0,0],[59,"录取结果",0,0],[60,"电子版录取、预录取/拒录信息收到日期",0,0],[61,"拒绝录取原因",0,0],[62,"入学押金缴费截止日期",0,0],[63,"入学押金金额",0,0],[64,"入学押金缴费日期",0,0],[65,"正式offer到达日期",0,0],[66,"开学具体日期",0,0],[67,"通知OFFER延期日期",0,0],[68,"新通知书电子版到日期",0,0],[69,"新通知书纸质版到日期",0,0],[70,"延期开学日期",0,0],[71,"是否延期",0,0],[72,"申请退费日期",0,0],[73,"退费确认日期",0,0],[74,"外联递出申请/上传内网日期",0,0],[75,"申请投递方式",0,0],[76,"快递号",0,0],[77,"快递查询\\n情况",0,0],[78,"申请状态",0,0],[79,"跟催记录（包括日期、方式、结果）",0,0],[80,"院校确认收到申请日期",0,0],[81,"院校通知补件日期",0,0],[82,"补件截止日期",0,0],[83,"实际补件及上传补件记录日期",0,0],[84,"录取结果",0,0],[85,"电子版录取、预录取/拒录信息收到日期",0,0],[86,"拒绝录取原因",0,0],[87,"正式offer到达日期",0,0],[88,"开学具体日期",0,0],[89,"新通知书电子版到日期",0,0],[90,"新通知书纸质版到日期",0,0],[91,"签证类型",0,0],[92,"担保人",0,0],[93,"担保金金额",0,0],[94,"担保金类型",0,0],[95,"是否提供房车证明",0,0],[96,"签证预约网站账号及密码",0,0],[97,"递签时间",0,0],[98,"获签/拒签时间",0,0],[99,"签证结果（获签/拒签）",0,0],[100,"拒签分析",0,0],[101,"是否有体检要求/体检表",0,0],[102,"学费金额",0,0],[103,"学费缴纳时间",0,0],[104,"Orientation日期",0,0],[105,"监护文签转外联日期",0,0],[106,"监护人申请递出日期",0,0],[107,"监护跟催记录",0,0],[108,"监护人确认日期",0,0],[109,"合作方名称",0,0],[110,"住宿文签转外联日期",0,0],[111,"住宿申请截止日期",0,0],[112,"住宿押金金额",0,0],[113,"住宿押金缴纳日期",0,0],[114,"住宿申请递出日期",0,0],[115,"住宿跟催记录",0,0],[116,"住宿分配日期",0,0],[117,"合作方名称",0,0],[118,"接机文签转外联日期",0,0],[119,"接机申请截止日期",0,0],[120,"学校规定接机时间",0,0],[121,"到达机场名称",0,0],[122,"接机申请发出日期",0,0],[123,"接机跟催记录",0,0],[124,"接机确认日期",0,0],[125,"合作方名称",0,0],[126,null,0,0],[127,null,0,0],[128,null,0,0],[129,null,0,0],[130,null,0,0],[131,null,0,0],[132,null,0,0],[133,null,0,0],[135,null,0,0],[136,null,0,0],[137,null,0,0],[138,null,0,0],[139,null,0,0],[140,null,0,0],[141,null,0,0],[142,null,0,0],[143,null,0,0],[144,null,0,0],[145,null,0,0],[146,null,0,0],[147,null,0,0],[148,null,0,0],[149,null,0,0],[150,null,0,0],[151,null,0,0],[152,null,0,0],[153,null,0,0],[154,null,0,0],[155,null,0,0]]],"美国":[[[1,"负责部门",0,0],[2,"销售",32,0],[35,"销售",8,0],[44,"文签",4,0],[49,null,0,0],[50,"外联",45,0],[96,"文签",10,0],[107,null,0,0],[108,null,0,0],[109,null,0,0],[110,null,0,0],[111,null,0,0],[112,null,0,0],[113,"后续",4,0],[118,null,0,0],[119,null,0,0],[120,null,0,0],[121,null,0,0],[122,"境外",5,0]],[[1,"模块",0,0],[2,null,32,0],[35,null,8,0],[44,null,4,0],[49,null,0,0],[50,"主课申请",27,0],[78,"语言申请",17,0],[96,"文签",10,0],[107,null,0,0],[108,null,0,0],[109,null,0,0],[110,null,0,0],[111,null,0,0],[112,null,0,0],[113,"后续",4,0],[118,null,0,0],[119,null,0,0],[120,null,0,0],[121,null,0,0],[122,null,5,0]],[[1,"表头基本字段",0,0],[2,"备注",0,0],[3,"目前状态",0,0],[4,"学校学号",0,0],[5,"内网学号",0,0],[6,"学生姓名",0,0],[7,"性别",0,0],[8,"生日",0,0],[9,"分公司",0,0],[10,"签约日期",0,0],[11,"是否VIP客户",0,0],[12,"合同类型",0,0],[13,"合同金额",0,0],[14,"咨询顾问",0,0],[15,"文案",0,0],[16,"业务员",0,0],[17,"外联专员",0,0],[18,"学生所在院校",0,0],[19,"在读/毕业",0,0],[20,"学生当前学历",0,0],[21,"专业",0,0],[22,"年级",0,0],[23,"GPA",0,0],[24,"标准化考试类型",0,0],[25,"标准化考试成绩",0,0],[26,"工作/实习经验",0,0],[27,"工作/实习起止日期及工作/实习单位",0,0],[28,"工作/实习职位",0,0],[29,"其他经历",0,0],[30,"是否加申院校",0,0],[31,"是否加申专业",0,0],[32,"是否申请合作院校",0,0],[33,"合作代理名称",0,0],[34,"申请主课学校",0,0],[35,"申请学期",0,0],[36,"申请类别",0,0],[37,"直录/双录/纯语言",0,0],[38,"申请学历",0,0],[39,"申请主课专业",0,0],[40,"主课开课时间",0,0],[41,"申请语言学校",0,0],[42,"申请语言课程",0,0],[43,"语言课开课时间",0,0],[44,"申请邮箱和密码",0,0],[45,"网申用户名和密码",0,0],[46,"申请状态查申请状态查询网址、查询用户名和密码",0,0],[47,"申请号、学号及学校功能系统用户名和密码",0,0],[48,"申请材料转交外联日期",0,0],[49,"邮寄转案外联",0,0],[50,"外联递出申请/上传内网日期",0,0],[51,"申请投递方式",0,0],[52,"快递号",0,0],[53,"快递查询\\n情况",0,0],[54,"申请状态",0,0],[55,"跟催记录",0,0],[56,"院校确认收到申请日期",0,0],[57,"院校通知补件日期",0,0],[58,"补件截止日期",0,0],[59,"实际补件及上传补件记录日期",0,0],[60,"录取结果",0,0],[61,"电子版录取/拒录信息收到日期",0,0],[62,"拒绝录取原因",0,0],[63,"入学押金缴费截止日期",0,0],[64,"入学押金金额",0,0],[65,"入学押金缴费日期",0,0],[66,"通知OFFER延期日期",0,0],[67,"新通知书电子版到日期",0,0],[68,"延期开学日期",0,0],[69,"是否延期",0,0],[70,"邮寄最终成绩单/疫苗表日期",0,0],[71,"邮寄最终成绩单/疫苗表快递单号",0,0],[72,"收到电子版I-20日期",0,0],[73,"I20是否显示有奖学金",0,0],[74,"I20奖学金金额",0,0],[75,"录取包裹快递追踪号",0,0],[76,"录取包裹收到日期",0,0],[77,"I20原件收到日期",0,0],[78,"外联递出申请/上传内网日期",0,0],[79,"申请投递方式",0,0],[80,"快递号",0,0],[81,"快递查询\\n情况",0,0],[82,"申请状态",0,0],[83,"跟催记录",0,0],[84,"院校确认收到申请日期",0,0],[85,"院校通知补件日期",0,0],[86,"补件截止日期",0,0],[87,"实际补件及上传补件记录日期",0,0],[88,"录取结果",0,0],[89,"电子版录取/拒录信息收到日期",0,0],[90,"拒绝录取原因",0,0],[91,"新通知书电子版到日期",0,0],[92,"邮寄最终成绩单/疫苗表日期",0,0],[93,"邮寄最终成绩单/疫苗表快递单号",0,0],[94,"收到电子版I-20日期",0,0],[95,"I20原件收到日期",0,0],[96,"签证类型",0,0],[97,"存款金额",0,0],[98,"是否提供房产证明",0,0],[99,"签证预约网站账号及密码",0,0],[100,"递签时间",0,0],[101,"获签/拒签时间",0,0],[102,"签证结果（获签/拒签）",0,0],[103,"DS160编号",0,0],[104,"DS160安全问答答案",0,0],[105,"拒签分析",0,0],[106,"EVUS登记完成日期",0,0],[107,"是否有体检要求/体检表",0,0],[108,"学费金额",0,0],[109,"学费缴纳时间",0,0],[110,"Orientation日期",0,0],[111,"住宿申请截止日期",0,0],[112,"住宿押金金额",0,0],[113,"住宿押金缴纳日期",0,0],[114,"住宿申请递出日期",0,0],[115,"住宿分配日期",0,0],[116,"合作方名称",0,0],[117,"接机申请截止日期",0,0],[118,"学校规定接机时间",0,0],[119,"接机申请发出日期",0,0],[120,"接机确认日期",0,0],[121,"*离境日期",0,0],[122,"海外联系方式",0,0],[123,"电话",0,0],[124,"Email",0,0],[125,"QQ",0,0],[126,"微信",0,0],[127,"住址",0,0],[128,null,0,0],[129,null,0,0],[130,null,0,0],[131,null,0,0],[132,null,0,0],[133,null,0,0],[134,null,0,0],[135,null,0,0],[136,null,0,0],[137,null,0,0],[138,null,0,0],[139,null,0,0],[140,null,0,0],[141,null,0,0],[142,null,0,0],[143,null,0,0],[145,null,0,0],[146,null,0,0],[147,null,0,0],[148,null,0,0],[149,null,0,0],[150,null,0,0],[151,null,0,0],[152,null,0,0],[153,null,0,0],[154,null,0,0],[155,null,0,0],[156,null,0,0],[157,null,0,0],[158,null,0,0],[159,null,0,0],[160,null,0,0],[161,null,0,0],[162,null,0,0],[163,null,0,0],[164,null,0,0],[165,null,0,0]]],"英国":[[[1,"负责填写部门",0,0],[2,"销售、文签、外联均需有以下两个步骤记录客户状态",1,0],[4,"销售",37,0],[42,"文签",19,0],[62,"外联",10,0],[73,"文签",11,0],[85,"外联",0,0],[86,"文签",2,0],[89,"外联",1,0],[91,"文签",0,0],[92,null,0,0],[93,null,0,0],[94,"外联",2,0],[97,null,0,0],[98,"文签",0,0],[99,"外联",0,0],[100,"文签",3,0],[104,"外联",0,0],[105,"文签",20,0],[126,null,0,0],[127,"外联",0,0],[128,"文签",2,0],[131,"外联",0,0],[132,"文签",2,0],[135,null,0,0],[136,"外联",0,0],[137,"文签",2,0],[140,"外联",0,0],[141,"文签",0,0],[142,"外联",8,0],[151,"文签",2,0],[154,"外联",0,0],[155,"文签",0,0],[156,"境外",5,0]],[[1,"模块",0,0],[2,"客户基本信息                                      ",39,0],[42,"             文书+学校申请                         ",33,0],[76,"主课offer",8,0],[85,"无条件和正课CAS",6,0],[92,null,0,0],[93,null,14,0],[108,null,0,0],[109,null,0,0],[110,null,0,0],[111,null,10,0],[122,"语言住宿",10,0],[133,null,0,0],[134,"正课住宿",7,0],[142,"监护",8,0],[151,null,4,0],[156,"海外联系方式",0,0],[157,"电话",0,0],[158,"Email",0,0],[159,"QQ",0,0],[160,"微信",0,0],[161,"住址",0,0]],[[1,"表头基本字段",0,0],[2,"备注",0,0],[3,"目前状态",0,0],[4,"合同金额",0,0],[5,"合同类型",0,0],[6,"签约日期",0,0],[7,"国家",0,0],[8,"学号",0,0],[9,"姓名",0,0],[10,"性别",0,0],[11,"拼音",0,0],[12,"出生日期",0,0],[13,"分支机构",0,0],[14,"咨询员",0,0],[15,"学生所在院校",0,0],[16,"在读/毕业",0,0],[17,"学生当前学历",0,0],[18,"专业",0,0],[19,"年级",0,0],[20,"GPA",0,0],[21,"标准化考试类型",0,0],[22,"标准化考试成绩",0,0],[23,"工作/实习经验",0,0],[24,"工作/实习起止日期及工作/实习单位",0,0],[25,"工作/实习职位",0,0],[26,"其他经历",0,0],[27,"是否加申院校",0,0],[28,"是否加申专业",0,0],[29,"是否协议院校",0,0],[30,"合作代理名称",0,0],[31,"申请合作学校名称",0,0],[32,"申请的学历类别",0,0],[33,"开学日期（年-月-日）",0,0],[34,"申请学校（英文全称）",0,0],[35,"主课校区",0,0],[36,"申请专业（英文全称）本科生注明大几",0,0],[37,"该专业申请截止日期",0,0],[38,"主课确定的入读院校",0,0],[39,"语言课名称（英文全称）",0,0],[40,"语言课校区",0,0],[41,"语言课开课日期（年-月-日）",0,0],[42,"备注",0,0],[43,"目前状态",0,0],[44,"转交文案日期",0,0],[45,"文书文案",0,0],[46,"申请文案",0,0],[47,"院校申请费",0,0],[48,"简历",0,0],[49,"个人陈述",0,0],[50,"推荐信",0,0],[51,"文书是否外包",0,0],[52,"外包文书内容",0,0],[53,"语言成绩类别及分数（雅思/托福/PTE等）",0,0],[54,"申请寄出时间",0,0],[55,"外联",0,0],[56,"网申时使用的用户名和密码",0,0],[57,"网申所用邮箱",0,0],[58,"网申所用邮箱的密码",0,0],[59,"需要在线查询学校申请状态的网址、查询用户名和密码",0,0],[60,"快递号",0,0],[61,"快递查询\\n情况",0,0],[62,"备注",0,0],[63,"申请状态",0,0],[64,"跟催记录（包括日期、方式、结果）",0,0],[65,"收材料日期（年-月-日）",0,0],[66,"学校学号",0,0],[67,"应补件日期（年-月-日）",0,0],[68,"补件截止日期",0,0],[69,"补件日期（年-月-日）",0,0],[70,"确认补件日期（年-月-日）",0,0],[71,"申请结果到达日期（年-月-日）",0,0],[72,"录取结果",0,0],[73,"是否需要ATAS",0,0],[74,"报寄出奖金",0,0],[75,"内网报录取奖金",0,0],[76,"offer信息（专业、课程时间、学术条件、语言条件、押金金额、学费金额）或拒绝原因",0,0],[77,"根据客户目前学术条件及语言成绩，客户是否达到offer要求（如果未达到要求请详述）",0,0],[78,"目前语言成绩可配的语言课",0,0],[79,"语言课申请截止日期",0,0],[80,"回复offer截止日期（年-月-日）",0,0],[81,"接受offer 日期（年-月-日）",0,0],[82,"押金支付日期（年-月-日）",0,0],[83,"学校确认offer回复（日期、方式及内容）",0,0],[84,"是否有奖学金",0,0],[85,"跟催无条件/CAS更改记录（日期、方式及内容）",0,0],[86,"Argue日期",0,0],[87,"换无条件offer日期",0,0],[88,"无条件offer/CAS草稿到达日期",0,0],[89,"接受无条件offer/CAS草稿日期（年-月-日）",0,0],[90,"学校确认回复日期（年-月-日）",0,0],[91,"CAS到达日期（年-月-日）",0,0],[92,"语言申请文签转外联",0,0],[93,"寄出日期（年-月-日）",0,0],[94,"学校确认收到材料日期（年-月-日）",0,0],[95,"语言课跟催记录",0,0],[96,"应补件日期（年-月-日）",0,0],[97,"补件截止日期",0,0],[98,"补材料日期",0,0],[99,"确认补件日期（年-月-日）",0,0],[100,"申请结果到达日期（年-月-日）",0,0],[101,"申请结果",0,0],[102,"offer信息（课程时间、平均分、语言成绩要求、押金要求、回复截止日期）或拒绝原因",0,0],[103,"确认回复offer截止日期（年-月-日）",0,0],[104,"回复offer日期（年-月-日）",0,0],[105,"学校确认offer回复（日期、方式及内容）",0,0],[106,"语言CAS草稿到达及回复（日期、方式及内容）",0,0],[107,"CAS到达日期（年-月-日）",0,0],[108,"签证转交文签日期",0,0],[109,"特殊情况说明",0,0],[110,"签证文案",0,0],[111,"签证类型",0,0],[112,"担保金情况",0,0],[113,"TB日期（建议递签前两个月做）",0,0],[114,"客户预计离境日期",0,0],[115,"递签日期",0,0],[116,"递签地点",0,0],[117,"取签方式",0,0],[118,"行前指导日期",0,0],[119,"取签时间",0,0],[120,"报寄出奖金",0,0],[121,"内网报获签奖金",0,0],[122,"是否需要安排住宿",0,0],[123,"学校语言住宿/语言住宿合作机构名称",0,0],[124,"住宿特殊要求",0,0],[125,"语言住宿文签转外联日期",0,0],[126,"语言住宿申请（日期、方式及内容）",0,0],[127,"语言住宿跟催记录",0,0],[128,"语言住宿确认日期（年-月-日）",0,0],[129,"语言住宿offer（到达方式、合同起止时间、住宿地址、押金要求）",0,0],[130,"语言住宿回复截止日期（年-月-日）",0,0],[131,"语言住宿offer回复日期（年-月-日）",0,0],[132,"学校确认语言住宿回复（日期、方式及内容）",0,0],[133,"正课住宿文签转案外联日期",0,0],[134,"正课住宿申请（日期、方式及内容）",0,0],[135,"学校正课住宿/正课住宿合作机构名称",0,0],[136,"正课住宿跟催记录",0,0],[137,"正课住宿确认日期（年-月-日）",0,0],[138,"正课住宿offer（到达方式、合同起止时间、住宿地址、押金要求）",0,0],[139,"正课住宿回复截止日期（年-月-日）",0,0],[140,"正课住宿offer回复日期（年-月-日）",0,0],[141,"学校确认正课住宿回复（日期、方式及内容）",0,0],[142,"监护文签转案外联日期",0,0],[143,"监护申请日期（年-月-日）",0,0],[144,"学校监护/监护合作机构名称",0,0],[145,"监护跟催记录",0,0],[146,"监护确认函到达日期（年-月-日）",0,0],[147,"监护确认函信息",0,0],[148,"监护确认函回复截止日期（年-月-日）",0,0],[149,"监护确认函回复日期（年-月-日）",0,0],[150,"确认监护日期（年-月-日）",0,0],[151,"接机文签转案外联日期",0,0],[152,"接机申请日期",0,0],[153,"学校接机/接机合作机构名称",0,0],[154,"接机跟催记录",0,0],[155,"接机确认日期（年-月-日）",0,0],[156,"保留后续处理部分中的海外联系方式，把MSN换成微信。",5,0]]],"总表":[[[1,"负责填写部门",0,0],[2,"销售",33,1],[36,null,0,0],[37,null,0,0],[38,null,0,0],[39,null,0,0],[40,null,0,0],[41,"文签",0,0],[42,null,0,0],[43,"",20,0],[64,"销售",1,0],[66,"文签",0,0],[67,"外联",12,0],[80,null,0,0],[81,"外联",7,0],[89,null,0,0],[90,"外联",19,0],[110,"文签",51,0]],[[1,"模块",0,0],[36,null,0,0],[37,null,0,0],[38,null,0,0],[39,null,0,0],[40,null,0,0],[41,null,0,0],[42,"正课申请",21,0],[64,null,0,0],[65,null,0,0],[66,null,0,0],[67,"语言申请",12,0],[80,"语言住宿",8,0],[89,"正课住宿",8,0],[98,"接机安排",5,0],[104,"保险安排",5,0],[110,"转文案及文案辅导",5,0],[116,"申请前信息录入",9,0],[126,"部分院校其他申请信息添加（对于澳新部分需要帮助学生注册邮箱、进行网申用户名和密码注册的申请，其他常规申请信息见外联录入部分）",3,0],[130,"转签证及签证辅导",4,0],[135,"递签前信息录入",14,0],[150,null,0,0],[151,"转后续及客户需求信息录入",4,0],[156,"后续结果通知及结案",2,0],[159,"境外信息录入（境外顾问负责）",2,0]],[[1,"表头基本字段",0,0],[2,"学校学号",0,0],[3,"内网学号",0,0],[4,"学生姓名",0,0],[5,"性别",0,0],[6,"生日",0,0],[7,"分公司",0,0],[8,"签约日期",0,0],[9,"是否VIP客户",0,0],[10,"合同类型",0,0],[11,"合同金额",0,0],[12,"咨询顾问",0,0],[13,"文案",0,0],[14,"业务员",0,0],[15,"外联专员",0,0],[16,"学生所在院校",0,0],[17,"在读/毕业",0,0],[18,"学生当前学历",0,0],[19,"专业",0,0],[20,"年级",0,0],[21,"GPA",0,0],[22,"标准化考试类型",0,0],[23,"标准化考试成绩",0,0],[24,"工作/实习经验",0,0],[25,"工作/实习起止日期及工作/实习单位",0,0],[26,"工作/实习职位",0,0],[27,"其他经历",0,0]]]},"loops":{"美国":["","{mainApply.applyComment}","{mainApply.applyStatusName}","{mainApply.schoolNo}","{student.systemNo}","{student.name}","男|女","{student.birthday}","{student.branchName}","{contract.signDate}|无","是|否","{contract.contractTypeName}","{contract.amount}","{saleOperator}","{copyOperator}","{visaOperator}","{connectOperator}","{student.school}","毕业|在读|无","{student.educationName}","{student.major}","{student.grade}","{student.gpa}","{student.examType}","{student.examScore}","{student.workStatus}","{student.experiencename}","{student.workPosition}","{copywriting.otherExperience}","是|否|无","是|否|无","是|否|无","{mainApply.agentName}","{mainApply.applyCollegeName}","{mainApply.applyTerm}","{mainApply.applyEduName}","{mainApply.applyCategory}","{mainApply.applyEduName}","{mainApply.applyMajorName}","{mainApply.expectBeginDate}","{langApply.applyCollegeName}","{langApply.applyMajorName}","{langApply.expectBeginDate}","{student.emailAccount}{student.emailPassword}","{mainApply.applyAccount}{mainApply.applyPassword}|{mainApply.applyAccount}{mainApply.applyPassword}|无","{mainApply.networkAddress}","申请号、学号及学校功能系统用户名和密码","{mainCase.copyToConnectDate}","{mainCase.copyToConnectDate}","{mainApply.applyDate}","{mainApply.applyWay}","{mainApply.expressNo}","{mainApply.expressStatus}","{mainApply.applyStatusName}","{mainVisit}","{mainReplyDate.schoolConfirmReceiveApplyDate}","{mainReplyDate.schoolRequireDate}","{mainReplyDate.schoolRequireAddDeadline}","{mainSupplement.supplementContent}","{mainReplyDate.replyResult}","{mainReplyDate.conditionOfferDate}","{mainReplyDate.replyReason}","{mainOffer.depositDealine}","{mainOffer.depositAmount}","{mainOffer.depositPaymentDate}","{mainReplyDate.delayDate}","{mainReplyDate.unConditionDate}","{mainReplyDate.delayReplyDate}","是|否","{mainSupplement.sendScoreDate}","{mainSupplement.sendScoreNo}","{mainReplyDate.coeDate}","是|否|无","{mainOffer.scholarshipAmount}","{mainSupplement.admissionExpressNo}","{mainReplyDate.admissionDate}","{mainReplyDate.originalCoeDate}","{langApply.applyDate}","{langApply.applyWay}","{langApply.expressNo}","{langApply.expressStatus}","{langApply.applyStatusName}","{langVisit}","{langReplyDate.schoolConfirmReceiveApplyDate}","{langReplyDate.schoolRequireDate}","{langReplyDate.schoolRequireAddDeadline}","{langSupplement.supplementContent}","{langReplyDate.replyResult}","{langReplyDate.conditionOfferDate}","{langReplyDate.replyReason}","{langReplyDate.unConditionDate}","{langSupplement.sendScoreDate}","{langSupplement.sendScoreNo}","{langReplyDate.coeDate}","{langReplyDate.originalCoeDate}","{visa.visaType}","{visa.familyAsset}","是|否|无","{visa.orderAccount},{visa.orderPassword}","{visa.commitDate}","{visa.visaResultDate}","获签|拒签|无","{visa.ds160No}","{visa.ds160Answer}","{visa.rejectAnalysis}","{visa.evusCompleteDate}","体检","学费金额","学费金额","Orientation日期","{mainStayApply.applyMajorDeadline}","{mainStayOffer.depositAmount}","{mainStayOffer.depositPaymentDate}","{mainStayApply.applyDate}","住宿分配日期","{mainStayApply.agentName}","{pickApply.applyMajorDeadline}","学校规定接机时间","{pickApply.applyDate}","{pickReplyDate.studentConfirmApplyDate}","{afterBusiness.leaveDate}"],"总表":["","{mainApply.schoolNo}","{student.systemNo}","{student.name}","男|女","{student.birthday}","{student.branchName}","{contract.signDate}|无","是|否","{contract.contractTypeName}","{contract.amount}","{saleOperator}","{copyOperator}","{visaOperator}","{connectOperator}","{student.school}","毕业|在读|无","{student.educationName}","{student.major}","{student.grade}","{student.gpa}","{student.examType}","{student.examScore}","{student.workStatus}","{student.experiencename}","{student.workPosition}","{copywriting.otherExperience}"]}}')
TAILS = {"澳洲": 11, "加拿大": 7, "美国": 7, "英国": 0, "总表": 11}

BRANCHES = ["北京", "天津", "上海", "广州", "成都", "沈阳", "西安", "武汉"]
SCHOOLS = [("天津外国语大学", "本科"), ("南开大学", "本科"), ("北京交通大学", "本科"), ("四川大学", "本科"),
           ("天津市南开中学", "高中"), ("成都七中", "高中"), ("东北财经大学", "本科"), ("华中科技大学", "硕士")]
MAJORS = ["金融学", "国际贸易", "计算机科学与技术", "英语", "会计学", "电子信息工程", "市场营销", "无"]
US_SCHOOLS = ["University of California, Irvine", "Boston University", "Purdue University", "University of Washington",
              "Northeastern University", "Syracuse University", "Michigan State University", "University of Rochester"]
US_MAJORS = ["MS Finance", "MS Computer Science", "BA Economics", "MS Business Analytics", "MA TESOL", "BS Accounting"]
STATUS = ["已递交", "待补件", "已录取", "已获签", "已结案", "申请中"]
CONTRACTS = [("美国研究生申请", "35,000"), ("美国本科申请", "48,000"), ("美国高中申请", "60,000"), ("留学合同", "2,000"),
             ("美国研究生申请（全程）", "45,000")]
staff = {k: [f.name_cn() for _ in range(n)] for k, n in (("sale", 5), ("copy", 4), ("visa", 3), ("connect", 3))}


def day(a, b, p=0.85):
    return f.date(a, b).isoformat() if f.chance(p) else "无"


students = []
for i in range(38):
    school, edu = f.pick(SCHOOLS)
    born = f.date(datetime.date(1993, 1, 1) if edu != "高中" else datetime.date(2000, 1, 1),
                  datetime.date(1997, 12, 31) if edu != "高中" else datetime.date(2002, 12, 31))
    ctype, amount = f.pick(CONTRACTS)
    work = "无"
    if f.chance(0.35):
        a = f.date(datetime.date(2015, 6, 1), datetime.date(2016, 12, 1))
        work = f"{a.isoformat()}--{(a + datetime.timedelta(days=f.r.randrange(30, 90))).isoformat()} {f.pick(['中国银行天津分行', '德勤', '滴滴出行', '天津海关', '京东'])}"
    students.append({
        "mainApply.schoolNo": f"U{f.r.randrange(1000000, 9999999)}" if f.chance(0.3) else "无",
        "student.systemNo": str(f._unique(lambda: f.r.randrange(1000, 99999))),
        "student.name": f.name_cn(),
        "sex": f.pick(["男", "女"]),
        "student.birthday": born.isoformat() if f.chance(0.9) else "无",
        "student.branchName": f.pick(BRANCHES),
        "contract.signDate": f.date(datetime.date(2016, 3, 1), datetime.date(2017, 8, 31)).isoformat() if f.chance(0.95) else "无",
        "vip": f.pick(["是", "否", "否", "否"]),
        "contract.contractTypeName": ctype, "contract.amount": amount,
        "saleOperator": f.pick(staff["sale"]), "copyOperator": f.pick(staff["copy"]),
        "visaOperator": f.pick(staff["visa"]) if f.chance(0.8) else "无", "connectOperator": f.pick(staff["connect"]),
        "student.school": school, "grad": f.pick(["毕业", "在读", "在读", "无"]), "student.educationName": edu,
        "student.major": f.pick(MAJORS) if edu != "高中" else "无",
        "student.grade": f.pick(["大三", "大四", "研一", "高二", "高三", "无"]),
        "student.gpa": f.pick(["3.2", "3.5", "85", "88.5", "无"]),
        "student.examType": f.pick(["托福", "雅思", "GRE", "托福、GRE", "无"]),
        "student.examScore": f.pick(["92", "101", "6.5", "320", "无"]),
        "student.workStatus": "有" if work != "无" else "无", "student.experiencename": work,
        "student.workPosition": f.pick(["实习生", "柜员", "助理"]) if work != "无" else "无",
        "copywriting.otherExperience": f.pick(["无", "无", "模拟联合国", "学生会主席", "支教"]),
    })


def application(s):
    a = {k: v for k, v in s.items()}
    applied = f.date(datetime.date(2016, 10, 1), datetime.date(2017, 6, 30))
    a.update({
        "mainApply.applyComment": f.pick(["无", "无", "学生要求加申一所", "家长催进度", "材料已寄出"]),
        "mainApply.applyStatusName": f.pick(STATUS),
        "mainApply.agentName": "无", "mainApply.applyCollegeName": f.pick(US_SCHOOLS),
        "mainApply.applyTerm": f.pick(["2017Fall", "2018Spring", "2018Fall"]),
        "mainApply.applyEduName": "研究生" if s["student.educationName"] != "高中" else "本科",
        "mainApply.applyCategory": f.pick(["直录", "双录", "纯语言"]), "mainApply.applyMajorName": f.pick(US_MAJORS),
        "mainApply.expectBeginDate": f.pick(["2017-08-28", "2018-01-15", "2018-08-27"]),
        "mainApply.applyDate": applied.isoformat(), "mainApply.applyWay": f.pick(["网申", "邮寄", "网申"]),
        "mainApply.expressNo": str(f.r.randrange(10 ** 11, 10 ** 12)) if f.chance(0.3) else "无",
        "student.emailAccount": f"stu{f.r.randrange(1000, 9999)}@example.com", "student.emailPassword": f"{f.r.randrange(100000, 999999)}abc",
        "mainApply.applyAccount": f"app{f.r.randrange(1000, 9999)}", "mainApply.applyPassword": f"Pw{f.r.randrange(1000, 9999)}",
        "mainCase.copyToConnectDate": (applied - datetime.timedelta(days=f.r.randrange(3, 20))).isoformat(),
        "mainVisit": f.pick(["无", f"{applied.isoformat()} 邮件催学校", "电话跟进，等待审核"]),
        "mainReplyDate.replyResult": f.pick(["录取", "拒绝", "无", "无"]),
        "visa.visaType": f.pick(["F1", "F1", "无"]), "visa.familyAsset": f.pick(["50万", "80万", "无"]),
        "visa.ds160No": f"AA00{f.r.randrange(100000, 999999)}" if f.chance(0.4) else "无",
        "visa.commitDate": day(datetime.date(2017, 5, 1), datetime.date(2017, 8, 1), 0.4),
    })
    return a


FIXED = {"男|女": "sex", "毕业|在读|无": "grad", "{contract.signDate}|无": "contract.signDate"}


def render(token, rec, header=""):
    if header == "是否VIP客户":
        return rec["vip"]
    if token in FIXED:
        return rec[FIXED[token]]
    if "|" in token:
        options = token.split("|")
        pick = f.pick(options)
        return render(pick, rec) if "{" in pick else pick
    if "{" not in token:
        return token
    out = token
    while "{" in out:
        a = out.index("{")
        b = out.index("}", a)
        key = out[a + 1:b]
        value = rec.get(key)
        if value is None:
            value = "无"
        out = out[:a] + value + out[b + 1:]
    return out


def cell(col, value, prev, attrs=""):
    idx = f' ss:Index="{col}"' if col != prev + 1 else ""
    if value is None:
        return f"<Cell{idx}{attrs}/>"
    return f'<Cell{idx}{attrs}><Data ss:Type="String">{escape(value)}</Data></Cell>'


def field_names(name):
    return {c: v for c, v, a, d in SHAPE["heads"][name][2]}


def sheet_xml(name, data_rows):
    heads = SHAPE["heads"][name]
    width = max(c + a for row in heads for c, v, a, d in row)
    rows_xml = []
    for row in heads:
        prev, parts = 0, []
        for c, v, a, d in row:
            attrs = (f' ss:MergeAcross="{a}"' if a else "") + (f' ss:MergeDown="{d}"' if d else "") + ' ss:StyleID="h"'
            parts.append(cell(c, v, prev, attrs))
            prev = c + a
        rows_xml.append('<Row ss:AutoFitHeight="0" ss:Height="33">' + "".join(parts) + "</Row>")
    for values in data_rows:
        prev, parts = 0, []
        for c, v in enumerate(values, start=1):
            parts.append(cell(c, v if c > 1 else None, prev))
            prev = c
        rows_xml.append('<Row ss:AutoFitHeight="0">' + "".join(parts) + "</Row>")
    for _ in range(TAILS[name]):
        rows_xml.append('<Row ss:AutoFitHeight="0"><Cell ss:Index="23" ss:StyleID="s65"/><Cell ss:StyleID="s65"/></Row>')
    return (f'<Worksheet ss:Name="{name}"><Table ss:ExpandedColumnCount="{width}" ss:ExpandedRowCount="{len(rows_xml)}" '
            f'x:FullColumns="1" x:FullRows="1" ss:DefaultColumnWidth="54" ss:DefaultRowHeight="16.5">'
            + "\n".join(rows_xml) + "</Table></Worksheet>")


us_rows, total_rows = [], []
for s in students:
    names = field_names("总表")
    total_rows.append([render(t, s, names.get(c)) for c, t in enumerate(SHAPE["loops"]["总表"], start=1)])
    names = field_names("美国")
    for _ in range(2 if f.chance(0.08) else 1):
        app = application(s)
        us_rows.append([render(t, app, names.get(c)) for c, t in enumerate(SHAPE["loops"]["美国"], start=1)])

sheets = {"澳洲": [], "加拿大": [], "美国": us_rows, "英国": [], "总表": total_rows}
xml = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
       '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet" '
       'xmlns:html="http://www.w3.org/TR/REC-html40">\n'
       '<DocumentProperties xmlns="urn:schemas-microsoft-com:office:office"><Created>2006-09-16T00:00:00Z</Created>'
       '<LastSaved>2017-09-16T08:04:40Z</LastSaved><Version>15.00</Version></DocumentProperties>\n'
       '<Styles><Style ss:ID="Default" ss:Name="Normal"><Alignment ss:Vertical="Bottom"/>'
       '<Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/></Style>'
       '<Style ss:ID="h"><Alignment ss:Horizontal="Center" ss:Vertical="Center" ss:WrapText="1"/>'
       '<Font ss:FontName="宋体" x:CharSet="134" ss:Bold="1"/></Style>'
       '<Style ss:ID="s65"><Borders/></Style></Styles>\n'
       + "\n".join(sheet_xml(n, rows) for n, rows in sheets.items()) + "\n</Workbook>\n")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "students-zh-cn-studyabroad.xls"), "w", encoding="utf-8") as out:
    out.write(xml)

if __name__ == "__main__":
    print("students", len(students), "US rows", len(us_rows))

"""
Shape of GitHubForCJJ/CJJ_BlogWcf 用户.xlsx (commit d92abd3eff230ee3f598c878c48beb4c5e2bc388): a
blog project's database-design workbook that its code generator reads. Fourteen sheets. The
first, 数据表说明, is the template: row 1 "TableName | 表中文名,逗号分隔多余描述", row 2 the header
列名 / 字段类型 / 字段长度 / 默认值 / 是否主键 / 可空 / 无符号 / 自增 / 字段备注, the fixed columns (KID,
States, IsDeleted, Create…/Update…, Extend1-6) filled blue, Fields01-05, and a long 说明 note
merged over A24:I24. Each other sheet (员工, 文章基本信息, 评论, 菜单表, 用户角色对应表 …) is one table
in the same layout: English table name and Chinese title on row 1, the header on row 2, the
fixed columns, then the table's own columns (员工: UserName 姓名, UserAcount 登录账号, UserPassword
密码MD5 …). No data rows anywhere: the workbook describes tables, nothing to import.
The schema text is the project's structure, not personal data; it is rewritten here.
"""
from openpyxl.styles import PatternFill, Alignment

from fake import workbook, save

BLUE = PatternFill("solid", fgColor="FF00B0F0")
HEAD = ["列名", "字段类型", "字段长度", "默认值", "是否主键", "可空", "无符号", "自增", "字段备注"]
FIXED = [("KID", "int", None, None, True, None, None, True, "编号,数据库自增本表唯一"),
         ("States", "tinyint", None, 0, None, None, None, None, "状态,0正常数据 1已禁用"),
         ("IsDeleted", "tinyint", None, 0, None, None, None, None, "删除,0未删除 1已删除"),
         ("CreateUserId", "varchar", None, None, None, None, None, None, "添加用户"),
         ("CreateUserName", "varchar", None, None, None, None, None, None, "创建者"),
         ("CreateTime", "datetime", None, "1970-01-01 08:00:00", None, None, None, None, "创建时间"),
         ("UpdateUserId", "varchar", None, None, None, None, None, None, "修改用户Id"),
         ("UpdateUserName", "varchar", None, None, None, None, None, None, "修改者"),
         ("UpdateTime", "timestamp", None, "CURRENT_TIMESTAMP", None, None, None, None, "更新时间"),
         ("Extend1", "int", None, 0, None, None, None, None, "扩展1,"),
         ("Extend2", "int", None, 0, None, None, None, None, "扩展2,"),
         ("Extend3", "int", None, 0, None, None, None, None, "扩展3,"),
         ("Extend4", "varchar", 128, None, None, None, None, None, "扩展4,"),
         ("Extend5", "varchar", 128, None, None, None, None, None, "扩展5,"),
         ("Extend6", "varchar", 128, None, None, None, None, None, "扩展6,")]


def col(name, typ, note, length=None, default=None):
    return (name, typ, length, default, None, None, None, None, note)


TABLES = [
    ("数据表说明", "TableName", "表中文名,逗号分隔多余描述", 15,
     [col(f"Fields0{i}", "varchar", "字段1") for i in range(1, 6)]),
    ("员工", "Employee", "员工表", 15,
     [col("UserName", "varchar", "姓名"), col("UserAcount", "varchar", "登录账号"),
      col("UserPassword", "varchar", "密码MD5"), col("UserNikeName", "varchar", "昵称"),
      col("IsAdmin", "tinyint", "是否为管理员0否，1是", 4, "0"),
      col("LastUpTime", "datetime", "上次重置时间", None, "1970-01-01 08:00:00")]),
    ("文章基本信息", "Bloginfo", "博客基本信息表", 15,
     [col("Title", "varchar", "短标题", 40), col("DetailTitle", "varchar", "长标题", 300),
      col("Type", "int", "类型id"), col("IsTop", "tinyint", "是否置顶", 4, "0"),
      col("IsPrivate", "tinyint", "是否私密不显示", 4, "0"), col("Vesion", "varchar", "版本号，乐观锁"),
      col("IsOriginal", "tinyint", "是否原创", 4, "0")]),
    ("文章内容信息", "Blogcontent", "博客内容表", 15,
     [col("BloginfoId", "varchar", "基本信息id"), col("Content", "Text", "内容")]),
    ("评论", "Comments", "评论表", 15,
     [col("Name", "varchar", "姓名"), col("Email", "varchar", "类型"), col("Content", "tinyint", "是否置顶", 0),
      col("Type", "tinyint", "0评论，1留言", 0), col("BloginfoId", "varchar", "博客id")]),
    ("主功能分类", "Category", "功能类型表", 15,
     [col("FatherId", "int", "父id", None, "0"), col("Name", "varchar", "类别", 0),
      col("Description", "tinyint", "是否私密不显示", 0)]),
    ("主功能轮播图", "CategoryPic", "功能类型下的轮播图", 15,
     [col("CategoryId", "int", "功能id", None, "0"), col("Url", "varchar", "地址", 0)]),
    ("图片视频资源", "Media", "媒体图片视频资源表", 15,
     [col("Url", "varchar", "地址"), col("Type", "int", "类型,0图片，1视频", None, "0")]),
    ("查看次数扩展表", "CheckNum", "博客查看次数表", 15,
     [col("BloginfoId", "varchar", "基本信息id"), col("Times", "int", "次数", None, 0)]),
    ("博客内容表", "BlogContent", "博客内容表", 15,
     [col("BloginfoId", "varchar", "基本信息id"), col("Content", "text", "博客内容")]),
    ("登录信息表", "logintoken2", "登录信息表", 0,
     [FIXED[0], FIXED[1], FIXED[2], FIXED[5],
      col("Token", "varchar", "token", 64), col("TokenExpiration", "varchar", "Token有效期到期时间", 32),
      col("LoginUserId", "varchar", "登录者id", 32), col("LoginUserAccount", "varchar", "登录人的账号", 32),
      col("LoginUserType", "tinyint", "登录账户类型", 4, 0), col("IpAddr", "varchar", "登录设备ip", 100),
      col("PlatForm", "tinyint", "登录平台", 4, 0), col("IsLogOut", "tinyint", "是否退出登录0未退，1退出", 4, 0),
      col("LoginResult", "varchar", "登录结果", 200)]),
    ("角色表", "Sysrole", "角色表", 15,
     [col("Rolename", "varchar", "角色名称", 20), col("Roleremark", "varchar", "角色备注", 100),
      col("MenuList", "varchar", "菜单ID，逗号分隔", 500)]),
    ("菜单表", "Sysmenu", "菜单表", 15,
     [col("Menuname", "varchar", "菜单名称", 20), col("Menuremark", "varchar", "菜单备注", 100),
      col("MenuUrl", "varchar", "菜单连接", 100), col("Menuicon", "varchar", "菜单icon", 100),
      col("Menusort", "int", "菜单显示顺序"), col("Fatherid", "int", "上级id")]),
    ("用户角色对应表", "SysUserRole", "用户角色对应表", 9,
     [col("Userid", "varchar", "用户id", 20), col("Roleid", "varchar", "角色id", 20),
      col("UserType", "tinyint", "0员工，1是会员", 4)]),
]

NOTE = ("说明：\n1.此表格数据为Excel模板，真实执行前请删除本说明。\n2.蓝色底色字段为每个表的固定字段，Fields01至Fields05为真实业务的字段，"
        "根据自己业务自行设计\n3.所有字段建表时默认非空，int默认值0 varchar默认长度 512，默认值 '' \n"
        "4.表名注释如果包含逗号，生成的页面菜单名称为逗号之前的内容，如果不包含逗号则为全内容\n"
        "5.字段注释如果包含逗号，Html页面显示的表格列名只显示逗号前的内容，代码生成的注释是全名称的。\n"
        "6.固定字段，KID，States，IsDeleted 用于状态删除判断，IsDeleted用于支持逻辑删除。")

wb = workbook()
first = True
for title, table, cn, nfixed, own in TABLES:
    ws = wb.active if first else wb.create_sheet()
    first = False
    ws.title = title
    ws.append([table, cn])
    ws.append(HEAD)
    for r in FIXED[:nfixed]:
        ws.append(list(r))
        for c in ws[ws.max_row][:9]:
            c.fill = BLUE
    for r in own:
        ws.append(list(r))
    ws.column_dimensions["A"].width = 18.5
    ws.column_dimensions["I"].width = 30
    if title == "数据表说明":
        ws.cell(24, 1, NOTE).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells("A24:I24")
        ws.row_dimensions[24].height = 150
save(wb, "schema-zh-cn-blogtables.xlsx")

"""
Shape of nmsenergy/NMS-Membership 会员导入模板.xlsx, a Malaysian membership network's import
template written by SheetJS (简体 headers): sheet 会员导入 with one header row (姓名, 电邮地址, 国家,
州属, 邮区编号, 城市, 推荐人, 手机号码, 生日) and two sample members, all cells text — the postcode, the
mobile with its 60 country code and the birthday as YYYY-MM-DD; the second member referred the
first (推荐人 holds a member's name) and has no referrer; then sheet 说明, thirty rows of
instructions in columns A–B: a title, the required and optional fields, each field name with its
description, numbered notes and an explanation of the example. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("members-zh-my-template")
first, second = f.name_cn(), f.name_cn()
m1 = ["", "", "马来西亚", "吉隆坡", "50000", "吉隆坡", second, f"6010000{f.r.randrange(10000):04d}", "1990-01-15"]
m2 = ["", "", "马来西亚", "雪兰莪", "40000", "莎阿南", None, f"6010000{f.r.randrange(10000):04d}", "1995-06-20"]
m1[0], m1[1] = first, f.email("chen.m")
m2[0], m2[1] = second, f.email("lim.w")

wb = workbook()
ws = wb.active
ws.title = "会员导入"
for j, h in enumerate(["姓名", "电邮地址", "国家", "州属", "邮区编号", "城市", "推荐人", "手机号码", "生日"]):
    ws.cell(1, j + 1, h)
for i, row in enumerate([m1, m2]):
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(2 + i, j + 1, v).number_format = "@"
for j, w in enumerate([12.8, 20.8, 12.8, 12.8, 12.8, 12.8, 15.8, 15.8, 12.8]):
    ws.column_dimensions[chr(65 + j)].width = w

notes = wb.create_sheet("说明")
lines = [
    ("会员批量导入操作说明",), (), ("必填栏位：姓名、电邮地址、推荐人",), ("可选栏位：国家、州属、邮区编号、城市、手机号码、生日",), (),
    ("字段说明:",),
    ("姓名", "会员姓名，必填，长度不超过255个字符"),
    ("电邮地址", "电子邮件地址，必填，用于创建用户账户，必须唯一"),
    ("国家", "国家名称，可选，例如：马来西亚"),
    ("州属", "州或省份，可选，例如：吉隆坡、雪兰莪"),
    ("邮区编号", "邮政编码，可选，例如：50000"),
    ("城市", "城市名称，可选，例如：吉隆坡"),
    ("推荐人", "推荐人的姓名，必填，系统会根据姓名查找对应的会员"),
    ("手机号码", "会员手机号码，可选，格式：60开头的马来西亚号码"),
    ("生日", "会员生日，可选，格式：YYYY-MM-DD，例如：1990-01-15"),
    (), ("注意事项:",),
    ("1. 电邮地址必须唯一，系统会检查重复",), ("2. 如果电邮地址已存在，该行会被跳过",), ("3. 推荐人必须是有效的会员姓名",),
    ("4. 如果推荐人不存在，该会员将作为根节点创建",), ("5. 每行最多处理一条记录",), ("6. 导入过程中出错的行会被记录并显示错误信息",),
    ("7. 所有新导入的会员默认等级为 VIP",), ("8. 所有新导入的会员默认为活跃状态",), (), ("示例说明:",),
    (f"- {first}是新会员，推荐人是{second}",), (f"- {second}是根节点会员（没有推荐人），推荐人栏位为空",), ("- 地址信息可以部分填写或全部留空",),
]
for i, line in enumerate(lines):
    for j, v in enumerate(line):
        notes.cell(1 + i, 1 + j, v)
notes.column_dimensions["A"].width = 30
notes.column_dimensions["B"].width = 60
save(wb, "members-zh-my-template.xlsx")

if __name__ == "__main__":
    print(m1, m2)

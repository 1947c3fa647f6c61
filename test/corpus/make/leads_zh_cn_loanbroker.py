"""
Shape of tangxian/customer "sql/通用客户模板.xlsx": a Wuhan loan broker's general customer
template (Excel) for its lead system, as the telemarketing team fills it in.

- "Sheet1" only: header 姓名 / 电话 / 身份证号码 / 房产信息 / 车辆信息 / 保单信息 / 社保公积金 / 营业执照 /
  其他信息 / 车牌 / 车型. The first three columns are text-formatted, yet phones are stored as
  numbers (typed before the format was set) except where two numbers or a landline were typed;
  ID numbers are mostly missing, partial (the first digits only), masked or whole. The asset
  columns are free text (a district and a flat's size, '按揭', '有', '无', a plate number typed under
  车辆信息), 其他信息 holds the caller's notes. Names are full names or a surname with 先生/女士/
  总/姐; a few numbers were bought twice and typed again under another form of the name.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("leads-zh-cn-loanbroker")

DISTRICTS = ["江岸区", "江汉区", "硚口区", "汉阳区", "武昌区", "洪山区", "青山区", "江夏区", "东西湖区", "蔡甸区"]
ESTATES = ["武汉天地", "藏龙岛", "万科城", "光谷新世界", "后湖", "南湖花园", "王家湾", "纸坊", "金银湖", "四新"]
CARS = [("宝马", "宝马X1"), ("大众", "大众朗逸"), ("奥迪", "奥迪A4L"), ("丰田", "丰田凯美瑞"), ("本田", "本田雅阁"),
        ("别克", "别克英朗"), ("日产", "日产轩逸"), ("吉利", "吉利帝豪")]
NOTES = ["急用钱", "征信有逾期", "要30万经营贷", "已加微信", "不需要", "下周再打", "想做房抵", "车贷还剩1年", "已放款",
         "负债高", "资料不全", "空号", "在外地", "老客户介绍", "有意向，约周末面谈"]
TITLES = ["先生", "女士", "总", "姐", "哥"]


def plate():
    return "鄂A" + "".join(f.pick("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))


def id_number():
    k = f.r.random()
    if k < 0.6:
        return None
    born = f"{f.r.randrange(1965, 1998)}{f.r.randrange(1, 13):02d}{f.r.randrange(1, 29):02d}"
    full = f"42010{f.r.randrange(2, 8)}{born}{f.r.randrange(1000):03d}{f.pick('0123456789X')}"
    if k < 0.72:
        return full[:6]
    if k < 0.82:
        return full[:4] + "*" * 10 + full[-4:]
    return full


rows = []
for i in range(160):
    full = f.name_cn()
    name = full if f.chance(0.65) else full[0] + f.pick(TITLES)
    mobile = f.mobile_cn()
    k = f.r.random()
    if k < 0.82:
        tel = int(mobile)
    elif k < 0.9:
        tel = f"{mobile}/{f.mobile_cn()}"
    elif k < 0.96:
        tel = f"027-8{f.r.randrange(1000000, 9999999)}"
    else:
        tel = mobile
    house = None
    if f.chance(0.55):
        house = f.pick([f"{f.pick(DISTRICTS)}{f.pick(ESTATES)} {f.r.randrange(60, 180)}平", f"{f.pick(DISTRICTS)}{f.pick(ESTATES)}",
                        "按揭", "全款房", "有", "无", f"{f.pick(ESTATES)} 按揭 月供{f.r.randrange(20, 90)}00"])
    car = brand = model = None
    if f.chance(0.4):
        brand, model = f.pick(CARS)
        car = f.pick(["有", "全款", "按揭", plate(), None])
        if f.chance(0.7):
            plate_no = plate()
        else:
            plate_no = None
    else:
        plate_no = None
    policy = f.pick([None, None, None, "有", "无", f"平安 年缴{f.r.randrange(3, 30)}000", "国寿 缴费5年", "太平洋"])
    social = f.pick([None, None, "有", "无", f"社保{f.r.randrange(1, 12)}年", f"公积金{f.r.randrange(5, 30)}00"])
    licence = f.pick([None, None, None, "有", "个体", "无"])
    note = f.pick(NOTES) if f.chance(0.5) else None
    rows.append([name, tel, id_number(), house, car, policy, social, licence, note, plate_no, model if plate_no or car else None])
    if i in (37, 88, 121):                      # the same number bought again, the name typed otherwise
        again = rows[-1][:]
        again[0] = full[0] + f.pick(TITLES) if again[0] == full else full
        again[2:] = [None, again[3], None, None, None, None, f.pick(["重复", None, "已打过"]), None, None]
        rows.append(again)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["姓名", "电话", "身份证号码", "房产信息", "车辆信息", "保单信息", "社保公积金", "营业执照", "其他信息", "车牌", "车型"])
for r in rows:
    ws.append(r)
for row in ws.iter_rows(min_row=2, max_col=3):
    for c in row:
        c.number_format = "@"
for col, w in zip("ABCDEFGHIJK", [12.78, 20.56, 31.78, 21.33, 17.22, 19.56, 12.22, 11.78, 10.67, 16.0, 17.13]):
    ws.column_dimensions[col].width = w

if __name__ == "__main__":
    save(wb, "leads-zh-cn-loanbroker.xlsx")
    print("rows", len(rows))

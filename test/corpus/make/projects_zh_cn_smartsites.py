"""
Shape of cuitHaiYao/py_leran "台账.xlsx": a construction group's smart-site onboarding ledger (Excel),
one sheet Sheet1: one row per building site, 430 rows, 21 columns whose header cells carry the filling
instructions — A1 alone is a paragraph (必填, what the yellow and red fills mean, that one project may
be several sites but buy one set of equipment), wrapped in a row 409 points tall. Project name, status
(在建), a 是否完成对接 column holding the equipment instead (塔吊, 视频), the project manager and his
mobile (a number, sometimes text), the second- and third-tier subsidiaries, project type, a free
description, 一般项目/重点项目, an address written 省-市-详细地址, the district, coordinates, the
site administrator and his phone (the same few on many rows), a platform account and password, two
remark columns (0902新增), hardware and suppliers mostly empty. Red, green and pale-yellow fills on
the project names; one site listed twice. Values invented.
"""
from openpyxl.styles import Alignment, PatternFill

from fake import Fake, workbook, save

f = Fake("projects-zh-cn-smartsites")

HEADERS = [
    "项目名称（必填）（土黄色表示名称改变，红色表示查找不到地址或保密项目，注意一个问题：有些分标段的工程，可能这个项目就会填报几个工地，"
    "不会仅仅只是一个，但是现场设备却只是购买了一套，如凤凰台项目和蒙顶山项目，绿色不需要对接（完工或者已交互） （项目名称背景色红色为督办项目）\n）",
    "项目状态", "是否完成对接", "项目实际项目经理（必填）", "项目实际项目经理联系电话（必填）", "所属二级子分公司", "所属三级分子公司",
    "项目类型\n（房屋、市政、公路、水利工程村等）", "项目概况\n（施工阶段）", "项目级别（必填）（只有一般项目或重点项目）",
    "项目地址（必填）(省，市，详细地址 )", "区", "经纬度", "管理员姓名", "管理员联系电话", "成都建委智慧工地账号", "成都建委智慧工地密码",
    "进度备注", "备注", "硬件设备（ex：视频、扬尘。。）", "供应商名称（XXX，YYY。。和硬件设备对应上）",
]
PARENTS = ["西南第四建筑有限公司"] * 8 + ["华蜀建设集团有限公司"] * 7 + ["华蜀建设集团股份有限公司第十二建筑工程公司"] * 5 + \
    ["西南第十五建筑有限公司"] * 4 + ["西南第六建筑有限公司"] * 3 + ["西南场道工程有限公司", "西南第三建筑有限公司", "蜀通路桥有限公司"]
BRANCHES = ["第三工程公司", "第一工程公司", "第五工程公司", "第二工程公司", "成渝分公司", "场道公司", "南昌分公司", "第三工程分公司",
            "海外事业部", "场道事业部", None, None, None]
TYPES = ["房建"] * 16 + ["民航", "市政", "公路", "水利", "房屋", None, None]
PLACES = [("四川省", "成都市", ["双流区", "成华区", "武侯区", "崇州市", "简阳市", "郫都区", "大邑县", "新都区", "温江区"]),
          ("四川省", "自贡市", ["富顺县", "自流井区"]), ("四川省", "雅安市", ["名山区", "雨城区"]),
          ("重庆市", "重庆市", ["江北区", "渝北区", "南岸区"]), ("广东省", "深圳市", ["龙岗区", "宝安区"]),
          ("广东省", "惠州市", ["惠东县", "惠阳区"]), ("湖南省", "湘西土家族苗族自治州", ["凤凰县", "吉首市"]),
          ("山西省", "运城市", ["盐湖区"]), ("湖北省", "荆州市", ["沙市区"])]
ROADS = ["永顺路", "空港大道", "欢喜社区12组", "中山路", "西航港大道", "羊马街道永和大道", "黄水镇", "凤凰南路", "天府大道", "蜀都大道"]
WORDS = ["云墅", "锦城", "天府", "棠麓源", "白鹭郡", "花样年家天下", "碧云天玺", "隆鑫中心", "宏帆广场", "智荟城", "凤凰台", "蒙顶山",
         "晋原", "翠湖", "东山", "金沙", "望江", "龙湖", "南湖", "滨江"]
KINDS = ["项目", "一期", "二期工程", "安置房项目", "中心小学改扩建工程", "人民医院新建工程", "综合体项目", "EPC总承包项目",
         "农贸市场及社区服务中心项目", "产业园标准厂房工程", "安置小区（二标段）"]
AIRPORT = ["机场飞行区改扩建工程场道工程施工{}标段", "新建民用机场工程飞行区场道及附属工程", "国际机场三期扩建工程飞行区土石方工程（{}标段）"]
STAGES = ["施工阶段处于主体结构施工", "处于装饰装修阶段", "基坑支护阶段", "收尾阶段", "竣工", "即将竣工", "施工中", "装饰阶段", None, None]


def project_name():
    def make():
        if f.chance(0.05):
            return f.pick(["运城", "荆州", "广州", "成都"]) + f.pick(AIRPORT).format(f.pick("一二三四五"))
        name = f.pick(WORDS) + f.pick(KINDS)
        return (f.pick(["南山·", "德商", "大邑", "简阳", "双流", ""]) + name) if f.chance(0.5) else name
    return f._unique(make)


admins = [(f.name_cn(), f.mobile_cn()) for _ in range(40)]
rows = []
for i in range(429):
    prov, city, districts = f.pick(PLACES)
    district = f.pick(districts)
    manager = None if f.chance(0.03) else f.name_cn()
    phone = None if manager is None else f.mobile_cn()
    if phone and f.chance(0.4):
        phone = int(phone)
    admin = f.pick(admins[:6]) if f.chance(0.35) else f.pick(admins)
    has_admin = f.chance(0.86)
    area = f.r.randrange(8000, 400000)
    rows.append([
        project_name(), "资金问题，暂时停工" if f.chance(0.005) else "在建",
        f.pick([None] * 11 + ["塔吊"] * 4 + ["视频", "视频", "塔吊，视频", "扬尘", "视频，运渣车，扬尘", "闸机"]),
        manager, phone, f.pick(PARENTS), f.pick(BRANCHES), f.pick(TYPES),
        None if f.chance(0.16) else f"建筑面积{area}.{f.r.randrange(10, 99)}平方米，{f.pick(STAGES) or '施工中'}",
        None if f.chance(0.03) else ("重点项目" if f.chance(0.012) else "一般项目"),
        None if manager is None else f"{prov}-{city}-{district}{f.pick(ROADS)}{f.r.randrange(1, 300)}号",
        None if manager is None else district,
        None if f.chance(0.06) else f"{f.r.uniform(102.5, 114.9):.6f},{f.r.uniform(22.5, 35.1):.6f}",
        admin[0] if has_admin else None, (int(admin[1]) if f.chance(0.3) else admin[1]) if has_admin else None,
        f"xmb{f.r.randrange(1000, 9999)}" if f.chance(0.22) else None,
        f.pick(["Abc123456", "123456", "hx123456", "Nsys123456"]) if f.chance(0.22) else None,
        f.pick([None] * 28 + ["对接中", "竣工验收完成"]),
        f.pick([None] * 12 + ["0902新增", "0903新增", "0831新增"]),
        f.pick([None] * 40 + ["扬尘", "视频"]), f.pick([None] * 40 + ["米氏设备", "扬尘-某某设备"]),
    ])
# One site entered twice, word for word.
rows.insert(217, list(rows[216]))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADERS)
for r in rows:
    ws.append(r)
ws.row_dimensions[1].height = 409.5
for cell in ws[1]:
    cell.alignment = Alignment(wrap_text=True, vertical="center")
fills = {"FFFF0000": 49, "FF98FA1C": 20, "FFFFF2CC": 6}
picks = f.r.sample(range(2, len(rows) + 2), sum(fills.values()))
k = 0
for color, n in fills.items():
    for row in picks[k:k + n]:
        ws.cell(row, 1).fill = PatternFill("solid", fgColor=color)
    k += n
for col, width in {"B": 18.2, "C": 18.6, "E": 33.0, "F": 23.4}.items():
    ws.column_dimensions[col].width = width
save(wb, "projects-zh-cn-smartsites.xlsx")

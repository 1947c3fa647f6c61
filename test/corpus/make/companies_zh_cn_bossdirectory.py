"""
Shape of Hayben/sewing "src/test/resources/江苏省无锡市南长区企业老总手机号码通讯名录.xls" (at commit
c3ee9b07): a directory of firms in one Wuxi district sold as a list of their bosses' mobile numbers,
an Excel 97-2003 file written by a database export (Microsoft JET, no document properties), one
sheet 企业名录 with 29 headed columns and 1494 firms, every cell text except the five money/size
columns (integers, 0 where unknown). 单位名称 (unique); 负责人 (the firm's own principal, empty on a
fifth, one name heading seven firms, a foreign name or two); 联系人 as '肖国良 先生 ( 经理 )' /
'王敏 女士 (销售部 助理)' / '孙小蕾 经理' / a bare name, empty on 26; 职位 on 68 ('销售部    经理');
行政区划 always '320203'; 地址 from full street addresses (full-width digits) to placeholders
'中国·江苏省·无锡市' / '中国.江苏省.无锡市.无锡市' / '江苏无锡'; 区号 '0510'; 电话 '0510-85436438', old
seven-digit '0510-5436438', some with a trailing ideographic space, a mobile, two numbers; 分机 on
two; 传真 likewise; 移动电话 on every row, mostly a mobile, sometimes a landline run together
('051088805556'), twelve digits, '+86…', two mobiles, a seven-digit number; 邮政编码; EMAIL on 29;
网址 on half (shop pages, hc360 pages typed 'http//', 'http://http:/'); 经营范围 as '; '-separated
products; 行业代码 'C3699'; 经济代码 '173'; the census codes (控股情况, 隶属关系, 营业状态, 会计制度)
and 注册日期 ('06/26/05', or '  /  /') only on the first rows; 开业时间 a year as text; 注册资金,
年营业额, 营业收入 (a bracket 0–10), 资产总计, 职工人数. Saved here by LibreOffice as .xls. Values
invented.
"""
from fake import Fake, save, workbook

f = Fake("companies-zh-cn-bossdirectory")
ROWS = 1494
HEAD = ["单位名称", "负责人", "联系人", "职位", "行政区划", "地址", "区号", "电话", "分机", "传真", "移动电话", "邮政编码",
        "EMAIL", "网址", "经营范围", "行业代码", "经济代码", "控股情况", "隶属关系", "开业时间", "注册日期", "营业状态", "会计制度",
        "机构类型", "注册资金", "年营业额", "营业收入", "资产总计", "职工人数"]
STEMS = ["求诚", "华海", "春雷", "圣华", "汇丰", "红光", "东海", "华德", "乔晟", "浩澜", "金盟", "士达", "科盛", "神耀", "培枫",
         "铭家", "嘉创", "特瑞", "仁恒", "永丰", "清扬", "运河", "南禅", "扬名", "金匮", "芦庄", "太湖", "梁溪", "蠡园", "锡南",
         "惠通", "华明", "新锐", "恒信", "宏远", "博纳", "中联", "天一", "瑞峰", "联创"]
TRADES = [("机械制造有限公司", "C3699", "机械加工"), ("机电设备厂", "C3583", "普通机械、电器机械的制造及修理"),
          ("超净服装有限公司", "C1810", "工作服装制造"), ("精密机械有限公司", "C3583", "机械制造"),
          ("叉车配件有限公司", "H6494", "叉车配件，汽车配件，摩托车配件"), ("玻璃厂", "C3145", "玻璃器具制造加工"),
          ("锻造有限公司", "C3230", "各种模锻件"), ("钢杆有限公司", "C3411", "生产销售钢桅杆"), ("门业有限公司", "C3411", "自动伸缩门"),
          ("纺织品有限公司", "C1782", "各类纺织原料;纱线;面料;服装;"), ("商贸有限公司", "H6119", "IC; IC;"),
          ("贸易有限公司", "H6412", "耐磨地坪; 各种工业耐磨地坪; 销售与施工;"), ("家居饰品店", "C4312", None),
          ("平面广告设计工作室", "K82", "VI/CI设计; 企业标志; 企业宣传品; 产品包装设计; 平面广告;"),
          ("环保材料有限公司", "C3533", "液体过滤袋; 除尘布袋; 笼骨; 电磁脉冲阀;"),
          ("信息咨询服务有限公司", "F761", "经济信息咨询服务; 房产经纪服务;"), ("人才服务中心", "K82", "人才交流,培训"),
          ("电子科技有限公司", "C4153", "GPS车载定位系统; GPS车载导航系统;"), ("包装机械厂", "C3625", "封口机; 铝箔封口机; 薄膜封口机;"),
          ("金属软管有限公司", "C3411", "金属软管,金属波纹管"), ("不锈钢制品厂", "C3411", "不锈钢;不锈钢;"),
          ("印刷有限公司", "C2311", "包装装潢印刷"), ("汽车维修中心", "K83", "汽车维修; 汽车美容;"), ("贸易商行", "H63", None)]
ROADS = ["扬名高新技术产业园D区", "芦村工业园", "清扬南三路", "唐巷", "塘南路", "解放东路", "南长街", "新联", "芦村", "太湖大道金匮桥西",
         "永丰路", "中南路", "清扬路", "南禅寺商城", "凤翔路", "人民西路", "中山路", "蠡园经济技术开发区"]
TITLES = ["经理", "总经理", "销售 经理", "销售部 助理", "业务部 业务经理", "部门经理", "市场部 销售工程师", "供销科 销售主管",
          "总经理", "经理", "董事长", "厂长", "采购", "CEO"]
ZIPS = ["214024", "214000", "214026", "214023", "214007", "214073", "214021"]
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def seven():
    return f"{f.r.randrange(2, 9)}{f.r.randrange(10**6):06d}"


def eight():
    return f"8{f.r.randrange(10**7):07d}"


def phone():
    k = f.r.random()
    if k < 0.39:
        v = "0510-" + eight()
    elif k < 0.73:
        v = "0510-" + seven()
    elif k < 0.8:
        v = "0510 " + eight()
    elif k < 0.82:
        v = f.mobile_cn()
    elif k < 0.84:
        v = f"0510-{eight()}/{eight()}"
    else:
        v = "0510-" + (eight() if f.chance(0.5) else seven())
    if 0.84 <= k < 0.955:
        v += "\u3000"
    return v


def mobile():
    k = f.r.random()
    if k < 0.973:
        return f.mobile_cn()
    return f.pick(["0510" + eight(), "0" + f.mobile_cn(), f.mobile_cn() + "," + f.mobile_cn(), seven(),
                   "+86" + f.mobile_cn()[:-1], f.mobile_cn() + ".", "86-" + f.mobile_cn(), "0510-" + seven(),
                   f.mobile_cn() + " " + f.mobile_cn()])


def contact(boss):
    k = f.r.random()
    name = boss if boss and f.chance(0.45) else f.name_cn(unique=False)
    if k < 0.018:
        return None
    if k < 0.2:
        return name
    if k < 0.28:
        return name + " " + f.pick(["经理", "总", "先生", "女士"])
    sex = f.pick(["先生", "先生", "女士"])
    title = f.pick(TITLES)
    if k < 0.33:
        return f"{name} {sex} ( {title} )"
    return f"{name} {sex} ({title})"


def website(i):
    k = f.r.random()
    if k < 0.5:
        return None
    letters = "".join(f.pick("abcdefghjklmnpqrstwxyz") for _ in range(f.r.randrange(4, 9)))
    return f.pick([f"http://www.{letters}.com", f"www.{letters}.com", f"http://www.wx{letters}.cn",
                   f"http://shop{f.r.randrange(10**7, 10**8)}.taobao.com", f"http://{letters}.cn.alibaba.com",
                   f"http//{f.r.randrange(10, 99)}{letters}.b2b.hc360.com/", "http://http:/",
                   f"http://http://shop{f.r.randrange(10**7, 10**8)}.tao"])


def address():
    k = f.r.random()
    if k < 0.056:
        return "中国·江苏省·无锡市"
    if k < 0.08:
        return "中国.江苏省.无锡市.无锡市"
    if k < 0.088:
        return "中国.江苏省.无锡市"
    if k < 0.093:
        return "江苏无锡"
    no = f"{f.r.randrange(1, 900)}号"
    if f.chance(0.08):
        no = no.translate(FULLWIDTH)
    return f.pick(["江苏省无锡市南长区", "无锡市", "江苏无锡市", "南长区", "江苏无锡南长", "江苏省无锡市南长区无锡市"]) + f.pick(ROADS) + \
        (no if f.chance(0.8) else "") + (f"{f.r.randrange(101, 1802)}室" if f.chance(0.1) else "")


used = set()
rows = []
bigboss = f.name_cn()
for i in range(ROWS):
    trade, code, scope = f.pick(TRADES)
    for _ in range(100):
        name = f"{f.pick(['无锡市', '无锡', '无锡市南长区', '江苏', '', '无锡市'])}{f.pick(STEMS)}{f.pick(STEMS) if f.chance(0.3) else ''}{trade}"
        if name not in used:
            break
    used.add(name)
    full = i < 66
    boss = None if f.chance(0.215) and not full else (bigboss if i in (12, 140, 288, 431, 702, 1010, 1333) else f.name_cn(unique=False))
    if i in (310, 911):
        boss = f.pick(["STEVE。LOTUS", "Aaron Liu"])
    tel = phone()
    row = [
        name, boss, contact(boss), f.pick(TITLES).replace(" ", "    ") if f.chance(0.045) else None, "320203", address(),
        None if f.chance(0.042) else ("0510" if f.chance(0.99) else "510"), tel,
        str(f.r.randrange(800, 9999)) if i in (77, 1200) else None,
        None if f.chance(0.128) else (tel.strip() if f.chance(0.25) else f.pick(["0510-", "0510-", "0510 "]) + (eight() if f.chance(0.5) else seven())),
        mobile(), f.pick(ZIPS), None, website(i),
        None if f.chance(0.17) else (scope or f.pick(["机械加工", "五金交电", "服装"])),
        None if f.chance(0.088) else (code if f.chance(0.8) else code[:3]),
        None if not (full or f.chance(0.27)) else f.pick(["173", "173", "171", "310", "159", "130", "120", "230", "62", "1"]),
        f.pick(["9", "9", "1"]) if full else None, f.pick(["90", "90", "72", "40"]) if full else None,
        (str(f.r.randrange(1980, 2007)) if f.chance(0.995) else f.pick(["1", "3", "20"])) if full or f.chance(0.52) else None,
        (f"{f.r.randrange(1, 13):02d}/{f.r.randrange(1, 29):02d}/{f.r.randrange(0, 6):02d}" if f.chance(0.66) else "  /  /")
        if full or f.chance(0.03) else None,
        "1" if full else None, "1" if full else None, (f.pick(["1", "1", "1", "3"]) if full or f.chance(0.023) else None),
        (0 if f.chance(0.9) else f.pick([50, 100, 51, 200, 101, 60, 10, 150, 30])) if not full else f.r.randrange(0, 400),
        0 if not full and f.chance(0.97) else f.r.randrange(100, 40000),
        f.pick([0, 0, 10, 10, 7, 6, 5, 4, 3, 1, 2]) if not full else f.r.randrange(1, 9),
        0 if not full and f.chance(0.97) else f.r.randrange(10, 40000),
        f.pick([0, 0, 0, 5, 8, 3, 10, 25, 50, 120]) if not full else f.r.randrange(3, 220),
    ]
    rows.append(row)
for i in f.r.sample(range(ROWS), 29):
    rows[i][12] = f.email(f"{''.join(f.pick('abcdefghjkmnpqrstwxyz') for _ in range(6))}{f.r.randrange(10, 99)}")
rows[1012][24] = 20000000

wb = workbook()
ws = wb.active
ws.title = "企业名录"
ws.append(HEAD)
for row in rows:
    ws.append(row)
save(wb, "companies-zh-cn-bossdirectory.xls", libreoffice="xls")

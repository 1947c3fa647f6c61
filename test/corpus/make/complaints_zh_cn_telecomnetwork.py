"""
Shape of shayi123/startChongzi "complaindata/投诉分析表202011汇总.xlsx" (at commit 60877aa6): a
provincial telecom operator's month of network-coverage complaint and fault tickets, pasted
together from every city's sheet in Excel. One sheet Sheet1, header in row 1 (bold, except
问题解决描述), an auto-filter that stops far above the last row, columns 本地网 (the city; now and
then 宽带, 业务问题 or another province typed there), 工单号 (16 digits 30202011… or CP2020…,
a few numbers on two different complaints), 投诉/故障地址, 投诉点经度, 投诉点纬度, 网络类型 (4G/2G/VoLTE/volte/5G),
问题定位 (覆盖问题, 用户原因, 负荷问题, 优化问题, 设备故障 …), 投诉/故障内容 (a fault type such as
手机上网故障_网速慢, or the call-centre note with a phone number in it), 回单内容 (the engineer's
reply), 问题解决描述, 投诉用户号码 (the subscriber's mobile: text, or a number, masked 138****1234 in
one city's block, two numbers in a cell, once #VALUE!), 问题是否解决 (是/否, '否 ' with a space),
解决方式 (新建宏站, 参数调整, 设备排障 …), 预计解决时间 (dates, '2021.6', '2020.11', text),
覆盖站点/小区名称 and its longitude/latitude ('xxx' on a run of rows), 农村/城镇覆盖类型, 覆盖场景1,
覆盖场景2, and two unheaded columns filled by one city only (满意/较满意/一般满意, the vendor).
Every column carries a number format (0.000000, 0) whatever its values; the subscriber column is
text-formatted. No received date: the date is only inside the ticket number. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("complaints-zh-cn-telecomnetwork")

HEADER = ["本地网", "工单号", "投诉/故障地址", "投诉点经度", "投诉点纬度", "网络类型", "问题定位", "投诉/故障内容", "回单内容",
          "问题解决描述", "投诉用户号码", "问题是否解决", "解决方式", "预计解决时间", "覆盖站点/小区名称", "覆盖点经度", "覆盖点纬度",
          "农村/城镇覆盖类型", "覆盖场景1", "覆盖场景2", None, None]
# (city, rows in its block, longitude, latitude, districts)
BLOCKS = [("金华", 70, 119.65, 29.08, ["婺城区", "金东区", "义乌市"]), ("宁波", 90, 121.55, 29.87, ["慈溪市", "镇海区", "鄞州区"]),
          ("衢州", 25, 118.87, 28.94, ["柯城区", "衢江区"]), ("台州", 20, 121.42, 28.66, ["椒江区", "黄岩区"]),
          ("湖州", 24, 120.09, 30.89, ["吴兴区", "南浔区"]), ("杭州", 130, 120.16, 30.27, ["拱墅区", "余杭区", "西湖区"]),
          ("嘉兴", 40, 120.75, 30.75, ["南湖区", "海宁市"]), ("丽水", 18, 119.92, 28.45, ["莲都区"]),
          ("温州", 55, 120.70, 28.00, ["鹿城区", "瓯海区", "乐清市"]), ("舟山", 14, 122.21, 29.99, ["定海区"]),
          ("绍兴", 40, 120.58, 30.00, ["越城区", "诸暨市", "柯桥区"])]
STRAYS = ["上海", "宽带", "业务问题", "山东", "义乌市", "温州市"]
PLACES = ["小区", "工业区", "村", "花园", "大厦", "商业街", "产业园", "学院"]
FAULTS = [("手机上网故障_网速慢", 35), ("手机上网故障_手机上不了网", 26), ("手机无法主被叫_无法主被叫", 12),
          ("通话质量问题_所有号码都出现通话质量问题", 4), ("手机无法主被叫_无法主叫", 2)]
CAUSES = [("覆盖问题", 45), ("用户原因", 19), ("负荷问题", 8), ("优化问题", 8), ("设备故障", 8), ("终端", 2), ("传输故障", 2)]
WAYS = [("新建宏站", 29), ("其它", 13), ("新建室分", 10), ("设备排障", 8), ("参数调整", 6), ("扩容", 4), ("换卡换机", 2), ("自复", 2)]
SCENES = [("住宅小区", 46), ("厂区园区", 15), ("农村", 11), ("商场店铺", 6), ("商务楼宇", 5), ("其他", 2)]
REPLIES = {
    "覆盖问题": ["{area}覆盖区域。联系用户，用户所在位置室内深度覆盖不足，暂时无法解决，后期将通过新建站点解决，请用户耐心等待。用户表示理解。",
              "由于用户反映小区周边基站数量较少 ，导致用户处于一个信号弱覆盖区域，已提交建设需求。"],
    "用户原因": ["{area}覆盖区域。联系用户，核查周边4G站点运行正常，建议用户重启手机继续观察使用，如有问题可直接联系处理，用户表示理解。",
              "现场信号非常好，用户手机问题"],
    "负荷问题": ["{area}覆盖区域。周边站点忙时负荷较高，已提交扩容需求，扩容后改善。"],
    "优化问题": ["{area}覆盖区域。已对周边基站进行参数调整优化，请用户继续观察。"],
    "设备故障": ["设备故障引起用户无法正常通信，故障原因已核实，维护人员正在处理。"],
    "终端": ["用户终端不支持该频段，建议更换终端。"],
    "传输故障": ["传输中断引起站点退服，已抢通。"],
}
SOLVED = {"覆盖问题": ["目前无法通过新建基站方式彻底解决，需后期规划建设新的基站改善", "弱覆盖", "需新建宏站"],
          "用户原因": ["用户原因", "建议用户使用volte通话"], "负荷问题": ["扩容"], "优化问题": ["我方将对周边基站进行调整优化", "参数调整"],
          "设备故障": ["设备排障"], "终端": ["换机"], "传输故障": ["传输抢修"]}


def weighted(pairs):
    return f.r.choices([p for p, _ in pairs], [w for _, w in pairs])[0]


def ticket(day):
    if f.chance(0.5):
        return f"30{day:%Y%m%d}{f.r.randrange(100000, 999999)}"
    return f"CP{day:%Y%m%d}{f.r.randrange(10, 24)}{f.r.randrange(10 ** 5, 10 ** 6)}"


rows = []
for b, (city, n, lon, lat, districts) in enumerate(BLOCKS):
    for k in range(n):
        day = f.date(datetime.date(2020, 10, 31), datetime.date(2020, 11, 30))
        district = f.pick(districts)
        place = f"{city}市{district}{f.pick(['金港', '龙川', '塘里', '九峰', '运河', '大关', '庵东', '浦阳'])}{f.pick(PLACES)}"
        cause = weighted(CAUSES)
        fault = weighted(FAULTS)
        if f.chance(0.12):  # the call-centre's note instead of a fault type
            fault = f"备注: {f.r.randrange(4000, 7000)}, 用户来电表示在{place}手机信号很差，上不了网要求核实处理，支局=，优惠=， "
        covered = f.chance(0.7)
        area = ("城镇" if f.chance(0.8) else "农村") + ("覆盖区域" if covered else "未覆盖区域")
        reply = f.pick(REPLIES[cause]).format(area=area[:2] + ("" if covered else "未"))
        solved_text = f.pick(SOLVED[cause])
        phone = f.mobile_cn()
        solved = "是" if cause in ("用户原因", "设备故障", "优化问题", "传输故障") or f.chance(0.2) else "否"
        due = None
        if solved == "否" or f.chance(0.3):
            roll = f.r.random()
            if roll < 0.45:
                due = f.pick([datetime.datetime(2021, 3, 1), datetime.datetime(2021, 4, 1), datetime.datetime(2021, 5, 31)])
            elif roll < 0.65:
                due = f.pick(["2021.6", "2020.11", "2021.3"])
            elif roll < 0.8:
                due = float(f.pick(["2021.06", "2021.12"]))
            else:
                due = f"{day:%Y/%m/%d} {f.r.randrange(9, 18)}:{f.r.randrange(10, 59)}:{f.r.randrange(10, 59)}"
        site = f"LF_H_{district[:2]}{f.pick(['大关小区', '运河产业园', '慈宏五金', '邮电西路', '泥螺山路北'])}_{f.r.randrange(1, 200)}"
        slon, slat = round(lon + f.r.uniform(-0.1, 0.1), 6), round(lat + f.r.uniform(-0.1, 0.1), 6)
        row = [city, ticket(day), place, round(slon + f.r.uniform(-0.01, 0.01), 6), round(slat + f.r.uniform(-0.01, 0.01), 6),
               weighted([("4G", 78), ("2G", 14), ("VoLTE", 3), ("5G", 2), ("volte", 1)]), cause, fault, reply, solved_text, phone,
               solved, weighted(WAYS), due, site, slon, slat, area + "。", weighted(SCENES), f.pick(["室内", "室内", "地下室", "高层室内", None]),
               None, None]
        if city == "宁波":  # this city's block: masked numbers, the reply copied into 问题解决描述
            row[10] = phone[:3] + "****" + phone[7:]
            row[9] = reply
            row[13] = f"{day:%Y/%m/%d} {f.r.randrange(9, 18)}:{f.r.randrange(10, 59)}:{f.r.randrange(10, 59)}"
        elif f.chance(0.3):
            row[10] = int(phone)  # stored as a number
        if city == "温州":
            row[20] = f.pick(["满意", "满意", "较满意", "一般满意"])
            row[21] = f.pick(["华信", "华为"])
        if city == "杭州" and 20 <= k < 40:
            row[14], row[15], row[16] = "xxx", "xxx", "xxx"
        if f.chance(0.03):
            row[11] = "否 "
        if f.chance(0.04):
            row[3] = row[4] = None
        rows.append(row)
    if b in (0, 5, 8):  # a stray row typed under the wrong city name
        stray = list(rows[-1])
        stray[0] = f.pick(STRAYS)
        stray[1] = ticket(datetime.date(2020, 11, 20))
        stray[10] = f.mobile_cn()
        rows.append(stray)
# A subscriber with two numbers in the cell, one whose number came out as #VALUE!, tickets twice.
rows[40][10] = f.mobile_cn() + "/" + f.mobile_cn()
rows[430][10] = "#VALUE!"
rows[430][7] = f.mobile_cn() + ",用户反映:2020-11-28在家里网速慢，要求处理"
rows[300][1] = rows[120][1]  # two different complaints under one ticket number (two cities' systems)
rows[350][1] = rows[66][1]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
for row in rows:
    ws.append(row)
NUM6 = "0.000000_);[Red]\\(0.000000\\)"
NUM0 = "0_);[Red]\\(0\\)"
formats = {"A": NUM6, "D": NUM6, "E": NUM6, "F": NUM6, "G": NUM6, "H": NUM6, "J": NUM6, "K": "@", "L": NUM0, "M": NUM0,
           "N": "mm-dd-yy", "O": NUM0, "P": NUM6, "Q": NUM6, "R": NUM0}
for col, fmt in formats.items():
    for cell in ws[col]:
        cell.number_format = fmt
for cell in ws[1]:
    cell.font = Font(bold=cell.column_letter not in ("J", "U", "V"))
for col in ("H", "I"):
    ws[f"{col}1"].alignment = Alignment(wrap_text=True)
for col, width in {"B": 19, "C": 30, "H": 17.25, "I": 40, "J": 30, "K": 13}.items():
    ws.column_dimensions[col].width = width
ws.auto_filter.ref = f"A1:A{len(rows) * 4 // 5}"
save(wb, "complaints-zh-cn-telecomnetwork.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)

"""
Shape of cwweather/qiyiguo "daili/wx.csv" (commit 03451ccbb8e3c76dad6d586d0dc650b04ae74a9a): a fruit seller's
list of one WeChat group-buy's buyers, copied out of the chat into a spreadsheet and saved as CSV (UTF-8 without
BOM, CRLF), no header row. Thirty rows of: the group-buy label (the same on every row, date and fruit), the
buyer's name, mobile (one copied from a phone's contact card and wrapped in the invisible U+202D/U+202C marks),
the delivery address as typed (mostly 黑龙江省哈尔滨市…, some without the province, one with a company name in
front, one with a postcode after a space, one ending in '。', one with '货到打电话' stuck on, two buyers at the
same office address, one in Shenzhen and one in Beijing) and the order ('5斤中果', '10斤大果', later written
'中果5斤', '大果10斤'). Names, mobiles and addresses invented.
"""
import os

from fake import FILES, Fake

f = Fake("clients-zh-cn-orangegroupbuy")
LABEL = "11.20冰糖橙团购"
DISTRICTS = ["道里区", "南岗区", "香坊区", "道外区", "呼兰区"]
STREETS = ["群力东湖路", "城乡路", "西头道街", "和兴路", "学府路", "安隆街", "黑山街", "燎原街", "建国南头道街", "幸福路",
           "哈西大街", "顾乡新亭街", "安埠街", "利民大道", "迎宾路"]
ESTATES = ["群力家园", "海富家园", "新天地小区", "阳光家园", "欧洲新城", "幸福家园小区", "尚雅轩", "安埠小区", "四季花城"]
OFFICE = "黑龙江省哈尔滨市道里区城乡路126号二楼综合部"


def home():
    d, s = f.pick(DISTRICTS), f.pick(STREETS)
    if f.chance(0.5):
        return f"{d}{s}{f.r.randrange(2, 160)}号{f.pick(ESTATES)}{f.pick('ABCK')}{f.r.randrange(1, 9)}栋{f.pick('一二三')}单元{f.r.randrange(3, 19)}0{f.r.randrange(1, 4)}"
    return f"{d}{s}{f.r.randrange(2, 160)}号{f.r.randrange(1, 7)}单元{f.r.randrange(1, 9)}0{f.r.randrange(1, 4)}室"


rows = []
for i in range(30):
    name = f.name_cn()
    phone = f.mobile_cn()
    if i == 10:
        phone = "\u202d" + phone + "\u202c"
    addr = "黑龙江省哈尔滨市" + home()
    if i in (3, 6, 8, 26):
        addr = addr.replace("黑龙江省", "")
    if i == 2:
        addr = "黑龙江龙江电力设备股份有限公司黑龙江省哈尔滨市道里区迎宾路集中区鄱阳东路北侧5号"
    if i in (4, 16):
        addr = OFFICE if i == 4 else OFFICE.replace("综合部", "财务室。")
    if i == 14:
        addr = "深圳市罗湖区东门北路1019号市人民医院检验科2栋4楼408"
    if i == 21:
        addr = "北京市海淀区清河街道海清园5号楼1401"
    if i == 25:
        addr = "黑龙江省哈尔滨市南岗区学府路47号 体检中心（外科楼1楼）外科诊室 150080"
    if i == 27:
        addr += "货到打电话"
    big = f.chance(0.3)
    size = "10斤" if f.chance(0.15) else "5斤"
    order = f"{size}{'大果' if big else '中果'}" if i < 17 else f"{'大果' if big else '中果'}{size}"
    rows.append([LABEL, name, phone, addr, order])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-zh-cn-orangegroupbuy.csv"), "wb") as out:
    out.write(("\r\n".join(",".join(r) for r in rows) + "\r\n").encode("utf-8"))
for k in (0, 4, 10, 16, 27):
    print(k, rows[k])

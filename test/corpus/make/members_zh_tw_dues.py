"""
Shape of lxm3-web/dues-agent "data/會員名冊_2026.csv" (at commit 2424281): an industry association's
member roster for the 2026 dues round as a UTF-8 CSV (no BOM, LF): 會員編號 / 公司名稱 / 聯絡人 / 職稱 /
會員級別 / 年費 / 應繳期限 / Email / 電話 / 聯絡偏好. One row per member company, M001…M120: the company's
full registered name (有限公司 or 股份有限公司; a few names differ only by that suffix and are other
members), its contact person and title (總經理, 副總, 經理, 會計, 特助), the membership class (一般會員,
團體會員, 贊助會員, 理監事) with its yearly fee as a plain number, the due date as yyyy/mm/dd text, a
per-member e-mail address, a landline with its area code, and how the member likes to be reached
(LINE, Email, 電話). One contact name appears at two companies. Values invented.
"""
import os

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("members-zh-tw-dues")

BRANDS = ["宇陽", "明峰", "品逸", "東辰", "誠展", "元鴻", "中鼎", "高林", "佳合", "晉城", "群威", "立勤", "冠捷", "世紀", "瑞光", "泰宇",
          "遠旭", "永茂", "富崴", "宜達", "允升", "廣達", "宏碩", "昇華", "承邦", "益盛", "兆達", "銓豐", "亞信", "鼎宏"]
TRADES = ["資訊", "工業", "生技", "網路", "材料", "電子", "通訊", "自動化", "科技", "機械", "半導體", "醫材", "光電", "系統", "精密"]
TITLES = ["總經理"] * 5 + ["副總"] * 5 + ["經理"] * 3 + ["會計"] * 5 + ["特助"] * 4
CLASSES = [("一般會員", 6000)] * 14 + [("團體會員", 36000)] * 3 + [("贊助會員", 20000)] * 4 + [("理監事", 50000)]
DUES = ["2026/06/30"] * 5 + ["2026/07/31"] * 4 + ["2026/08/15"] * 4 + ["2026/08/31"] * 4 + ["2026/09/10"] * 5 + \
       ["2026/01/15", "2026/02/15"]
PREFS = ["Email"] * 5 + ["LINE"] * 3 + ["電話"] * 2


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def company():
    return f._unique(lambda: f.pick(BRANDS) + f.pick(TRADES) + f.pick(["有限公司", "有限公司", "股份有限公司"]))


def landline():
    area = f.pick(["02", "03", "04", "07"])
    return f._unique(lambda: f"{area}-{f.r.randrange(1000, 9000)}-{f.r.randrange(1000, 10000)}")


rows = [["會員編號", "公司名稱", "聯絡人", "職稱", "會員級別", "年費", "應繳期限", "Email", "電話", "聯絡偏好"]]
names = []
for i in range(1, 121):
    name = company()
    if i in (47, 77, 84):  # the same company words under the other suffix: another member
        twin = names[{47: 13, 77: 52, 84: 81}[i] - 1]
        other = twin.replace("股份有限公司", "有限公司") if "股份" in twin else twin.replace("有限公司", "股份有限公司")
        if other not in f._used:
            f._used.add(other)
            name = other
    names.append(name)
    contact = person()
    if i == 85:
        contact = rows[2][2]  # one contact name at two companies
    cls, fee = f.pick(CLASSES)
    rows.append([f"M{i:03d}", name, contact, f.pick(TITLES), cls, str(fee), f.pick(DUES), f"member{i:03d}@example.com",
                 landline(), f.pick(PREFS)])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-tw-dues.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("".join(",".join(r) + "\n" for r in rows))

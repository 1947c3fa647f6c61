"""
Shape of ElonYao0623/GBDashborad "团房数据.csv": a hotel wholesaler's group-booking request tracker
(its Indonesian and Malaysian sales teams selling hotel blocks to travel agencies), kept in a
Feishu sheet and saved by pandas as UTF-8 CSV with a BOM.

- 33 columns, bilingual headers ("客户名称 Customer Name", "销售姓名 Sales Name", "入住日期 Check-in
  Date"), a few Chinese only (团单号, 状态, 房间保留时间, 支付方式, 餐食, 取消政策, 未成单原因（一级）/（二级）,
  最后更新时间) or English only (User ID, Salesteam). One row per hotel quoted: an agency's request
  on several rows when several hotels or legs were quoted (same 团单号), the 团单号 (running number
  + yyyymmdd) only on the ID team's quoted requests; statuses "中文 - English"; the agency's login
  as User ID (two logins for one agency, a person's name as login, "NA"); contact as
  "Name - e-mail - phone" or an e-mail alone; dates as yyyy/mm/dd text; cost and selling price as
  free text with line breaks removed (amounts, exchange rates, Chinese notes run together); the
  MY team's rows with "NA" in most text columns; loss reasons in Chinese.
Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("pipeline-en-my-groupbookings")

HEAD = ["User ID", "客户名称 Customer Name", "团单号", "国籍 Nationality", "状态", "销售姓名 Sales Name", "酒店名称 Hotel Name",
        "国家 Country", "联系方式 Contact Info", "入住日期 Check-in Date", "离店日期 Check-out Date", "房型要求 Room Type",
        "报价币种 Currency", "提交时间 Submitted by", "Joy 底价 Joy's Net Rate", "建议卖价 Suggested Selling Price",
        "额外税费需求 Extra tax if needed", "房间保留时间", "支付方式", "餐食", "取消政策", "未成单原因（一级）", "未成单原因（二级）",
        "出行目的 Purpose of travel", "特殊需求 Special Requests", "运营备注 Ops Notes",
        "会议室/交通需求 Meeting Room / Transportation Requirements", "预算范围 Budget Range", "间夜数 Room Nights",
        "房间数 Rooms", "酒店星级 Star Rating", "最后更新时间", "Salesteam"]
STATUS = {"inq": "客户咨询 - Customer Inquiry", "quote": "等待Joy报价 - Awaiting Joy Quotation",
          "ok": "询价成功 - Inquiry Succeeded", "confirm": "等待客户确认 - Awaiting Customer Confirm",
          "lock": "等待酒店锁房 - Awaiting Hotel Room Lock", "won": "团房成功 - Group Booking Success",
          "lost": "团房失败 - Group Booking Failed"}
ID_AGENCIES = [("Aerotravel Bandung", "aerotravelbdo"), ("Staycation Expert", "staycationxp"),
               ("Panorama Tour & Travel", "Panoramajkt"), ("Aviatour", "Aviatour"), ("Angkasa Tour & Travel", "Angkasatourmes"),
               ("Greyfurt Tour", "greyfurttour"), ("Tunas Mandiri Jaya", "tunasmandirijaya"), ("Rasa Sayang Holiday", "rasasayangmes"),
               ("Bswisata", "Bswisata"), ("Vibowtravel", "Vibowtravel"), ("paramountsub", "paramountsub"),
               ("Infinitetravel", "Infinitetravel"), ("Openjourneyid", "Openjourneyid"), ("Great Union", "greatunion"),
               ("Nawaytravel", "Nawaytravel"), ("PT. Global Wisata", "globalwisatabdo"), ("Sinar Jaya Tour", "sinarjayatour")]
MY_AGENCIES = [("Bousteadtravel", "Sazali"), ("satgurusg", "stts_sarah"), ("Targetsg", "Targetsg"),
               ("GssglobalMY", "JASMINAH"), ("ZtronicHolidaysMY", "ZtronicHolidays"), ("Liontravel", "LIONRSVN5"),
               ("HarvestvacationsMY", "harvestvacations"), ("travelbiz", "TBIZKL"), ("alqudskch", "DayangNoraini"),
               ("WorldTravellers", "WorldTravellers"), ("orientescapemy", "orientescape"), ("interborneokch", "IBTKCH"),
               ("Wiyatravel", "faridwiya"), ("OrangeMY", "ElaineOL"), ("orextravel", "Shahrizan"), ("BizitripVN", "NA")]
ID_SALES = ["Hidayat", "Dian", "Felita", "Stikna", "Verselli"]
MY_SALES = ["Elaine", "Kingsley", "Nicholas", "Penilia"]
HOTELS = [("Seaview Beach Hotel Penang", "MY", "MYR"), ("Harbour Grand Kuala Lumpur", "MY", "MYR"),
          ("Sukhumvit Garden Hotel Bangkok", "TH", "THB"), ("Siam Riverside Hotel", "TH", "THB"),
          ("Nanjing Road Plaza Hotel Shanghai", "CN", "CNY"), ("Pearl River Inn Guangzhou", "CN", "CNY"),
          ("Ginza Seventh Inn", "JP", "JPY"), ("Harumi Bay Hotel Tokyo", "JP", "JPY"), ("Marina Vista Hotel", "SG", "SGD"),
          ("Orchard Lane Hotel", "SG", "SGD"), ("Han River Hotel Danang", "VN", "VND"), ("Kuta Sunset Resort", "ID", "IDR"),
          ("Busan Central Suites", "KR", "KRW"), ("Barcelona Passeig Hotel", "ES", "EUR"), ("Malacca Heritage Inn", "MY", "MYR")]
LOSS = [("酒店原因", "满房"), ("酒店原因", "给不到报价"), ("客户原因", "客户取消"), ("客户原因", "在网站上预定"), ("价格原因", "比OTA贵")]
CONTACTS = ["Rizal", "Dwi", "Shennia", "Okta", "Rifana", "Akhmad", "Sifera", "Janne", "Fina", "Toriq", "Togi", "Nadia",
            "Chandra", "Hanie", "Lutfi", "Mrs Lili", "Yati", "Carol", "Peggy", "Lynette"]


def date(d):
    return d.strftime("%Y/%m/%d")


import datetime

rows = []
seq = 13424
base = datetime.date(2026, 6, 30)
for k, (agency, login) in enumerate(ID_AGENCIES + ID_AGENCIES[2:4] + ID_AGENCIES[9:10]):
    sub = base + datetime.timedelta(days=k // 2)
    state = f.pick(["confirm"] * 4 + ["lost"] * 3 + ["quote"] * 3 + ["won", "inq", "inq"])
    order = "" if state == "inq" else f"{seq}{sub.strftime('%Y%m%d')}"
    seq += f.r.randrange(3, 40)
    legs = f.pick([1, 1, 1, 2, 3]) if state != "inq" else 1
    checkin = sub + datetime.timedelta(days=f.r.randrange(20, 200))
    contact = f.pick(CONTACTS)
    local = agency.lower().replace(" ", "").replace(".", "").replace("&", "")[:14]
    contact_info = f.pick([f"{contact} - {contact.lower().split()[-1]}@{local}.test - 628110000{f.r.randrange(1000):03d}",
                           f"{contact} - {contact.lower().split()[-1]}@example.com", contact])
    rooms = f.r.randrange(5, 40)
    for leg in range(legs):
        hotel, country, cur = f.pick(HOTELS)
        cin = checkin + datetime.timedelta(days=3 * leg)
        nights = f.r.randrange(1, 5)
        cost = f.r.randrange(700, 3500) * 1000
        quoted = state in ("confirm", "won", "lock")
        net = f"IDR {cost:,}" if quoted else ""
        if quoted and f.chance(0.4):
            net = f"Deluxe Room(Single): IDR {cost:,}Deluxe Room(Twin/Double): IDR {int(cost * 1.1):,}"
        sell = f"IDR {int(cost * 1.1):,}" if quoted else ""
        if quoted and f.chance(0.4):
            sell = f"Selling Price:(x1.1) IDR {int(cost * 1.1):,}汇率参考：1 MYR = 4,400 IDR房价基于成本*1.1(10%利润）核算"
        loss = f.pick(LOSS) if state == "lost" else ("", "")
        rows.append([login, agency, order, "ID", STATUS[state], f.pick(ID_SALES) if leg == 0 else rows[-1][5], hotel,
                     country, contact_info, date(cin), date(cin + datetime.timedelta(days=nights)),
                     f.pick(["Lowest Category", "Double", "Twin/double", "30 Twin + 5 Double", "Superior Room",
                             "The Lowest Room Type"]), "IDR", date(sub), net, sell,
                     f.pick(["No", "", "Tourism Tax RM10", "Each room RM 3 government fee+ Tourism tax RM 10"]) if quoted else "",
                     "", "", f.pick(["RO & BF", "Room + Breakfast", "Breakfast", "Room Only", "ro & bf"]), "",
                     loss[0], loss[1], f.pick(["Leisure", "Business Trip", "Business", "Holiday", "Student Tournament"]),
                     f.pick(["No", "-", "Twin Beds", "14 twin dan 4 king"]), f.pick(["10%", "10%", "6%-8%", "10%和5%", ""]),
                     "No", f.pick(["Only asking for best offer", "IDR 1,000,000 / Room / Night (Budget)", "700.000 - 1.000.000",
                                   "Must be cheaper than OTA", "-"]),
                     str(rooms * nights), str(rooms), f.pick(["Three-star", "Four-star", "Five-star"]),
                     date(sub + datetime.timedelta(days=f.r.randrange(10, 25))), "ID"])
        if legs > 1 and leg == 0 and f.chance(0.5):
            checkin = checkin  # options for the same dates
            rows[-1][9] = date(checkin)
seen_my = set()
for k, (agency, login) in enumerate(MY_AGENCIES + MY_AGENCIES[3:4] * 2 + MY_AGENCIES[1:2] + MY_AGENCIES[9:10]):
    state = f.pick(["confirm"] * 4 + ["lost"] * 3 + ["inq"] * 2 + ["lock", "ok"])
    hotel, country, cur = f.pick(HOTELS)
    sub = datetime.date(2026, 7, 22)
    cin = sub + datetime.timedelta(days=f.r.randrange(5, 120))
    if agency == "WorldTravellers" and agency in seen_my:
        login = "Yati_Worldtravellers"   # a second login of the same agency
    seen_my.add(agency)
    email = f"{login.lower().replace('_', '.')}@{agency.lower()[:12]}.test" if login != "NA" else "booking@bizitrip.test"
    rows.append([login, agency, "", "", STATUS[state], f.pick(MY_SALES), f.pick([hotel, f"1. {hotel}2. {f.pick(HOTELS)[0]}", "NA"]),
                 country, email, date(cin), date(cin + datetime.timedelta(days=f.r.randrange(1, 6))), "NA",
                 f.pick(["MYR", "MYR", "SGD", "USD", "VND"]), date(sub), "", "", "", "", "", f.pick(["NA", "BREAKFAST", "WIthout breakfast"]),
                 "", "", "", f.pick(["NA", "Training", "STUDENT TRIP", "Team-building"]), "NA", "", f.pick(["No", "Meeting Room", "Transportation"]),
                 "NA", str(f.r.randrange(1, 60)), str(f.r.randrange(1, 40)), f.pick(["Three-star", "Four-star", "Five-star"]),
                 date(sub), "MY"])

os.makedirs(FILES, exist_ok=True)
buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEAD)
w.writerows(rows)
with open(os.path.join(FILES, "pipeline-en-my-groupbookings.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write(buf.getvalue())

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)

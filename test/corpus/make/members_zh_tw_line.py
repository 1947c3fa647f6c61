"""
Shape of edn869728-jpg/farm-ui 客戶資料.xlsx: a Taiwanese shop's LINE membership workbook kept in
Google Sheets and downloaded as .xlsx. The member list (Main_member) sits under a one-cell
"日期：…" line, its header has empty columns between headed ones, its phone column is a Google
formula whose cached value is the phone as text, its member numbers (ANG0601 …) are a formula in
the first row and values below, and some thousand rows below the members hold only empty formula
results. Around it: a game-state sheet keyed by member (JSON cells, a formula row, a test row at
row 1000), empty header-only sheets (member master, LINE bindings, pending members, logs of
purchases, top-ups and points), a sync log where one member comes back on several rows, and two
key/value settings sheets. Values invented (the original holds real members' names and phones).
Saved through LibreOffice, which computes the formulas the way Google Sheets cached them.
"""
import datetime
import json
import re

from fake import Fake, workbook, save

f = Fake("members-zh-tw-line")


LOOKS_LIKE_MOBILE = re.compile(r"(?<!\d)(?:09\d{8}|1[3-9]\d{9})(?!\d)")


def clear_time(moment):
    # A time between 02:10 and 02:24 is a day fraction of 0.09…, whose ten digits after the date
    # serial's point read as a Taiwanese mobile number: an hour later instead.
    fraction = (moment.hour * 3600 + moment.minute * 60 + moment.second) / 86400
    return moment + datetime.timedelta(hours=1) if 0.09 <= fraction < 0.1 else moment


def line_id():
    # Random hex may hold ten digits in a row that read as a real mobile number: drawn again.
    while True:
        text = "U" + "".join(f.pick("0123456789abcdef") for _ in range(32))
        if not LOOKS_LIKE_MOBILE.search(text):
            return text


EMPTY_PLOT = {"crop": "", "stage": -1, "progress": 0, "plantedAt": "", "lastWaterDate": "",
              "noWaterDays": 0, "dead": False, "ready": False}
PLOTS = json.dumps([EMPTY_PLOT] * 15, separators=(",", ":"))
FARM = json.dumps({"level": 1, "xp": 0, "lastWaterDate": "2026-05-04",
                   "weather": {"rainMm": 0, "tempC": 25, "text": "無雨"}, "plots": [EMPTY_PLOT] * 15,
                   "harvestCount": {"cabbage": 0, "carrot": 0}, "coupons": {"cabbage": 0, "carrot": 0}},
                  ensure_ascii=False, separators=(",", ":"))

members = []
start = datetime.datetime(2026, 2, 11, 21, 24, 54, 530000)
for i in range(31):
    name = f.name_tw()
    if i in (9, 28):
        name = name[0] + ("小姐" if i == 28 else "先生")
    phone = f.mobile_tw(dashed=False)
    digits = int(phone)  # the unformatted column holds the number: its leading 0 is gone
    if i == 5:
        digits = int("886" + phone[1:])
    joined = start + datetime.timedelta(days=i // 3, hours=(i * 7) % 13, minutes=(i * 17) % 60,
                                        microseconds=(i * 41113) % 1000 * 1000)
    joined = clear_time(joined)
    members.append(dict(name=name, phone=phone, digits=digits, line=line_id(), no=f"ANG{601 + i:04d}",
                        coupon="是" if i != 30 else None, social="是" if i < 11 else None, joined=joined))

wb = workbook()

# Game state per member: ids copied from the member list by an array formula in row 2 (Google
# caches the first member's ids there; written as those values, which is what a reader sees).
ws = wb.active
ws.title = "farm_data"
ws.append(["line_user_id", "member_id", "Game_Point", "plots_json", "farm_json", "last_calc_date",
           "last_water_date", "update_time"])
ws.append([members[0]["line"], members[0]["no"], 200.0, None, FARM,
           datetime.datetime(2026, 5, 4), datetime.datetime(2026, 5, 4), clear_time(datetime.datetime(2026, 5, 4, 2, 19, 4))])
for i, m in enumerate(members[1:]):
    ws.append([m["line"], m["no"], 200.0, PLOTS if i == 0 else None])
for r in range(ws.max_row + 1, 1000):
    ws.cell(r, 1, "")
    ws.cell(r, 2, "")
ws.cell(1000, 1, "U_test_farm")
ws.cell(1000, 2, "M000001")
ws.cell(1000, 4, PLOTS)
ws.cell(1000, 5, FARM.replace("2026-05-04", ""))
ws.cell(1000, 6, datetime.datetime(2026, 5, 4))
ws.cell(1000, 8, datetime.datetime(2026, 5, 4, 12, 38, 11))
ws.freeze_panes = "A2"

for title, header in [
    ("會員主檔", ["member_id", "name", "phone_normalized", "phone_raw", "phone_digits", "phone_status",
              "phone_message", "birthday", "email", "address", "balance", "point", "level", "status",
              "register_time", "last_visit_time", "note", "note2", "line_user_id", "line_name", "line_bound",
              "bind_time", "last_sync_time", "member_source", "link_status", "referrer_line_user_id",
              "my_referral_code", "join_method", "new_member_coupon_sent", "social_campaign",
              "social_coupon_sent", "referral_reward_sent"]),
    ("line綁定", ["line_user_id", "line_name", "phone_input", "phone_normalized", "matched_member_id",
                "status", "bind_time", "source", "note"]),
    ("待確認會員", ["line_user_id", "line_name", "phone_input", "phone_normalized", "status", "create_time", "note"]),
    ("farm_log", ["time", "line_user_id", "member_id", "action", "crop", "plot_index", "cost", "point_after",
                  "message"]),
]:
    s = wb.create_sheet(title)
    s.append(header)
    s.freeze_panes = "A2"

# The member list.
ws = wb.create_sheet("Main_member")
ws.append(["日期：2026/03/10 11:28:57"])
header = [None] * 23
for col, text in [(1, "電話(會員編號)"), (2, "姓名"), (3, "生日"), (4, "Email"), (5, "地址"), (6, "餘額"),
                  (7, "備註"), (8, "備註二"), (9, "已發新會員券"), (10, "social_campaign"), (12, "userid"),
                  (14, "id"), (17, "wallet_balance"), (18, "bonus_balance"), (19, "點數"), (20, "電話(未統一格式)"),
                  (23, "時間")]:
    header[col - 1] = text
ws.append(header)
for i in range(998):
    r = 3 + i
    m = members[i] if i < len(members) else None
    cached = m["phone"] if m else ""
    inner = ('"ARRAYFORMULA(IF(T3:T1000="""","""",IFERROR(IF((LEN(REGEXREPLACE(T3:T1000&"""",""\\D"",""""))>=9),'
             '""0""&RIGHT(REGEXREPLACE(T3:T1000&"""",""\\D"",""""),9),""""),"""")))"') if i == 0 else '"""COMPUTED_VALUE"""'
    ws.cell(r, 1, f'=IFERROR(__xludf.DUMMYFUNCTION({inner}),"{cached}")')
    if i == 0:
        ws.cell(r, 14, '=IF(T3:T1000="","","ANG"&TEXT(ROW(T3:T1000)-ROW(T3)+601,"0000"))')
    else:
        ws.cell(r, 14, m["no"] if m else "")
    if not m:
        continue
    ws.cell(r, 2, m["name"])
    if m["coupon"]:
        ws.cell(r, 9, m["coupon"])
    if m["social"]:
        ws.cell(r, 10, m["social"])
    ws.cell(r, 12, m["line"])
    ws.cell(r, 19, 200.0)
    ws.cell(r, 20, m["digits"])
    ws.cell(r, 23, m["joined"])
ws.freeze_panes = "A3"

# A sync log: one row per event, the same member on several rows.
ws = wb.create_sheet("同步紀錄")
ws.append(["time", "action", "member_id", "phone_normalized", "result", "message"])
t = datetime.datetime(2026, 4, 7, 9, 46, 32)
events = [("liffJoinCreate", 1, True), ("registerLineMember", 2, False), ("liffJoinCreate", 3, True),
          ("liffJoinCreate", 4, True)] + [("liffJoinUpdate", 4, True)] * 5 + \
         [("liffJoinCreate", 5, True), ("liffJoinCreate", 5, True), ("liffJoinCreate", 6, True),
          ("liffJoinCreate", 7, True), ("liffJoinCreate", 8, True), ("registerLineMember", 9, False),
          ("registerLineMember", 1, False)]
phones = {k: int(f.mobile_tw(dashed=False)) for k in range(1, 10)}
for n, (action, who, with_phone) in enumerate(events):
    t = clear_time(t + datetime.timedelta(hours=(n * 5) % 31, seconds=(n * 13) % 59 + 1))
    message = {"liffJoinCreate": "LIFF 建立會員成功", "liffJoinUpdate": "LIFF 更新會員成功",
               "registerLineMember": "建立 line_only 會員成功"}[action]
    ws.append([t, action, f"M{who:06d}", phones[min(who, 5) if who >= 5 else who] if with_phone else None,
               "success", message])
ws.freeze_panes = "A2"

for title, header in [
    ("消費紀錄", ["time", "member_id", "phone_normalized", "amount", "point_used", "point_earned", "operator", "note"]),
    ("儲值紀錄", ["time", "member_id", "phone_normalized", "amount", "balance_after", "operator", "note"]),
    ("點數紀錄", ["time", "member_id", "phone_normalized", "change", "point_after", "type", "operator", "note"]),
]:
    s = wb.create_sheet(title)
    s.append(header)
    s.freeze_panes = "A2"

ws = wb.create_sheet("系統設定")
for row in [["key", "value", "note"], ["member_id_prefix", "ANG", "會員編號前綴"],
            ["default_level", "normal", "預設會員等級"], ["default_status", "active", "預設會員狀態"],
            ["phone_rule", "digits_only_last9_prefix0_first_must_9", "電話清洗規則"],
            ["line_only_source", "line_only", "只有 LINE 的會員來源值"], ["pos_source", "pos", "POS 會員來源值"],
            ["linked_source", "linked", "POS + LINE 已綁定來源值"]]:
    ws.append(row)
ws.freeze_panes = "A2"

ws = wb.create_sheet("config")
for row in [["key", "value"], ["new_member_link", "https://example.com/join"],
            ["referral_link", "https://example.com/referral"],
            ["TOKEN", "invented-token-" + "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(40))],
            ["liff_url", "https://example.com/miniapp"], ["social_link", "https://example.com/social"]]:
    ws.append(row)
ws.freeze_panes = "A2"

save(wb, "members-zh-tw-line.xlsx", libreoffice="xlsx")

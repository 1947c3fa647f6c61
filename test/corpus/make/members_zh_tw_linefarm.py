"""
Shape of edn869728-jpg/farm-ui "客戶資料.xlsx" (at commit 6474c585): a Taiwanese shop's member
workbook kept in Google Sheets behind a LINE official account with a little farming game for
members (downloaded as .xlsx, so Sheets' formulas come as IFERROR(__xludf.DUMMYFUNCTION(...))
with the last result cached). Twelve sheets, in this order:

- "farm_data": the game state per member, header on row 1 (line_user_id / member_id /
  Game_Point / plots_json / farm_json / last_calc_date / last_water_date / update_time), frozen
  at A2. A2 and B2 hold array formulas pulling Main_member!L and N (=IF(Main_member!L3:L1000="",
  "",…)); rows 3–32 the spilled LINE ids and member ids as plain values, Game_Point 200; JSON
  blobs of plots on two rows; rows 33–999 empty strings in A and B; row 1000 a test row
  (U_test_farm, M000001, JSON).
- "會員主檔": the new member table, header only (member_id, name, phone_normalized, phone_raw,
  … 32 English column names), no rows.
- "line綁定", "待確認會員", "farm_log": header only.
- "Main_member": the member list exported from the shop's POS. Row 1 a title "日期：2026/03/10
  11:28:57" in A1; the header on row 2 with a blue fill (電話(會員編號) / 姓名 / 生日 / Email /
  地址 / 餘額 / 備註 / 備註二 / 已發新會員券 / social_campaign / (blank) / userid / (blank) /
  id / (blank) / (blank) / wallet_balance / bonus_balance / 點數 / 電話(未統一格式) / (blank) /
  (blank) / 時間), frozen at A3. 31 members on rows 3–33: A a Sheets formula normalising the
  raw phone, cached as "09xxxxxxxx" text, its text format "@" on the first rows; B the name
  (full names, a surname alone, "阿伯", a nickname, "邱小姐"); 生日 … 備註二 empty; I 是 on 30
  rows, J 是 on 11; L the member's LINE user id; N the member number ANG0601… (a formula on
  row 3, spilled values below); S 200 points; T the phone as typed into the POS, a number that
  lost its leading 0 (one with the 886 country code); W the time the member joined (m/d/yyyy
  h:mm:ss, fractions of seconds). Rows 34–1000 carry the column-A formula with an empty result
  and an empty string in N.
- "同步紀錄": a sync log, 16 rows (time / action / member_id / phone_normalized / result /
  message), "LIFF 建立會員成功" …
- "消費紀錄", "儲值紀錄", "點數紀錄": header only.
- "系統設定": key / value / note settings (member-id prefix, default level, phone rule …).
- "config": key / value links and a channel token.
A person imports the 31 members of Main_member as clients; everything else is the app's
machinery. Values invented (names, phones, LINE ids, links, token).
"""
import base64
import datetime

from openpyxl.styles import Font, PatternFill

from fake import CachedFormulas, Fake, workbook

f = Fake("members-zh-tw-linefarm")
cf = CachedFormulas()
N = 31
LAST = 1000

names = [f.name_tw() for _ in range(N)]
names[14] = "林"
names[15] = "阿伯"
names[21] = "塔子醬"
names[28] = "邱小姐"
phones = [f.mobile_tw(dashed=False) for _ in range(N)]
line_ids = ["U" + "".join(f.pick("0123456789abcdef") for _ in range(32)) for _ in range(N)]
joined = []
t = datetime.datetime(2026, 2, 11, 21, 24, 54, 530000)
for i in range(N):
    joined.append(t)
    t += datetime.timedelta(minutes=f.r.randrange(3, 600), seconds=f.r.randrange(60), microseconds=f.r.randrange(1000) * 1000)
PLOT = '{"crop":"","stage":-1,"progress":0,"plantedAt":"","lastWaterDate":"","noWaterDays":0,"dead":false,"ready":false}'
PLOTS = "[" + ",".join([PLOT] * 15) + "]"
COUNTS = '{"cabbage":0,"carrot":0,"corn":0,"watermelon":0,"strawberry":0}'


def farm(date):
    return ('{"level":1,"xp":0,"lastWaterDate":"%s","weather":{"rainMm":0,"tempC":25,"text":"無雨"},"plots":%s,'
            '"harvestCount":%s,"coupons":%s}' % (date, PLOTS, COUNTS, COUNTS))


wb = workbook()
ws = wb.active
ws.title = "farm_data"
ws.append(["line_user_id", "member_id", "Game_Point", "plots_json", "farm_json", "last_calc_date", "last_water_date", "update_time"])
cf.formula(ws, "A2", '=IF(Main_member!L3:L1000="","",Main_member!L3:L1000)', line_ids[0])
cf.formula(ws, "B2", '=IF(Main_member!N3:N1000="","",Main_member!N3:N1000)', "ANG0601")
ws["C2"] = 200
ws["E2"] = farm("2026-05-04")
for c, v, fmt in (("F2", datetime.datetime(2026, 5, 4), "yyyy-mm-dd"), ("G2", datetime.datetime(2026, 5, 4), "yyyy-mm-dd"),
                  ("H2", datetime.datetime(2026, 5, 4, 2, 19, 4), "yyyy-mm-dd h:mm:ss")):
    ws[c] = v
    ws[c].number_format = fmt
for i in range(1, N):
    r = i + 2
    ws.cell(r, 1, line_ids[i])
    ws.cell(r, 2, f"ANG{601 + i:04d}")
    if i != 17:
        ws.cell(r, 3, 200)
    if i == 2:
        ws.cell(r, 4, PLOTS)
for r in range(N + 2, LAST):
    ws.cell(r, 1, "")
    ws.cell(r, 2, "")
ws.cell(LAST, 1, "U_test_farm")
ws.cell(LAST, 2, "M000001")
ws.cell(LAST, 4, PLOTS)
ws.cell(LAST, 5, farm(""))
ws.freeze_panes = "A2"


def header_only(title, headers):
    s = wb.create_sheet(title)
    s.append(headers)
    s.freeze_panes = "A2"
    return s


header_only("會員主檔", ["member_id", "name", "phone_normalized", "phone_raw", "phone_digits", "phone_status", "phone_message",
                     "birthday", "email", "address", "balance", "point", "level", "status", "register_time", "last_visit_time",
                     "note", "note2", "line_user_id", "line_name", "line_bound", "bind_time", "last_sync_time", "member_source",
                     "link_status", "referrer_line_user_id", "my_referral_code", "join_method", "new_member_coupon_sent",
                     "social_campaign", "social_coupon_sent", "referral_reward_sent"])
header_only("line綁定", ["line_user_id", "line_name", "phone_input", "phone_normalized", "matched_member_id", "status", "bind_time",
                       "source", "note"])
header_only("待確認會員", ["line_user_id", "line_name", "phone_input", "phone_normalized", "status", "create_time", "note"])
header_only("farm_log", ["time", "line_user_id", "member_id", "action", "crop", "plot_index", "cost", "point_after", "message"])

mm = wb.create_sheet("Main_member")
mm["A1"] = "日期：2026/03/10 11:28:57"
HEAD = {1: "電話(會員編號)", 2: "姓名", 3: "生日", 4: "Email", 5: "地址", 6: "餘額", 7: "備註", 8: "備註二", 9: "已發新會員券",
        10: "social_campaign", 12: "userid", 14: "id", 17: "wallet_balance", 18: "bonus_balance", 19: "點數",
        20: "電話(未統一格式)", 23: "時間"}
BLUE = PatternFill("solid", fgColor="FF5B95F9")
for c in range(1, 24):
    cell = mm.cell(2, c, HEAD.get(c))
    cell.fill = BLUE
NORMALISE = ('=IFERROR(__xludf.DUMMYFUNCTION("ARRAYFORMULA(IF(T3:T1000="""","""",IFERROR(IF((LEN(REGEXREPLACE(T3:T1000&"""",""\\D"",""""))>=9)'
             '*(LEFT(RIGHT(REGEXREPLACE(T3:T1000&"""",""\\D"",""""),9),1)=""9""),""0""&RIGHT(REGEXREPLACE(T3:T1000&"""",""\\D"",""""),9),""""),"""")))"),"%s")')
for i in range(N):
    r = i + 3
    text = NORMALISE % phones[i] if i == 0 else '=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"%s")' % phones[i]
    cf.formula(mm, f"A{r}", text, phones[i])
    b = mm.cell(r, 2, names[i])
    if i < 2:
        mm.cell(r, 1).number_format = "@"
        b.number_format = "@"
        for c in range(3, 9):
            mm.cell(r, c).number_format = "@"
    if i != 30:
        mm.cell(r, 9, "是")
    if i < 9 or i in (22, 24):
        mm.cell(r, 10, "是")
    mm.cell(r, 12, line_ids[i])
    if i == 0:
        cf.formula(mm, "N3", '=IF(T3:T1000="","","ANG"&TEXT(ROW(T3:T1000)-ROW(T3)+601,"0000"))', "ANG0601")
    else:
        mm.cell(r, 14, f"ANG{601 + i:04d}")
    mm.cell(r, 19, 200)
    mm.cell(r, 20, float("886" + phones[i][1:]) if i == 5 else float(phones[i][1:]))
    w = mm.cell(r, 23, joined[i])
    w.number_format = "m/d/yyyy h:mm:ss"
for r in range(N + 3, LAST + 1):
    cf.formula(mm, f"A{r}", '=IFERROR(__xludf.DUMMYFUNCTION("""COMPUTED_VALUE"""),"")', "")
    mm.cell(r, 14, "")
mm.freeze_panes = "A3"
for col, w in (("A", 22.25), ("B", 6.5), ("C", 6.0), ("D", 5.13), ("E", 4.63), ("H", 6.5), ("I", 11.0), ("J", 13.38), ("K", 1.13),
               ("L", 31.75), ("M", 1.13), ("N", 8.13), ("O", 1.13), ("Q", 12.25), ("S", 1.13), ("T", 15.0), ("U", 1.13),
               ("W", 19.13), ("X", 1.13)):
    mm.column_dimensions[col].width = w

sync = wb.create_sheet("同步紀錄")
sync.append(["time", "action", "member_id", "phone_normalized", "result", "message"])
t = datetime.datetime(2026, 4, 7, 9, 46, 32)
log_phone = {1: float(f.mobile_tw(dashed=False)[1:]), 4: float(f.mobile_tw(dashed=False)[1:]), 5: float(f.mobile_tw(dashed=False)[1:])}
for mid, action, ph, msg in [(1, "liffJoinCreate", 1, "LIFF 建立會員成功"), (2, "registerLineMember", None, "建立 line_only 會員成功"),
                             (3, "liffJoinCreate", 1, "LIFF 建立會員成功"), (4, "liffJoinCreate", 4, "LIFF 建立會員成功")] + \
                            [(4, "liffJoinUpdate", 4, "LIFF 更新會員成功")] * 5 + \
                            [(m, "liffJoinCreate", 5, "LIFF 建立會員成功") for m in (5, 5, 6, 7, 8)] + \
                            [(9, "registerLineMember", None, "建立 line_only 會員成功"), (1, "registerLineMember", None, "建立 line_only 會員成功")]:
    t += datetime.timedelta(hours=f.r.randrange(0, 90), seconds=f.r.randrange(1, 60))
    sync.append([t, action, f"M{mid:06d}", log_phone.get(ph), "success", msg])
    sync.cell(sync.max_row, 1).number_format = "yyyy-mm-dd h:mm:ss"
sync.freeze_panes = "A2"

header_only("消費紀錄", ["time", "member_id", "phone_normalized", "amount", "point_used", "point_earned", "operator", "note"])
header_only("儲值紀錄", ["time", "member_id", "phone_normalized", "amount", "balance_after", "operator", "note"])
header_only("點數紀錄", ["time", "member_id", "phone_normalized", "change", "point_after", "type", "operator", "note"])
s = header_only("系統設定", ["key", "value", "note"])
for row in [("member_id_prefix", "ANG", "會員編號前綴"), ("default_level", "normal", "預設會員等級"),
            ("default_status", "active", "預設會員狀態"), ("phone_rule", "digits_only_last9_prefix0_first_must_9", "電話清洗規則"),
            ("line_only_source", "line_only", "只有 LINE 的會員來源值"), ("pos_source", "pos", "POS 會員來源值"),
            ("linked_source", "linked", "POS + LINE 已綁定來源值")]:
    s.append(row)
s = header_only("config", ["key", "value"])
token = base64.b64encode(bytes(f.r.randrange(256) for _ in range(129))).decode()
for row in [("new_member_link", "https://line.example.com/join"), ("referral_link", "https://line.example.com/ref"),
            ("TOKEN", token), ("liff_url", "https://miniapp.example.com/0000000000-farm"),
            ("social_link", "https://line.example.com/social")]:
    s.append(row)

cf.save(wb, "members-zh-tw-linefarm.xlsx")

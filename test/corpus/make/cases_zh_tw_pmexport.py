"""
Shape of bluefishs/CK_Missive "docs/templates/import-templates/pm_cases_2026-03-30.xlsx" (at commit
174cf25310784c1a2222ffa48862f11f2b1b4e5f): a Taiwanese surveying firm's job list as its own new
case system exported it (written by a script, no styles), then touched up in Excel with an AI
assistant that left its own log sheet behind:

- sheet 'PM Cases', one header row, an autofilter over A1:Q71, no frozen pane, 70 jobs of ROC year
  114 newest first: id (the system's row id, 168–237, one per job) / 案號 (B114-B070 … B114-B001,
  one number skipped, 'B114-B026' and 'B114-B026-2', 'B114-B017-1') / 案名 / 年度 (2025 as a number) /
  計畫類別 (text codes '01' … '07', '99') / 作業性質 ('01地面測量', '08透地雷達' …) / 委託單位 (the
  client) / 委託單位ID (the system's client id, a number) / 報價金額 / 承攬狀態 (in_progress,
  completed) / 進度(%) (always 0) / 開始日期 (ISO text) / 結束日期 (always empty) / 作業地點 (the job
  site, a fifth empty) / 成案編號 (three filled) / 說明 (the job type again, in words) / 備註
  ('是否承作: 是' or '是否承作: 否');
- 40 clients over 67 jobs: architects, engineering consultants, builders, a power plant's branch, a
  township office, a city works bureau's land section, a person alone or a person with a title
  ('… 土木技師', '… 組長', '… 代書'); the same client with the same id on up to six jobs;
- three jobs without client, id, amount or start date: '(協助報價類型)', a bare parcel name, and
  '同B114-B009' (a duplicate quotation);
- sheet 'Claude Log': the assistant's log of what it filled in (檢視 / Date / User Request / Action
  Taken / Details / Outcome), two rows with a real date.
Values invented: clients, ids, jobs, parcels, sites, amounts and dates.
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("cases-zh-tw-pmexport")

HEADER = ["id", "案號", "案名", "年度", "計畫類別", "作業性質", "委託單位", "委託單位ID", "報價金額", "承攬狀態", "進度(%)",
          "開始日期", "結束日期", "作業地點", "成案編號", "說明", "備註"]
WIDTHS = [4.7, 13, 117, 18.3, 17.7, 27.1, 36.9, 12.7, 10.3, 11.1, None, 11.3, 10.3, 15.1, 19.4, 17.6, 14]

# (計畫類別, 作業性質, 說明, job name patterns, amount range)
KINDS = [
    ("03", "01地面測量", "現況地形測量", ["{site}{land}{lot}地號現況測量", "{place}現況測量", "{place}地形測量"], (10000, 35000)),
    ("03", "01地面測量", "工程測量", ["{place}先期規劃測量作業", "{land}{lot}號地形圖", "{place}施工測量作業"], (12000, 2400000)),
    ("01", "08透地雷達", "透地雷達", ["{place}透地雷達掃描", "透地雷達測量-{site}{road}{lot}號", "{place}透地雷達測量"], (30000, 350000)),
    ("03", "07建築線測量", "建築線測量", ["{site}{land}{lot}地號建築線測量", "{site}{land}{lot}等{n}筆地號建築線測釘"], (16000, 58000)),
    ("02", "03UAV空拍", "UAV空拍", ["{place}空拍及正射影像製作", "{place}路線錄影空拍作業"], (35000, 260000)),
    ("04", "10技師簽證", "堆料驗證計算", ["{place}土方報告技師簽證", "{place}堆料驗算報告及技師簽證"], (25000, 220000)),
    ("07", "05安全檢測", "輸水隧道檢測", ["{place}輸水隧道掃描", "{place}定期安全評估委託技術服務"], (190000, 1700000)),
    ("03", "01地面測量", "集水區界線檢核", ["{place}集水區圖資製作", "集水區界限檢核、圖表製作及報告撰寫服務"], (90000, 110000)),
    ("05", "02LiDAR掃描", "3D掃描", ["{place}3D點雲成像專案"], (20000, 80000)),
    ("06", "11其他", "協議價購", ["{site}{road}土地協議市價查估作業"], (60000, 90000)),
]
SITES = [("臺中市", ["北屯區", "西屯區", "南屯區", "太平區", "大雅區", "梧棲區"]), ("新北市", ["新店區", "新莊區", "五股區", "三重區"]),
         ("桃園市", ["楊梅區", "中壢區", "平鎮區", "龜山區"]), ("新竹縣", ["竹北市", "芎林鄉", "尖石鄉"]), ("嘉義縣", ["布袋鎮", "朴子市"]),
         ("臺南市", ["學甲區", "柳營區"]), ("南投縣", ["草屯鎮", "魚池鄉"]), ("臺北市", ["士林區", "信義區"])]
LANDS = ["惠民段", "東昇段", "松和段", "福田段", "信和段", "北安段", "新榮段", "永豐段", "光明段", "和興段"]
ROADS = ["中興路二段", "成功路", "民權路", "復興街", "自強路三段", "和平路"]
PLACES = ["青松國小", "東湖滯洪池", "海濱公園", "綠川倉庫", "北坑水庫", "南寮營區", "東山太陽能案場", "西濱聯絡道", "河濱廠區",
          "工業區污水廠", "運動公園", "舊鐵道園區"]
FIRMS = ["建築師事務所", "工程顧問股份有限公司", "工程顧問有限公司", "營造股份有限公司", "營造有限公司", "建設股份有限公司",
         "建設有限公司", "測繪科技有限公司", "不動產估價師聯合事務所", "科技股份有限公司", "資源股份有限公司"]
BRANDS = ["宏岳", "立洋", "崇德", "匯川", "承遠", "聖禾", "瑞豐", "冠霖", "永衡", "弘揚", "嘉泰", "晟晏", "鼎耀", "育辰", "翔昇",
          "泓毅", "佳軒", "啟元", "雲峰", "博璟", "森和", "昌茂", "茂林", "豐譽", "晉程", "竣達", "展樺", "鈞安", "明遠", "正瀚"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def clients():
    out = []
    brands = f.r.sample(BRANDS, 30)
    for i in range(40):
        if i < 29:
            kind = f.pick(FIRMS)
            name = (person() + kind) if kind == "建築師事務所" and f.chance(0.6) else brands[i] + kind
        elif i == 29:
            name = "北海電力公司東嶺發電廠"
        elif i == 30:
            name = "北海電力公司西溪發電廠"
        elif i == 31:
            name = "山湖縣青峰鄉公所"
        elif i == 32:
            name = "海城市政府工務局用地科"
        elif i == 33:
            name = "財團法人聯信工程顧問社"
        elif i in (34, 35):
            name = person() + " " + ["土木技師", "結構技師"][i - 34]
        elif i == 36:
            name = person() + " 組長"
        elif i == 37:
            name = person() + " 代書"
        elif i == 38:
            name = person() + "建築師"
        else:
            name = person()
        out.append(name)
    ids = f.r.sample(range(3, 71), 40)
    return list(zip(out, ids))


def job_name(pattern, site_city, site_district):
    return pattern.format(site=site_district if f.chance(0.7) else site_city + site_district, land=f.pick(LANDS),
                          lot=f"{f.r.randrange(10, 2999)}" + (f"-{f.r.randrange(1, 40)}" if f.chance(0.3) else ""),
                          n=f.r.randrange(2, 17), road=f.pick(ROADS), place=f.pick(PLACES))


CLIENTS = clients()
COUNTS = [6, 6, 4, 3, 3, 3, 3, 3, 2, 2, 2, 2] + [1] * 28
assignments = [c for c, n in zip(CLIENTS, COUNTS) for _ in range(n)]
f.r.shuffle(assignments)

# 案號 B114-B001 … B114-B070 with the firm's own irregularities; three numbers carry no client.
numbers = [f"B114-B{n:03d}" for n in range(1, 71) if n != 28]
numbers.insert(numbers.index("B114-B026") + 1, "B114-B026-2")
numbers[numbers.index("B114-B017")] = "B114-B017-1"
blank_at = {numbers[5]: "copy", numbers[46]: "parcel", numbers[62]: "assist"}

rows = []
day = datetime.date(2025, 2, 3)
it = iter(assignments)
closed_ref = None
for k, number in enumerate(numbers):
    row_id = 168 + k
    day = day + datetime.timedelta(days=f.r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8]))
    code, nature, desc, patterns, (lo, hi) = f.pick(KINDS)
    city, districts = f.pick(SITES)
    district = f.pick(districts)
    if number in blank_at:
        what = blank_at[number]
        if what == "copy":
            name = "同" + numbers[8]
            code, nature, desc, state, yes = "02", "03UAV空拍", "UAV空拍", "completed", "否"
            site = None
        elif what == "parcel":
            name = district + f.pick(LANDS)
            code, nature, desc, state, yes = "03", "07建築線測量", "建築線測量", "in_progress", "是"
            site = city + district
        else:
            name = "(協助報價類型)"
            code, nature, desc, state, yes = "99", "11其他", "協助報價類型", "completed", "否"
            site = None
        rows.append([row_id, number, name, 2025, code, nature, None, None, None, state, 0, None, None, site, None,
                     desc, f"是否承作: {yes}"])
        continue
    client, client_id = next(it)
    yes = f.chance(0.68)
    state = "in_progress" if yes and f.chance(0.85) else "completed"
    amount = f.r.randrange(lo // 100, hi // 100) * 100
    if f.chance(0.6):
        amount = round(amount * 1.05)
    started = None if f.chance(0.03) else day.isoformat()
    site = None if f.chance(0.2) else (city + district if f.chance(0.8) else city)
    case_no = None
    if yes and f.chance(0.05):
        case_no = f"CK2025_{f.r.randrange(1, 8):02d}_01_{f.r.randrange(1, 9):03d}"
    rows.append([row_id, number, job_name(f.pick(patterns), city, district), 2025, code, nature, client, client_id,
                 amount, state, 0, started, None, site, case_no, desc, f"是否承作: {'是' if yes else '否'}"])

rows.reverse()  # newest first, as the export sorts

wb = workbook()
ws = wb.active
ws.title = "PM Cases"
ws.append(HEADER)
for r in rows:
    ws.append(r)
ws.auto_filter.ref = f"A1:Q{len(rows) + 1}"
for i, w in enumerate(WIDTHS):
    if w:
        ws.column_dimensions[chr(65 + i)].width = w

log = wb.create_sheet("Claude Log")
log.append(["檢視", "Date", "User Request", "Action Taken", "Details", "Outcome"])
log.append([1, datetime.datetime(2025, 7, 24), "依案名與說明，替70筆案件填上作業性質（F欄）",
            "比對案名(C欄)與說明(P欄)的關鍵字，填入F2:F71",
            "透地雷達→08、技師簽證→10、隧道與水庫檢測→05、光達→02、空拍→03、建築線→07、其餘測量→01；無法判斷者歸11",
            "70筆已填入，01地面測量最多，其次為08透地雷達"])
log.append([2, datetime.datetime(2025, 7, 24), "從案名摘出作業地點填入N欄", "辨識案名中的縣市、鄉鎮區與地標，填入N欄",
            "已有資料者保留不覆蓋；案名沒有地點者留空", "多數列已填入作業地點，其餘留空"])
for col, w in zip("ABCDEF", [9.6, 15.3, 47.6, 38.1, 66.7, 47.6]):
    log.column_dimensions[col].width = w
for c in log["B"][1:]:
    c.number_format = "mm-dd-yy"

save(wb, "cases-zh-tw-pmexport.xlsx")

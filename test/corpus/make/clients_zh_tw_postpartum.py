"""
Shape of chrishzc/Labor_union "document/資料庫、資料處理/假資料_範例.xlsx" (at commit
fa5e3a327ee1680ba91b0aeb3201f410850aa5c0, deleted in the next one): a Hsinchu postpartum-caregivers'
union's working copy of its three intake exports, as its developer mocked them up for the import
pipeline (the real exports hold one masked row each) — the union matches caregivers (月嫂) with mothers:

- 'HCM 月子平台 -市府': the city's postpartum-care platform export, 24 columns, 50 cases: serial, case
  state 符合 / 不符合 with the reason ('資格不符…') on the ineligible ones, case number (a number),
  registration time 'yyyy/mm/dd hh:mm:ss', IP address, name, sex (the platform's, mostly wrong for a
  mother), mobile, county (not always the address's), address, subsidy status (一般市民, 低收入戶,
  中低收入戶, 非市民), hours, due date, planned start, 其他事項 holding a literal '_x000D_' and a line
  break, days wanted, housing, delivery, days off, baby, LINE id, the case number again in a column
  pandas named '….1', and the administrator's note ('服務期間:…~… (測試)');
- '服務人員': the caregivers' own BeClass sign-up form, 59 columns: number-and-name key, bank account,
  ID number, mobile, e-mail, ROC birth year / month / day, landline, the areas, shifts, days, twins,
  transport and holidays they take as joined text plus one Y column per option, a certificate, the
  birth date again as an ISO date and a bank code;
- 'beclass': the mothers' BeClass service form for the same 50 cases, 92 columns: case number (as
  text here), short time 'mm-dd hh:mm', a form code instead of the IP, name, the mother's sex sitting
  in the 身分證字號 column (the form's columns slipped), e-mail, birth year / month / day in three
  columns, mobile, empty landline and extension, county, postcode as a number, address, then meal,
  alcohol, oil, allergy, cooking-tool, bath-water, feeding, holiday, floor, parking and older-baby
  answers as joined text plus one Y column per option, a refund bank code and account, the consent
  text and its four Y columns, the administrator's note and a 性別 column at the very end.
Values invented: names, phones, e-mails, addresses, ID numbers, accounts, dates and answers (the form
questions and options are the forms' own wording).
"""
import datetime

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

HCM = [
    '項次', '案件狀態', '不符合原因', '查詢序號(案件編號)', '報名時間(建檔)', 'IP位址', '姓名', '性別', '行動電話', '縣市', '地址', '身分資格', '服務時間',
    '預產期/預計服務開始月份', '預計服務日期', '其他事項', '希望服務天數', '居住型態', '生產方式', '服務方式', '寶寶資訊', 'LINE ID', '查詢序號(案件編號).1', '管理者註記事項',
]
STAFF = [
    '項次', '查詢序號', '報名時間', 'IP位址', '姓名', '銀行帳號', '身分證字號', '行動電話', 'EMAIL', '出生年', '月', '日', '市話', '分機', '縣市', '郵遞區號',
    '地址', '若有其它同銀行帳號，請一併提供。(永豐或台新)', '承上題', '月子餐點料理', '葷食', '素食', '[其它]', '可承接案件區域', '北區', '東區', '香山區', '新竹縣', '苗栗縣',
    '[其它].1', '可承接案件時段', '4小時(上午8:30-12:30)', '4小時(下午13:00-17:00)', '8小時', '24小時', '[其它].2', '可服務週間', '連續服務', '週休1日',
    '週休2日', '[其它].3', '可承接的胎數', '單胞胎', '雙胞胎', '[其它].4', '服務時交通工具', '機車', '轎車', '特殊節日可上班的部分(計費:服務費雙倍)', '年節農曆過年初一',
    '年節農曆過年初二', '年節農曆過年初三', '端午節', '中秋節', '國定假日必休', '[其它].5', '有嬰幼兒按摩證書嗎?', '民國出生年月日', '銀行代碼3碼+分行代號4碼',
]
BECLASS = [
    '項次', '查詢序號', '報名時間', 'IP位址', '姓名', '身分證字號', 'Email', '出生年', '月', '日', '行動電話', '市話', '分機', '縣市', '郵遞區號', '地址',
    '月子餐點調理喜好/飲食習慣：', '葷食', '素食', '可以接受中藥補品：□茶飲 □藥飲 □藥膳', '無法接受中藥補品', '不用料理/訂月餐', '[其它]',
    '呈上題，若遇無法媒合到葷食服務人員時，是否可以接受蛋奶素服務人員？', '2．餐飲含酒比例：', '全酒', '半酒', '米酒水', '無酒料理', '[其它].1', '3．料理用油：(可接受種類)',
    '□苦茶油(前兩週)', '□麻油(後兩週)', '□橄欖油', '□一般食用油', '[其它].2', '5媽咪有無過敏體質：', '特殊照護時應注意事項：', '餐點喜忌備註：', '烹煮工具', '□炒菜鍋',
    '□鐵鍋', '□大同電鍋', '□電子鍋', '□萬用壓力鍋', '□燉鍋/砂鍋', '□果汁機/調理棒', '□(煮/泡 洗澡大豐草/艾草水) 的鍋或盆', '□微波爐', '□烤箱', '□中藥壺',
    '□保溫壺(媽咪飲水)', '□熱奶器', '□奶瓶消毒鍋', '□洗碗機', '[其它].3', '洗澡水準備：', '□一般熱水', '□薑水', '□中藥包', '哺乳方式：', '□母乳', '□配方奶',
    '□母乳+配方奶', '[其它].4', '特殊計費:甲方同意需另支付當日薪資1倍予乙方。', '年節農曆過年初一', '年節農曆過年初二', '年節農曆過年初三', '端午節', '中秋節', '[其它].5',
    '特殊計費:胎數', '透天服務樓層方式(會加收樓層費)', '服務範圍2層樓(+100/元)每日', '服務範圍3層樓(+200/元)每日', '大樓公寓無樓層問題', '[其它].6', '提供服務人員轎車停車位',
    '有', '無(願意負擔停車費用)', '[其它].7', '服務時間內是否有其他寶寶', '補助款退款:銀行代號+分行代號', '銀行帳號', '※已確實詳閱退費原則：',
    '補助費用計費方式:自115年1月1日起接受本市到宅月子服務並向本府媒合平台提出申請且審核通過者,每日最高補助4小時：每一天到宅服務最多補助4小時。每戶最高補助40小時：整個坐月子期間（依服務日數計算），總補助時數上限為40小時。',
    '補助款退款作業:服務完成後,繳回相關服務日誌由工會協助提出申請, 新竹市政府核發後轉入雇主帳戶', '我確實了解並願意遵照辦理以上相關規定，說明及退費原則(勾選後等同簽名確認)', '需自行負擔銀行轉帳手續費',
    '管理者註記事項', '性別',
]

f = Fake("clients-zh-tw-postpartum")

PLACES = [("新竹市", "東區", ["光復路", "和平街", "民族路", "食品路"]), ("新竹市", "北區", ["中華路", "中山路", "西大路", "北大路"]),
          ("新竹市", "香山區", ["五福路", "中華路五段", "牛埔路"]), ("新竹縣", "竹北市", ["中山路", "光明六路", "嘉豐南路"]),
          ("新竹縣", "竹東鎮", ["和平街", "經國路", "長春路"]), ("新竹縣", "湖口鄉", ["中山路", "中央路", "達生路"])]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + "".join(f.pick(GIVEN_TW) for _ in range(f.r.choice([1, 2, 2]))))


def place():
    county, district, roads = f.pick(PLACES)
    # The address always says 新竹市, whatever the county (the platform's mock does the same).
    return county, f"新竹市{district}{f.pick(roads)}{f.r.randrange(1, 999)}號"


def flags(options, min_k=1):
    chosen = [o for o in options if f.chance(0.5)] or options[:min_k]
    f.r.shuffle(chosen)
    return chosen, ["Y" if o in chosen else None for o in options]


def fmt(d):
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


wb = workbook()
hcm = wb.active
hcm.title = "HCM 月子平台 -市府"
hcm.append(HCM)
mothers = []
for i in range(50):
    name = person()
    county, address = place()
    mobile = "0900" + f"{f.r.randrange(0, 999999):06d}"
    case = 115000001 + i
    registered = datetime.datetime(2026, 5, 20) + datetime.timedelta(minutes=f.r.randrange(0, 80000))
    due = registered.date() + datetime.timedelta(days=f.r.randrange(40, 170))
    start = due + datetime.timedelta(days=f.r.randrange(0, 9))
    ok = not f.chance(0.32)
    mothers.append((name, county, address, mobile, case, registered))
    hcm.append([i + 1, "符合" if ok else "不符合", None if ok else "資格不符測試", case,
                registered.strftime("%Y/%m/%d %H:%M:%S"), f"100.100.{f.r.randrange(0, 255)}.{f.r.randrange(1, 255)}", name,
                f.pick(["男", "女"]), mobile, county, address, f.pick(["一般市民"] * 5 + ["低收入戶"] * 2 + ["非市民", "中低收入戶"]),
                f.pick(["9小時", "24小時", "8小時"]), fmt(due), fmt(start), "_x000D_\n", f.pick([15, 20, 30, 40]),
                f.pick(["透天", "大樓", "公寓"]), f.pick(["剖腹產", "自然產"]), f.pick(["週休2日", "週休1日", "連續服務"]),
                f.pick(["雙胞胎", "第一胎", "第二胎"]), f"user_{f.r.randrange(100000, 999999)}", case,
                f"服務期間:{fmt(start)}~{fmt(start + datetime.timedelta(days=f.r.randrange(5, 40)))} (測試)"])

staff = wb.create_sheet("服務人員")
staff.append(STAFF)
for i in range(50):
    name = person()
    county = f.pick(["新竹市", "新竹縣", "苗栗縣"])
    born = datetime.date(f.r.randrange(1955, 1995), f.r.randrange(1, 13), f.r.randrange(1, 29))
    mobile = "0900" + f"{f.r.randrange(0, 999999):06d}"
    row = [i + 1, f"E{100 + i}{name}", (datetime.datetime(2026, 5, 25) + datetime.timedelta(minutes=f.r.randrange(0, 70000))).strftime("%Y/%m/%d %H:%M:%S"),
           f"E{100 + i}", name, f"8000000000{i:02d}", f"A2{f.r.randrange(0, 99999999):08d}", mobile,
           f"test_{mobile[-4:]}@example.com", born.year - 1911, born.month, born.day,
           f"03-5{f.r.randrange(100000, 999999)}" if f.chance(0.5) else None, None, county,
           {"新竹市": "300", "新竹縣": "302", "苗栗縣": "350"}[county], place()[1], None,
           f.pick([None, "我提供的帳號是台新銀行帳戶", "我提供的帳號是永豐銀行帳戶"])]
    for options in (["葷食", "素食"], ["北區", "東區", "香山區", "新竹縣", "苗栗縣"],
                    ["4小時(上午8:30-12:30)", "4小時(下午13:00-17:00)", "8小時", "24小時"], ["連續服務", "週休1日", "週休2日"],
                    ["單胞胎", "雙胞胎"]):
        chosen, ys = flags(options)
        row += ["、".join(chosen)] + ys + [None]
    chosen, ys = flags(["機車", "轎車"])
    row += ["、".join(chosen)] + ys
    chosen, ys = flags(["年節農曆過年初一", "年節農曆過年初二", "年節農曆過年初三", "端午節", "中秋節", "國定假日必休"])
    row += ["、".join(chosen)] + ys + [None, f.pick(["有", "無"]), born.isoformat(), "8070014"]
    assert len(row) == len(STAFF), len(row)
    staff.append(row)

bc = wb.create_sheet("beclass")
bc.append(BECLASS)
CONSENT = BECLASS[86] + "、" + BECLASS[87] + "、" + BECLASS[88] + "、" + BECLASS[89]
for i, (name, county, address, mobile, case, registered) in enumerate(mothers):
    born = datetime.date(f.r.randrange(1985, 2001), f.r.randrange(1, 13), f.r.randrange(1, 29))
    row = [i + 1, str(case), registered.strftime("%m-%d %H:%M"), "HC115011", name, "女", f"test_{mobile[-4:]}@example.com",
           born.year, born.month, born.day, mobile, None, None, "新竹市", 300, address,
           "葷食、可以接受中藥補品：□茶飲 □藥飲 □藥膳"]
    row += flags(["葷食", "素食"])[1] + ["Y", None, None, None, "無法接受", "半酒"]
    row += flags(["全酒", "半酒", "米酒水", "無酒料理"])[1] + [None, "□苦茶油(前兩週)、□麻油(後兩週)、□橄欖油、□一般食用油"]
    row += flags(BECLASS[31:35])[1] + [None, "□無", "依需求協助", "口味不想重複",
                                        "□炒菜鍋、□大同電鍋、□微波爐、□烤箱、□熱奶器、□奶瓶消毒鍋"]
    row += flags(BECLASS[40:55])[1] + [None, "□中藥包"] + flags(BECLASS[57:60])[1] + ["□母乳+配方奶"]
    row += flags(BECLASS[61:64])[1] + [None, "[其它]無", None, None, None, None, None, "無", None, "大樓公寓無樓層問題",
                                        None, None, "Y", None, "有"]
    row += flags(BECLASS[79:81])[1] + [None, "1-2歲大寶", "8070014", f"7000000000{i:02d}", CONSENT, "Y", "Y", "Y", "Y",
                                        f.pick(["二寶出生", "需要提早", None, "大寶1歲", "產後憂鬱需留意"]), f.pick(["女", "男"])]
    assert len(row) == len(BECLASS), len(row)
    bc.append(row)

save(wb, "clients-zh-tw-postpartum.xlsx")

"""
Shape of Xenovative/Doctor "assets/finddoc_doctors_detailed 2.csv" (at commit fde43de): a Hong Kong healthcare
directory scraped into a CSV (UTF-8 with BOM, LF) that a medical-services team kept as its list of doctors to
approach: name / specialty / languages / qualifications / contact_numbers / email / clinic_addresses. The source
holds 7,157 rows; this file has the shape of its first 2,400.

One row per practitioner, in the directory's order: the name with the title run on (醫生, 牙醫, 中醫師,
物理治療師, 營養師; once with a space before it, a few with the title twice, a few bare names or 博士, English
names run on to 醫生 / 牙醫, and group practices or clinics listed as a 'doctor': 九龍灣綜合醫療中心駐診醫生,
XX醫務中心醫生); the specialty (普通科醫生, 牙醫, 中醫師, 外科醫生 …; empty for clinics and chiropractors); the
languages as 廣東話、英語、普通話 or empty; the qualifications as one comma-separated list (some with years,
some in English, some typed over several lines under 專業資格:, empty on some); one to a dozen phone numbers
with 852 in front joined by ', ' (a few run together without 852, a lone 852 once); an e-mail on under half
(a clinic's address shared by its doctors); one or several clinic addresses joined by ', ' (doctors of one
practice share its phones and addresses). Namesakes are other people. Every name, number, address and e-mail
is invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("prospects-zh-hk-doctors")

SURNAMES = list("陳李張黃何林吳劉蔡楊鄧梁鄭謝郭馮曾潘袁羅朱盧麥余葉胡蕭許伍歐江鍾嚴岑莫譚周關彭高韋鄺")
GIVEN = list("家俊偉文志明國華嘉穎詠詩美玲浩然子健卓敏思慧永康啟明凱琳芷君寶儀德輝樂天雅婷建業靜怡嘉欣")
EN_FIRST = ["Mia", "Liam", "Nora", "Owen", "Chloe", "Ethan", "Zoe", "Lucas", "Amelia", "Caleb"]
EN_LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Holloway", "Marlow", "Northcott"]
SPECIALTIES = [("普通科醫生", 2083), ("牙醫", 1088), ("中醫師", 464), ("物理治療師", 328), ("外科醫生", 318),
               ("婦產科醫生", 304), ("兒科醫生", 291), ("骨科醫生", 254), ("眼科醫生", 219), ("精神科醫生", 181),
               ("家庭醫學醫生", 165), ("心臟科醫生", 157), ("耳鼻喉科醫生", 121), ("腸胃肝臟科醫生", 106),
               ("皮膚科醫生（皮膚及性病科）", 99), ("放射科醫生", 79), ("臨床腫瘤科醫生", 75), ("泌尿外科醫生", 70),
               ("內科醫生", 70), ("急症科醫生", 69), ("呼吸系統科醫生", 63), ("腦神經科醫生", 48), ("整形外科醫生", 45),
               ("內分泌及糖尿科醫生", 41), ("腎病科醫生", 41), ("麻醉科醫生", 38), ("老人科醫生", 33), ("神經外科醫生", 32),
               ("臨床心理學家", 31), ("營養師", 30), ("風濕病科醫生", 28)]
LANGUAGES = [("廣東話、英語、普通話", 2529), ("", 2199), ("廣東話、英語", 1956), ("廣東話", 76), ("英語", 51),
             ("廣東話、普通話", 47), ("廣東話、英語、普通話、上海話", 38), ("廣東話、英語、普通話、日語", 34),
             ("英語、法語", 10), ("廣東話、英語、法語、荷蘭語", 4)]
DEGREES = ["香港大學內外全科醫學士", "香港中文大學內外全科醫學士", "香港醫學專科學院院士(內科)", "香港醫學專科學院院士（外科）",
           "英國皇家內科醫學院院士", "香港內科醫學院院士", "英國愛丁堡皇家外科醫學院院士", "香港外科醫學院院士",
           "香港醫務委員會執照", "香港婦產科學院院士", "英國皇家婦產科醫學院院士", "香港兒科醫學院院士", "香港大學牙醫學士",
           "澳紐皇家牙科醫學院院員(牙科全科)", "香港中文大學中醫學碩士", "廣州中醫藥大學 中醫學學士", "香港中醫藥管理委員會註冊中醫師",
           "物理治療學(榮譽)理學士", "香港註冊物理治療師", "香港註冊脊醫", "卡迪夫大學實用皮膚科文憑", "香港中文大學內科醫學文憑",
           "英國倫敦大學臨床皮膚學深造文憑", "香港眼科醫學院院士", "英國皇家精神科醫學院院士", "香港放射科醫學院院士"]
ENGLISH_DEGREES = ["MB BS (Lond)", "FRCP Glasg", "FRCP Edin", "FHKAM (Medicine)", "MRCP UK", "BDS (HK)", "FRACDS"]
DISTRICTS = ["九龍尖沙咀", "九龍旺角", "香港中環", "中環", "香港銅鑼灣", "銅鑼灣", "九龍佐敦", "新界沙田", "新界屯門", "新界元朗",
             "新界天水圍", "九龍油麻地", "香港北角", "九龍觀塘", "新界荃灣", "新界將軍澳", "九龍九龍城", "香港上環", "尖沙咀", "旺角"]
STREETS = ["彌敦道", "皇后大道中", "德輔道中", "亞皆老街", "廣東道", "漢口道", "加拿分道", "畢打街", "英皇道", "怡和街",
           "告士打道", "青山公路", "廣福道", "屯利街", "天秀路", "河內道", "中間道", "雪廠街", "干諾道中", "西洋菜街"]
BUILDINGS = ["美景廣場", "福星中心", "恒泰大廈", "信和商業中心", "寶華大廈", "金輝中心", "永康商業大廈", "華發樓", "明德中心",
             "海濱廣場", "新港大廈", "安泰樓", "嘉年中心", "富豪商場", "德明大廈"]
CLINIC_WORDS = ["綜合醫療中心", "醫務中心", "專科醫務中心", "醫療中心", "診所", "眼科中心", "牙科中心", "腫瘤中心"]


def weighted(pairs):
    total = sum(w for _, w in pairs)
    x = f.r.random() * total
    for value, w in pairs:
        x -= w
        if x < 0:
            return value
    return pairs[-1][0]


def hk_number():
    return f._unique(lambda: f"852{f.pick(['2555', '2555', '3555', '5555', '6555', '9555'])}{f.r.randrange(10000):04d}")


def address():
    floor = f"{f.r.randrange(1, 40)}樓" + (f"{f.r.randrange(1, 30):02d}室" if f.chance(0.6) else "")
    shop = f"地下{f.r.randrange(1, 60)}號舖" if f.chance(0.15) else floor
    return f"{f.pick(DISTRICTS)}{f.pick(STREETS)}{f.r.randrange(1, 800)}號{f.pick(BUILDINGS)}{shop}"


class Clinic:
    def __init__(self):
        self.phones = [hk_number() for _ in range(weighted([(1, 50), (2, 30), (3, 10), (4, 6), (5, 4)]))]
        self.addresses = [address() for _ in range(weighted([(1, 75), (2, 18), (3, 5), (5, 2)]))]
        self.email = f"info@{f.pick(['heal', 'vita', 'harbour', 'lumen', 'kinwell', 'care'])}{f.r.randrange(10, 99)}.test" \
            if f.chance(0.4) else ""


clinics = [Clinic() for _ in range(700)]
SHARED = clinics[:60]  # group practices whose doctors share phones and addresses


def person():
    return f._unique(lambda: f.pick(SURNAMES) + "".join(f.pick(GIVEN) for _ in range(f.pick([1, 2, 2, 2, 2]))))


def qualifications(specialty):
    if f.chance(0.055):
        return ""
    if f.chance(0.015):  # typed over several lines
        return "專業資格:\n" + "\n".join(f.pick(DEGREES) for _ in range(f.r.randrange(3, 8)))
    if f.chance(0.01):
        return ", ".join(f"{f.pick(ENGLISH_DEGREES)} {f.r.randrange(1980, 2015)}" for _ in range(f.r.randrange(2, 5)))
    items = []
    for _ in range(weighted([(1, 25), (2, 15), (3, 20), (4, 15), (5, 12), (6, 8), (8, 5)])):
        d = f.pick(DEGREES)
        if d not in items:
            items.append(d + (f" {f.r.randrange(1980, 2022)}" if f.chance(0.15) else ""))
    return ", ".join(items)


rows = []
names_used = []
for i in range(2400):
    specialty = weighted(SPECIALTIES)
    title = {"牙醫": "牙醫", "中醫師": "中醫師", "物理治療師": "物理治療師", "營養師": "營養師",
             "臨床心理學家": "博士"}.get(specialty, "醫生")
    r = f.r.random()
    clinic_row = False
    if r < 0.015:  # a clinic listed as a doctor
        name = f"{f.pick(BUILDINGS)[:2]}{f.pick(CLINIC_WORDS)}{f.pick(['駐診', '', ''])}{title}"
        clinic_row = True
        if f.chance(0.5):
            specialty = ""
    elif r < 0.025:
        name = f._unique(lambda: f"{f.pick(EN_FIRST)} {f.pick(EN_LAST)}") + title
    elif r < 0.03 and names_used:  # a namesake: another practitioner of the same name
        name = f.pick(names_used)
    elif r < 0.035:
        name = person()  # a bare name
    else:
        name = person() + (" " if f.chance(0.003) else "") + title
        if title == "物理治療師" and f.chance(0.02):
            name += title
        names_used.append(name)
    if specialty == "普通科醫生" and f.chance(0.01):
        specialty = ""
    clinic = f.pick(SHARED) if f.chance(0.25) else f.pick(clinics)
    extra = [f.pick(clinics) for _ in range(weighted([(0, 80), (1, 14), (2, 6)]))]
    phones = clinic.phones + [p for c in extra for p in c.phones[:1]]
    if f.chance(0.3):
        phones = [hk_number()] + phones
    if f.chance(0.05):  # two numbers run together without 852
        phones[-1] = phones[-1][3:] + phones[-1][3:7]
    if i == 1203:
        phones = ["852"] + phones
    contact = "" if f.chance(0.009) else ", ".join(phones[:17])
    addresses = ", ".join(clinic.addresses + [a for c in extra for a in c.addresses[:1]])
    if f.chance(0.02):
        addresses = addresses.replace(f.pick(DISTRICTS), "", 1) or addresses
    email = ""
    if f.chance(0.44):
        email = clinic.email or f"{f.pick(['dr', 'clinic', 'info', 'doc'])}{f.r.randrange(100, 99999)}@{f.pick(['example.com', 'example.net', 'example.org'])}"
    languages = "" if clinic_row else weighted(LANGUAGES)
    rows.append([name, specialty, languages, "" if clinic_row else qualifications(specialty), contact, email, addresses])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "prospects-zh-hk-doctors.csv"), "w", encoding="utf-8-sig", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["name", "specialty", "languages", "qualifications", "contact_numbers", "email", "clinic_addresses"])
    w.writerows(rows)

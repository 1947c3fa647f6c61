"""
Shape of MedhatELhosary/QoyodBot "data/contacts.xlsx": a Saudi auto-spare-parts wholesaler's
customers as its Telegram statement bot pulled them from the Qoyod accounting API and wrote them
with pandas (one sheet, every API field a column, nested objects left as Python dict text).

- "Sheet1", header on row 1 (bold, thin border, centred, pandas style): id / name / organization /
  status / created_at / updated_at / email / phone_number / secondary_phone_number / tax_number /
  custom_fields / customer_details / website / pos / government_entity / billing_address /
  shipping_address / bank. No title, no other sheet.
- 106 customers (auto-parts shops, trading establishments, a few branches), id 6 … 125 with gaps.
  The first twenty (bulk-loaded on one day, created_at within the same second) have a bilingual
  short name "Arabic - English" with stray spaces before, after and inside ("صحارى -   Deserts",
  " العرفج -  Alarfag"), and a bilingual legal name in organization; later ones are Arabic only
  (four more bilingual, one English only in lower case), some with the city or branch in
  brackets ("(جدة)", "فرع الدمام", "فرع 1", "(… )2"), one with the car brand they stock in
  brackets, one ending in a hyphen, one a bare number ("مؤسسة 99"), two a person's name.
- organization: the legal name (مؤسسة … / شركة … لقطع غيار السيارات), often with a trailing space,
  equal to the name on some rows, empty on four (those also lack phone and tax number).
- status "Active" on every row; created_at / updated_at ISO text with milliseconds and +03:00.
- email on one row only (a staff member's address, not the shop's).
- phone_number text: mostly 05xxxxxxxx, six rows 00966…, one 0966…, one nine digits (and a
  nine-digit secondary without the 0), one eleven digits, eight empty; secondary_phone_number on
  six rows (landlines 013…/012… or the mobile without the country code).
- tax_number: 15-digit VAT number as text, shared by branches of one firm (and once by two
  differently named shops), empty on eleven rows.
- custom_fields always "{}", customer_details "{}" except two rows ({'cr_number': …},
  {'tin': …}), website always empty, pos True (False twice), government_entity False.
- billing_address / shipping_address: dict text {'id': …, 'contact_id': …, 'is_default': None,
  'billing_address': …, 'billing_city': …, 'billing_state': …, 'billing_zip': …,
  'billing_country': …, 'created_at': …, 'updated_at': …, 'building_number': …}; the early rows
  hold None everywhere in billing and the whole address in shipping_address, later rows '' or
  values per key (street, city, district in *_state, zip, 'Saudi Arabia', building number);
  empty cells on a few rows.
- bank: dict text with every bank field '' on 85 rows (created when the contact was edited),
  empty elsewhere.
The source's shop names, legal names and addresses are real Saudi businesses; here they are
invented from a small vocabulary (Arabic words with an English rendering), with invented phone
numbers (05000…, 00966 50000…), VAT numbers and ids of the address objects.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("customers-en-sa-autoparts")

WORDS = [("النجم", "Al Najm"), ("الصقر", "Al Saqr"), ("الواحة", "Al Waha"), ("الريادة", "Al Riyada"),
         ("الأفق", "Al Ofoq"), ("السهم", "Al Sahm"), ("المنار", "Al Manar"), ("الشروق", "Al Shorouq"),
         ("اللؤلؤة", "Al Lulua"), ("الفجر", "Al Fajr"), ("البيان", "Al Bayan"), ("الوادي", "Al Wadi"),
         ("الساحل", "Al Sahel"), ("الراية", "Al Raya"), ("المدار", "Al Madar"), ("الهدف", "Al Hadaf"),
         ("الوسام", "Al Wesam"), ("الينبوع", "Al Yanbou"), ("الرواد", "Al Rowad"), ("الأصيل", "Al Aseel"),
         ("الإتقان", "Al Itqan"), ("الضياء", "Al Diyaa"), ("الشعاع", "Al Shuaa"), ("النخيل", "Al Nakheel"),
         ("الحصن", "Al Hisn"), ("المسرة", "Al Masarra"), ("الغدير", "Al Ghadeer"), ("البرج", "Al Burj"),
         ("الكوكب", "Al Kawkab"), ("الميزان", "Al Mizan"), ("الفنار", "Al Fanar"), ("السلام", "Al Salam"),
         ("التميز", "Al Tamayoz"), ("الإبداع", "Al Ibdaa"), ("الجود", "Al Jood"), ("الندى", "Al Nada"),
         ("الرمال", "Al Rimal"), ("الزهور", "Al Zuhoor"), ("السحاب", "Al Sahab"), ("الأمواج", "Al Amwaj"),
         ("المجرة", "Al Majarra"), ("الشهاب", "Al Shihab"), ("القافلة", "Al Qafila"), ("الربيع", "Al Rabee"),
         ("الصفاء", "Al Safaa"), ("الثبات", "Al Thabat"), ("الكرامة", "Al Karama"), ("الوفاء", "Al Wafaa"),
         ("المرجان", "Al Marjan"), ("الياقوت", "Al Yaqoot"), ("العقيق", "Al Aqeeq"), ("الزمرد", "Al Zumurrud"),
         ("الفيروز", "Al Fairouz"), ("الهلال", "Al Hilal"), ("الجواد", "Al Jawad"), ("الأمل", "Al Amal"),
         ("الإشراق", "Al Ishraq"), ("الريان", "Al Rayyan"), ("النسيم", "Al Naseem"), ("الدانة", "Al Dana"),
         ("المسار", "Al Masar"), ("الطموح", "Al Tumooh"), ("الركاب", "Al Rikab"), ("العجلة", "Al Ajala"),
         ("الترس", "Al Tirs"), ("المحرك", "Al Muharrik"), ("الشرارة", "Al Sharara"), ("الجسر", "Al Jisr"),
         ("الصرح", "Al Sarh"), ("الركيزة", "Al Rakiza"), ("الموجة", "Al Mawja"), ("النبراس", "Al Nebras"),
         ("القلعة", "Al Qalaa"), ("الفارس", "Al Faris"), ("الأثير", "Al Atheer"), ("الشامخ", "Al Shamikh"),
         ("الوطن", "Al Watan"), ("الحديثة", "Al Haditha"), ("الذهبي", "Al Dhahabi"), ("المتحدة", "Al Muttahida"),
         ("الشمال", "Al Shamal"), ("الجنوب", "Al Janoub"), ("الأمانة", "Al Amana"), ("الثقة", "Al Thiqa"),
         ("البستان", "Al Bustan"), ("المرسى", "Al Marsa"), ("الرائد", "Al Raed"), ("السند", "Al Sanad"),
         ("المعالي", "Al Maali"), ("الصدارة", "Al Sadara"), ("الإمداد", "Al Imdad"), ("الجزيل", "Al Jazeel"),
         ("المحيط", "Al Muheet"), ("الفلك", "Al Falak"), ("الرفعة", "Al Rifaa"), ("الأركان", "Al Arkan"),
         ("السرعة", "Al Suraa"), ("القوة", "Al Quwwa"), ("المثالي", "Al Mithali"), ("الشموخ", "Al Shumookh"),
         ("البناء", "Al Binaa"), ("الطريق", "Al Tareeq"), ("العمران", "Al Umran"), ("الإنجاز", "Al Injaz"),
         ("الصخرة", "Al Sakhra"), ("المنهل", "Al Manhal"), ("الرحمة", "Al Rahma"), ("البراق", "Al Buraq"),
         ("الخليل", "Al Khaleel"), ("الأنوار", "Al Anwar"), ("المستقبل", "Al Mustaqbal"), ("الريف", "Al Reef")]
GIVEN = [("محمد", "Mohammed"), ("عبدالله", "Abdullah"), ("خالد", "Khalid"), ("فهد", "Fahd"), ("سعد", "Saad"),
         ("ناصر", "Nasser"), ("سلطان", "Sultan"), ("ابراهيم", "Ibrahim"), ("عمر", "Omar"), ("يوسف", "Yousef"),
         ("سالم", "Salem"), ("حمد", "Hamad"), ("علي", "Ali"), ("حسن", "Hassan"), ("صالح", "Saleh")]
FAMILY = [("الحربي", "Alharbi"), ("القحطاني", "Alqahtani"), ("الشمري", "Alshammari"), ("الدوسري", "Aldosari"),
          ("المطيري", "Almutairi"), ("الغامدي", "Alghamdi"), ("الزهراني", "Alzahrani"), ("السبيعي", "Alsubaie"),
          ("الجهني", "Aljuhani"), ("البلوي", "Albalawi"), ("الشهري", "Alshehri"), ("العمري", "Alomari"),
          ("الرشيدي", "Alrashidi"), ("العنزي", "Alenezi")]
# city, districts, streets
PLACES = [("الرياض", ["حي الصناعية", "الصناعية القتادية", "البوير", "حي الازدهار", "العمل"], ["طريق الخرج", "شارع بلقيس", "طريق المدينة المنورة"]),
          ("جدة", ["حي النزهة", "حي المروة", "بني مالك", "حي البلد", "حي الجوهرة"], ["سلطان بن سلمان", "طريق مكة القديم", "شارع الستين"]),
          ("الدمام", ["الخضرية", "حي البديع", "المنطقة الشرقية"], ["عمر بن عبد العزيز", "شارع الملك سعود", "شارع 20"]),
          ("الخبر", ["الثقبة", "حي الجسر"], ["شارع الثلاثون", "مجلس التعاون", "طريق مكة المكرمة"]),
          ("الجبيل", ["صناعية العريفي", "الجبيل"], ["شارع 20", "عبداللطيف الموصلي"]),
          ("القطيف", ["التركية", "تركية الصناعية"], ["عمار بن ياسر"]),
          ("الأحساء", ["حي ام خريسان", "المبرز"], ["الملك عبد العزيز"]),
          ("بريدة", ["حي المرقب", "حي الجزيرة"], ["صناعية المعارض", "الصناعة"]),
          ("أبها", ["حي النعمان"], ["طريق الملك فهد"]),
          ("جيزان", ["صناعية جيزان"], ["شارع المدينة المنورة"]),
          ("تبوك", ["حي المروج"], ["ابو بكر الصديق"]),
          ("المدينة المنورة", ["حي مسجد الدرع"], ["طريق الملك عبدالله الفرعي"]),
          ("خميس مشيط", ["الموسى"], ["طريق الرياض"]),
          ("مكة المكرمة", ["حي العكيشية"], ["الصقيري"]),
          ("ينبع", ["الصناعية"], ["القدس"]),
          ("محايل", ["حي الزهراء"], ["طريق الملك عبدالعزيز"])]
LEGAL_AR = ["مؤسسة {w} لقطع غيار السيارات", "شركة {w} التجارية", "مؤسسه {w} للتجاره", "شركه {w} لقطع غيار السيارات",
            "مؤسسة {w} التجارية", "مؤسسه {w} لقطع غيار السيارات الصينية", "شركة {w} للتجارة"]
LEGAL_EN = ["{w} Auto Spare Parts Est", "{w} Trading Co", "{w} Trading Est.", "{w} for Spare Parts Est ",
            "{w} Trading Parts Est   ", "{w} Center for Auto Spare Parts Co  "]

# One tuple per row, in the source's order:
# (id, style, org, phone, secondary, tax, details, pos, billing, shipping, bank, updated-later)
# style: BI bilingual / AR Arabic / EN English only / P a person; org: "o" legal name, "=" same as
# the name, None empty; phone: "m" 05…, "i" 00966…, "j" 0966…, "9" nine digits, "11" eleven
# digits, None; billing/shipping: key pattern over address, city, state, zip, country, building
# (V value, E '', N None) or None for an empty cell.
ROWS = [
    (6, "BI", "o", "m", "land", "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (7, "BI", "o", "m", "land", "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (8, "BI", "o", "m", None, "t", "{}", True, "EEEEEE", "VEEEEN", True, True),
    (9, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (10, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (11, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (12, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (13, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (14, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (15, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (16, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (17, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (18, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (19, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (20, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (21, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (22, "BI", "o", "m", "land", "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (23, "BI", "o", "m", None, "t", "{}", True, "NNNNNN", "VNNNNN", False, False),
    (24, "BI", "o", "m", None, "t", "{}", False, "VVVVEE", "VVVVEN", True, True),
    (25, "BI", "o", "m", None, "t", "{}", True, "EVEEEE", "VEEEEN", True, True),
    (29, "AR", "=", "i", None, "t", "{}", True, "VVVVVE", "EEEEEN", True, False),
    (30, "AR", "=", "i", None, None, "{}", True, "EEEEEE", "EEEEEN", True, False),
    (31, "BI", "o", "i", None, "t", "{}", True, "VVVVEE", "VVVEEN", True, True),
    (32, "AR", "=", "i", None, "t", "{}", True, "EVVENE", "EEEENE", False, False),
    (33, "BI", "o", "i", None, "t", "{}", True, "VVVVVE", "EEEEEN", True, False),
    (34, "P", "o", "i", None, "t", "{}", True, "VVEVVE", "EVEEVN", True, False),
    (35, "P", "o", "m", None, "t", "{}", True, "EVEEEE", "EEEEEN", True, False),
    (36, "P", "o", "9", "9", "t", "{}", True, "VVVEEE", "EEEEEN", True, False),
    (37, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVV", False, False),
    (40, "AR", "o", "i", None, "t", "{}", True, "VVVVVV", "EEEEEN", True, False),
    (41, "AR", "o", "m", None, None, "{}", True, "VVVVVV", "EVVEVN", True, True),
    (42, "AR", "o", "m", None, "t", "{}", True, "VVVEEE", "VVVEEN", True, True),
    (43, "AR", None, None, None, None, "{}", True, "EEEEEN", None, False, False),
    (44, "AR", "o", "m", None, "t", "cr", True, "EVVEVE", "EVVEVN", True, False),
    (45, "AR", "o", "m", None, "t", "{}", True, "EVEEEE", "EEEEEN", True, True),
    (46, "AR", "o", "m", None, "t", "{}", True, "EVVEVE", "EEEEEN", True, False),
    (47, "BI", "o", "m", None, "t", "{}", True, "VVVEEE", "EEEEEN", True, True),
    (48, "AR", "o", "m", None, "t", "{}", True, "VVVEEE", "EEEEEN", True, True),
    (49, "AR", "o", "j", "mob", "t", "{}", True, "VVVEVE", "VVVEVN", True, True),
    (50, "AR", "o", "m", None, "t", "{}", True, "VVVEVE", "VVVEVN", True, False),
    (51, "AR", "o", "m", None, "t", "{}", True, "VVVEVE", "VVVEVN", True, False),
    (52, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (53, "P", None, "m", None, None, "{}", True, "EVVEEE", "EEEEEN", True, False),
    (54, "AR", "o", "m", None, "t", "{}", True, "VVVEVE", "VVVEVN", True, False),
    (55, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (56, "AR", "o", "m", None, "t", "{}", True, "EVVVVE", "EVVVVN", True, False),
    (57, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "EEEEEN", True, True),
    (58, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (59, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (60, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (61, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (62, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (63, "BI", "o", "m", None, "t", "{}", True, "EVVVVV", "EVVVVN", True, False),
    (64, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (66, "AR", "o", "m", None, None, "tin", True, "VVVVVV", "VVVVVN", True, False),
    (67, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (68, "AR", "o", "m", None, "t", "{}", True, "VVVEVE", "VVVEVN", True, False),
    (69, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (70, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (71, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (72, "AR", "o", "m", None, "t", "{}", True, "VVVEVE", "VVVEVN", True, False),
    (73, "AR", "o", "m", "mob", "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (74, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (75, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (76, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (77, "AR", "o", "m", None, "t", "{}", False, "EVVEVE", "EVVEVN", True, False),
    (78, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (79, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (80, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (81, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (82, "AR", "o", "m", None, "t", "{}", True, "EVEEEE", "EEEEEN", True, False),
    (83, "AR", "o", "m", None, None, "{}", True, "VVVVVV", "VVVVVN", True, False),
    (84, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (85, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (86, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (87, "AR", "o", "m", None, "t", "{}", True, None, None, True, True),
    (88, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (89, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (90, "AR", "o", "11", None, "t", "{}", True, "EVVEVE", "EVVEVN", True, False),
    (92, "P", None, None, None, None, "{}", True, None, None, False, False),
    (93, "AR", "o", "m", None, "t", "{}", True, "EVVEVE", "EVVEVN", True, False),
    (96, "AR", "o", "m", None, None, "{}", True, "VVVEVE", "VVVEVN", True, False),
    (97, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (98, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, True),
    (99, "AR", None, None, None, None, "{}", True, None, None, True, False),
    (100, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (101, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (102, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (103, "AR", "o", "m", None, None, "{}", True, "VVVEVE", "VVVEVN", True, False),
    (104, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (105, "AR", "=", None, None, None, "{}", True, None, None, True, False),
    (106, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, True),
    (107, "AR", "=", None, None, "t", "{}", True, None, None, True, True),
    (108, "AR", "=", None, None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (109, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (110, "AR", "o", "m", None, "t", "{}", True, "EVVVVE", "EVVVVN", True, False),
    (111, "AR", "o", None, None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (112, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (113, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (114, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (115, "AR", "o", None, None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (116, "AR", "o", "m", None, "t", "{}", True, "VVVVVV", "VVVVVN", True, False),
    (120, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (122, "EN", "o", "m", None, "t", "{}", True, "EVEEEE", "EVEEEN", True, False),
    (124, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
    (125, "AR", "o", "m", None, "t", "{}", True, "VVVVVE", "VVVVVN", True, False),
]
assert len(ROWS) == 106

# Branches and shared numbers, as in the source: (id, of id, how the branch is named)
BRANCH = {13: (12, "sibling"), 90: (12, "numbered"), 57: (33, "city"), 89: (33, "district"),
          86: (49, "city-branch"), 87: (23, "city"), 107: (97, "city2"), 96: (41, "branch2"),
          99: (11, "city-branch")}
SHARED_TAX_ONLY = {50: 17}        # a differently named shop under the same VAT number
SHARED_PHONE = {13: 12}
SPECIAL_NAMES = {25: "brand", 48: "hyphen", 50: "number", 59: "brand2", 102: "latin"}


def phone(kind):
    if kind == "m":
        return f._unique(lambda: "050000" + f"{f.r.randrange(10000):04d}")
    if kind == "i":
        return f._unique(lambda: "0096650000" + f"{f.r.randrange(10000):04d}")
    if kind == "j":
        return f._unique(lambda: "096650000" + f"{f.r.randrange(10000):04d}")
    if kind == "9":
        return f._unique(lambda: "05000" + f"{f.r.randrange(10000):04d}")
    if kind == "11":
        return f._unique(lambda: "050000" + f"{f.r.randrange(100000):05d}")
    return None


def vat():
    return f._unique(lambda: "3" + "".join(str(f.r.randrange(10)) for _ in range(9)) + "00003")


def pad(text):
    """Stray spaces as the bulk-loaded names have them."""
    r = f.r.random()
    if r < 0.35:
        return " " + text + " "
    if r < 0.55:
        return " " + text
    if r < 0.75:
        return text + " "
    return text


def stamp(dt, ms=False):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    return s + (f".{f.r.randrange(1000):03d}" if ms else ".000") + "+03:00"


used_words = set()


def word():
    for _ in range(200):
        w = f.pick(WORDS)
        if w[0] not in used_words:
            used_words.add(w[0])
            return w
    return f.pick(WORDS)


names, orgs, taxes, phones, places = {}, {}, {}, {}, {}
BRANCH_SUFFIX = {"numbered": ("فرع 2", "2"), "branch2": "فرع رقم 2"}

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["id", "name", "organization", "status", "created_at", "updated_at", "email", "phone_number",
        "secondary_phone_number", "tax_number", "custom_fields", "customer_details", "website", "pos",
        "government_entity", "billing_address", "shipping_address", "bank"]
ws.append(HEAD)
thin = Side(style="thin")
for c in ws[1]:
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")

bulk = datetime.datetime(2023, 10, 24, 13, 33, 34)
moment = datetime.datetime(2024, 2, 2, 2, 10, 45)
addr_id = 26
bank_id = 20
for n, (cid, style, org, ph, sec, tax, details, pos, bill, ship, bank, later) in enumerate(ROWS):
    # ---- names -------------------------------------------------------------------------------
    city = f.pick(PLACES)
    w_ar, w_en = word()
    legal_ar = f.pick(LEGAL_AR).format(w=w_ar)
    legal_en = f.pick(LEGAL_EN).format(w=w_en)
    if cid in BRANCH:
        parent, how = BRANCH[cid]
        p_ar = names[parent].split(" - ")[0].strip()
        city = places.get(parent, city) if how in ("sibling", "numbered") else city
        if how == "sibling":
            w2 = word()
            name = f"{w2[0]} القطع - {w2[1]} Parts "
            legal_ar, legal_en = orgs[parent].split(" - ")[0] + " 1", f"{w2[1]} Parts Co 1"
        elif how == "numbered":
            name = f"{p_ar} ({city[0]} )2"
            legal_ar = orgs[parent].split(" - ")[0].strip() + " فرع 2"
        elif how in ("city", "city2"):
            name = f"{p_ar} ({city[0]})" if how == "city" else f"{p_ar} {city[0]}"
        elif how == "district":
            name = f"{p_ar} ({f.pick(city[1])} )"
        elif how == "city-branch":
            name = f"{p_ar} فرع {city[0]}" if cid == 86 else f"{p_ar} (فرع {city[0]})"
        else:  # branch2
            name = p_ar.replace("فرع 1", "").strip() + " فرع رقم 2"
        if cid in (57, 89, 107):
            legal_ar = orgs[parent]
    elif style == "BI":
        ar = w_ar if not f.chance(0.3) else f.pick(FAMILY)[0]
        en = w_en if ar == w_ar else dict(FAMILY)[ar]
        sep = f.pick([" - ", " -  ", " -   ", " - "])
        name = pad(f"{ar}{sep}{en}")
        if cid == 25:
            name = f"{ar} - {en}  (رينو)"
        if cid == 41:
            name = f"{w_ar} فرع 1"
    elif style == "P":
        g1, g2, fam = f.pick(GIVEN), f.pick(GIVEN), f.pick(FAMILY)
        name = f"{g1[0]} {g2[0]} {fam[0]}" if cid != 53 else f"{g1[0]} {fam[0]}"
        if cid == 92:
            name = f"{g1[0]} {fam[0]} "
        legal_ar = f"مؤسسة {g1[0]} {g2[0]} {fam[0]} التجارية "
    elif style == "EN":
        name = w_en.lower().replace("al ", "") + " parts"
        legal_ar = f"مؤسسه {w_ar} لقطع غيار السيارات "
    else:
        name = f.pick([f"مؤسسة {w_ar}", f"{w_ar} التجارية", w_ar, f"شركة {w_ar} للتجارة", f"مؤسسه {w_ar}"])
    if cid == 41:
        name = f"{w_ar} فرع 1"
    if SPECIAL_NAMES.get(cid) == "hyphen":
        name = f"{w_ar} الدولى -"
    if SPECIAL_NAMES.get(cid) == "number":
        name = "مؤسسة 77"
        legal_ar = "شركة سبع و سبعون لقطع الغيار "
    if SPECIAL_NAMES.get(cid) == "brand2":
        name = f"{w_ar}  المتحده (كيا)"
    if SPECIAL_NAMES.get(cid) == "latin":
        name = f"متجر {w_ar} ({w_en.upper().replace('AL ', '')} )"
    names[cid] = name
    places.setdefault(cid, city)

    if org is None:
        organization = None
    elif org == "=":
        organization = name.strip() + f.pick(["", " "])
    elif style == "BI":
        organization = f"{legal_ar} - {legal_en}" if cid not in (31, 33, 47, 63) else legal_ar + " "
        if cid == 13:
            organization = f"{legal_ar} - {legal_en}"
    else:
        organization = legal_ar + f.pick(["", " ", ""])
    orgs[cid] = organization or ""

    # ---- numbers -----------------------------------------------------------------------------
    number = phones[SHARED_PHONE[cid]] if cid in SHARED_PHONE else phone(ph)
    phones[cid] = number
    if sec == "land":
        second = f._unique(lambda: f.pick(["0130000", "0120000"]) + f"{f.r.randrange(1000):03d}")
    elif sec == "9":
        second = f._unique(lambda: "50001" + f"{f.r.randrange(10000):04d}")
    elif sec == "mob":
        second = number[-10:] if number and number.startswith("0966") else phone("m")
        if number and number.startswith("0966"):
            second = "0" + number[4:]
    else:
        second = None
    if tax is None:
        tax_no = None
    elif cid in BRANCH:
        tax_no = taxes.get(BRANCH[cid][0]) or vat()
    elif cid in SHARED_TAX_ONLY:
        tax_no = taxes[SHARED_TAX_ONLY[cid]]
    else:
        tax_no = vat()
    taxes[cid] = tax_no
    if details == "cr":
        details = "{'cr_number': '20" + "".join(str(f.r.randrange(10)) for _ in range(8)) + "'}"
    elif details == "tin":
        details = "{'tin': '70" + "".join(str(f.r.randrange(10)) for _ in range(8)) + "'}"

    # ---- times -------------------------------------------------------------------------------
    if n < 20:
        created = bulk + datetime.timedelta(seconds=0 if n < 12 else 1)
    else:
        moment += datetime.timedelta(days=f.r.randrange(0, 12), minutes=f.r.randrange(5, 900))
        created = moment
    updated = created
    if later:
        updated = created + datetime.timedelta(days=f.r.randrange(1, 330), minutes=f.r.randrange(1, 600))
        if n >= 20 and f.chance(0.3):
            updated = created + datetime.timedelta(minutes=f.r.randrange(2, 6))
    c_text, u_text = stamp(created), stamp(updated)

    # ---- addresses ---------------------------------------------------------------------------
    c_name, districts, streets = city
    street, district = f.pick(streets), f.pick(districts)
    zip_code, building = f"{f.r.randrange(11000, 89999)}", f"{f.r.randrange(1000, 9999)}"

    def obj(kind, pattern, oid):
        vals = {"address": street, "city": c_name, "state": district, "zip": zip_code,
                "country": "Saudi Arabia", "building": building}
        if kind == "shipping" and pattern.startswith("V") and pattern[1:] in ("NNNNN", "EEEEN"):
            vals["address"] = f"{c_name} - {district} - {street}" + f.pick(["", f" {zip_code}", " "])
        out = []
        for key, ch in zip(["address", "city", "state", "zip", "country", "building"], pattern):
            out.append(repr(vals[key] + f.pick(["", "", " "]) if key in ("address", "state") and ch == "V" else vals[key])
                       if ch == "V" else ("''" if ch == "E" else "None"))
        a, ci, st, z, co, b = out
        stamp_b = stamp(updated if later else created)
        if kind == "billing":
            return (f"{{'id': {oid}, 'contact_id': {cid}, 'is_default': None, 'billing_address': {a}, "
                    f"'billing_city': {ci}, 'billing_state': {st}, 'billing_zip': {z}, 'billing_country': {co}, "
                    f"'created_at': '{stamp(created)}', 'updated_at': '{stamp_b}', 'building_number': {b}}}")
        return (f"{{'id': {oid}, 'contact_id': {cid}, 'is_default': None, 'shipping_address': {a}, "
                f"'shipping_city': {ci}, 'shipping_state': {st}, 'shipping_zip': {z}, 'shipping_country': {co}, "
                f"'created_at': '{stamp(created)}', 'updated_at': '{stamp_b}', 'shipping_building_number': {b}}}")

    if n < 20:
        b_id = s_id = cid
    else:
        b_id, s_id = addr_id, addr_id + 1
        addr_id += f.pick([1, 2, 2])
    billing = obj("billing", bill, b_id) if bill else None
    shipping = obj("shipping", ship, s_id) if ship else None
    if bank:
        bank_id += f.r.randrange(1, 3)
        bank_text = (f"{{'id': {bank_id}, 'contact_id': {cid}, 'country': '', 'currency': '', 'name': '', "
                     f"'account_name': '', 'account_number': '', 'iban': '', 'swift_code': '', 'address': '', "
                     f"'created_at': '{stamp(updated, True)}', 'updated_at': '{stamp(updated, True)}'}}")
    else:
        bank_text = None
    email = f.email("h.rushdi100") if cid == 109 else None

    ws.append([cid, name, organization, "Active", c_text, u_text, email, number, second, tax_no, "{}",
               details, None, pos, False, billing, shipping, bank_text])

save(wb, "customers-en-sa-autoparts.xlsx")

"""
Shape of Ahmed-ElDabody/Biosyn-CRM "Master_List_clean.xlsx": an Egyptian pharmaceutical company's
master list of target accounts for its field force (paediatrics, ENT and chest lines), cleaned with
openpyxl before loading into the company's new CRM.

- One sheet "Master List": English headers Account Name / Address / Classification / Account Type /
  Speciality / Division / Brick in row 1, each merged down over row 2 (row 2 empty), bold on dark
  blue, centred, an autofilter over A1:G2. About 2,200 accounts below, no blank rows.
- Account Name in Arabic: mostly private doctors (first, father's and family name, PM), hospitals,
  centres and polyclinics (AM) with one row per department (PEDIA, ENT, CHEST, GP) and a few
  hospitals written short ("م …"); trailing spaces on about a third. Common doctor names recur in
  other towns (namesakes); a doctor seen mornings at a hospital and evenings at a clinic in the same
  town is listed twice (AM and PM).
- Address: the town or street in Arabic, on about one row in nine the English brick name instead;
  trailing spaces on a quarter.
- Classification A/B, Account Type PM/AM, Speciality PEDIA/ENT/CHEST/GP, Division (the rep's line,
  "Menofia 3 A", "Cairo East 4 A" …), Brick (the IMS sales area in English). Rows in blocks per
  division, not sorted.
Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("accounts-en-eg-pharmatargets")

FIRST = ["محمد", "احمد", "محمود", "مصطفى", "عمرو", "خالد", "هشام", "طارق", "ياسر", "وائل", "شريف", "سامح", "مينا",
         "ايمن", "حسام", "رامي", "كريم", "عادل", "ناصر", "اسامة", "منى", "نهى", "رشا", "هبة", "داليا", "ايمان",
         "نرمين", "سحر", "مروة", "غادة", "امل", "ريهام", "ولاء", "شيماء", "اسماء", "ماجد", "جمال", "عصام", "مجدي",
         "فادي", "بيتر", "ابانوب", "هاني", "سمير", "علاء", "حازم", "تامر", "ايهاب"]
FATHER = ["اسماعيل", "متولي", "فوزي", "عبد الفتاح", "حسين", "ابراهيم", "السيد", "عبد الله", "سليمان", "كمال",
          "فايز", "الشافعي", "عبد الرحمن", "منصور", "رمضان", "شعبان", "البنا", "الجمال", "غنيم", "زكي", "نصر",
          "عطية", "بدوي", "حلمي", "شحاتة", "يوسف", "جرجس", "حنا", "عبد العزيز", "الدسوقي", "المصري", "سالم"]
# division, brick (English), towns in Arabic
AREAS = [
    ("Menofia 3 A", "Madinet Elasadat", ["السادات", "مدينة السادات - المنطقة السابعة"]),
    ("Menofia 1", "Shebien El Kom", ["شبين الكوم", "شبين الكوم - شارع جمال عبد الناصر"]),
    ("Menofia 4", "Ashmoun", ["اشمون", "اشمون - الموقف"]),
    ("Gharbia 1", "Tanta City 1", ["طنطا", "طنطا - شارع البحر"]),
    ("Gharbia 3", "El Mahala El Kobra", ["المحلة", "المحلة الكبرى - شارع شكري القوتلي"]),
    ("Gharbia 4", "Kafr El zayat", ["كفر الزيات"]),
    ("Kafr El Sheikh 1", "Kafr El Shiekh", ["كفر الشيخ", "كفر الشيخ - شارع الجيش"]),
    ("Kafr El Sheikh 2", "El Hamoul", ["الحامول", "الكراكات"]),
    ("Kafr El Sheikh 3 B", "Desouk", ["دسوق", "جوار مجمع المعاهد"]),
    ("Dahaklia 4", "Aga", ["اجا"]),
    ("Dahaklia 1", "El Mansoura 1", ["المنصورة", "المنصورة - توريل"]),
    ("Dahaklia 6", "Meet Ghamr", ["ميت غمر- شارع الجيش", "ميت غمر"]),
    ("Sharkia 1A", "Center", ["الزقازيق"]),
    ("Sharkia 1B", "El Zakazik City", ["الزقازيق", "الزقازيق - القومية"]),
    ("Sharkia 6", "Abou Kebeer", ["ابو كبير"]),
    ("Sharkia 3", "10th Of Ramadan", ["العاشر من رمضان", "العاشر - المجاورة 13"]),
    ("Ismailia 1", "Ismaelia City", ["الاسماعيلية", "الاسماعيلية - شارع الثلاثيني"]),
    ("Behera 2", "Damanhour", ["دمنهور", "أبو المطامير ", "أبو حمص "]),
    ("Behera 6", "Shobrakheet", ["شبراخيت"]),
    ("Behera 4", "Etay El Baroud", ["ايتاي البارود"]),
    ("Alex West / Marsa Matrouh 1", "El Agamy", ["العجمي - البيطاش", "محطة الرمل برج الاطباء ", "الهانوفيل"]),
    ("Alex East 2", "Sidi Gaber", ["سيدي جابر", "سموحة"]),
    ("Qalubia 1", "Banha - Atreeb", ["بنها", "بنها - شارع فريد ندا"]),
    ("Cairo East 4 A", "El Korba", ["الكوربه", "امام نادي الغابه", "مصر الجديدة"]),
    ("Heliopolis 3", "Midan El Mahkama", ["ميدان المحكمة", "الكوربه"]),
    ("Nasr City 1", "Al Hay Al Asher", ["الحي العاشر", "مدينة نصر - عباس العقاد"]),
    ("New Cairo", "The 5th Settlement", ["التجمع الخامس", "مول التسعين الشمالي ", "التسعين الجنوبي"]),
    ("Giza 2", "Faisal", ["فيصل", "الهرم - الطالبية"]),
    ("Helwan 1", "Helwan", ["حلوان", "المعصرة"]),
    ("Shobra 2", "Shobra El Kheima", ["شبرا الخيمة", "شبرا - دوران شبرا"]),
]
FAMILY = ["الشناوي", "النجار", "الحداد", "العطار", "الخولي", "الفقي", "الصاوي", "القاضي", "الزيات", "الشربيني",
          "المنياوي", "الاسيوطي", "الطحان", "البحيري", "السقا", "الجوهري", "الحناوي", "الدمياطي", "العربي", "الشامي",
          "الكردي", "المغربي", "الهواري", "الرفاعي", "السباعي", "الليثي", "الفخراني", "البرعي"]
HOSPITAL_KINDS = ["مستشفى {} العام", "مستشفى {} المركزي", "مستشفي {} التخصصي", "مستشفى {} الجامعي", "مركز {} الطبي",
                  "عيادات {} الشاملة", "مستوصف {} الخيري", "مستشفى {} للاطفال"]
HOSPITAL_WORDS = ["النور", "السلام", "الرحمة", "الشفاء", "الحياة", "الامل", "الهدى", "الفؤاد", "دار الطب", "المواساة",
                  "الحكمة", "الاحرار", "الصفا", "المروة", "الندى", "الريان"]
SPECS = ["PEDIA"] * 11 + ["ENT"] * 7 + ["CHEST"] + ["GP"]


def pad(text, p):
    return text + " " if f.chance(p) else text


used_doctor = set()
rows = []
for division, brick, towns in AREAS:
    n_doctors = f.r.randrange(45, 85)
    n_hosp = f.r.randrange(2, 6)
    block = []
    for _ in range(n_doctors):
        town = f.pick(towns)
        for _ in range(50):
            name = f"{f.pick(FIRST)} {f.pick(FATHER)} {f.pick(FAMILY)}"
            if (name, town) not in used_doctor:
                break
        used_doctor.add((name, town))
        cls = "A" if f.chance(0.27) else "B"
        spec = f.pick(SPECS)
        addr = brick if f.chance(0.11) else town
        block.append([pad(name, 0.3), pad(addr, 0.2), cls, "PM", spec, division, brick])
        if f.chance(0.05):  # the same doctor's morning list at the hospital of the same town
            block.append([name, addr, cls, "AM", spec, division, brick])
    for _ in range(n_hosp):
        town = f.pick(towns)
        word = f.pick(HOSPITAL_WORDS) if f.chance(0.6) else town.split(" -")[0].strip()
        hosp = f.pick(HOSPITAL_KINDS).format(word)
        if f.chance(0.15):
            hosp = "م " + word
        cls = "A" if f.chance(0.35) else "B"
        addr = pad(town, 0.2)
        hname = pad(hosp, 0.4)
        for spec in f.r.sample(["PEDIA", "ENT", "CHEST", "GP"], f.r.randrange(1, 4)):
            block.append([hname, addr, cls, "AM" if f.chance(0.9) else "PM", spec, division, brick])
    f.r.shuffle(block)
    rows.extend(block)

# a few common names again in other towns: namesakes, other doctors
for _ in range(40):
    division, brick, towns = f.pick(AREAS)
    town = f.pick(towns)
    name = f.pick(sorted(n for n, _ in used_doctor))
    if (name, town) in used_doctor:
        continue
    used_doctor.add((name, town))
    rows.append([name, town, "B", "PM", f.pick(SPECS), division, brick])

wb = workbook()
ws = wb.active
ws.title = "Master List"
head_font = Font(bold=True, color="FFFFFF")
head_fill = PatternFill("solid", fgColor="002060")
for i, h in enumerate(["Account Name", "Address", "Classification", "Account Type", "Speciality", "Division", "Brick"]):
    c = ws.cell(1, i + 1, h)
    c.font, c.fill = head_font, head_fill
    c.alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(start_row=1, start_column=i + 1, end_row=2, end_column=i + 1)
for r, row in enumerate(rows, start=3):
    for c, v in enumerate(row, start=1):
        ws.cell(r, c, v)
ws.auto_filter.ref = "A1:G2"
ws.column_dimensions["A"].width = 20
ws.column_dimensions["B"].width = 33.109375
ws.column_dimensions["C"].width = 20
save(wb, "accounts-en-eg-pharmatargets.xlsx")

if __name__ == "__main__":
    import collections
    keys = collections.Counter((r[0].strip(), r[1].strip()) for r in rows)
    print("rows", len(rows), "clients", len(keys))
    print(collections.Counter(r[3] for r in rows), collections.Counter(r[2] for r in rows))

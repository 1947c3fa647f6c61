"""
Shape of dmussaku/kelly "src/alm_crm/fixtures/contacts.xls" (commit
89e702241e426015e01e249f62b00b8147a36f89): a contact export from a cloud CRM used by an Almaty
firm selling to accountants and small companies, kept as the import fixture of its own Django CRM
(Excel 97-2003 .xls, Russian headers). One sheet "Sheet1", header Имя / Отчество / Фамилия /
Фотография / Тип контакта / Компания / Должность / Мобильный телефон / Номер факса / Домашний
телефон / Номер пейджера / Другой телефон / Частный e-mail / Другой e-mail / Рабочий телефон /
Рабочий e-mail / Ответственный / ID (first name, patronymic, surname, photo, contact type, company,
position, mobile, fax, home, pager, other phone, private and other e-mail, work phone, work e-mail,
responsible, id). 23 contacts, newest first with odd ids 45 … 1: "Общие контакты" on every row;
names as typed — a patronymic in the surname column, a comma after a name, a surname in the first
name column, a phone number typed as the first name, first name only, a capital typo "АСель";
companies with their kind after a comma ("…, ТОО, бухгалтерская фирма", "…, медицинский центр");
positions in any case and abbreviated ("гл.бух", "тех. дир"); phones as numbers (11-digit mobiles
87…, 7-digit city numbers) or text in every spelling, two numbers in one cell; work e-mails at
local free-mail providers; three responsible managers. Photo, fax, home, pager and e-mail columns
empty. All names, companies, numbers and addresses invented. Saved by LibreOffice as .xls.
A person imports the 23 contacts as clients (name parts joined, company as employer, position,
phones, e-mail, the responsible manager as owner, the id).
"""
from fake import save, workbook

HEAD = ["Имя", "Отчество", "Фамилия", "Фотография", "Тип контакта", "Компания", "Должность", "Мобильный телефон",
        "Номер факса", "Домашний телефон", "Номер пейджера", "Другой телефон", "Частный e-mail", "Другой e-mail",
        "Рабочий телефон", "Рабочий e-mail", "Ответственный", "ID"]
A, S, L = "Айгерим Сатпаева", "Виктор Шевчук", "Сергей Лукин"
# first, patronymic, surname, company, position, mobile, other, work phone, work e-mail, owner, id
ROWS = [
    ("Салтанат", None, "Ермековна", None, "бухгалтер", None, None, 77270000115, None, A, 5),
    ("Оксана", None, "и", "Учёт и Право, ТОО, бухгалтерская фирма", None, None, 3000104, "(727) 300-01-21", None, S, 3),
    ("Мадина,", None, "Ерлан", "Ассоциация бухгалтеров Алатау, общественное объединение", None, None, "(727) 300-02-37",
     "(727) 300-02-48", "info@alatau-buh.test", S, 1),
    ("Максим", None, "Корольков", None, None, "8700-555-01-16", None, "300-03-54", "korolkov.m@example.com", L, 39),
    ("Динара", None, "Бекмуратова", None, "Директор", None, None, "300 04 62", "dinara1703@example.net", L, 37),
    ("Ержан", None, "Абенов", None, None, None, None, 87005550127, "production@textil-kz.test", L, 35),
    ("Болат", None, "Оспанов", "Жанұя-К, медицинский центр", "Директор", None, "(727) 300-05-71", "(727) 300-05-86",
     "ospanov_b@example.net", S, 33),
    ("Кристина", None, None, None, None, 87005550138, None, "(727) 300-06-19", "tradeoffice@example.com", L, 31),
    ("Роза", "Серикбаевна", None, "Транс-Линк", "Главный бухгалтер", None, None, 87170000140, "roza_s@example.net",
     "Тимур Ахметов", 45),
    ("Нурлан", "Болатович", "Жакупов", None, "Директор", None, None, "8700 555 01 49", "nurlan.zh@example.com", L, 29),
    ("Алина", None, None, None, "Бухгалтер", None, None, "(727) 300-07-33, (727) 300-07-44", "sales@veritas-kz.test",
     "Тимур Ахметов", 43),
    ("Руслан", "Маратович", "Утебаев", None, None, None, None, 87005550151, "ruslan.ut@example.com", L, 27),
    ("АСель", "Толегеновна", "Каримова", None, None, None, None, 87005550162, "aselkarimova94@example.org", L, 41),
    ("Гаухар", "Нуржановна", "Исмаилова", None, None, None, None, 87005550173, "gauhar_42@example.net", L, 25),
    ("Ирина", "Анатольевна", None, "Первая Потолочная Компания", "гл.бух", None, None, 3000810, "1pk@example.net", L, 23),
    ("Дмитрий", "Петрович", None, "Орда Карго Трейд", "тех. дир", "8700 555 01 84", None, 3000927, "info@orda-cargo.test",
     L, 21),
    ("Татьяна", None, "Ярошенко", "Аудит Плюс, бухгалтерская фирма", "Генеральный Директор", None, "(727) 300-09-11",
     "(727) 300-09-25", "auditplus@example.net", S, 19),
    ("Светлана", None, "Крылова", "Гео Инжиниринг", "Бухгалтер", None, None, "300-10-42, +7-700-555-01-95", None, S, 17),
    ("Вадим", None, "Сорокин", "Сантех Ресурс", "Директор", "87005550106, 87005550117", None, 3001063, "santehres@example.com",
     S, 15),
    ("Бауыржан", None, "Сыздыков", "Нейрон, медицинский центр", "Директор", None, None, "(727) 300-11-70",
     "syzdykov.30@example.net", S, 13),
    (3001284, None, "Марина,", None, None, None, "(727) 300-12-84", 3001284, "marina_r91@example.org", L, 11),
    ("Андрей", None, None, None, None, None, 87005550128, 3001355, "gidroservis_@example.com", L, 9),
    (None, None, "Айнур", "Мейірім, благотворительный фонд", None, 87005550139, None, "300-14-66", "ainur24@example.net",
     S, 7),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(HEAD, 1):
    ws.cell(1, c, h)
for r, (first, patr, sur, company, pos, mobile, other, work, mail, owner, cid) in enumerate(ROWS, 2):
    cells = {1: first, 2: patr, 3: sur, 5: "Общие контакты", 6: company, 7: pos, 8: mobile, 12: other, 15: work,
             16: mail, 17: owner, 18: cid}
    for c, v in cells.items():
        if v is not None:
            ws.cell(r, c, v)
save(wb, "contacts-ru-kz-almatycrm.xls", libreoffice="xls")

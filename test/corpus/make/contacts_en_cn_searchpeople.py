"""
Shape of AlexWonga/j2ee_searchPeople web/WEB-INF/contact/people.xlsx (commit
63a9ea7c0a81dc8da053de056e29628696c75809): the contact book behind a Dalian university J2EE
homework ("search people"), typed in Excel. One sheet Sheet1, English headers id, name, tel, qq,
email; 17 rows numbered from 0. The first two are real-looking (a mainland mobile and a QQ number
stored as numbers, a personal and a university e-mail); the rest are test entries typed by the
student: pinyin or nickname names ("ma yun", "bb", "james " with a trailing space, a name with a
stray apostrophe), numbers of any length in tel and qq, letters where a number should be
("sada", "123xdf") and keyboard mash or bare numbers in the e-mail column. A contact list a
person could import (name, phone, e-mail), junk values and all. All values invented.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["id", "name", "tel", "qq", "email"])
rows = [
    ("ruohan li", 13800004817, 594213370, "ruohan_li@example.com"),
    ("jm zhao", 123456789, 23180977, "jmzhao@example.edu.test"),
    ("wang", 112321, 454646, "awdawd"),
    ("liu bei", "sada", "saf", 12321312),
    ("jay chen", 123, 123, 13543),
    ("bb", 1, 7867, 42453),
    ("aa", 2, "123xdf", "rejk"),
    ("kobe", 54556546, 98908, "ser"),
    ("james ", 456456, 54656, "yrtyr"),
    ("pika", 535, 453543, "estsesx"),
    ("xin", 6886, 5465464, "ftfh"),
    ("hh", 99887, 543453, "dgsgs"),
    ("lin", 4355354, 546456, "agsgs"),
    ("nn", 123123124, 1241244, 124125),
    ("na", 5346, 12512, 12312),
    ("nann", 34346, 345235, 5323),
    ("nnaann'", 235, 32423, 23),
]
for i, r in enumerate(rows):
    ws.append([i, *r])
ws.column_dimensions["C"].width = 12.77734375
ws.column_dimensions["E"].width = 9.6640625
save(wb, "contacts-en-cn-searchpeople.xlsx")

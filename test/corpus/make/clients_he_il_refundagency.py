"""
Shape of Oshrico2/Customer-status "agents.xlsx" (commit 6b8a93bf16a967c112dbfb7cc3f0ec1212136b9b):
an Israeli financial-services agency's customer status report (tax refunds, mortgage refinancing,
pension advice), exported from its CRM and fed to a script that mails each agent his customers.
One right-to-left sheet "Sheet", auto-filter over A1:I16, Hebrew header שם פרטי / שם משפחה /
שדה כללי 1 / סוכן בכרטיס לקוח / שם מטפל / הערות / תאריך יצירה / תאריך שינוי / מייל של סוכן (first name,
surname, general field 1 — the status —, agent on the customer card, handler, notes, created,
modified, the agent's e-mail). Fifteen customers sorted by status בתהליך / הופק / הצעה / ללא מענה /
סירוב (with a trailing blank); one agent on every row, four handlers; two first names carry the word
רכב (car) after them, one a surname first; notes on five rows with dates like 12.03.23 and runs of
blanks; created dates at midnight and modified date-times, both formatted yyyy-mm-dd h:mm:ss; the
agent's e-mail on every row but one. Column F 51.7 wide, I 17.7. All names and notes invented.
A person imports the fifteen customers as clients (first and last name, the agent as owner, the
notes), and does not take the agent's e-mail for the customer's.
"""
import datetime

from fake import save, workbook

AGENT = "יוסי אברהמי"
MAIL = "agent.office@example.com"
ROWS = [
    ("אליהו", "ברגר", "בתהליך", "נועה מזרחי", "החזרי מס לקיחת פרטים", (2023, 2, 13), (2023, 2, 13, 15, 6)),
    ("שמעון", "חדד", "בתהליך", "שירן אוחיון", None, (2023, 2, 13), (2023, 2, 13, 15, 43)),
    ("אורית", "וייס", "בתהליך", "שירן אוחיון", None, (2023, 2, 20), (2023, 2, 20, 14, 54)),
    ("יגאל", "הורוביץ", "הופק", "מלכה בן דוד", None, (2023, 2, 13), (2023, 2, 14, 11, 54)),
    ("הדס", "אזולאי", "הופק", "נועה מזרחי", None, (2023, 1, 1), (2023, 1, 23, 14, 21)),
    ("ענבל רכב", "סויסה", "הצעה", "נועה מזרחי", None, (2023, 1, 30), (2023, 1, 31, 9, 46)),
    ("דניאל", "גרינברג", "הצעה", "מלכה בן דוד", "בוצע חישוב  לא זכאי להחזר 14.03.23 מחלקה 2", (2023, 2, 5), (2023, 3, 14, 12, 52)),
    ("מיכל", "שלום", "הצעה", "נועה מזרחי", "מחזור משכנתא. אודה לחזרה היום. תודה", (2023, 4, 23), (2023, 4, 23, 8, 28)),
    ("גולן אסנת", "אביטל", "ללא מענה", "מלכה בן דוד", None, (2023, 2, 22), (2023, 2, 22, 13, 9)),
    ("רונן", "בלום", "ללא מענה", "מלכה בן דוד", None, (2023, 3, 1), (2023, 3, 5, 10, 27)),
    ("משה", "טננבאום", "סירוב ", "עומר דהן", "הלקוח  מעונין   בייעוץ  לקרנות  פנסיה   ותיקות    הפנתי  אותו   ליועץ  קרנות  ותיקות", (2023, 1, 3), (2023, 1, 4, 15, 45)),
    ("אהרון", "שם אור", "סירוב ", "עומר דהן", None, (2023, 1, 30), (2023, 2, 5, 13, 2)),
    ("צביקה רכב", "קליין", "סירוב ", "שירן אוחיון", None, (2023, 3, 12), (2023, 3, 12, 13, 2)),
    ("אביחי", "כהנא", "סירוב ", "שירן אוחיון", None, (2023, 3, 21), (2023, 3, 21, 10, 19)),
    ("ולדימיר", "פבלוב", "סירוב ", "עומר דהן", "סירוב 10.1.23 מחלקה 2", (2023, 1, 2), (2023, 1, 12, 10, 7)),
]
FMT = "yyyy\\-mm\\-dd\\ h:mm:ss"

wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.sheet_view.rightToLeft = True
for c, h in enumerate(["שם פרטי", "שם משפחה", "שדה כללי 1", "סוכן בכרטיס לקוח", "שם מטפל", "הערות", "תאריך יצירה",
                       "תאריך שינוי", "מייל של סוכן"], 1):
    ws.cell(1, c, h)
for r, (first, last, status, handler, note, made, changed) in enumerate(ROWS, 2):
    for c, v in enumerate([first, last, status, AGENT, handler, note], 1):
        if v is not None:
            ws.cell(r, c, v)
    ws.cell(r, 7, datetime.datetime(*made)).number_format = FMT
    ws.cell(r, 8, datetime.datetime(*changed)).number_format = FMT
    if r != 16:
        ws.cell(r, 9, MAIL)
ws.auto_filter.ref = "A1:I16"
ws.column_dimensions["F"].width = 51.66
ws.column_dimensions["I"].width = 17.66
save(wb, "clients-he-il-refundagency.xlsx")

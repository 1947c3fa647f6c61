"""
Shape of HadilEltaif/Gestion-Bibliotheque "adherents.xlsx" (commit
d318ad0c1b331d04b674874e9fea372cfffe75d5): the member table (adhérents) of a Tunisian student
library-management database project, converted from CSV by an online tool (every cell text but the
member number). One sheet "Sheet1", header noAdh / nom / prenom / adresse / ncin / tel / dateAdh /
email (H wider). Nine members numbered 10001-10009: the given name under "nom" and the family name
under "prenom" (capitals, mixed or a slip "oNS"), a town or district as the address ("Moknine,
monastir", "sfax"), the 8-digit national id card number (CIN) and the 8-digit phone as text, the
joining date as text d/m/yyyy, an e-mail built from the names with a capital first letter. The
seventh member carries the first member's CIN and phone again. All names, numbers and e-mails
invented.
"""
from fake import save, workbook

ROWS = [
    (10001, "SAMI", "BEN SALAH", "Manouba", "14300162", "55000721", "1/1/1998", "Samibensalah@example.com"),
    (10002, "rYM", "JLASSI", "Zahra", "14300241", "23000789", "5/3/1999", "Rymjlassi@example.com"),
    (10003, "WALID", "TRABELSI", "Moknine, monastir", "14500874", "53000258", "3/8/1998", "Walidtrabelsi@example.com"),
    (10004, "Ines", "Gharbi", "Rades", "12300678", "98000432", "8/10/1998", "Inesgharbi@example.com"),
    (10005, "Amira", "Khelifi", "Sousse", "12300765", "54000789", "7/1/1998", "Amirakhelifi@example.com"),
    (10006, "Youssef", "Hammami", "Mahdia", "14300789", "55000951", "8/11/1998", "Youssefhammami@example.com"),
    (10007, "Mariem", "Chaabane", "Manouba", "14300162", "55000721", "20/6/1999", "Mariemchaabane@example.com"),
    (10008, "Skander", "Mejri", "sfax", "14900426", "54000758", "8/8/2000", "Skandermejri@example.com"),
    (10009, "Rania", "Bouazizi", "Beja", "14700753", "55000196", "12/12/1998", "Raniabouazizi@example.com"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.column_dimensions["H"].width = 26.66
for c, h in enumerate(["noAdh", "nom", "prenom", "adresse", "ncin", "tel", "dateAdh", "email"], 1):
    ws.cell(1, c, h)
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
save(wb, "members-fr-tn-librarycards.xlsx")

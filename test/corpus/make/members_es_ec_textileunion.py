"""
Shape of boris13jbb/Sindicat_fluter_apk "socios.xlsx" (commit 18ac3c2d52a3507ab32795a860a3320ffd620690): the
member list of a textile factory workers' union in Quito (Ecuador), prepared in Excel for import into
the union's app: one sheet "Hoja1", bold upper-case snake headers NUMERO_SOCIO / APELLIDOS / NOMBRES /
DOCUMENTO / EMAIL / TELEFONO / DEPARTAMENTO / NIVEL / MODALIDAD.
- 270 members: member number (five digits, not in order); surnames and given names in capitals in
  two columns (Ñ, Quichua surnames); the cédula as a number (ten digits, nine when it began with 0);
  EMAIL and TELEFONO empty on every row; the factory department (TEJEDURIA, HILATURA …); the pay
  level cut at 25 characters ("NIV 3 - OPERADOR DE MAQUI"); a one-letter modality A–E or N.
Values invented (names, numbers, cédulas).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-es-ec-textileunion")
SUR = ["FLORES", "MORALES", "MIQUINGA", "CHIPANTASI", "MUÑOZ", "CURI", "MERA", "PAREDES", "CUENCA", "AUCANCELA", "GUALLI",
       "LLUMIQUINGA", "TOAPANTA", "QUISHPE", "CHICAIZA", "GUAMAN", "SIMBAÑA", "ANDRANGO", "CAIZA", "PILLAJO", "TIPAN",
       "VELASCO", "ALOMOTO", "CUICHAN", "TAIPE", "YUPANGUI", "CABEZAS", "ANALUISA"]
GIVEN = ["JUAN CARLOS", "LUIS ANTONIO", "LUIS GERMAN", "LUIS GONZALO", "DIEGO FERNANDO", "EDISON FERNANDO", "SEGUNDO MANUEL",
         "MARIA FERNANDA", "JOSE LUIS", "WILSON PATRICIO", "MAYRA ALEXANDRA", "CRISTIAN PAUL", "ANGEL RODRIGO", "BLANCA ROSA",
         "GUSTAVO EDUARDO", "NELSON RAMIRO", "DARWIN JAVIER", "JESSICA PAOLA", "FRANKLIN OSWALDO", "SANDRA ELIZABETH"]
DEPTS = [("TEJEDURIA", 60), ("HILATURA", 48), ("PREPARACION TEJEDURIA", 35), ("PROCESO EN TELA", 30), ("CONTROL TOTAL DE CALIDAD", 22),
         ("INGENIERIA INDUSTRIAL", 12), ("MANTENIMIENTO", 20), ("BODEGA", 15), ("VENTAS NO TEXTILES", 6), ("RECURSOS HUMANOS", 4)]
LEVELS = ["NIV 3 - OPERADOR DE MAQUI", "NIV 4 - OPERADOR DE MAQUI", "AUXILIAR", "NIV 5 - MANTENIMIENTO", "NIV A - SERVICIOS GENERAL",
          "NIV 1 - SOPORTE A PRODUCC", "NIV 2 - OPERADOR AYUDANTE", "ASISTENTE"]
depts = [d for d, n in DEPTS for _ in range(n)]

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
for j, h in enumerate(["NUMERO_SOCIO", "APELLIDOS", "NOMBRES", "DOCUMENTO", "EMAIL", "TELEFONO", "DEPARTAMENTO", "NIVEL", "MODALIDAD"], 1):
    ws.cell(1, j, h).font = Font(bold=True)
rows = []
for i in range(270):
    num = f._unique(lambda: f.r.randrange(20000, 80000))
    sur = f._unique(lambda: f"{f.pick(SUR)} {f.pick(SUR)}")
    ced = f._unique(lambda: f.pick([f.r.randrange(1700000000, 1729999999), f.r.randrange(1700000000, 1729999999),
                                    f.r.randrange(500000000, 999999999), f.r.randrange(1000000000, 1099999999)]))
    rows.append([num, sur, f.pick(GIVEN), ced, None, None, f.pick(depts), f.pick(LEVELS), f.pick(["N"] * 4 + list("ABCDE"))])
rows[0][:4] = [21407, "LLUMIQUINGA CAIZA", "SEGUNDO MANUEL", 602355711]
rows[1][:4] = [76510, "FLORES TAIPE", "LUIS ALBERTO", 1710355350]
rows[5][:4] = [38153, "SIMBAÑA TIPAN", "BLANCA ROSA", 1721555402]
for r, row in enumerate(rows, 2):
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, j, v)
for col, wd in zip("ABDGHIJ", [15.57, 28.0, 15.71, 27.43, 55.43, 6.57, 11.43]):
    ws.column_dimensions[col].width = wd
save(wb, "members-es-ec-textileunion.xlsx")

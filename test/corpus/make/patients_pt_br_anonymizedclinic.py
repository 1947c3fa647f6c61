"""
Shape of beatrizjafelice/Dashboard-Clinica-Estetica "pacientes.xlsx" (commit
50ada32d62977adb70b0b1aaebab4ed94e153397): an aesthetic clinic's patient table (São Bernardo do Campo,
Brazil) anonymised for a dashboard portfolio project, made in Excel: one sheet "pacientes" holding
the table "Tabela1" Código / Nome / Cidade / Estado / Data de Nascimento / Profissão / Sexo.
- 1584 patients in the source (here 300): code 1…n; the name a calculated column
  ="Paciente " & Tabela1[[#This Row],[Código]] (cached "Paciente 17"); the city with and without
  accents and a trailing space, empty on a third; the state SP (a few PR, SC); the birth date a real
  date or the text "30/11/-0001" / "--/--/----" left by the old system; Profissão empty; Sexo
  Feminino mostly, Masculino, "---".
Values invented. Nothing to import: the patients are pseudonymous ("Paciente 17"), with no name or
contact.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import CachedFormulas, Fake, workbook

f = Fake("patients-pt-br-anonymizedclinic")
CITIES = [("São Bernardo do Campo", "SP", 40), ("Santo André", "SP", 14), ("São Paulo", "SP", 8), ("São Caetano do Sul", "SP", 5),
          ("Sao Bernardo do Campo ", "SP", 3), ("Santo Andre ", "SP", 2), ("Diadema", "SP", 3), ("Curitiba", "PR", 1),
          ("Joinville", "SC", 1)]
cities = [(c, s) for c, s, n in CITIES for _ in range(n)]
wb = workbook()
ws = wb.active
ws.title = "pacientes"
cf = CachedFormulas()
ws.append(["Código", "Nome", "Cidade", "Estado", "Data de Nascimento", "Profissão", "Sexo"])
for i in range(1, 301):
    r = i + 1
    ws.cell(r, 1, i)
    cf.formula(ws, f"B{r}", '="Paciente " & Tabela1[[#This Row],[Código]]', f"Paciente {i}")
    blank = f.chance(0.29)
    if not blank:
        c, s = f.pick(cities)
        ws.cell(r, 3, c)
        ws.cell(r, 4, s)
        ws.cell(r, 7, f.pick(["Feminino"] * 8 + ["Masculino", "---"]))
        if f.chance(0.97):
            d = f.date(datetime.date(1950, 1, 1), datetime.date(2004, 12, 31))
            ws.cell(r, 5, datetime.datetime(d.year, d.month, d.day)).number_format = "mm-dd-yy"
        else:
            ws.cell(r, 5, "30/11/-0001")
    else:
        ws.cell(r, 5, f.pick(["30/11/-0001", "--/--/----"]))
tab = Table(displayName="Tabela1", ref="A1:G301")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
for col, wd in zip("ABCDEFG", [9.29, 43.14, 22.86, 9.0, 20.86, 11.29, 10.0]):
    ws.column_dimensions[col].width = wd
cf.save(wb, "patients-pt-br-anonymizedclinic.xlsx")

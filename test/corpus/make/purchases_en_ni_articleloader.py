"""
Shape of cjdesarrollo/agrisource "Formato_Cargador_Compras.xlsx" (commit
bf2bf0530cbc879b9f83ac1db1e5634edbb30e8b): a Nicaraguan farm-machinery parts dealer's purchase
loader template for its dashboard: pick articles, type quantity and unit cost, upload.

- Sheet "cargar_articulos": "📦 CARGADOR DE ARTÍCULOS" merged over A1:D1 (14 pt, green fill), an
  instruction line merged over A2:D2, header on row 3 in white bold on dark green ("Buscar y
  Seleccionar Artículo *" / "ID Artículo (Fórmula)" / "Cantidad *" / "Costo Unitario *"), frozen
  at A4; rows 4–203 empty but for a VLOOKUP formula in B (a drop-down list on A reads the hidden
  sheet); a total line on row 205 "LÍNEAS A CARGAR:" merged over A:B with a COUNTIF in C.
- Sheet "referencia_articulos", hidden: ID / Código - Descripción / ID_Articulo for the dealer's
  article catalogue (2000 in the source, here 400): "FAMILY:CODE - description" texts (tyres,
  bearings, filters, rice-harvester parts), the id twice.
Values invented. No customer anywhere.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

f = Fake("purchases-en-ni-articleloader")
N = 400
wb = workbook()
ws = wb.active
ws.title = "cargar_articulos"
ws["A1"] = "📦 CARGADOR DE ARTÍCULOS"
ws["A1"].font = Font(size=14, bold=True, color="FFFFFF")
ws["A1"].fill = PatternFill("solid", fgColor="059669")
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:D1")
ws["A2"] = ('Instrucciones: Haz clic en la columna "Buscar y Seleccionar Artículo" para abrir la lista y elegir. '
            'El ID Artículo se auto-completará. Ingresa Cantidad y Costo.')
ws["A2"].alignment = Alignment(wrap_text=True)
ws.merge_cells("A2:D2")
for j, h in enumerate(["Buscar y Seleccionar Artículo *", "ID Artículo (Fórmula)", "Cantidad *", "Costo Unitario *"], 1):
    c = ws.cell(3, j, h)
    c.font = Font(bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="047857")
for r in range(4, 204):
    ws.cell(r, 2, f'=IFERROR(VLOOKUP(A{r}, referencia_articulos!$B$2:$C${N + 1}, 2, FALSE), "")')
ws["A205"] = "LÍNEAS A CARGAR:"
ws["A205"].font = Font(bold=True)
ws.merge_cells("A205:B205")
ws["C205"] = '=COUNTIF(B4:B203, ">0")'
ws.freeze_panes = "A4"
for col, w in zip("ABCD", [45, 20, 15, 18]):
    ws.column_dimensions[col].width = w
dv = DataValidation(type="list", formula1=f"referencia_articulos!$B$2:$B${N + 1}", allow_blank=True,
                    showErrorMessage=False, errorTitle="Artículo no válido",
                    error="Por favor, selecciona un artículo válido de la lista.", promptTitle="Artículo",
                    prompt="Escribe o selecciona de la lista")
ws.add_data_validation(dv)
dv.add("A4:A203")

ref = wb.create_sheet("referencia_articulos")
ref.sheet_state = "hidden"
for j, h in enumerate(["ID", "Código - Descripción", "ID_Articulo"], 1):
    ref.cell(1, j, h)
FAM = [("BALINERA", lambda: (f"{f.pick(['6202', '6205', '6306', 'LM'])}-{f.pick(['2RS', '2RLDC3', 'ZZ'])}", "PER.")),
       ("Filtros", lambda: (f"AG-{f.pick(['AL', 'RE', 'P'])}{f.r.randrange(100000, 999999)}", "")),
       ("LLANTA", lambda: (f"ADV{f.pick(['11.00-20', '18.4-30', '23.1-26', '14.9-28'])}", "SET ")),
       ("COSECHADORADE ARROZ", lambda: (f"AG{f.r.randrange(10000000, 99999999)}", "")),
       ("BAND:B.COL", lambda: (f"{f.r.randrange(100, 999):03d}.{f.r.randrange(100, 999)}-{f.r.randrange(10)}", "")),
       ("COMB:C.COL", lambda: (f"{f.r.randrange(10, 99):03d}.{f.r.randrange(100, 999)}-{f.r.randrange(10)}", ""))]
rows = []
ids = f.r.sample(range(1, 5000), N)
for i in range(N):
    if i < 25:
        code = f"0157{f.r.randrange(10000, 99999)}{f.pick(['kaa', 'KAW', 'CAA', 'QBA'])}{f.r.randrange(10000, 99999)}"
        text = f"{code} - {code}"
    else:
        fam, mk = f.pick(FAM)
        code, pre = mk()
        text = f"{fam}:{code} - {pre}{code}" + (f" / {f.r.randrange(10000, 99999)}" if f.chance(0.3) else "")
    rows.append(text)
rows.sort(key=lambda t: t.upper())
for i, t in enumerate(rows, 2):
    ref.cell(i, 1, ids[i - 2])
    ref.cell(i, 2, t)
    ref.cell(i, 3, ids[i - 2])
save(wb, "purchases-en-ni-articleloader.xlsx")

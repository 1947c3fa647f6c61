"""
Shape of ItaloDEV21/sistema_clientes-unhas "clientes.xlsx" (commit
56a2f0a92e464ff7c5daa0ed232715db81e07d75): a Brazilian nail salon's client export from its small
Java desktop CRM (Apache POI, no default style), written without its header row.

- One sheet "Clientes", no header: A the client's full name (one with a trailing space), B the
  mobile as text, 11 digits with the area code and no punctuation, C the client base ("Base
  Normal " with a trailing space), D the last purchase date as text dd/mm/yyyy. Two clients, every
  cell a shared string.
Values invented (mobiles 1380000… keep to the corpus' invented block).
"""
from fake import Fake, save, workbook

f = Fake("clients-en-br-nailsalonheaderless")
wb = workbook()
ws = wb.active
ws.title = "Clientes"
rows = [("Ana Clara Souza de Oliveira ", "13800003187", "Base Normal ", "09/03/2026"),
        ("Jéssica Moraes", "13800005522", "Base Normal ", "05/02/2026")]
for i, r in enumerate(rows, 1):
    for j, v in enumerate(r, 1):
        ws.cell(i, j, v)
save(wb, "clients-en-br-nailsalonheaderless.xlsx")

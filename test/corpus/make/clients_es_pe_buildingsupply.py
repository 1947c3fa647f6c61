"""
Shape of Elchetas/lider-vyg "clientes.xlsx" (commit d952e072ba04f2f628b236062517806659d0ccbc): the
client list of a Lima supplier of hardware and maintenance goods to apartment buildings and
building sites, the seed of its order app. One sheet "Hoja1", bold header clientes / direccion /
lugar / contacto / observacion / unidad inmobiliaria / tipo comprobante / nombre factura / RUC
(client, address, place, contact, remark, kind of property, receipt type, invoice name, tax id),
widths 24.3 / 38.6 / 6.2 / 12.3 / 10.9 / 16.1 / 15.1 / 54.3 / 12. Fifty rows sorted A-Z: five
building sites ("Obra", four near the top, one an engineering firm) and 45 buildings ("Edificio") by
their short name;
the address a whole street address with the district, or the district only, or nothing; the sales
zone "Zona 1" … "Zona 9" or blank; the contact by first name ("Srta …", "Kemi / Arnold"); remarks
"Tiene Deuda" or a repeated contact name; receipt Factura or Boleta; the invoice name "JUNTA DE
PROPIETARIOS EDIFICIO …" or "OBRA … / address"; the RUC as a number — one shared by many buildings
(their managing company), an eight-digit DNI on Boleta rows, "SIN NUMERO" / "S/N" as text, some
blank. One row is the placeholder "BOLETA" (no address, contact or RUC) for counter sales. Stray
mm-dd-yy formats on four name/address cells and #,##0 on the receipt and invoice-name columns.
All names, addresses and numbers invented.
A person imports the 49 real clients (name, address, contact, remark, RUC) and leaves out the
"BOLETA" placeholder.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-es-pe-buildingsupply")
ADMIN = 20500000011
# name, address, zone, contact, remark, kind, receipt, invoice name, ruc
ROWS = [
    ("ALDEANA", "Surco", "Zona 2", "Raúl Gómez", None, "Obra", "Factura", "OBRA ALDEANA / AV. LOS ALAMOS 2017 SURCO", 20500000128),
    ("ANCASH 664", "Surco", None, "Mario", "Mario", "Obra", "Factura", "OBRA ANCASH 664 /", 20500000128),
    ("SALINAS", None, None, None, None, "Obra", "Factura", "OBRA SALINAS / ", 20500000128),
    ("ALMAGRO OBRA", "Magdalena", "Zona 1", "Manuel Ríos", None, "Obra", "Factura", "OBRA ALMAGRO / AV. DIEGO DE ALMAGRO MAGDALENA", 20500000128),
    ("ALTO BOLIVAR", "Av Simon Bolivar 1210 - Pueblo Libre", "Zona 3", "Estefany", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS RESIDENCIAL ALTO BOLIVAR", 20500000235),
    ("ALTO COLONIAL", "Av Colonial con Av Universitaria", "Zona 4", "Magaly Ruiz", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO ALTO COLONIAL", 20500000342),
    ("ALTOS DEL RIO", "Av B Numero 318 - Rimac", "Zona 8", "Jose Antonio", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO ALTOS DEL RIO", None),
    ("ANDINA INGENIEROS SAC", None, None, "Keila / Arnaldo", None, "Obra", "Factura", None, None),
    ("ANGAMOS 820", "Miraflores", "Zona 5", "Ricardo", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO ANGAMOS 820", 20500000449),
    ("ARAMBURU", "Jr Luis Aramburu N 318 - Barranco", "Zona 6", "Srta Maggie", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO ARAMBURU", None),
    ("BALCONES DEL GOLF", "Av Del Golf N 712 - San Isidro", "Zona 8", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS BALCONES DEL GOLF", ADMIN),
    ("BOLETA", None, None, None, None, "Edificio", "Boleta", None, None),
    ("BRASIL 915", "Miraflores", "Zona 5", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO BRASIL 915", 20500000556),
    ("CABO VERDE", "San Isidro", "Zona 9", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO CABO VERDE", 20500000663),
    ("CARLOS PRADO", "San Miguel", "Zona 4", "Rosa", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO CARLOS PRADO", 40000017),
    ("CARLOS VALDEZ", "Av Juan Pezet 426/428 - Magdalena del Mar", "Zona 1", "Fiorela", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO CARLOS VALDEZ", 20500000770),
    ("CASTILLA", "Av La Castilla 173 - Surco", "Zona 2", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO CASTILLA", ADMIN),
    ("CINCO ROBLES", "Comas", "Zona 9", "Marita", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO CINCO ROBLES", 20500000877),
    ("CORPORACION SAC", None, None, "Kelly", None, "Edificio", "Factura", "CORPORACION ANDES GROUP SAC", ADMIN),
    ("COUNTRY PARK", "Lince", "Zona 7", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO COUNTRY PARK", 20500000984),
    ("EMPRESARIAL PARDO", "Miraflores", "Zona 2", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO EMPRESARIAL PARDO", 20500001093),
    ("GRAN ALAMEDA", "Av Argentina 2162 - Cercado de Lima", "Zona 3", "Luciano", "Tiene Deuda", "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO GRAN ALAMEDA 2", ADMIN),
    ("GRAN PLAZA TACNA", "Breña", "Zona 3", "Víctor", "Tiene Deuda", "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO GRAN PLAZA TACNA", ADMIN),
    ("GRAN PERU", "San Martin", None, "Eladio", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO GRAN PERU", ADMIN),
    ("HORIZON", "Lince", "Zona 7", "Sonia", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO HORIZON", 20500001107),
    ("JOSE PARDO MIRAFLORES", "Miraflores", "Zona 5", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO JOSE PARDO 626", ADMIN),
    ("JUAN PEZET 488", "Magdalena", "Zona 1", "Fiorela", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO JUAN PEZET 488", "SIN NUMERO"),
    ("LA ROCHE", "Jesus Maria", "Zona 7", "Luis Vela", "Tiene Deuda", "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO LA ROCHE", 40000124),
    ("LA PALMA", "Miraflores", "Zona 5", "Starky", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO LA PALMA", "SIN NUMERO"),
    ("LAS GARZAS", "San Isidro", None, "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO LAS GARZAS", ADMIN),
    ("MALECON ARMENDARIZ", "Av Malecon Armendariz 516 - Miraflores", "Zona 6", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO RESIDENCIAL MALECON ARMENDARIZ", 20500001214),
    ("MIRADOR", "Av Malecon de la Reserva 1320 - Miraflores", "Zona 6", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO MIRADOR", None),
    ("MONTEBELLO", "Surco", "Zona 2", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO MONTEBELLO", ADMIN),
    ("NOVELLA", "Miraflores", "Zona 5", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO NOVELLA", ADMIN),
    ("PARQUE MUNICIPAL", "Barranco", "Zona 6", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO PARQUE MUNICIPAL", ADMIN),
    ("PETIT PALAIS", "Lince", "Zona 7", "Oswaldo Vera", "Oswaldo", "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO PETIT PALAIS", ADMIN),
    ("RAMON CASTILLA", None, None, "Luis Ugarte", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO RAMON CASTILLA", ADMIN),
    ("RENACER", "Miraflores", "Zona 5", "Ted", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO RENACER", 20500001321),
    ("SALAZAR", "Jesus Maria", "Zona 1", "Fiorela", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO SALAZAR", 20500001438),
    ("SAN ANTONIO", "Miraflores", "Zona 5", "Dayana", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO SAN ANTONIO", 20500001545),
    ("SAUCE", "La Victoria", "Zona 8", "Alfredo", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO SAUCE", 40000231),
    ("SBI", "Surco", "Zona 2", "Sonia", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO SBI", ADMIN),
    ("STRAUSS", None, "Zona 8", "Fiorela", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO STRAUSS", ADMIN),
    ("STUDIO 5 DE BARRANCO", "Barranco", "Zona 6", "Luis Ugarte", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO STUDIO 5 DE BARRANCO", 20500001652),
    ("TOWN HOUSES SCHILL", "Miraflores", "Zona 5", "Doris", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO TOWN HOUSES SCHILL", "S/N"),
    ("UPTOWN 2", "Calle Padre Urrutia 135 - San Miguel", "Zona 4", "Ángela", "Ángela", "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO UPTOWN2", 20500001759),
    ("URBAN GARDEN", "Lince", "Zona 7", "Oswaldo Vera", None, "Edificio", "Boleta", "JUNTA DE PROPIETARIOS EDIFICIO URBAN GARDEN", 40000338),
    ("VICTOR CARDENAS", "Calle 8 Nuemro 476 -  Comas", None, "Víctor", None, "Edificio", "Factura", "VICTOR CARDENAS COTERA", 10400000445),
    ("VISTA", "Jesus Maria", "Zona 1", "Daniel Aguirre", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO VISTA", ADMIN),
    ("ZAFIRO", "Barranco", "Zona 6", "Katiuska", None, "Edificio", "Factura", "JUNTA DE PROPIETARIOS EDIFICIO ZAFIRO", ADMIN),
]
assert len(ROWS) == 50

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
for c, h in enumerate(["clientes", "direccion", "lugar", "contacto", "observacion", "unidad inmobiliaria",
                       "tipo comprobante", "nombre factura", "RUC"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, c, v)
    ws.cell(r, 7).number_format = "#,##0"
    ws.cell(r, 8).number_format = "#,##0"
for ref in ("A3", "B3", "A8", "B8"):
    ws[ref].number_format = "mm-dd-yy"
for col, w in zip("ABCDEFGHIJ", (24.33, 38.55, 6.22, 12.33, 10.89, 16.11, 15.11, 54.33, 12.0, 9.11)):
    ws.column_dimensions[col].width = w
save(wb, "clients-es-pe-buildingsupply.xlsx")

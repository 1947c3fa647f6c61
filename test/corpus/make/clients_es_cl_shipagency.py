"""
Shape of EstrellaV36/bd_shacketons "proveedores.xlsx" (commit 3d172ee62db08e1759681b7a06ea5d288333f30f):
the master lists of a Chilean ship and crew-logistics agency (Punta Arenas, Magallanes) for loading
into its booking app, four sheets with lower-case or capital headers and no styling.

- "Hotel": nombre / ciudad, 19 hotels (a chain's name twice in two cities), two empty columns kept in
  the sheet's width.
- "Cliente": CLIENTE / BARCO / CIUDAD, 28 rows: the agency's clients (cruise and expedition
  lines, fishing companies, a polar programme, an air charter) each repeated on one row per ship
  it sends, the ship's name (F/T, F/V prefixes, a ship shared by four clients as charterers), the
  port or "ANTARTICA"; misspellings in the names; one client whose ship bears its own name.
- "Restaurant": nombre / ciudad, two restaurants.
- "Transporte": ciudad / nombre (the columns the other way round), seven drivers, a city with a
  trailing space, a driver in two cities and spelt two ways.
Values invented (company, ship, hotel and driver names; the Chilean ports are real places).
"""
from fake import save, workbook

HOTELS = [("HOLIDAY STAY AEROPUERTO", "SANTIAGO"), ("COURTYARD CENTRAL", "SANTIAGO"), ("IBIZA PUERTO", "VALPARAISO"),
          ("VILLA DEL RIO CALLE", "VALDIVIA"), ("COURTYARD CENTRAL", "PUERTO MONTT"), ("EXPRESS BIOBIO", "CONCEPCION"),
          ("CABO FROWARD", "PUNTA ARENAS"), ("ALMA AUSTRAL", "PUNTA ARENAS"), ("SUEÑOS DEL ESTRECHO", "PUNTA ARENAS"),
          ("PEDRO DE VALDIVIA", "PUNTA ARENAS"), ("FIN DEL MUNDO", "PUNTA ARENAS"), ("LOS BALLENEROS", "PUNTA ARENAS"),
          ("PATAGONIA B Y B", "PUNTA ARENAS"), ("PLAZA MUÑOZ", "PUNTA ARENAS"), ("KRAN KAREN", "PUNTA ARENAS"),
          ("ART DECO SUR", "PUNTA ARENAS"), ("CANELO", "PUERTO WILLIAMS"), ("LOS PIONEROS", "PUERTO WILLIAMS"),
          ("YAGAN", "PUERTO WILLIAMS")]
CLIENTS = [("SILVERTIDE", "SILVER HORIZON", "PUERTO WILLIAMS"), ("SILVERTIDE", "SILVER BREEZE", "PUERTO WILLIAMS"),
           ("SILVERTIDE", "SILVER MIST", "PUERTO WILLIAMS"), ("NORDLYS LINE", "ROLD ERIKSEN", "VALPARAISO"),
           ("NORDLYS LINE", "SKADI", "VALPARAISO"), ("NORDLYS LINE", "FRIDTHOF NANSEM", "VALPARAISO"),
           ("KRILLMAR", "ANTARTIC STAMINA", "PUNTA ARENAS"), ("KRILLMAR", "F/T SAGA NORTE", "PUERTO WILLIAMS"),
           ("KRILLMAR", "F/V ANTARTIC SKY", "PUERTO WILLIAMS"), ("KRILLMAR", "ANTARTIC SUPPLIER", "PUERTO WILLIAMS"),
           ("VMARINE", "MAGELLAN PIONEER", "VALDIVIA"), ("SEAKITCHENS", "MAGELLAN PIONEER", "TALCAHUANO"),
           ("MEDIKAND", "MAGELLAN PIONEER", "PUERTO MONTT"), ("POLAR 21", "MAGELLAN PIONEER", "PUNTA ARENAS"),
           ("ENDEVOUR VOYAGES", "MAGELLAN PIONEER", "PUNTA ARENAS"), ("SANCHO EXPEDIONS", "HALVOR HANSEN", "PUNTA ARENAS"),
           ("SANCHO EXPEDIONS", "SEA TRAMP", "ANTARTICA"), ("SANCHO EXPEDIONS", "VISIONARY BLUE", "ANTARTICA"),
           ("ANGLO 1", "MARIE THARP", "PUNTA ARENAS"), ("WINDROSE OU", "NOOSPHERE", "PUNTA ARENAS"),
           ("AUSTRALIS EXPEDITION", "DOUG MORTON", "PUNTA ARENAS"), ("ANGLO AESTERN", "MARIE THARP", "PUNTA ARENAS"),
           ("BULGAROS", "PROPOLAR", "PUNTA ARENAS"), ("BULGAROS", "9TH POLAR AE", "PUNTA ARENAS"),
           ("BULGAROS", "KOPOLAR FLIGHT", "PUNTA ARENAS"), ("BULGAROS", "MAXIMO VESSEL", "PUNTA ARENAS"),
           ("ANGLO AESTERN", "OCEAN NOVELLA", "PUNTA ARENAS"), ("KEN BORAK", "KEN BORAK", "PUNTA ARENAS")]
DRIVERS = [("PUNTA ARENAS", "RENE VIDAL OYARZO"), ("PUNTA ARENAS", "HUGO BARRIENTOS"), ("VALDIVIA ", "MANUEL KRAUSE"),
           ("VALDIVIA ", "PAOLA HENRIQUEZ"), ("PUERTO MONTT", "ENZO TORRES SOTO"), ("PUERTO MONTT", "MANUEL KRAUSE"),
           ("PUERTO MONTT", "PAOLA ENRIQUEZ")]

wb = workbook()
ws = wb.active
ws.title = "Hotel"
ws.append(["nombre", "ciudad"])
for h in HOTELS:
    ws.append(list(h))
for col, wd in zip("ABCD", [21.29, 17.29, 13.0, 13.0]):
    ws.column_dimensions[col].width = wd
ws = wb.create_sheet("Cliente")
ws.append(["CLIENTE", "BARCO", "CIUDAD"])
for c in CLIENTS:
    ws.append(list(c))
for col, wd in zip("ABC", [19.72, 21.58, 17.29]):
    ws.column_dimensions[col].width = wd
ws = wb.create_sheet("Restaurant")
ws.append(["nombre", "ciudad"])
ws.append(["JOKUS", "PUNTA ARENAS"])
ws.append(["OKAMI", "PUNTA ARENAS"])
ws = wb.create_sheet("Transporte")
ws.append(["ciudad", "nombre"])
for d in DRIVERS:
    ws.append(list(d))
wb.properties.creator = None
save(wb, "clients-es-cl-shipagency.xlsx")

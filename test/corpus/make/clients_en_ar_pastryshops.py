"""
Shape of LeonelToro/an-lisis_ventas_lodiserSA "clientes.xlsx" (commit
0b897dfa03b54193dacd4fb8dfa6e6c4b51bac82): an Argentine maker of ice-cream, chocolate and pastry
supplies ("Lodiser S.A.") and its trade customers, written by pandas and saved again in Excel.

- One sheet "Sheet1", pandas' bold header on row 1 in snake_case Spanish: id_cliente / CUIT /
  razón_social / ciudad / provincia / contacto; 50 customers, no index column.
- id_cliente 1…50; CUIT as text 20-/27-/30-xxxxxxxx-x; razón_social an ice-cream parlour, cake shop
  or sweet shop, prefixed by a word (Heladería / Confitería / Dulces / Sabores) that is sometimes
  doubled ("Confitería Confitería Roma", "Sabores Sabores del Alma"); ciudad and provincia with
  accents; contacto a landline as text "0351-6563115" (area codes not always the town's).
Values invented.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Border, Font, Side

f = Fake("clients-en-ar-pastryshops")
PREF = ["Heladería", "Confitería", "Dulces", "Sabores"]
CORE = ["Nieve Andina", "Copo Dorado", "La Veneciana", "Pistacho Real", "El Cucurucho", "Dulce Sierra", "Bahía Helada",
        "Gelato Pampa", "Crema Alpina", "La Frutillita", "Cacao Fino", "El Barquillo", "Nube Rosa", "Don Bombón",
        "La Nonna", "Frío Serrano", "Merengue", "El Alfajor", "Helados Tano", "La Vainilla", "Almendra", "Río Dulce",
        "Chocolatería Suiza", "Sabor Criollo", "La Heladera", "Polo Sur", "Las Delicias", "Mantecado", "Sambayón",
        "El Dulcero", "Tramontana", "Granizado", "Bocadito", "El Glaciar", "Punto Frío", "Postres de la Abuela",
        "Gianduia", "La Perla", "Crocante", "Frutos Rojos", "Dulce de Leche", "Capri", "La Siciliana", "Avellana",
        "Coco Helado", "Marroc", "Cremoso", "Los Pinos", "La Esquina Dulce", "Cumbre Nevada", "Roma", "Olimpo"]
PLACES = [("Córdoba", "Córdoba", "0351"), ("Río Cuarto", "Córdoba", "0358"), ("Alta Gracia", "Córdoba", "03547"),
          ("Villa Carlos Paz", "Córdoba", "03541"), ("Rosario", "Santa Fe", "0341"), ("Santa Fe", "Santa Fe", "0342"),
          ("Rafaela", "Santa Fe", "03492"), ("Mar del Plata", "Buenos Aires", "0223"), ("La Plata", "Buenos Aires", "0221"),
          ("Quilmes", "Buenos Aires", "011"), ("Bahía Blanca", "Buenos Aires", "0291"), ("Mendoza", "Mendoza", "0261"),
          ("Godoy Cruz", "Mendoza", "0261"), ("Luján de Cuyo", "Mendoza", "0261"), ("San Rafael", "Mendoza", "0260")]
AREAS = ["0351", "0291", "0341", "0381", "011", "0261", "0221"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
thin = Side(style="thin")
for j, h in enumerate(["id_cliente", "CUIT", "razón_social", "ciudad", "provincia", "contacto"], 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
cores = list(CORE)
f.r.shuffle(cores)
for i in range(50):
    pref = f.pick(PREF)
    core = cores[i]
    if i in (22, 41, 43):
        core = f"{pref} {core}"
    city, prov, _ = f.pick(PLACES)
    cuit = f"{f.pick(['20', '27', '30'])}-{f.r.randrange(20000000, 40000000)}-{f.r.randrange(10)}"
    area = f.pick(AREAS)
    tel = f"{area}-{f.r.randrange(2000000, 9999999)}"
    for j, v in enumerate([i + 1, cuit, f"{pref} {core}", city, prov, tel], 1):
        ws.cell(i + 2, j, v)
ws.column_dimensions["E"].width = 11.44
save(wb, "clients-en-ar-pastryshops.xlsx")

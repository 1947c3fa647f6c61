"""
Shape of hectorromero05/CRM "prospectos_maps.xlsx" (commit 741140a17f3119a6895518ec327134752424258a):
a Guadalajara (Mexico) web-design freelancer's prospect list scraped from Google Maps with a
script and written by openpyxl, to offer websites to small restaurants.

- One sheet "Sheet1", header on row 1 in snake-ish Spanish: Negocio / Nicho / Telefono / Tiene_web
  / Sitio_web / Rating / Resenas / Direccion / Google_Maps / Estado / Demo / Notas; 27 businesses in
  blocks per niche ("restaurantes Guadalajara", "mariscos …", "taquerías …", "cafeterías …",
  "desayunos …"), the search phrase as niche.
- Telefono and Direccion carry Google's private-use icon glyph before the text ("\\ue0b0 33 3613
  0588", "\\ue0c8 C. Europa 2351, …, 44800 Guadalajara, Jal."); two businesses without phone, one
  with a reviewer's line scraped into Telefono; the first row's address is the business name again,
  the third's an advertising tagline. Tiene_web si/no with the site (or an Instagram / Facebook
  page) in Sitio_web; Rating and Resenas empty on every row; a long Google Maps link; Estado
  "Pendiente" on every row; Demo and Notas empty.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("leads-en-mx-mapsscrape")
PH, PIN = "\ue0b0", "\ue0c8"
NICHES = [("restaurantes Guadalajara", ["La Cazuela de Doña Lupe", "El Ranchito", "Casa Tapatía | Restaurante frente a la Plaza de Armas",
                                       "Restaurante Los Portales", "Hacienda Los Agaves", "El Chamorro"]),
          ("mariscos Guadalajara", ['Mariscos el Pelícano "sucursal Revolución"', '"EL ANCLA" Mariscos', "Mariscos El Delfín",
                                    "Mariscos La Palapa", "Mariscos Chuy"]),
          ("taquerías Guadalajara", ["Tacos La Esperanza", "Tacos del Jardín", "TACOS DE CANASTA LUPITA",
                                     "Asadas El Vaquero 777 sabor norteño", "Tacos Memo", "Tacos de Birria Don Chema"]),
          ("cafeterías Guadalajara", ["Café La Flor de Tepic", "El Buen Grano Café", "Café Boutique Plaza Tapatía",
                                      "Grano de Oro est 2024", "Lúcuma Café & Gelato", "Mila Café"]),
          ("desayunos Guadalajara", ["La Cocina de Camila Desayunos y Café", "El chapulín desayunos", "Ventana Azul",
                                     "Las güeras desayunos"])]
STREETS = ["C. Europa", "Av. Alcalde", "C. José María Morelos", "César Cantú", "Av del Chamizal", "C. Tejedores",
           "Calz. Revolución", "C. Federico Medrano", "Av. del Parque", "C. Colonias", "C. Bruselas", "Av Presa del Laurel"]
COLS = [("Medrano", "44800"), ("Zona Centro", "44100"), ("San Andrés", "44810"), ("Electricistas", "44810"),
        ("La Paz", "44860"), ("Col Americana, Americana", "44160"), ("Tetlán", "44790"), ("San Rafael", "44810")]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["Negocio", "Nicho", "Telefono", "Tiene_web", "Sitio_web", "Rating", "Resenas", "Direccion", "Google_Maps",
        "Estado", "Demo", "Notas"]
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h)
i = 0
for niche, names in NICHES:
    for n in names:
        i += 1
        web = f.chance(0.45)
        slug = "".join(ch for ch in n.lower() if ch.isascii() and ch.isalnum())[:18]
        site = f.pick([f"http://{slug}.example.com/", f"https://www.{slug}.example.mx/",
                       f"https://www.instagram.example.com/{slug}/"]) if web else None
        col, cp = f.pick(COLS)
        addr = f"{PIN} {f.pick(STREETS)} {f.r.randrange(20, 2900)}, {col}, {cp} Guadalajara, Jal."
        if i == 1:
            addr = n
        if i == 3:
            addr = "A pasos de la Plaza de Armas Desayunos, comida y café en el centro Reservar ya www.casatapatia.example.mx/"
        phone = f"{PH} 33 {f.r.randrange(1000, 3999)} {f.r.randrange(1000, 9999)}"
        if i in (14, 18):
            phone = None
        if i == 17:
            phone = "Mariana Ochoa Local Guide · 87 opiniones · 41 fotos"
        cid = f"0x8428b{f.r.randrange(16**10):010x}:0x{f.r.randrange(16**16):016x}"
        url = (f"https://www.google.com/maps/place/{n.replace(' ', '+')}/data=!4m7!3m6!1s{cid}!8m2!3d20.6{f.r.randrange(10**5):05d}"
               f"!4d-103.3{f.r.randrange(10**5):05d}!16s%2Fg%2F11{f.r.randrange(16**8):08x}?authuser=0&hl=es-419&rclk=1")
        row = [n, niche, phone, "si" if web else "no", site, None, None, addr, url, "Pendiente", None, None]
        for j, v in enumerate(row, 1):
            if v is not None:
                ws.cell(i + 1, j, v)
save(wb, "leads-en-mx-mapsscrape.xlsx")

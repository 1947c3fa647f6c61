"""
Shape of William-Koerich/mecanica-jt "clientes.xls" (commit 36dfd3d37c0f771ca91cf2eb016bd16cd23ec5d8): a
Blumenau (Santa Catarina, Brazil) car-repair shop's client report from its ERP, saved as Excel
97-2003 (.xls): one sheet "Rel Clientes", the report's page layout kept.

- 26 columns: Tipo de Pessoa ("FÍSICA  " with two trailing spaces, JURÍDICA) / Cód. / Nome / Razão
  Social / Nome Fantasia / CPF / CNPJ (digits as text) / I.E / RG / Insc. Municipal / CNAE (999 as a
  placeholder) / Endereço ("RUA …, 261") / Bairro / Cidade / Estado / CEP (text) / Contatos ("| TIPO
  FONE: Celular |  FONE: 47… |  RAMAL: " or "| TIPO E-MAIL: … | E-MAIL: … |" or both) / Observações
  (a postcode typed there on a few) / Limite de Crédito ("  0,00" text) / Representante(s) (empty) /
  Estado Civil ("CASADO    ") / Sexo / Data Nascimento (six rows) / six empty columns.
- 562 clients in the source (here 240) sorted by name; a client's further contacts on rows of
  their own below it holding only Contatos (or only Observações); every 59 rows a blank row and
  the footer "Total de Clientes: 562" in column A (the page break of the printed report); blank
  rows and the footer again at the end.
Values invented (names, CPF/CNPJ, phones in 555, e-mails at example.com/.test).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("clients-pt-br-garagereport")
GIVEN = ["ABIMAEL", "ADAIL", "ADALBERTO", "ALEXANDRO", "ALEXIA", "ANDERSON", "ANTONIO MARCOS", "LUÍS CARLOS", "MAURECI",
         "HENRIQUE", "HERI", "HILDA", "HOLDINO", "JOICE", "BRENDA CAROLINE", "CLEBERSON", "ARVELINO", "DIRCEU", "EDSON",
         "ELISETE", "FABIANO", "GERSON", "IVONETE", "JAIR", "KARINA", "LEOMAR", "MARLI", "NELSON", "OSMAR", "RUDINEI",
         "SIDNEI", "TEREZINHA", "VALDIR", "WILSON", "ROSANGELA", "JULIANO", "MARCIA", "PAULO ROBERTO", "VANDERLEI"]
SUR = ["BRAGA", "MOLINA", "PINHEIRO", "ZIMMERMANN", "KIRCHNER", "HARDT", "SCHMITT", "KOCH", "VOIGT", "DA SILVA",
       "DOS SANTOS", "DE MELO", "DA COSTA", "PEDROZO", "SOARES", "MENDES", "TORRES", "SCHEIFER", "BERNARDO", "VICENTE",
       "FRANCISCO", "DIEMON", "WEHMUTH", "HOLZ", "JENSEN", "GUENTHER", "ZARLING", "FELIX", "REIS", "LIMA"]
COMP = ["AUTO PEÇAS", "TRANSPORTES", "COMÉRCIO DE MADEIRAS", "METALÚRGICA", "EXPRESS LOGÍSTICA", "CONSTRUTORA", "PLANOS DE SAÚDE"]
COMP2 = ["ITOUPAVA", "VALE", "NORTE", "BADENFURT", "WARNOW", "GASPAR", "SALTO", "DIEMON"]
STREETS = ["HENRIQUE METTE", "JOHANN SACHSE", "FREDERICO JENSEN", "CARLOS GUENTHER", "ARTUR ZARLING", "OSCAR HOLZ",
           "ARY CONRADO METTE", "ERICH MAYER", "SIRIO CHICATTO", "GUSTAVO FRANK", "AMSTERDAM", "BOTUVERA", "LOIS LUCAS",
           "BAHIA", "FREI HENRIQUE DE COIMBRA", "BOTUVERÁ"]
BAIRROS = [("ITOUPAVAZINHA", 30), ("SALTO DO NORTE", 8), ("BADENFURT", 7), ("ITOUPAVA CENTRAL", 6), ("S NORTE", 2),
           ("SALTO NORTE", 2), ("FORTALEZA", 3), ("WARNOW", 2), ("CENTRO", 3), ("", 1)]
CITIES = [("BLUMENAU", "SC", 40), ("INDAIAL", "SC", 5), ("GASPAR", "SC", 3), ("CHAPECO", "SC", 1), ("CURITIBA", "PR", 1)]


def w(pairs):
    return f.pick([p[:-1] if len(p) > 2 else p[0] for p in pairs for _ in range(p[-1])])


def cpf():
    return f._unique(lambda: f"{f.pick('0023456789')}{f.r.randrange(10 ** 9, 10 ** 10):010d}"[:11])


def cnpj():
    return f._unique(lambda: f"{f.r.randrange(10, 99)}{f.r.randrange(100000, 999999)}0001{f.r.randrange(10, 99)}")


def fone(kind=None):
    kind = kind or f.pick(["Celular"] * 9 + ["", "Comercial"])
    num = f"4799555{f.r.randrange(1000, 9999)}" if kind == "Celular" else f"473555{f.r.randrange(1000, 9999)}"
    return f"| TIPO FONE: {kind} |  FONE: {num} |  RAMAL: ", num


def mail(local, domain="example.com"):
    return f"| TIPO E-MAIL:            | E-MAIL: {local}@{domain} "


clients = []
for i in range(240):
    company = f.chance(0.065)
    if company:
        name = f._unique(lambda: f"{f.pick(COMP)} {f.pick(COMP2)} LTDA")
    else:
        name = f._unique(lambda: f"{f.pick(GIVEN)} {f.pick(SUR)}" + (f" {f.pick(SUR)}" if f.chance(0.5) else ""))
    city, uf = w(CITIES)
    c = {"tipo": "JURÍDICA" if company else "FÍSICA  ", "cod": None, "name": name,
         "fantasia": name.split()[-2] if company and f.chance(0.5) else None, "doc": cnpj() if company else cpf(),
         "ie": (f.pick(["ISENTO", str(f.r.randrange(250000000, 270000000))]) if company or f.chance(0.04) else None),
         "cnae": 999 if not company else f.pick([0, 10, 31, 4520]),
         "end": f"RUA {f.pick(STREETS)}, {f.r.randrange(10, 3800)}", "bairro": w(BAIRROS), "cidade": city, "uf": uf,
         "cep": f"890{f.r.randrange(60000, 79999)}" if city == "BLUMENAU" else "89100000",
         "estado_civil": "CASADO    " if f.chance(0.23) else None,
         "sexo": f.pick(["MASCULINO", "MASCULINO", "FEMININO "]) if not company and f.chance(0.34) else None,
         "nasc": f.date(datetime.date(1960, 1, 1), datetime.date(2003, 12, 31)) if f.chance(0.012) else None}
    k = f.r.random()
    local = name.split()[0].lower().replace("í", "i").replace("ç", "c").replace("ú", "u") + str(f.r.randrange(100, 999))
    if k < 0.36:
        c["contato"], c["phone"] = None, None
    elif k < 0.41:
        c["contato"], c["phone"] = mail(local, f.pick(["example.com", "example.net"])), None
    elif k < 0.44:
        ph, num = fone()
        c["contato"], c["phone"] = mail(local).rstrip() + " |  " + ph.lstrip("| "), num
    else:
        c["contato"], c["phone"] = fone()
    c["extra"] = [fone()[0] for _ in range(f.pick([1, 1, 1, 2, 3]))] if f.chance(0.03) else []
    c["obs_row"] = f"{c['cep'][:5]}-{c['cep'][5:]}" if f.chance(0.01) else None
    c["obs"] = f.pick(["89070-510", " 89070-521", "89066-802"]) if f.chance(0.08) else None
    clients.append(c)
clients.sort(key=lambda c: c["name"])
codes = f.r.sample(range(1, 600), len(clients))
for c, code in zip(clients, codes):
    c["cod"] = code
# fixed records the label checks
fx = clients[5]
fx.update(name=fx["name"], contato="| TIPO FONE: Celular |  FONE: 47995551771 |  RAMAL: ", phone="47995551771",
          extra=["| TIPO FONE:  |  FONE: 4735550195 |  RAMAL: "])
fy = clients[100]
fy.update(contato="| TIPO E-MAIL:            | E-MAIL: joice.w849@example.com |  TIPO FONE: Celular |  FONE: 4799556814 |  RAMAL: ",
          phone="4799556814", extra=[])
fz = [c for c in clients if c["tipo"] == "JURÍDICA"][-1]
fz.update(doc="28555023000144", contato="| TIPO FONE: Comercial |  FONE: 4735554010 |  RAMAL: ", phone="4735554010", extra=[])

HEAD = ["Tipo de Pessoa", "Cód.", "Nome / Razão Social", "Nome Fantasia", "CPF / CNPJ", "I.E / RG", "Insc. Municipal", "CNAE",
        "Endereço", "Bairro", "Cidade", "Estado", "CEP", "Contatos", "Observações", "Limite de Crédito", "Representante(s)",
        "Estado Civil", "Sexo", "Data Nascimento", "Município Nasc.", "Estado Nasc.", "Nacionalidade", "Nome da Mãe",
        "Nome do Pai", "Grupo Econômico"]
wb = workbook()
ws = wb.active
ws.title = "Rel Clientes"
ws.append(HEAD)
lines = []
for c in clients:
    lines.append([c["tipo"], c["cod"], c["name"], c["fantasia"], c["doc"], c["ie"], None, c["cnae"], c["end"], c["bairro"] or None,
                  c["cidade"], c["uf"], c["cep"], c["contato"], c["obs"], "  0,00", None, c["estado_civil"], c["sexo"], c["nasc"]])
    for e in c["extra"]:
        lines.append([None] * 13 + [e])
    if c["obs_row"]:
        lines.append([None] * 14 + [c["obs_row"]])
TOTAL = f"Total de Clientes: {len(clients)}"
r = 2
footers = 0
for line in lines:
    if (r - 1) % 60 == 59:  # a blank row and the page footer every 59 rows
        ws.cell(r + 1, 1, TOTAL)
        r += 2
        footers += 1
    for j, v in enumerate(line, 1):
        if v is not None:
            ws.cell(r, j, v)
    r += 1
ws.cell(r + 10, 1, TOTAL)
footers += 1
save(wb, "clients-pt-br-garagereport.xls", libreoffice="xls")
if __name__ == "__main__":
    cont = sum(len(c["extra"]) + (1 if c["obs_row"] else 0) for c in clients)
    print("clients", len(clients), "continuation rows", cont, "footers", footers, "last row", r + 10)
    for c in (fx, fy, fz):
        print(c["cod"], c["name"], c["doc"], c["phone"], c["end"], c["bairro"], c["cidade"])

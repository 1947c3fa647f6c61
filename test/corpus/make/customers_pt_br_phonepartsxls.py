"""
Shape of MMARAGAO/log clientes.xls (commit 24274ff535fc92e41a946794241f7544208e3193): the customer
report of a phone-parts and repair supplier in Brasília, exported by its point-of-sale system as
an Excel 97-2003 workbook. One sheet "Sheet1": the header Nome / Telefones / Email / CPF / CNPJ /
Casamento / Aniversário in row 1, and a seventh column with no header holding the whole address
run together with padding blanks ("<street>        <district>     <city>  -  <UF>    <CEP>").
Every customer sits on an even row with an empty row under it. Names are shops and repairers
(X CELL, Y IMPORTS, a first name with the market stall "GILMAR C275"), in capitals or not; the
first row is the till's generic "CONSUMIDOR" and one "TESTE CLIENTE" sits among them; some names
come back twice (typed in again, once with a phone or a tax number the other lacks). Telefones
is "<landline>      <mobile>" with either side blank; CPF / CNPJ is a CPF, a CNPJ or the empty
mask "___.___.___-__"; Email, Casamento and Aniversário are empty on every row. The source has
1,911 customers; this copy 150. Names, numbers and addresses invented. Saved by LibreOffice as .xls.
"""
from fake import Fake, save, workbook

f = Fake("customers-pt-br-phonepartsxls")
SHOP_A = ["TOP", "MEGA", "PLAY", "SMART", "PRIME", "ULTRA", "NOVA", "FLASH", "GIGA", "PREMIUM", "MASTER", "REAL", "FAST",
          "LUX", "ALPHA", "VIP", "BRASIL", "CAPITAL", "CENTRAL", "NORTE"]
SHOP_B = ["CELL", "CELULAR", "CELULARES", "IMPORTS", "STORE", "TECH", "FONE", "ACESSORIOS", "INFO", "SHOP", "SMART"]
FIRST = ["LUCAS", "PEDRO", "MARCOS", "JOAO", "RAFAEL", "BRUNO", "DIEGO", "THIAGO", "FELIPE", "GUSTAVO", "RENATO", "WESLEY",
         "JONAS", "EDSON", "CARLOS", "VITOR", "IGOR", "DANIEL", "Matheus", "Gabriel"]
LAST = ["SOUZA", "ALVES", "PEREIRA", "LIMA", "ARAUJO", "RIBEIRO", "CARDOSO", "MOREIRA", "NUNES", "BARROS", "Teixeira", "Rocha"]
PLACES = ["ASA SUL", "ASA NORTE", "TAGUATINGA", "CEILANDIA", "SAMAMBAIA", "SOBRADINHO", "PLANALTINA", "GAMA", "GUARA",
          "SANTA MARIA", "SAO SEBASTIAO", "RECANTO DAS EMAS", "ITAPOÃ", "FEIRA", "RODOVIARIA", "VALPARAISO"]
STREETS = ["QNM 14 Conjunto B", "SQS 308 Bloco C", "CLN 204 Bloco A", "QR 405 Conjunto 7", "SHCS 502 Bloco B",
           "QS 7 Rua 12", "CSB 3 Lote 9", "SCLRN 712 Bloco D"]


def name():
    k = f.r.randrange(5)
    if k == 0:
        return f"{f.pick(SHOP_A)} {f.pick(SHOP_B)}"
    if k == 1:
        return f"{f.pick(FIRST)} {f.pick(LAST)}"
    if k == 2:
        return f"{f.pick(FIRST)} {f.pick('ABCDG')}{f.r.randrange(100, 400)}"
    if k == 3:
        return f"{f.pick(SHOP_A)} {f.pick(SHOP_B)} {f.pick(PLACES)}"
    return f"{f.pick(FIRST)} {f.pick(PLACES)}"


def cpf():
    d = f"{f.r.randrange(10 ** 11):011d}"
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def cnpj():
    d = f"{f.r.randrange(10 ** 8):08d}"
    return f"{d[:2]}.{d[2:5]}.{d[5:]}/0001-{f.r.randrange(100):02d}"


def address(street="", district="", city="Brasília", uf="DF", cep=""):
    return f"{street}        {district}     {city}  -  {uf}    {cep}"


customers = [dict(name="CONSUMIDOR", phone="      ", doc="___.___.___-__", addr=address(city=""))]
seen = set()
for i in range(147):
    n = name()
    while n in seen:
        n = name()
    seen.add(n)
    if i == 0:
        n = n.lower()
    mobile = f"{f.pick(['61', '61', '61', '61', '62', '38'])}9{f.r.randrange(81000000, 100000000)}" if f.chance(0.25) else ""
    land = f"3{f.r.randrange(1000000, 10000000)}" if f.chance(0.03) else ""
    doc = "___.___.___-__"
    if f.chance(0.3):
        doc = cnpj() if f.chance(0.8) else cpf()
    k = f.r.randrange(10)
    if k < 7:
        addr = address()
    elif k < 9:
        addr = address(street=f.pick(PLACES))
    elif f.chance(0.5):
        addr = address(f.pick(STREETS), f.pick(PLACES), cep=f"7{f.r.randrange(1000000, 3000000)}")
    else:
        addr = address(city=f.pick(["Formosa", "Luziânia"]), uf="GO")
    customers.append(dict(name=n, phone=f"{land}      {mobile}", doc=doc, addr=addr))
    if i == 60:
        customers.append(dict(name="TESTE CLIENTE", phone="      ", doc=cpf(), addr=address("SQS 411", "ASA NORTE")))
# names typed in again further down: the same name, once without the phone or tax number
for src, at, drop in ((5, 40, "phone"), (12, 95, "doc"), (33, 120, None), (70, 140, "phone")):
    again = dict(customers[src])
    if drop == "phone":
        again["phone"] = "      "
    elif drop == "doc":
        again["doc"] = "___.___.___-__"
    customers.insert(at, again)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["Nome", "Telefones", "Email", "CPF / CNPJ", "Casamento", "Aniversário"], 1):
    ws.cell(1, c, h)
for i, cu in enumerate(customers):
    r = 2 + 2 * i
    ws.cell(r, 1, cu["name"])
    ws.cell(r, 2, cu["phone"])
    ws.cell(r, 4, cu["doc"])
    ws.cell(r, 7, cu["addr"])
for col in "ABCDEFG":
    ws.column_dimensions[col].width = 6.86
save(wb, "customers-pt-br-phonepartsxls.xls", libreoffice="xls")
print(len(customers))
for i in (0, 1, 5, 6, 12, 33, 40, 62, 63, 95, 120, 140):
    print(2 + 2 * i, customers[i])

"""
Shape of brevik/relatorios_powerbi_rapidoaguaegas "cadastro_clientes.xlsx" (commit
ffb9096de626c2dff984c95aa4c93bdf13ddd46d): a São Luís (Maranhão, Brazil) water and cooking-gas
delivery shop's customer register exported from its order system for Power BI.

- One sheet "cadastro_clientes", bold header on a light grey fill: Código / Nome / Endereço / Bairro
  / Cidade / UF / Cep / Telefone; 8549 customers in the source (here 300), sorted by code with gaps.
- Every text cell ends in a space and uses no-break spaces between words (the system's export).
  Nome mostly a first name only in capitals ("VANIA ", "ANA JULIA "), about one in nine "SN " (sem
  nome) and a few "SEM NOME ", double spaces inside some; Endereço a condominium block and flat
  "  ATHENAS PARK1  3-3 " (two leading spaces, no street) or a street with house number; Bairro
  in capitals with and without accents (CHACARA BRASIL / CHÁCARA BRASIL), empty on a few; Cidade
  "SÃO LUÍS ", UF "MA " on every row; Cep empty but on the first rows (a number); Telefone
  "(98) 99183-7659 " mostly, eight-digit landlines "(98) 3245-1020 ", empty on some, a stray
  short number.
Values invented.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Font, PatternFill

f = Fake("clients-en-br-gasdelivery")
NB = "\xa0"
FIRST = ["VANIA", "LETÍCIA", "FÁBIO", "TELMA", "JOSILENE", "FELIPE", "ROBERTO", "ANA", "DENILSON", "ESDRAS", "ESTER",
         "YURI", "MARKUS", "NILDE", "CILENE", "MARIA", "FERNANDA", "CLAUDIA", "RAIMUNDO", "FRANCISCA", "JOÃO",
         "ANTÔNIA", "LUCAS", "SÔNIA", "EDILENE", "MARCOS", "DAYANE", "RONALDO", "KELLY", "WESLEY", "JÉSSICA"]
SECOND = ["JULIA", "PATRICK", "LOPES", "BAIXINHA", "SILVA", "COSTA", "DO TURU", "VIZINHA", "SOUSA", "PEREIRA"]
CONDOS = ["ATHENAS PARK1", "TUPY1", "ALCANTARA", "MARFIM1", "SOLAR DA ILHA3", "PELICANO", "PARAIBA", "GV SAO LUIZ",
          "JUÇARA2", "GAIVOTAS", "VIVARE", "DITALY2", "VILLE", "IPES2", "PACIFICO1", "CAROLINA", "PRADO", "CANÚDOS"]
BAIRROS = [("ARIRIZAL", 22), ("TURU", 21), ("CHACARA BRASIL", 19), ("MIRITIUA", 15), ("CHÁCARA BRASIL", 8),
           ("COHAMA", 2), ("VINHAIS", 2), ("PLANALTO TURU2", 1), ("VIVENDAS DO TURU", 1), ("PARQUE VITÓRIA", 1)]


def nb(s):
    return s.replace(" ", NB) + " "


def name():
    k = f.r.random()
    if k < 0.11:
        return "SN "
    if k < 0.12:
        return nb("SEM NOME")
    n = f.pick(FIRST)
    if f.chance(0.2):
        n += f.pick([" ", "  "]) + f.pick(SECOND)
    if f.chance(0.03):
        n += f" {f.pick(SECOND)} {f.pick(SECOND)}"
    return nb(n)


def address():
    if f.chance(0.85):
        blk = f"{f.r.randrange(1, 15)}{f.pick(['', '', 'B'])}-{f.pick([f.r.randrange(1, 9), f.r.randrange(101, 405)])}"
        return nb(f"  {f.pick(CONDOS)}  {blk}")
    return nb(f"RUA {f.pick(['CAJAPIO', 'IMPERATRIZ', '26 Q31', 'DAS MANGUEIRAS', 'SÃO PEDRO'])} CASA {f.r.randrange(1, 60)} ")


def phone():
    k = f.r.random()
    if k < 0.04:
        return None
    if k < 0.1:
        return nb(f"(98) 3{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}")
    if k < 0.105:
        return str(f.r.randrange(1000, 9999))
    return nb(f"(98) 9{f.pick(['8', '9'])}{f.r.randrange(100, 999)}-{f.r.randrange(1000, 9999)}")


wb = workbook()
ws = wb.active
ws.title = "cadastro_clientes"
HEAD = ["Código", "Nome", "Endereço", "Bairro", "Cidade", "UF", "Cep", "Telefone"]
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.font = Font(bold=True)
    c.fill = PatternFill("solid", fgColor="E0DFE3")
bairros = [b for b, n in BAIRROS for _ in range(n)]
code = 1
for i in range(300):
    code += 1 if i < 12 else f.r.randrange(1, 55)
    b = f.pick(bairros)
    row = [code, name(), address(), nb(b) if f.chance(0.99) else None, nb("SÃO LUÍS"), "MA ",
           int(f"650668{f.r.randrange(40, 70)}") if i < 4 else None, phone()]
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(i + 2, j, v)
# the first rows as in the source: a block only, no name
ws["B3"] = "LETÍCIA "
ws["B2"] = "VANIA" + NB + " "
for col, w in zip("ABCDEFGH", [9.7, 46.4, 48.3, 38.6, 10.9, 4.9, 10.3, 18]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-br-gasdelivery.xlsx")

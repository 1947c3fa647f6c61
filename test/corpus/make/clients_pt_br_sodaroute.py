"""
Shape of AndrefGuirro/Apoio_vendas "clientes.csv" (commit 2dc3315fc9022b15a732210b9d72e545fffcb83a): a
soft-drink distributor's route list for one salesman in Presidente Prudente (São Paulo state), a
CSV exported from its system in Windows-1252 with semicolons and LF line ends:
CODIGO;CLIENTE;TIPO;QTDE;ROTA.

- One row per customer and product line (LITRINHO, LITRAO, REFRI 290ML, REFRI 1L, 600ML), 97 rows
  for 61 customers sorted by code: the ten-digit customer code, the registered name in capitals
  (a sole trader's name ending "- ME", a person's name with the CPF appended, a company "LTDA",
  double spaces, an acute accent "D´OESTE" in Windows-1252), the quantity (0 on some), the delivery
  weekday in lower case without accents (segunda … sabado). One person appears under two codes, once
  as "- ME" and once without.
Values invented (names, codes, CPFs).
"""
import os

from fake import FILES, Fake

f = Fake("clients-pt-br-sodaroute")
GIVEN = ["MARIA APARECIDA", "JOSE", "JOAO ANTONIO", "ANA MARIA", "LUIZ CARLOS", "CRISTIANE", "ADEMIR", "SIMONE", "EDMILSON",
         "PAULO", "RITA DE CASSIA", "LAERCIO", "ROSEANE", "FERNANDA", "GABRIEL", "CIRLENE", "VALDERICO", "EVANDRO",
         "MARCOS ANTONIO", "HOSANA", "JULIANO", "RENATO", "MICHELLE", "NILTON", "ODETE", "ERNI", "CLAUDEMIR", "YANARA"]
SUR = ["DOS SANTOS", "PEREIRA", "DE OLIVEIRA", "FERREIRA", "DA SILVA", "CORREIA", "DE JESUS", "ALVES", "COUTO", "MARTINS",
       "SAMPAIO", "TEIXEIRA", "ROSA", "BELO", "LIMA", "GOES", "SUBTIL", "BEZERRA", "ABREU", "OVERBECK", "MARTILHO", "TERRA"]
SHOPS = ["MERCADINHO DA VILA LTDA - ME", "CASA DE CARNES ESTRELA D´OESTE LTDA- ME", "PADARIA E CONFEITARIA BOM PAO LTDA",
         "CENTRO AUTOMOTIVO PRUDENTINO LTDA", "ARMAZEM SAO JORGE LTDA", "RESTAURANTE SABOR DA TERRA LTDA",
         "SACOLAO PRIMAVERA HORTIFRUTIGRANJEIROS L", "PAO DOURADO - COMERCIO DE PAES E BOLOS LTDA", "CADORE & MIRANDA LTDA - ME",
         "NENE  COMERCIO DE PEIXES LTDA", "CENTRO DE FORMACAO EDUCACIONAL SAO VICENTE"]
DAYS = ["segunda"] * 28 + ["terca"] * 15 + ["quarta"] * 16 + ["quinta"] * 25 + ["sexta"] * 10 + ["sabado"] * 3
PRODUCTS = ["LITRINHO"] * 57 + ["LITRAO"] * 13 + ["REFRI 290ML"] * 18 + ["REFRI 1L"] * 5 + ["600ML"] * 4


def cpf():
    return f._unique(lambda: f"{f.pick('0234567892')}{f.r.randrange(10 ** 9, 10 ** 10 - 1)}"[:11])


def person():
    return f._unique(lambda: f"{f.pick(GIVEN)} {f.pick(SUR)}" + (f" {f.pick(SUR)}" if f.chance(0.4) else ""))


names = []
shops = list(SHOPS)
for i in range(60):
    k = f.r.random()
    if k < 0.17 and shops:
        names.append(shops.pop(0))
    elif k < 0.5:
        names.append(f"{person()}{f.pick([' - ME', ' - ME', ' ME', '  - MERCEARIA - ME', ' BUTECO - ME'])}")
    elif k < 0.85:
        names.append(f"{person()}{f.pick([' ', '  '])}{cpf()}" if f.chance(0.92) else f"{person()} {f.r.randrange(10000000, 99999999)}")
    else:
        names.append(person())
# the same person once as a sole trader and once by name
names[12] = "VALDIRENE CAVALCANTE LUCENA - ME"
names.append("VALDIRENE CAVALCANTE LUCENA")
codes = sorted(f.r.sample(range(1000147900, 1000179600), 50) + f.r.sample(range(1000190000, 1000263000), 11))
rows = []
for code, name in zip(codes, names):
    day = f.pick(DAYS)
    n = f.pick([1, 1, 1, 2, 2, 3, 4])
    prods = sorted(set(f.pick(PRODUCTS) for _ in range(n)))
    if len(prods) > 1 and "LITRINHO" not in prods and f.chance(0.5):
        prods = sorted(prods + ["LITRINHO"])
    for p in prods:
        rows.append((code, name, p, f.pick([0, 1, 1, 2, 3, 5, 8, 10, 14, 29, 41]) if len(prods) > 1 else f.r.randrange(1, 40), day))
while len(rows) > 97:
    for i in range(len(rows) - 1, 0, -1):
        if rows[i][0] == rows[i - 1][0]:
            del rows[i]
            break
assert len(rows) == 97, len(rows)
text = "CODIGO;CLIENTE;TIPO;QTDE;ROTA\n" + "".join(f"{c};{n};{p};{q};{d}\n" for c, n, p, q, d in rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-pt-br-sodaroute.csv"), "wb") as out:
    out.write(text.encode("cp1252"))
if __name__ == "__main__":
    print(len(rows), len({r[0] for r in rows}))
    for r in rows[:6] + rows[30:33] + rows[-3:]:
        print(r)

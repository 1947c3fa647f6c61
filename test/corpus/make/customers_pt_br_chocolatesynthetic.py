"""
Shape of BrianBeyer/anal_dados_loja_chocolate "clientes.csv" (commit
2c805cd252350a94858d3d1cefe88a7868c477e0): the customer table of a synthetic chocolate-shop data set
for a data-analysis exercise, written by pandas (UTF-8 without BOM, LF, comma-separated):
id_cliente,idade,genero,cidade,renda_estimada,frequencia_mensal_media,cliente_vip.
- 3000 rows in the source (here 300): ids 1…n, age 15–74, Masculino/Feminino, one of ten Brazilian
  capitals (accents in São Paulo, Brasília, Florianópolis), estimated income and mean monthly
  visits as floats with every digit pandas prints, True/False.
Values invented. Nothing to import: anonymous analysis records with no name or contact.
"""
import os
import re

from fake import FILES, Fake

f = Fake("customers-pt-br-chocolatesynthetic")
CITIES = ["São Paulo", "Belo Horizonte", "Recife", "Brasília", "Rio de Janeiro", "Porto Alegre", "Salvador",
          "Florianópolis", "Curitiba", "Fortaleza"]
CN_LIKE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def num(lo, hi):
    # a float as pandas prints it, redrawn when its digits would look like a mainland mobile
    while True:
        v = repr(f.r.uniform(lo, hi))
        if not CN_LIKE.search(v):
            return v


lines = ["id_cliente,idade,genero,cidade,renda_estimada,frequencia_mensal_media,cliente_vip"]
for i in range(1, 301):
    lines.append(",".join([str(i), str(f.r.randrange(15, 75)), f.pick(["Masculino", "Feminino"]), f.pick(CITIES),
                           num(1500, 20000), num(1, 10), f.pick(["True", "False"])]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-pt-br-chocolatesynthetic.csv"), "w", encoding="utf-8", newline="\n") as out:
    out.write("\n".join(lines) + "\n")

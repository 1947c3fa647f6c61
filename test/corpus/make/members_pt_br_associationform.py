"""
Shape of nilsenraphael-source/portalacbcsj "socios.xlsx" (commit 9027187e8e37b6f8a6476946d1689b38f2394361):
a Santa Catarina (Brazil) members' association's register of members, the responses of its Google
Forms sign-up kept and edited in Excel, with a small lookup sheet in front.

- "Cripto": Janeiro … Dezembro beside 1 … 12, no header (a month lookup).
- "Cadastro de Sócios 2026": the form's headers Carimbo de data/hora / Endereço de e-mail / Nome de
  Guerra / Nome Completo / Data de Nascimento / CPF / Nome do Pai / Nome da Mãe / Sexo / Telefone /
  Logradouro / Número / Complemento / CEP / Bairro / Cidade / the declaration question / Cadastro
  aceito / Inativo / Data do Desligamento, and two unheaded checkbox columns (False) running four
  rows past the data; frozen at E45 as left. 66 members: timestamps at midnight (typed) or with
  seconds and milliseconds (from the form), in two display formats; the nickname the member goes
  by; full name in any case; CPF as "000555500-03" text or a number (leading zeros lost); parents'
  names on about two thirds; phone "(48)99555-2594" text or 48985554109 as a number; street,
  number, complement (Casa / casa / Casa ), CEP as text or number, district, city with trailing
  spaces; Sim on every row; TRUE accepted; nine inactive with a leaving date.
Values invented (names, CPFs, phones in 555, e-mails at example.com/.net/.org).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("members-pt-br-associationform")
FIRST_F = ["Angélica", "Andreia", "Luciana", "Patrícia", "Simone", "Juliana", "Fernanda", "Cristiane", "Márcia", "Daniela", "Rosane"]
FIRST_M = ["Douglas", "Murilo", "Rafael", "Anderson", "Marcelo", "Jefferson", "Rodrigo", "Eduardo", "Fabrício", "Leandro", "Gilmar",
           "Alexandre", "Diego", "Cleiton", "Vanderlei", "Sandro"]
MID = ["Augusto", "de Fátima", "Aparecida", "José", "Luiz", "Cristina", "Henrique", "da Silva", "dos Santos", ""]
LAST = ["Mateus", "Antunes", "Galdino", "Machado", "Boiko", "Coelho", "Benedet", "Schmitz", "Vieira", "Goulart", "Medeiros",
        "Cardoso", "Pereira", "Espíndola", "Koerich", "Furtado", "Amorim", "Pacheco"]
PLACES = [("São José ", "88103670", ["Campinas", "Kobrasol", "Roçado", "Barreiros"]), ("São José", "88106000", ["Forquilhinhas", "Areias"]),
          ("Florianópolis", "88090301", ["Coloninha", "Capoeiras", "Estreito", "Centro"]), ("Palhoça", "88135186", ["Aririú", "Madri", "Centro"]),
          ("Biguaçu ", "88160000", ["Centro", "Jardim Janaína"])]
STREETS = ["rua João Evangelista da Costa", "Rua Flores da Cunha", "Rua Antônio Elias ", "Servidão dos Pinheiros", "RUA VALDIR GUTHS",
           "Avenida Presidente Kennedy", "Rua Koesa", "Rua Francisco Pedro Machado"]


def cpf():
    d = f._unique(lambda: f"{f.r.randrange(0, 99999999999):011d}")
    if d[0] == "1":
        d = "0" + d[1:]
    k = f.r.random()
    if k < 0.45:
        return f"{d[:9]}-{d[9:]}"
    if k < 0.74:
        return d
    return int(d)


wb = workbook()
ws0 = wb.active
ws0.title = "Cripto"
for i, m in enumerate(["Janeiro", "Fevereiro", "Março", "Abril", "Maio", "Junho", "Julho", "Agosto", "Setembro", "Outubro",
                       "Novembro", "Dezembro"], 1):
    ws0.cell(i, 1, m)
    ws0.cell(i, 2, i)
ws = wb.create_sheet("Cadastro de Sócios 2026")
head = ["Carimbo de data/hora", "Endereço de e-mail", "Nome de Guerra", "Nome Completo", "Data de Nascimento", "CPF", "Nome do Pai",
        "Nome da Mãe", "Sexo", "Telefone", "Logradouro", "Número", "Complemento", "CEP", "Bairro", "Cidade",
        "Declara que todos os dados deste formulário são verdadeiros e que li e estou de acordo com o conteúdo?",
        "Cadastro aceito", "Inativo", "Data do Desligamento"]
for j, h in enumerate(head, 1):
    ws.cell(1, j, h)
members = []
for i in range(66):
    female = f.chance(0.4)
    first = f.pick(FIRST_F if female else FIRST_M)
    full = f._unique(lambda: " ".join(x for x in [first, f.pick(MID), f.pick(LAST)] if x))
    if f.chance(0.1):
        full = full.upper()
    elif f.chance(0.08):
        full = full.lower()
    nick = f.pick([first, full.split()[-1].title(), full.split()[1].title() if len(full.split()) > 2 else first])
    city, cep, districts = f.pick(PLACES)
    typed = f.chance(0.6)
    if typed:
        stamp = datetime.datetime.combine(f.date(datetime.date(2023, 5, 1), datetime.date(2023, 8, 31)), datetime.time())
    else:
        stamp = datetime.datetime.combine(f.date(datetime.date(2023, 9, 1), datetime.date(2025, 12, 20)),
                                          datetime.time(f.r.randrange(7, 23), f.r.randrange(60), f.r.randrange(60), f.r.randrange(1000) * 1000))
    phone = f"48{f.pick(['99', '98', '99'])}555{f.r.randrange(1000, 9999)}"
    inactive = i in (7, 15, 22, 30, 38, 41, 50, 57, 63)
    local = (nick.lower().replace("é", "e").replace("í", "i").replace("á", "a").replace(" ", "") + str(f.r.randrange(1, 9999)))
    members.append([stamp, f.email(local), nick, full,
                    datetime.datetime.combine(f.date(datetime.date(1955, 1, 1), datetime.date(2002, 12, 31)), datetime.time()),
                    cpf(), (f"{f.pick(FIRST_M)} {f.pick(LAST)}" + f.pick(["", " "])) if f.chance(0.65) else None,
                    (f"{f.pick(FIRST_F)} {f.pick(MID)} {f.pick(LAST)}".replace("  ", " ")) if f.chance(0.7) else None,
                    f.pick(["Masculino", "Feminino"]) if f.chance(0.7) else None,
                    f"({phone[:2]}){phone[2:7]}-{phone[7:]}" if f.chance(0.35) else int(phone),
                    f.pick(STREETS), (f.r.randrange(10, 2000) if f.chance(0.9) else f"{f.r.randrange(10, 999)} fundos") if f.chance(0.7) else None,
                    f.pick(["Casa", "Casa ", "casa", "Condomínio ", "Apto 302", "Bloco B"]) if f.chance(0.7) else None,
                    (f"{cep[:5]}-{cep[5:]}" if f.chance(0.3) else int(cep)) if f.chance(0.94) else None,
                    f.pick(districts), city, "Sim", True, inactive,
                    datetime.datetime(2026, f.r.randrange(1, 8), f.r.randrange(1, 28)) if inactive else None, typed])
members[0][1:6] = ["angelica.b1977@example.com", "Angélica", "Angélica Bittencourt", datetime.datetime(1977, 5, 23), "000555500-03"]
members[0][9:16] = ["(48)99555-2594", "rua João Evangelista da Costa", 126, "Casa", "88090-301", "Coloninha", "Florianópolis"]
members[2][1:6] = ["otavio.rl@example.net", "Augusto", "Otávio Augusto Ramos De Lima", datetime.datetime(1990, 7, 4), "07355589941"]
members[2][9] = 48985554109
members[7][3] = "Leandro Koerich Pacheco"
for r, m in enumerate(members, 2):
    typed = m.pop()
    for j, v in enumerate(m, 1):
        if v is None:
            continue
        c = ws.cell(r, j, v)
        if j == 1:
            c.number_format = "dd/mm/yyyy\\ hh:mm:ss" if typed else "m/d/yyyy\\ h:mm:ss"
        elif j == 5:
            c.number_format = "mm-dd-yy"
        elif j == 20:
            c.number_format = "mm-dd-yy"
for r in range(2, 72):
    ws.cell(r, 21, False)
    ws.cell(r, 22, False)
ws.freeze_panes = "E45"
for col, wd in zip("ABCDEFGHITU", [21.29, 19.29, 11.14, 25.0, 13.14, 18.86, 13.14, 8.43, 18.86, 37.57, 18.86]):
    ws.column_dimensions[col].width = wd
save(wb, "members-pt-br-associationform.xlsx")
if __name__ == "__main__":
    print(members[7][:4], members[7][18:])

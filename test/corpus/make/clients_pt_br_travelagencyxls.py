"""
Shape of IzaiasIgnacio/mmturismo clientes.xls (commit 7c5ce2b8375ecc0971832ca665a17784c3ccc9c3): the
customer table of a Rio de Janeiro coach-tour agency, exported from its Access database as an
Excel 97-2003 sheet "Sheet1" with the table's 27 field names as headers: Cd_Cliente (a number,
mostly ascending with a few out of order) / Nm_Cliente / CPF (about half) / Cd_Profissao (a code)
/ Cd_Titular (on dependants: the code of the customer they travel under) / Sexo / Nm_Endereco
(the street, sometimes with the number and block typed in) / Nr_Endereco / Compl_Endereco /
Nm_Bairro / Nm_Cidade / Cd_UF (a number: 19 for RJ) / Nr_CEP / home, office and mobile phones
"(21) 3018-2234" / Nr_Ramal / Dt_Nascimento (text, dd/mm/yyyy or dd/mm/yy with "00" when the
year was not known) / Nr_Registro and Nm_Orgao_Emissor (the RG and who issued it) /
Nr_Passaporte / De_Email (an address on some rows, on others a note: who referred her, where she
boards the coach) / Dt_Aniv_Casal / Lg_Inativo "False"/"True" / Dt_Inatividade (empty) /
De_Inatividade / Lg_Dependente "False"/"True". Dependants follow their holder with the same
address and phone. The source has 2,843 customers; this copy 290. Names, numbers and streets
invented. Saved by LibreOffice as .xls.
"""
import datetime
import unicodedata

from fake import Fake, save, workbook

f = Fake("clients-pt-br-travelagencyxls")
FEM = ["Maria", "Ana", "Sandra", "Lúcia", "Regina", "Vera", "Sônia", "Márcia", "Elisa", "Rosana", "Teresa", "Denise",
       "Cláudia", "Fátima", "Solange", "Marisa", "Helena", "Glória", "Adriana", "Neusa", "Iracema", "Célia"]
MASC = ["José", "João", "Carlos", "Paulo", "Antônio", "Jorge", "Luiz", "Roberto", "Sérgio", "Marcelo", "Fernando", "Artur"]
MID = {"Feminino": ["Aparecida", "de Fátima", "Helena", "Cristina", "da Conceição", "Lúcia", ""],
       "Masculino": ["Augusto", "Henrique", "Carlos", "Roberto", ""]}
LAST = ["Bastos", "Moura", "Queiroz", "Lacerda", "Fontes", "Prado", "Vilela", "Siqueira", "Portela", "Rangel",
        "Coutinho", "Meireles", "Assunção", "Barreto", "Falcão", "Guedes", "Leitão", "Pinheiro"]
JOIN = ["da Silva", "dos Santos", "de Souza", "de Oliveira", "Costa", "Ferreira", ""]
STREETS = ["Rua das Acácias", "Rua Dona Clara", "Av. Brasil", "Rua Jacinto Alves", "Est. do Portela", "Rua Cândido Benício",
           "Rua Barão de Mesquita", "Av. Ministro Edgard Romero", "Rua Conde de Bonfim", "Rua Maria Lopes", "Est. Intendente Magalhães",
           "Rua Leopoldina Rego", "Rua Dr. Padilha", "Av. Vicente de Carvalho", "Rua Uranos", "Rua Goiás"]
PLACES = [("Vila Valqueire", "Rio de Janeiro", "213"), ("Irajá", "Rio de Janeiro", "212"), ("Tijuca", "Rio de Janeiro", "205"),
          ("Méier", "Rio de Janeiro", "207"), ("Penha", "Rio de Janeiro", "210"), ("Madureira", "Rio de Janeiro", "213"),
          ("Taquara - Jacarepaguá", "Rio de Janeiro", "227"), ("Centro", "Nilópolis", "265"), ("Centro", "Nova Iguaçu", "262"),
          ("Trindade-S.Gonçalo", "Niterói", "244"), ("Centro", "D. de Caxias", "250"), ("Vista Alegre", "Rio de Janeiro", "212")]
ISSUERS = ["IFP"] * 6 + ["DETRAN-RJ"] * 3 + ["DETRAN - RJ", "D.Federal", "M. da Marinha", "Marinha do Brasil", "Certidão", "M. da Defesa"]
NOTES = ["Indicada por Regina de Madureira", "Grupo de Nilópolis", "Amiga da Elci", "Embarque no Posto 13 na Dutra",
         "Vai Embarcar no Mundial da Cândido Benício", "2333-8346 Trab. À Noite", "Comemora Dia 02/12", "11 anos", "Indicado por Roberto & Hedimê"]


def person(sex):
    first = f.pick(FEM if sex == "Feminino" else MASC)
    return f._unique(lambda: (" " if not f.chance(0.04) else "  ").join(p for p in [first, f.pick(MID[sex]), f.pick(JOIN), f.pick(LAST)] if p))


def ascii_name(text):
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def phone(prefix):
    return f"(21) {prefix}{f.r.randrange(100, 1000)}-{f.r.randrange(10000):04d}"


def birth(adult=True):
    d = f.date(datetime.date(1930, 1, 1), datetime.date(1975, 12, 31)) if adult else f.date(datetime.date(1990, 1, 1), datetime.date(2012, 12, 31))
    if adult and f.chance(0.15):
        return f"{d.day:02d}/{d.month:02d}/00"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def cpf():
    d = f"{f.r.randrange(10 ** 11):011d}"
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def rg():
    k = f.r.randrange(3)
    n = f.r.randrange(10 ** 8)
    return [f"{n:08d}-{f.r.randrange(10)}", str(n // 100), f"{n // 100000}.{n // 100 % 1000:03d}.{n % 1000:03d}"][k]


rows = []
code = 3064
while len(rows) < 290:
    sex = "Feminino" if f.chance(0.8) else "Masculino"
    bairro, city, cep3 = f.pick(PLACES)
    street = f.pick(STREETS)
    number = str(f.r.randrange(10, 2000))
    if f.chance(0.12):
        street, number = f"{street}, {number}" + (f" Bl. {f.r.randrange(1, 9):02d}" if f.chance(0.5) else ""), ""
    home = {"compl": f.pick(["Apto.101", "Apto.203", "Apto. 502", "Casa:3", "Fds.", "Bl.3 Apt.205", "", "", ""]),
            "street": street, "number": number, "bairro": bairro, "city": city, "uf": 19 if f.chance(0.95) else f.pick([26, 20]),
            "cep": f"{cep3}{f.r.randrange(10, 100)}-{f.r.randrange(1000):03d}", "tel": phone(f.pick("23")) if f.chance(0.92) else ""}
    has_id = f.chance(0.8)
    holder = dict(code=code, name=person(sex), cpf=cpf() if f.chance(0.5) else "",
                  prof=str(f.r.randrange(1, 50)) if f.chance(0.12) else "", titular="", sex=sex, **home,
                  office=phone("2") if f.chance(0.09) else "", ramal=str(f.r.randrange(200, 300)) if f.chance(0.01) else "",
                  mobile=phone(f.pick("9987")) if f.chance(0.2) else "", birth=birth() if has_id else "",
                  rg=rg() if has_id else "", issuer=f.pick(ISSUERS) if has_id else "", passport="",
                  note="", wedding="", inactive="True" if f.chance(0.012) else "False", why="", dep="False")
    if f.chance(0.07):
        holder["note"] = f.pick(NOTES) if f.chance(0.6) else f"{ascii_name(holder['name'].split()[0].lower())}{f.r.randrange(10, 99)}@example.com"
    rows.append(holder)
    code += f.pick([1, 1, 1, 2, 3])
    for _ in range(f.pick([0, 0, 1, 1, 2])):
        dsex = "Masculino" if f.chance(0.5) else "Feminino"
        child = f.chance(0.3)
        dep = dict(holder, code=code, name=person(dsex), cpf=cpf() if f.chance(0.35) else "", prof="", titular=str(holder["code"]),
                   sex=dsex, office="", ramal="", mobile="", birth=birth(adult=not child) if f.chance(0.75) else "",
                   rg=rg() if f.chance(0.75) else "", note="", wedding="", inactive="False", why="", dep="True")
        dep["issuer"] = ("Certidão" if child else f.pick(ISSUERS)) if dep["rg"] else ""
        if f.chance(0.05):
            dep["wedding"] = f"{f.r.randrange(1, 29):02d}/{f.r.randrange(1, 13):02d}/00"
        rows.append(dep)
        code += f.pick([1, 1, 2])
# a dependant entered later under a holder far up the list, and two codes typed in out of order
late = dict(rows[3], code=code, name=person("Feminino"), cpf="", titular=str(rows[3]["code"]), sex="Feminino",
            birth="", rg="", issuer="", note="", dep="True", prof="", mobile="", office="")
rows.insert(150, late)
rows[8]["code"], rows[200]["code"] = code + 300, code + 1068
rows[120]["passport"] = "FZ" + f"{f.r.randrange(10 ** 6):06d}"
rows[60]["why"] = "Tel.Da Filha Dalila"
rows[60]["inactive"] = "True"

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["Cd_Cliente", "Nm_Cliente", "CPF", "Cd_Profissao", "Cd_Titular", "Sexo", "Nm_Endereco", "Nr_Endereco", "Compl_Endereco",
        "Nm_Bairro", "Nm_Cidade", "Cd_UF", "Nr_CEP", "Nr_Tel_Residencial", "Nr_Tel_Comercial", "Nr_Ramal", "Nr_Tel_Celular",
        "Dt_Nascimento", "Nr_Registro", "Nm_Orgao_Emissor", "Nr_Passaporte", "De_Email", "Dt_Aniv_Casal", "Lg_Inativo",
        "Dt_Inatividade", "De_Inatividade", "Lg_Dependente"]
ws.append(HEAD)
KEYS = ["code", "name", "cpf", "prof", "titular", "sex", "street", "number", "compl", "bairro", "city", "uf", "cep", "tel", "office",
        "ramal", "mobile", "birth", "rg", "issuer", "passport", "note", "wedding", "inactive", None, "why", "dep"]
for row in rows:
    values = []
    for k in KEYS:
        v = row.get(k, "") if k else ""
        if k in ("prof", "titular", "number") and v:
            v = int(v)
        values.append(v if v != "" else None)
    ws.append(values)
save(wb, "clients-pt-br-travelagencyxls.xls", libreoffice="xls")
print(len(rows), sum(r["dep"] == "True" for r in rows))

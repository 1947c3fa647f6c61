"""
Shape of Brendon2203/CRM---SIMPLE "clientes.xlsx" (commit 8c6e68a67362f440ba1b8ced8c40c84a57a27518):
the lead sheet of a Brazilian children's coding-school franchise unit in Espírito Santo, kept by a
small Streamlit CRM (pandas-written, bold header, all dates and times as text). One sheet "Sheet1",
header "Nome do responsável" / "Número" / "Data de contato" / "Nome do aluno" / "Idade do aluno" /
"Observação" / "Chances de fechar" / "Data AE" / "Hora planejada AE" / "Curso" / "Ligação" / "Lead" /
"Tipo aluno". 118 leads, mostly from Facebook ads: a parent's first name (sometimes a full name) or
nothing — 43 rows carry only a phone "(27)9xxxx-xxxx", a contact date and the call status, six of
them a child's name too —, the child's name and age, a remark (shift MATUTINO / VESPERTINO, hobbies,
two children in one cell with a line break), a closing chance Alto / Médio / Baixo / Pouco/Médio /
Médio/Alta…, a trial-class date and time on eleven rows (8:30 and 08:30), the course CTRL+KIDS /
TEENS / YOUNG / PRO, the call status Não Feita / Não atendeu / Atendeu, the source Facebook /
Instagram / Indicação, the kind of pupil nao / ctrlplay / cna. One phone appears on two rows (first
unnamed, later with a name). All names, numbers and remarks invented.
A person imports the 75 leads with a parent's name as prospects (name, phone, contact date, the
rest to notes) and leaves out the 43 rows without one.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("leads-pt-br-codingschool")
PARENTS = ["Carla", "Gislene", "Tatiane", "Rayane", "Ludmila", "Júlio César", "Juliana", "Júnior", "Rosana", "Jéssica",
           "Amanda", "Cristiano Souza Lima", "Crislaine", "Rosângela Moreira", "Taís", "Patrícia", "Vanderléia", "Daiane",
           "Lorena", "Dagmar", "Gustavo", "Lívia", "Dirlei", "Sabrina", "Vivian", "Oliveira", "Fabiana", "Renata",
           "Elaine", "Márcia", "Adriana", "Cláudia", "Simone", "Kelly", "Priscila", "Michele", "Aline", "Roberta",
           "Wesley", "Thiago", "Luciana", "Fernanda Rocha", "Edilene", "Marcos", "Bruna", "Viviane", "Josiane",
           "Alessandra", "Raquel", "Leandro", "Cintia", "Denise", "Elisângela", "Karina", "Sheila", "Andréia Pimentel",
           "Rafaela", "Sueli", "Joelma", "Camila", "Valdirene", "Rodrigo", "Célia", "Mirian", "Eliane", "Solange",
           "Ivone", "Janaína", "Marlene", "Gilmara", "Tânia", "Regina Costa", "Flávia", "Kátia", "Érica"]
KIDS = ["Davi", "Sávio", "Breno", "Pedro ", "Miguel", "Davi Lucas", "ROBERTO", "Enzo Miguel", "DÉRICK", "Lucas",
        "Bernardo", "Giovana", "Matheus", "Heitor Souza Lima", "Emily", "Nathan", "Valentina", "Emanuel", "Daniel",
        "Maria Fernanda", "Caio", "Kevin", "Samuel", "Sophia", "Arthur", "Laura", "Gabriel", "Isabela", "Rafael",
        "Helena", "Theo", "Alice", "Benício", "Lorenzo", "Manuela", "Joaquim", "Cecília", "Vitor Hugo", "Yasmin"]
REMARKS = ["MATUTINO", "VESPERTINO", "Gosta de jogos", "Estuda no vespertino", "joga muito no celular",
           "Quer algo mais profissional", "Não está alfabetizado", "folga da mãe seg / 3hrs para AE",
           "faz 11 em novembro", "mora longe da escola - Cariacica", "Estuda de manhã", "Edita vídeos",
           "participou da colônia de férias", "Já é aluno CNA", "O filho tem futebol na terça e a mãe folga as quartas",
           "Gosta de robótica", "Pediu valores por WhatsApp"]
CHANCE = ["Médio"] * 10 + ["Baixo"] * 9 + ["Alto"] * 2 + ["Alta", "Pouco/Médio", "Médio/Alta", "Médio/Baixo"]
DATES = ["05/05/2025"] * 8 + ["19/05/2025", "25/04/2025", "22/04/2025", "09/05/2025", "15/05/2025", "15/04/2025",
                              "06/05/2025", "07/05/2025", "08/05/2025", "12/05/2025", "13/05/2025", "14/05/2025",
                              "29/04/2025", "10/05/2025", "21/05/2025", "16/04/2025"]


def phone(area="27"):
    n = f.r.randrange(10000)
    return f._unique(lambda: f"({area})9{f.r.choice(['5550', '5551', '5552'])}-{f.r.randrange(10000):04d}")


def course(age):
    if age is None:
        return f.pick(["CTRL+KIDS", "CTRL+TEENS", None])
    return "CTRL+KIDS" if age <= 9 else "CTRL+TEENS" if age <= 14 else "CTRL+YOUNG"


# kinds of row: P = parent named (43 with a child, 32 without); N = unnamed (37 bare, 6 with a child)
kinds = ["PC"] * 43 + ["P"] * 32 + ["N"] * 37 + ["NC"] * 6
f.r.shuffle(kinds)
kinds[0], kinds[1] = "N", "N"
parents = list(PARENTS)
f.r.shuffle(parents)
rows = []
trial = 0
for k in kinds:
    area = f.pick(["27"] * 12 + ["28", "22", "33"])
    ph = phone(area)
    if area == "33":
        ph = ph.replace(")9", ")", 1)
    date = f.pick(DATES)
    row = [None, ph, date, None, None, None, None, None, None, None, f.pick(["Não Feita"] * 16 + ["Não atendeu"] * 2 + ["Atendeu"]),
           f.pick(["Facebook"] * 18 + ["Instagram", "Indicação"]), "nao"]
    if k.startswith("P"):
        row[0] = parents.pop()
    if k.endswith("C") or (k == "P" and f.chance(0.3)):
        age = f.r.randrange(6, 18)
        if k.endswith("C"):
            row[3] = f.pick(KIDS)
        row[4] = age
        row[9] = course(age)
        if k == "PC":
            row[6] = f.pick(CHANCE) if f.chance(0.8) else None
            if f.chance(0.5):
                row[5] = f.pick(REMARKS)
            if trial < 11 and f.chance(0.3):
                trial += 1
                row[7] = f.pick(["12/05/2025", "14/05/2025", "15/05/2025", "16/05/2025", "17/05/2025", "21/05/2025", "31/05/2025"])
                row[8] = f.pick(["8:30", "08:30", "9:30", "10:30", "17:00", "09:30"])
                row[10] = f.pick(["Atendeu", "Não atendeu", "Não Feita"])
        elif k == "NC" and f.chance(0.5):
            row[6] = "Baixo"
    elif k == "P" and f.chance(0.4):
        row[9] = f.pick(["CTRL+PRO", "CTRL+KIDS"])
    if row[11] == "Indicação":
        row[12] = f.pick(["ctrlplay", "cna"])
    rows.append(row)
# the fixed records the label checks, a two-children remark, a phone given twice, rows without a call status
rows[2] = ["Vivian", "(27)95550-8184", "25/04/2025", "Davi", 11, "MATUTINO", "Médio", "17/05/2025", "9:30", "CTRL+TEENS",
           "Não atendeu", "Facebook", "nao"]
rows[3] = ["Oliveira", "(27)95551-7413", "05/05/2025", "Sávio", 10, "VESPERTINO", None, "15/05/2025", "8:30", "CTRL+TEENS",
           "Atendeu", "Facebook", "nao"]
rows[5] = [None, "(73)5550-2755", "05/05/2025", "Breno E Bernardo", 12, "Breno 12\nBernardo 7", "Baixo", None, None,
           "CTRL+TEENS", "Não Feita", "Facebook", "nao"]
rows[30] = ["Cristiano Souza Lima", "(27)95552-5464", "22/04/2025", "Heitor Souza Lima", 14, "Gosta de jogos", "Alto", None,
            None, "CTRL+TEENS", "Não Feita", "Indicação", "ctrlplay"]
rows[20] = [None, "(27)95550-3864", "06/05/2025"] + [None] * 7 + ["Não Feita", "Facebook", "nao"]
rows[33] = ["Jéssica", "(27)95550-3864", "07/05/2025", "Giovana", 17, "mora longe da escola - Cariacica", "Médio/Baixo", None,
            None, "CTRL+YOUNG", "Não Feita", "Facebook", "nao"]
for i in (60, 70, 80, 90, 100, 110):
    if rows[i][0] is None:
        rows[i][10] = None
spare = parents + ["Edna", "Luana", "Sônia"]
fixed = {2, 3, 5, 20, 30, 33}
i = len(rows) - 1
while sum(1 for r in rows if r[0]) < 75:
    if rows[i][0] is None and i not in fixed and rows[i][3] is None:
        rows[i][0] = spare.pop()
    i -= 1
named = sum(1 for r in rows if r[0])
assert named == 75, named

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
head = ["Nome do responsável", "Número", "Data de contato", "Nome do aluno", "Idade do aluno", "Observação",
        "Chances de fechar", "Data AE", "Hora planejada AE", "Curso", "Ligação", "Lead", "Tipo aluno"]
for c, h in enumerate(head, 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, row in enumerate(rows, 2):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, c, v)
save(wb, "leads-pt-br-codingschool.xlsx")

"""
Shape of Gymcred/pipeline-gymcred "pipeline.xlsx" (commit b5f04da24223b244b4dcdb145ee689e8c6cc3651):
a Brazilian gym-equipment financing broker's deal book, kept in Excel (Portuguese headers), feeding
a small dashboard.

- Sheet "Pipeline": Cliente / Parceiro / Status / Valor / Entrada / Valor liquido da operação /
  TC Total / TC liquida / TC / Valor financiado / Data Prevista de Desembolso / Prioridade; 22
  deals (gyms, and people buying for a new gym) with the equipment partner, status "aprovado" /
  " aprovado " / " aprovado" / "negado" / "Desembolsado" (stray spaces, names and partners ending
  in a space), the deal value, the down payment as a percentage, formulas for the net value, the
  fee rates and amounts and the financed value (cached results; on three rows the value is
  back-computed from a typed net value, once typed as "=665116.96-43232.6"), the expected
  disbursement date as a date, as "=K4+1"-style formulas, or as the text "2S2026", a priority
  Alta / Media / Baixa; one deal without value or down payment; three empty formatted rows below.
- Sheet "Carteira": the loans already issued — Cliente / Parceiro / Localidade ("City/UF") / Data
  Emissão / Valor Emissão / VP / Taxa / Prazo (months) / Garantias (the same guarantee text on every
  row); 29 loans, one gym with four loans named "Gym (Partner)", two others with two.
Values invented.
"""
import datetime

from openpyxl.styles import Alignment

from fake import CachedFormulas, Fake, workbook

f = Fake("pipeline-pt-br-gymfinance")
r = f.r
MONEY, PCT0, PCT1, DATE, INT = "#,##0.00", "0%", "0.0%", "mm-dd-yy", "#,##0"
EPOCH = datetime.date(1899, 12, 30)


def serial(d):
    return (d - EPOCH).days


wb = workbook()
cf = CachedFormulas()
ws = wb.active
ws.title = "Pipeline"
ws.append(["Cliente", "Parceiro", "Status", "Valor", "Entrada", "Valor liquido da operação", "TC Total", "TC liquida",
           "TC", "Valor financiado", "Data Prevista de Desembolso", "Prioridade"])
D1, D2 = datetime.date(2026, 4, 30), datetime.date(2026, 3, 18)
# name, partner, status, value (None: back-computed from net), down, net (typed), fee, date, priority
DEALS = [
    ("Arena Vitalis", "Fortex", "aprovado", 1084300.4, 0.1, None, 0.06, D1, "Alta"),
    ("Gladius Training", "Ironline", "negado", 132850, 0.2, None, 0.07, D1, "Alta"),
    ("Pulso Fit ", "vectra ", " aprovado ", 2218940.15, 0.2, None, 0.065, D1, "Alta"),
    ("Caio Teixeira ", "vectra ", " aprovado ", 398120.7, 0.1, None, 0.055, D2, "Alta"),
    ("Nando ", "vectra ", " aprovado", 187450, 0.1, None, 0.055, "=K4+1", "Alta"),
    ("CT Bem Estar ", "kraftbau ", " aprovado ", 1165230.6, 0.5, None, 0.065, "=K6+1", "Alta"),
    ("Forma Total (Rede Forma)", "vida plena ", " aprovado ", None, 0.2, 874210.5, 0.065, "=K7+1", "Alta"),
    ("KLM", "vectra ", " aprovado", None, 0.2, "=651230.4-41870.25", 0.065, D2, "Alta"),
    ("Impulso Academia", "Ironline", "Desembolsado", None, 0.2, 512388.6, 0.075, "2S2026", "Alta"),
    ("CT Horizonte", "Aço Fitness", "Desembolsado", None, 0, 300000, 0.07, "2S2026", "Alta"),
]
PEOPLE = ["Renato Albuquerque Prado ", "Thiago Nunes Vasconcelos Brandão Lira ", "Marcelo Tavares de Queiroz ",
          "Larissa Campos Figueiredo/Otávio Mendes Rocha", "Gustavo Peixoto Aragão ", "Fernanda Lacerda Pires Coelho ",
          "Bianca Toledo ", "Wellington Moura Falcão ", "Yusef Haddad ", "Vértice ", "Sônia Regina Bastos Menezes ",
          "Evandro Luz (Londrina)"]
PEOPLE_VALUE = [2000000, 2000000, 2000000, 4000000, 2000000, 3500000, 3360000, 2000000, None, 691400, 2000000, 2000000]
PEOPLE_DOWN = [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0, None, 0.1, 0.2, 0.2]
PEOPLE_PRIO = ["Alta"] * 5 + ["Media"] * 4 + ["Baixa"] * 3
for i, name in enumerate(PEOPLE):
    DEALS.append((name, "Drakon ", "negado" if i == 11 else " aprovado", PEOPLE_VALUE[i], PEOPLE_DOWN[i], None, 0.05,
                  "2S2026", PEOPLE_PRIO[i]))

dates = {}
for k, (name, partner, status, value, down, net, fee, when, prio) in enumerate(DEALS):
    n = k + 2
    ws.cell(n, 1, name)
    ws.cell(n, 2, partner)
    ws.cell(n, 3, status).alignment = Alignment(horizontal="center")
    if isinstance(net, str):
        net_v = eval(net[1:])
    else:
        net_v = net
    if value is None and net is not None:
        value_v = net_v / (1 - down)
        cf.formula(ws, f"D{n}", f"=F{n}/(1-E{n})", value_v)
    else:
        value_v = value
        if value is not None:
            ws.cell(n, 4, value)
    if down is not None:
        ws.cell(n, 5, down).number_format = PCT0
    if net is None:
        net_v = (value_v or 0) * (1 - (down or 0))
        cf.formula(ws, f"F{n}", f"=D{n}*(1-E{n})", net_v)
    elif isinstance(net, str):
        cf.formula(ws, f"F{n}", net, net_v)
    else:
        ws.cell(n, 6, net)
    ws.cell(n, 7, fee)
    cf.formula(ws, f"H{n}", f"=G{n}-0.5%", round(fee - 0.005, 6))
    if n <= 11:  # fee on the financed value
        fin = net_v / (1 - fee)
        cf.formula(ws, f"J{n}", f"=F{n}/(1-G{n})", fin)
        cf.formula(ws, f"I{n}", f"=J{n}*H{n}", fin * (fee - 0.005))
    else:  # the people's deals: fee added on top
        cf.formula(ws, f"I{n}", f"=F{n}*G{n}", net_v * fee)
        cf.formula(ws, f"J{n}", f"=F{n}+I{n}", net_v * (1 + fee))
    if isinstance(when, datetime.date):
        ws.cell(n, 11, when)
        dates[n] = serial(when)
    elif when.startswith("="):
        ref = int(when[2:].split("+")[0])
        dates[n] = dates[ref] + 1
        cf.formula(ws, f"K{n}", when, dates[n])
    else:
        ws.cell(n, 11, when)
    ws.cell(n, 12, prio)
    for col, fmt in ((4, MONEY), (6, MONEY), (7, PCT1), (8, PCT1), (9, MONEY), (10, MONEY), (11, DATE)):
        ws.cell(n, col).number_format = fmt
ws.cell(25, 9).number_format = PCT1
ws.cell(26, 9).number_format = PCT1
for col, w in zip("ABCDEFGHIJKLM", [51.8, 51.8, 12.6, 14, 12.6, 20, 12.6, 12.6, 12.6, 14.4, 24.7, 9.1, 9.8]):
    ws.column_dimensions[col].width = w

cart = wb.create_sheet("Carteira")
cart.append(["Cliente", "Parceiro", "Localidade", "Data Emissão", "Valor Emissão", "VP", "Taxa", "Prazo", "Garantias"])
GUAR = "Aval Emissor e Sócios PF / Aval Fábrica "
LOANS = [
    ("Zênite", "Vectra", "Campinas/SP"), ("Olímpia Fitness", "Vectra", "Sorriso/MT"), ("Ativa Mais", "Kraftbau", "Marabá/PA"),
    ("Carolina Weiss & Weiss", "Vectra", "Cascavel/PR"), ("Dos Reis", "Vectra", "Parnaíba/PI"), ("Brunner", "Vectra", "Cuiaba/MT"),
    ("Essência", "Vectra", "Rio De Janeiro/RJ"), ("Rugemar", "Vectra", "Juína/MT"), ("AFL", "Vectra", "Sao Paulo/SP"),
    ("Top Treino", "Vectra", "Caicó/RN"), ("KLM Health (1) Ironline", "Ironline", "Campinas/SP"),
    ("KLM Health (2) Vectra", "Vectra", "Campinas/SP"), ("Academia Nova Era", "Vectra", "Rio De Janeiro/RJ"),
    ("Body Lab", "Vida Plena", "Palhoça/SC"), ("Evoluir", "Vectra", "Mafra/SC"), ("Kairós Cross", "Vectra", "Itaúna/MG"),
    ("RB Alvarenga", "Vectra", "Macaé/RJ"), ("Vida Leve", "Aço Fitness", "Itaboraí/RJ"), ("MRC", "Aço Fitness", "Rio De Janeiro/RJ"),
    ("Prado e Ribeiro", "Aço Fitness", "Pouso Alegre/MG"), ("Touro", "Vectra", "Uberlândia/MG"),
    ("Promove (Rossi)", "Rossi", "Euclides da Cunha/BA"), ("Promove (Corre Mais)", "Corre Mais", "Euclides da Cunha/BA"),
    ("Uni One (Kraftbau)", "Kraftbau", "São Paulo/SP"), ("Fabrica CT", "Vectra", "Búzios/RJ"),
    ("Uni One (Tecnofit)", "Tecnofit", "São Paulo/SP"), ("Uni One (Vida Plena)", "Vida Plena", "São Paulo/SP"),
    ("Uni One (BRV)", "BRV", "São Paulo/SP"), ("LPA", "Vectra", "São Paulo/SP")]
for k, (name, partner, town) in enumerate(LOANS):
    n = k + 2
    issued = datetime.date(2025, 1, 1) + datetime.timedelta(days=r.randrange(0, 364))
    amount = round(r.uniform(60000, 2500000), 2)
    rate = 0.021 if name.startswith("Uni One") else r.choice([0.028, 0.03, 0.03, 0.026])
    row = [name, partner, town, issued, amount, amount * r.uniform(0.35, 1.12), rate, r.choice([36, 48, 48, 48, 24]), GUAR]
    for j, v in enumerate(row, 1):
        cart.cell(n, j, v)
    for col, fmt in ((4, DATE), (5, MONEY), (6, MONEY), (7, PCT1), (8, INT)):
        cart.cell(n, col).number_format = fmt
    if n < 24:
        cart.cell(n, 9).number_format = PCT1
for col, w in zip("ABCDEFGHIJ", [51.8, 51.8, 12.6, 14, 12.6, 12.6, 20, 12.6, 60.9, 9.8]):
    cart.column_dimensions[col].width = w

cf.save(wb, "pipeline-pt-br-gymfinance.xlsx")

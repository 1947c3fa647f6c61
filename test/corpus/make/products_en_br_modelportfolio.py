"""
Shape of GrahamInvestimentos/grahamcarteiras "produtos.xlsx" (commit
6c9139a4ed5d5b532443d729301f6b0526a475b9): a Brazilian investment adviser's product list for its
model-portfolio web app, kept in Excel and uploaded to the repository by the advisers.

- "Produtos": header on row 1 (Nome do produto / Classe de ativo / Indexador / Spread/Taxa (% a.a.)
  / Público / Peso (%) / Subst. 1 - Nome / Subst. 2 - Nome), frozen at A5, drop-down lists on the
  class, index and public columns, the sheet's range formatted to row 400; 28 products (funds, CRI/
  CRA, Treasury NTN-B, listed funds, global funds) and a last row "TESTE"; the substitute columns
  empty. Rates and weights as numbers with "0.00".
- "Indicadores": monthly CDI and IPCA in % from Jan/22 as text month labels, the last month typed as
  a real date.
- "Listas" (hidden): the drop-down lists (classes, indexes, PG/IQ).
- "Instruções": how to fill and upload the workbook, title merged over A1:B1.
Values invented (product names made up). No customer anywhere.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

f = Fake("products-en-br-modelportfolio")
wb = workbook()
ws = wb.active
ws.title = "Produtos"
HEAD = ["Nome do produto", "Classe de ativo", "Indexador", "Spread/Taxa (% a.a.)", "Público", "Peso (%)",
        "Subst. 1 - Nome", "Subst. 2 - Nome"]
for j, h in enumerate(HEAD, 1):
    ws.cell(1, j, h).font = Font(bold=True)
P = [("Fundo Liquidez Diária FIRF RL", "RF Pós-fixado", "CDI+", 0, "PG", 14.5),
     ("Aurora Cash FIC FIRF", "RF Pós-fixado", "CDI+", 0, "PG", 13.4),
     ("Ipê Soberano FI RF", "RF Pós-fixado", "CDI+", 0, "PG", 13.4),
     ("Jatobá Renda Plus (CDI+2,10%)", "RF Pós-fixado", "CDI+", 2.1, "PG", 8.9),
     ("Sabiá CRI (CDI+2,50%)", "RF Pós-fixado", "CDI+", 2.5, "PG", 11.2),
     ("CRA Agro Cerrado (CDI+0,8%)", "RF Pós-fixado", "CDI+", 0.8, "PG", 11.2),
     ("Tucano FIDC I (CDI+3,2%)", "RF Pós-fixado", "CDI+", 3.2, "PG", 1.9),
     ("Araucária Shoppings Feeder (IPCA+9,5%)", "RF Inflação", "IPCA+", 9.5, "PG", 2.8),
     ("Casa Nova Habitacional (IPCA+9,8%)", "RF Inflação", "IPCA+", 9.8, "PG", 2.8),
     ("COE Brasil Crédito (IPCA+8,7%)", "RF Inflação", "IPCA+", 8.7, "PG", 1.4),
     ("NTN-B Principal Maio/35", "RF Inflação", "IPCA+", 7.2, "PG", 2.8),
     ("NTN-B Principal Ago/40", "RF Inflação", "IPCA+", 7.1, "PG", 2.8),
     ("Araucária Shoppings Sr", "RF Inflação", "IPCA+", 9.5, "PG", 5),
     ("Pré Logística Feeder (14,5%)", "RF Prefixado", "Prefixado", 14.5, "PG", 2.5),
     ("Terra Roxa Pré (14,8%)", "RF Prefixado", "Prefixado", 14.8, "PG", 2.5),
     ("Cerrado Macro FIC Mult.", "Multimercados", "Outros", 12, "PG", 0.7),
     ("Pampa Capital Radar", "Multimercados", "Outros", 12, "PG", 1),
     ("Guará Investor FIC Mult. RL", "Multimercados", "Outros", 12, "PG", 0.8),
     ("Carteira Ações Valor", "Renda Variável", "Outros", 14, "PG", 7.5),
     ("Ribeira Habitação Feeder FII (IPCA+10,1%)", "Fundos Listados", "IPCA+", 10.1, "IQ", 5),
     ("Capivara Infra Pré Renda+ (18,2% a.a.)", "Fundos Listados", "Prefixado", 18.2, "IQ", 5),
     ("Seriema Renda Sênior Feeder (CDI+4,1%)", "Fundos Listados", "CDI+", 4.1, "IQ", 5),
     ("Carteira Renda de Dividendos", "Fundos Listados", "Outros", 10, "PG", 2.5),
     ("Carteira Renda de Dividendos Plus", "Fundos Listados", "Outros", 10, "PG", 4),
     ("Lagoa Malls (19,5%)", "Alternativos", "Outros", 19.5, "PG", 3),
     ("Atlantic Global Credit", "Global RF", "Outros", 9, "IQ", 2.5),
     ("North Equity US", "Global RV", "Outros", 11, "PG", 2.5),
     ("TESTE", "Renda Variável", "Outros", 10, "IQ", 4)]
for i, row in enumerate(P, 2):
    for j, v in enumerate(row, 1):
        c = ws.cell(i, j, v)
        if j in (4, 6):
            c.number_format = "0.00"
ws.cell(400, 8).number_format = "@"
ws.freeze_panes = "A5"
for col, w in zip("ABCDEFG", [46, 18, 14, 18, 10, 9, 38]):
    ws.column_dimensions[col].width = w
for col, rng in (("B", "$A$2:$A$10"), ("C", "$B$2:$B$5"), ("E", "$C$2:$C$3")):
    dv = DataValidation(type="list", formula1=f"Listas!{rng}", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"{col}2:{col}400")

ind = wb.create_sheet("Indicadores")
for j, h in enumerate(["Mês", "CDI mensal (%)", "IPCA mensal (%)"], 1):
    ind.cell(1, j, h).font = Font(bold=True)
MES = ["Jan", "Fev", "Mar", "Abr", "Mai", "Jun", "Jul", "Ago", "Set", "Out", "Nov", "Dez"]
r = 2
for y in range(22, 27):
    for m in range(12):
        if y == 26 and m > 4:
            break
        label = f"{MES[m]}/{y}" if not (y == 26 and m == 4) else datetime.datetime(2026, 5, 1)
        ind.cell(r, 1, label)
        c = ind.cell(r, 2, round(f.r.uniform(0.75, 1.25), 4))
        c.number_format = "0.0000"
        c = ind.cell(r, 3, round(f.r.uniform(-0.6, 1.4), 2))
        c.number_format = "0.00"
        r += 1
ind.freeze_panes = "A2"
for col, w in zip("ABC", [12, 16, 16.2]):
    ind.column_dimensions[col].width = w

lst = wb.create_sheet("Listas")
lst.sheet_state = "hidden"
L = [["Classes", "Indexadores", "Publico"], ["RF Pós-fixado", "CDI+", "PG"], ["RF Inflação", "IPCA+", "IQ"],
     ["RF Prefixado", "Prefixado"], ["Multimercados", "Outros"], ["Renda Variável"], ["Fundos Listados"],
     ["Alternativos"], ["Global RF"], ["Global RV"]]
for i, row in enumerate(L, 1):
    for j, v in enumerate(row, 1):
        lst.cell(i, j, v)

ins = wb.create_sheet("Instruções")
T = [("Como usar esta planilha", None), None, ("Passo a passo", None),
     ("1)", "Cada produto em uma linha, na aba 'Produtos'. Não deixe linhas em branco no meio."),
     ("2)", "Use as listas suspensas (Classe, Indexador, Público) — não digite à mão."),
     ("3)", "Salve SEMPRE com o nome  produtos.xlsx"),
     ("4)", "Suba no repositório (Add file → Upload files → Commit). Em ~1-2 min todos atualizam."), None,
     ("Colunas", None), ("Nome do produto", "Nome completo do produto."), ("Classe de ativo", "Uma das 9 classes da lista."),
     ("Indexador", "CDI+ , IPCA+ , Prefixado  ou  Outros (estimado)."),
     ("Spread/Taxa (% a.a.)", "O número da taxa. CDI+4,30 → 4,30. 100% CDI → 0. Prefixado 15% → 15. 'Outros' → taxa estimada."),
     ("Público", "PG = Público Geral  |  IQ = Investidor Qualificado."), ("Peso (%)", "Peso sugerido na carteira."),
     ("Subst. 1 / Subst. 2 - Nome", "SÓ O NOME de outro produto que JÁ esteja nesta planilha. Deixe em branco se não houver."),
     None, ("Importante", None), ("•", "PG/IQ indicam quem pode investir (suitability), NÃO liquidez."),
     ("•", "O substituto precisa existir como uma linha desta planilha (mesmo nome, igualzinho)."),
     ("•", "Não renomeie a aba 'Produtos' nem as colunas — o site lê por esses nomes.")]
for i, row in enumerate(T, 1):
    if row:
        for j, v in enumerate(row, 1):
            if v is not None:
                ins.cell(i, j, v)
ins["A1"].font = Font(bold=True, size=14)
ins.merge_cells("A1:B1")
for k in ("A3", "A9", "A18"):
    ins[k].font = Font(bold=True)
ins.column_dimensions["A"].width = 22
ins.column_dimensions["B"].width = 92
save(wb, "products-en-br-modelportfolio.xlsx")

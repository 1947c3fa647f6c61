"""
Shape of Guilhermedneto/ZPContabilidade "funcionarios.xlsx" (commit
d858560c1dcb763c6476d2cd0d2f438387725bde): the employee list of a Brazilian accounting firm's
time-clock exercise, made with openpyxl and touched in Excel: one sheet "Sheet1", bold snake_case
headers codigo_funcionario / nome / data_admissao / setor / funcao, ten employees numbered from
1000, one per department, hire dates a month apart as mm-dd-yy (the header cell carries the date
format too), departments with accents and a parenthesis.
Names invented. Nothing to import: the firm's own staff.
"""
import datetime

from openpyxl.styles import Font

from fake import save, workbook

STAFF = [("Joana Siqueira", "Recursos Humanos", "Analista de Recursos Humanos"),
         ("Marcos Santana", "Financeiro", "Analista Financeiro"),
         ("Paulo Otoni", "Marketing", "Gerente de Marketing"),
         ("Alice Souto", "Vendas", "Executivo de Vendas"),
         ("Lucas Peixoto", "Produção", "Supervisor de Produção"),
         ("Carolina Amaral", "TI (Tecnologia da Informação)", "Desenvolvedor de Software"),
         ("Fábio Rezende", "Logística", "Coordenador de Logística"),
         ("Juliana Lacerda", "Qualidade", "Especialista em Controle de Qualidade"),
         ("Renato Couto", "Jurídico", "Advogado"),
         ("Larissa Furtado", "Administrativo", "Assistente Administrativo")]
DAYS = [15, 20, 10, 5, 12, 25, 18, 9, 30, 21]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(["codigo_funcionario", "nome", "data_admissao", "setor", "funcao"], 1):
    ws.cell(1, j, h).font = Font(bold=True)
ws["C1"].number_format = "mm-dd-yy"
for i, (name, dept, role) in enumerate(STAFF):
    r = i + 2
    ws.cell(r, 1, 1000 + i)
    ws.cell(r, 2, name)
    ws.cell(r, 3, datetime.datetime(2023, i + 1, DAYS[i])).number_format = "mm-dd-yy"
    ws.cell(r, 4, dept)
    ws.cell(r, 5, role)
for col, wd in zip("ABCDE", [23.14, 22.43, 19.71, 27.57, 19.86]):
    ws.column_dimensions[col].width = wd
save(wb, "staff-pt-br-accountingfirm.xlsx")

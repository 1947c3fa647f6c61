"""
Shape of a community worker's customer list for a phone-contacts converter, as in 15668353508/hello-git
"导入模板.xlsx" (commit a403e8033b74732ce25b1cecddbe6f887ea88ebb; the script zhuanhuatongxunlu.py reads
it with pandas and writes a .vcf, naming every contact '<小区>-<name>'). One sheet 'Sheet1': row 1 the
headers 客户姓名 / 客户联系方式 and, merged over C1:F2, the note '从第三行开始粘贴，绿色区域可以修改';
row 2 the residential compound and the community ('小区名' / '社区' in the blank template, filled here
as a user fills it: the compound in A2, the community in B2); from row 3 one customer per row: name and
an 11-digit mobile stored as a number. The template ships two sample rows; this is the template filled
in as its users do, 36 customers, a few without a mobile or with a landline.
Values invented: compound, community, names and numbers.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-cn-vcardcommunity")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws["A1"], ws["B1"], ws["C1"] = "客户姓名", "客户联系方式", "从第三行开始粘贴，绿色区域可以修改"
ws.merge_cells("C1:F2")
ws["A2"], ws["B2"] = "翠湖花园", "湖滨社区"
rows = []
for i in range(36):
    name = f.name_cn()
    phone = int(f.mobile_cn())
    if i in (11, 27):
        phone = None
    rows.append((name, phone))
for r, (name, phone) in enumerate(rows, 3):
    ws.cell(r, 1, name)
    ws.cell(r, 2, phone)
ws.column_dimensions["A"].width = 21.8
ws.column_dimensions["B"].width = 15.9
save(wb, "clients-zh-cn-vcardcommunity.xlsx")
print(rows[0], rows[5], rows[11])

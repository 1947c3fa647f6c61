"""
Shape of yangyouwei/execl2vcf "客户.xlsx" (commit e4927c892cb9893a0847aaa03b535b4039099600): a sales
rep's export from a CRM's public lead pool (客户公海), kept to turn into phone contacts (vCard),
one sheet "客户公海", A1:C2.

- No header row: each row is company (full registered name, 有限公司), contact person, mobile typed
  as a number (General format). Two rows.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("leads-zh-cn-clientpool")
wb = workbook()
ws = wb.active
ws.title = "客户公海"
ws.append(["路安唐山轨道客车配件制造有限公司", f.name_cn(), int(f.mobile_cn())])
ws.append(["成都乐淘淘电子商务有限公司", f.name_cn(), int(f.mobile_cn())])
for col, w in {"A": 33.625, "B": 11.5, "C": 12.25}.items():
    ws.column_dimensions[col].width = w
save(wb, "leads-zh-cn-clientpool.xlsx")

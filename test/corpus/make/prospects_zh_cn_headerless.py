"""
Shape of yangyouwei/execl2vcf 客户.xlsx: a CRM's "public pool" of prospects pasted into a sheet
named 客户公海 with no header row at all — company name, contact person, mobile (as a number).
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("prospects-zh-cn-headerless")
CITIES = ["唐山", "成都", "徐州", "杭州", "佛山", "青岛", "合肥", "武汉"]
TRADES = [("轨道客车装备制造", "有限公司"), ("电子商务", "有限公司"), ("精密机械", "股份有限公司"), ("食品贸易", "有限公司"),
          ("建材", "有限责任公司"), ("物流", "有限公司"), ("环保科技", "有限公司"), ("医疗器械", "有限公司")]
wb = workbook()
ws = wb.active
ws.title = "客户公海"
for i in range(12):
    trade, form = TRADES[i % len(TRADES)]
    company = f"{f.pick(CITIES)}{f.pick(['福乐', '恒通', '华信', '金瑞', '鼎盛', '宏达', '新元'])}{trade}{form}"
    ws.append([company, f.name_cn(), int(f.mobile_cn())])
save(wb, "prospects-zh-cn-headerless.xlsx")

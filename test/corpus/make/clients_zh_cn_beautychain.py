"""
Shape of framelove/guan_lian_gui_ze "data/用户信息.xlsx" (commit ce0f5161daddeaa3a2870b803b29136ed3300498): the customer
master of a beauty-salon chain in Guangdong (and Beijing, Hangzhou) that an association-rule exercise reads: one
sheet Sheet1 with 客户编号 / 事业部 / 市场 / 门店 / 客户名称 / 客户等级 and 37,953 customers in the original (here 300),
grouped by division and store; Sheet2 and Sheet3 empty. 客户编号 is a number: the four-digit store code and a
running number (80100010 for store 0801); 事业部 like 'A08事业八部' or 'B11直管11部'; 市场 a city ('广州', '深圳', a
brand suffix on some: '广州奈圃'); 门店 the store code and name ('0801拱北店'); 客户名称 the customer's name as the
beauty adviser typed it — mostly a plain name (common names repeat for different customers), some with an alias
or a remark in brackets (half- or full-width), two names with a slash, an English nickname, a trailing space;
客户等级 a level number (1, 3, 6, 10, 15, 20, 30, 40, 50; half of them 1). Names and ids invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-cn-beautychain")
STORES = [("A08事业八部", "珠海", ["0801拱北店", "0803香洲店"]), ("A03事业三部", "广州", ["3583珠江新城店", "3561正佳店", "3570天河北店"]),
          ("B11直管11部", "深圳", ["5580恒宝店", "5512海岸城店"]), ("A22北京奈瑞", "北京", ["2201国贸店"]),
          ("A05事业五部", "广州奈圃", ["1520江南西店"])]
LEVELS = [1] * 10 + [3] * 4 + [6] * 2 + [10, 15, 20, 30, 40, 50]
COMMON = ["王芳", "陈静", "李娜", "陈丽", "王静"]
rows = []
for division, market, stores in STORES:
    for store in stores:
        n = {"3583珠江新城店": 60, "5580恒宝店": 50, "3561正佳店": 45, "2201国贸店": 15}.get(store, 26)
        seq = f.r.randrange(10, 60)
        code = store[:4]
        for i in range(n):
            seq += f.r.randrange(1, 12)
            cid = int(code.lstrip("0") + f"{seq:05d}")
            name = f.pick(COMMON) if f.chance(0.04) else f.name_cn(unique=False)
            k = f.r.random()
            if k < 0.015:
                name = f"{name}({name[0]}{f.pick(['靖', '亚', '小'])}{f.pick(['寓', '君', '美'])})"
            elif k < 0.03:
                name = f"{name}（{f.pick(['勿电', '钟姐', '小熊妈妈', '135的号码'])}）"
            elif k < 0.037:
                name = f"{name}/{f.name_cn(unique=False)}"
            elif k < 0.045:
                name = name + " "
            elif k < 0.05:
                name = f"{f.pick(['coco', 'miss ', 'Amy'])}{name[0]}"
            rows.append([cid, division, market, store, name, f.pick(LEVELS)])
rows = rows[:300]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户编号", "事业部", "市场", "门店", "客户名称", "客户等级"])
for r in rows:
    ws.append(r)
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")
save(wb, "clients-zh-cn-beautychain.xlsx")
print(len(rows), len({r[0] for r in rows}))
for r in rows:
    if not r[4].isalpha() or r[4] != r[4].strip():
        print(r)
for k in (0, 100, 200, 299):
    print(rows[k])

"""
Shape of helloaspadger/public "业务员.xlsx" (commit 27799615c1b64fb7b720b5e4e006a10ce42932f2): an Amazon seller's
map of which of its salespeople looks after which child listing. One sheet Sheet1, two columns: （子）ASIN /
业务员; 431 rows, each a B07… ASIN and a salesperson known by a nickname (the original uses characters from
Chinese novels, one 'Captain America'); thirty people, one of them on 130 rows, the rest on 1-20, the rows in
runs of the same person broken up (285 runs). ASINs and nicknames invented.
"""
from fake import Fake, save, workbook

f = Fake("products-zh-cn-asinowners")
NICK = ["鲁智深", "林冲", "燕青", "花荣", "秦明", "杨志", "徐宁", "索超", "戴宗", "刘唐", "阮小七", "张顺", "石秀",
        "解珍", "孙立", "扈三娘", "时迁", "柴进", "朱仝", "雷横", "王进", "史进", "卢俊义", "公孙胜", "呼延灼",
        "关胜", "董平", "张清", "杨雄", "钢铁侠"]
WEIGHTS = [130, 20, 18, 18, 18, 18, 18, 14, 14, 13, 11, 11, 11, 11, 10, 10, 9, 9, 9, 8, 8, 8, 7, 6, 6, 6, 5, 2, 2, 1]
pool = [n for n, w in zip(NICK, WEIGHTS) for _ in range(w)]
f.r.shuffle(pool)
# Keep some runs: sort short stretches so that the same person comes back in runs.
rows = []
i = 0
while i < len(pool):
    k = f.r.randrange(1, 5)
    rows.extend(sorted(pool[i:i + k]))
    i += k
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
wb = workbook()
wb.properties.creator = "aspadger"
ws = wb.active
ws.title = "Sheet1"
ws.append(["（子）ASIN", "业务员"])
seen = set()
for who in rows:
    while True:
        asin = "B07" + "".join(f.pick(ALNUM) for _ in range(7))
        if asin not in seen:
            seen.add(asin)
            break
    ws.append([asin, who])
ws.column_dimensions["A"].width = 14.0
save(wb, "products-zh-cn-asinowners.xlsx")

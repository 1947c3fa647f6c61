"""
Shape of logydoghan/3MinutesMachineLearning "银行客户留存.csv" (commit c8b3a75ce842ca34d665199dcf1ade3387531d10):
a bank's customer-retention table with its headers put into Chinese for a machine-learning course
(UTF-8 without BOM, LF, no newline after the last row, 10,000 rows; this one keeps 300). Fourteen
columns: 行数 (row number) / 客户编号 (8-digit customer number) / 客户名 (the customer's surname only, in
Latin letters, many surnames shared by different customers) / 信用分数 (a 350–850 score) / 国籍 (法国,
德国, 西班牙) / 性别 (男/女) / 年龄 / 客户时间 (years with the bank, 0–10) / 银行存款 (balance, 0 on about a
third, two decimals otherwise) / 产品数量 / 有无信用卡 (1/0) / 是否活跃 (1/0) / 预测年收入 (estimated annual
income, two decimals) / 客户能否留存？ (1/0). A person imports every row as a client (surname as the
name, customer number as id; namesakes are different customers). Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("clients-zh-cn-bankchurn")
SURNAMES = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ingram",
            "Kettering", "Lowther", "Marlow", "Norcott", "Pembury", "Quarles", "Radley", "Sallow", "Thornbury",
            "Obiora", "Nwachukwu", "Chukwuebuka", "Onyekachi", "Yeh", "Tsao", "Hsueh", "Kao", "Lo", "Pan",
            "Bellucci", "Esposito", "Fanucci", "Moretti", "Zito", "Trevisani", "Genovesi", "Lombardo",
            "Fyodorov", "Kuzmin", "Belov", "Zhdanov", "Tikhonov", "Maslov", "Ivanova", "Sokolova",
            "McIntyre", "Docherty", "Buchanan", "Fraser", "Ritchie", "Lennox", "Caldwell", "Kerr",
            "Nnaemeka", "Okwuoma", "Onwuamaeze", "Ugochukwu", "Ch'ien", "Wan", "Hsiung", "Chiang",
            "Bradshaw", "Hawkes", "Lamb", "Pritchard", "Sutcliffe", "Walsh", "Yates", "Tomlinson"]

PRE = ["Ash", "Brad", "Carr", "Dun", "Ell", "Fair", "Grey", "Hol", "Ing", "Kett", "Low", "Mar", "Nor", "Pem", "Rad",
       "Sal", "Thorn", "Whit", "Bel", "Cal", "Dor", "Fen", "Gar", "Har", "Kel", "Lan", "Mor", "Pen", "Rid", "Stan"]
SUF = ["ford", "well", "wood", "by", "ton", "ley", "ridge", "more", "bury", "stone", "field", "worth", "croft", "brook",
       "wick", "dale", "den", "ham", "hurst", "shaw", "lake", "mere", "cott", "gate", "land", "cliff", "combe", "wright",
       "thwaite", "hill", "moor", "sey"]


def surname():
    if f.chance(0.15):
        return f.pick(SURNAMES)
    return f.pick(PRE) + f.pick(SUF)


ids = sorted(f.r.sample(range(15565701, 15815690), 300))
f.r.shuffle(ids)
lines = ["行数,客户编号,客户名,信用分数,国籍,性别,年龄,客户时间,银行存款,产品数量,有无信用卡,是否活跃,预测年收入,客户能否留存？"]
rows = []
for i, cid in enumerate(ids, start=1):
    name = surname()
    score = max(350, min(850, int(f.r.gauss(650, 96))))
    country = f.r.choices(["法国", "德国", "西班牙"], [50, 25, 25])[0]
    sex = f.pick(["男", "男", "女"]) if f.chance(0.5) else f.pick(["女", "男"])
    age = max(18, min(92, int(f.r.gauss(39, 10))))
    tenure = f.r.randrange(0, 11)
    balance = "0" if f.chance(0.36) else f"{f.r.uniform(30000, 220000):.2f}".rstrip("0").rstrip(".")
    products = f.r.choices([1, 2, 3, 4], [50, 46, 3, 1])[0]
    card = 1 if f.chance(0.7) else 0
    active = 1 if f.chance(0.52) else 0
    income = f"{f.r.uniform(100, 199990):.2f}".rstrip("0").rstrip(".")
    stays = 1 if f.chance(0.2) else 0
    row = [i, cid, name, score, country, sex, age, tenure, balance, products, card, active, income, stays]
    rows.append(row)
    lines.append(",".join(str(v) for v in row))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-zh-cn-bankchurn.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines))

if os.environ.get("SHOW"):
    from collections import Counter
    c = Counter(r[2] for r in rows)
    print(sum(1 for v in c.values() if v > 1), c.most_common(3))
    for r in rows[:6]:
        print(r)

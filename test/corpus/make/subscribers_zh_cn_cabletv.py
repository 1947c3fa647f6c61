"""
Shape of Mooner945/TVPackage-Classification "原始数据/附件3：用户基本信息.csv" (at commit fcd3a06): a cable
TV operator's subscriber extract as a database system writes it — CSV in GBK with LF line ends, no
quoting. Header 用户号, 业务品牌, 用户状态, 状态改变时间, 预存款, 套餐, 销售品, 资费, 入网时间, 销售品生效时间,
销售品失效时间, 机顶盒编号. 1329 subscribers, none named: five-digit subscriber numbers in no order, one
brand (互动电视) and one status padded with spaces to a fixed width ("正常        ") on every row,
dates as yyyymmdd digits, the prepaid balance as a plain number (mostly 0, some with cents), long
package / product / tariff names, an expiry of 20500101 ("never") on nearly every row, set-top box
numbers counting up from 10001. Values invented.
"""
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("subscribers-zh-cn-cabletv")
D = datetime.date

PLANS = [("普通套餐", 656), ("6M融合套餐1(互动+宽带)", 131), ("乐惠套餐-15M-包月-89元-预存1年费用", 87),
         ("乐惠套餐-15M-包月-89元-预存600元", 73), ("乐惠套餐-12M-3年-2180", 29), ("乐惠套餐-12M-1年-1180", 29),
         ("乐惠套餐-25M-3年-2380元-16年", 25), ("[13年底促销]6M融合套餐1(互动+宽带)", 22), ("4M融合套餐(互动+宽带)", 18),
         ("乐惠套餐-20M-2年-1780", 15), ("双向互动终端促销套餐", 12), ("高清互动-集团客户套餐", 6)]
PRODUCTS = [("互动+联合宽带-59元包-月享", "互动+联合宽带-59元包-月享"),
            ("互动+联合宽带-标准包", "互动+联合宽带-包月-26.5元-280购机"),
            ("互动标准包(副卡)", "互动标准包(副卡)-包月-26.5元"),
            ("[互动+宽带6M]互动(26.5元/月)-捆时移回看(前三个月返还)", "[互动+宽带6M]互动(26.5元/月)-捆时移回看(前三个月返还)(资费)"),
            ("互动标准包-600预存-送快乐点2年(到期停)", "互动600预存-26.5元-捆快乐点2年"),
            ("互动59元包-600预存", "互动59元包-600预存"),
            ("[互动+宽带]互动(26.5元/月)-捆绑200元增值费", "[互动+宽带]互动(26.5元/月)-捆绑200元增值费(资费)"),
            ("互动高清包-包年-360元", "互动高清包-包年-360元(资费)")]
PRODUCT_WEIGHTS = [225, 180, 134, 124, 109, 92, 60, 20]
DEPOSITS = [60, 210, 90, 180, 120, 30, 240, 360, 600]


def ymd(d):
    return d.strftime("%Y%m%d")


ids = f.r.sample(range(10001, 11400), 1329)
lines = ["用户号,业务品牌,用户状态,状态改变时间,预存款,套餐,销售品,资费,入网时间,销售品生效时间,销售品失效时间,机顶盒编号"]
rows = []
for n, uid in enumerate(ids):
    joined = f.date(D(2008, 6, 1), D(2017, 12, 20))
    plan = f.r.choices([p for p, _ in PLANS], [w for _, w in PLANS])[0]
    product, tariff = f.r.choices(PRODUCTS, PRODUCT_WEIGHTS)[0]
    effective = D(2015, 1, 1) if f.chance(0.07) and joined < D(2015, 1, 1) else joined + datetime.timedelta(days=f.pick([0, 0, 0, 31, 92]))
    changed = effective if f.chance(0.6) else f.date(joined, D(2017, 12, 31))
    roll = f.r.random()
    deposit = "0" if roll < 0.7 else str(f.pick(DEPOSITS)) if roll < 0.93 else f"{f.r.randrange(1, 400)}.{f.r.randrange(1, 100):02d}"
    expiry = "20301231" if f.chance(0.007) else "20500101"
    rows.append([str(uid), "互动电视", "正常        ", ymd(changed), deposit, plan, product, tariff, ymd(joined), ymd(effective),
                 expiry, str(10001 + n)])
lines += [",".join(r) for r in rows]
with open(os.path.join(FILES, "subscribers-zh-cn-cabletv.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("gbk"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for r in rows[:12]:
            print(r)

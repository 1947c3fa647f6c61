"""
Shape of t123518-hub/114-2web-bookstore "data/bookstore.xlsx" (at commit e761f80): a Taiwanese
bookstore's point-of-sale data kept as one workbook by a small web app (Node, written back with a
library, so no styles and no widths). Four sheets with English lower-case headers:
- users: the app's logins (id / username / password as a bcrypt hash / role admin or staff /
  createdAt as an ISO timestamp with Z, one with milliseconds);
- books: the catalogue (id / name / author / category / price / stock / createdAt);
- members: the shop's members (id 1..N / name in Traditional Chinese / phone written
  0912-345-678 / email / points / createdAt as an ISO timestamp text);
- orders: sales (an order number ORD-yyyymmdd-nnn / items as a JSON array of book ids, quantities
  and prices / total / cashier, a username from users / createdAt).
Only the members are clients; the logins, the catalogue and the sales are not register data.
Values invented (the titles are generic, the hashes random characters).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("members-zh-tw-bookstore")

HASH_CHARS = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def bcrypt_like():
    return "$2a$10$" + "".join(f.pick(HASH_CHARS) for _ in range(53))


def iso(d, hour=0, minute=0, second=0, millis=None):
    base = f"{d.isoformat()}T{hour:02d}:{minute:02d}:{second:02d}"
    return base + (f".{millis:03d}Z" if millis is not None else ".000Z")


wb = workbook()

users = wb.active
users.title = "users"
users.append(["id", "username", "password", "role", "createdAt"])
users.append([1, "admin", bcrypt_like(), "admin", iso(datetime.date(2024, 1, 1))])
users.append([2, "staff01", bcrypt_like(), "staff", iso(datetime.date(2024, 1, 15))])
users.append([3, "Shuyinglin", bcrypt_like(), "admin", iso(datetime.date(2026, 6, 17), 4, 14, 39, 351)])

books = wb.create_sheet("books")
books.append(["id", "name", "author", "category", "price", "stock", "createdAt"])
CATALOGUE = [
    ("晨光裡的小習慣", "林予安", "心理成長"), ("海邊的燈塔守護人", "周若晴", "文學小說"),
    ("巷口的深夜麵店", "陳亦凡", "漫畫輕小說"), ("學會說不的勇氣", "許明哲", "心理成長"),
    ("第一本存錢筆記", "吳家宏", "商業理財"), ("版面設計的祕密", "黃詠晴", "設計藝術"),
    ("霧中的島嶼", "蔡文雄", "文學小說"), ("給新手的理財地圖", "鄭宜蓁", "商業理財"),
]
for i, (title, author, category) in enumerate(CATALOGUE, start=1):
    d = datetime.date(2024, 1, 10) + datetime.timedelta(days=(i - 1) // 2 * 2 + (5 if i > 4 else 0))
    books.append([i, title, author, category, f.pick([250, 280, 300, 320, 380]), f.r.randrange(4, 16), iso(d)])

members = wb.create_sheet("members")
members.append(["id", "name", "phone", "email", "points", "createdAt"])
LOCALS = ["wang", "lee", "chen", "lin", "huang", "chang", "tsai", "yang", "hsu", "cheng"]
start = datetime.date(2024, 2, 1)
for i in range(1, 7):
    name = f.name_tw()
    phone = f.mobile_tw()
    local = f._unique(lambda: f.pick(LOCALS) + ("" if f.chance(0.5) else str(f.r.randrange(1, 99))))
    start = start + datetime.timedelta(days=f.r.randrange(5, 40))
    members.append([i, name, phone, f.email(local), f.r.randrange(1, 30) * 50, iso(start)])

orders = wb.create_sheet("orders")
orders.append(["id", "items", "total", "cashier", "createdAt"])
for n, (cashier, hour, minute) in enumerate([("admin", 10, 30), ("staff01", 14, 15)], start=1):
    book = f.r.randrange(1, len(CATALOGUE) + 1)
    qty = n
    price = 300
    orders.append([f"ORD-20240601-{n:03d}", f'[{{"bookId":"{book}","qty":{qty},"price":{price}}}]', qty * price,
                   cashier, iso(datetime.date(2024, 6, 1), hour, minute)])

save(wb, "members-zh-tw-bookstore.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in members.iter_rows(values_only=True):
            print(row)

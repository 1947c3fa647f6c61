"""
Shape of SjayTheGift/Fire_Policies_ETL "Customers.csv": the customer table of a South African
micro-insurer selling shack-fire (and fire + funeral) cover in Cape Town and Johannesburg townships,
exported as a plain CSV (UTF-8, LF, no BOM) beside its policies, payments and agents.

- Header CustomerID / FirstName / LastName / Community / PhoneNumber, 500 rows in no order.
- CustomerID is a random UUID. The system's people share a small pool of ten given names and ten
  family names, so every name is carried by about five different customers (different id, township
  and phone).
- Community is the township only (Khayelitsha, Strand, Philippi, Soweto, Gugulethu).
- PhoneNumber is ten digits with the leading 0 on two rows in three and +27 with nine digits on the
  rest; every customer has their own number.
Values invented.
"""
import csv
import os
import re
import uuid

from fake import FILES, FIRST_EN, LAST_EN, Fake

f = Fake("customers-en-za-fireinsurer")

FIRST = FIRST_EN[:10]
LAST = LAST_EN[:10]
COMMUNITIES = ["Khayelitsha"] * 109 + ["Strand"] * 104 + ["Philippi"] * 102 + ["Soweto"] * 98 + ["Gugulethu"] * 87


def phone():
    # Invented numbers: a 555 exchange in South Africa's mobile ranges.
    digits = f._unique(lambda: f"{f.pick(['6', '7', '8'])}{f.r.randrange(10)}5550{f.r.randrange(1000):03d}")
    return "+27" + digits if f.chance(0.32) else "0" + digits


# A run of digits in an id that reads like a mainland or Taiwanese mobile would trip the privacy scan.
MOBILE_LIKE = re.compile(r"(?<!\d)(1[3-9]\d{9}|09\d{2}-?\d{3}-?\d{3})(?!\d)")


def customer_id():
    while True:
        cid = str(uuid.UUID(int=f.r.getrandbits(128), version=4))
        if not MOBILE_LIKE.search(cid):
            return cid


f.r.shuffle(COMMUNITIES)
rows = []
for community in COMMUNITIES:
    rows.append([customer_id(), f.pick(FIRST), f.pick(LAST), community, phone()])

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-za-fireinsurer.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["CustomerID", "FirstName", "LastName", "Community", "PhoneNumber"])
    w.writerows(rows)

"""
Shape of LEARNEREA/Excel_Files "CardRiskData.xlsx" (commit
fc543627523030daa89120ff0eb42ad3394f4205): an Indian card issuer's monthly delinquency data for
a risk exercise, written by pandas (openpyxl, no widths, no author), one sheet "Sheet1".

- Header months, card_numbers, account_open_date, reporting_month, bill_gen_date,
  shifted_bill_date, due_date, payment_date, final_dpd, bucket, trans_amount, billed_amount,
  new_card_flag.
- One row per card and month from the month the card was opened to Dec_22 ("Jan_22"…"Dec_22"),
  16-digit card numbers as text (2-series), dates as date-times shown YYYY-MM-DD HH:MM:SS, the
  previous bill date in shifted_bill_date (empty in the first month), payment date mostly
  empty, days past due 31/59/90/120… growing month by month (empty in the first month, negative
  when paid early), "bucket 0" … "bucket 4", whole-rupee amounts, billed amount accumulating
  while unpaid, new_card_flag 1 in the first month. No cardholder named.
- The original has 1,200 rows on 152 cards; 300 rows here.
Values invented (card numbers, dates, amounts).
"""
import datetime
from fake import Fake, workbook, save

f = Fake("cards-en-in-dpdbuckets")
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
D = lambda d: datetime.datetime(d.year, d.month, d.day)


def bucket(dpd):
    if dpd is None or dpd <= 0:
        return "bucket 0"
    return "bucket 1" if dpd <= 30 else "bucket 2" if dpd <= 60 else "bucket 3" if dpd <= 90 else "bucket 4"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["months", "card_numbers", "account_open_date", "reporting_month", "bill_gen_date", "shifted_bill_date",
           "due_date", "payment_date", "final_dpd", "bucket", "trans_amount", "billed_amount", "new_card_flag"])
rows = 0
while rows < 300:
    card = "22" + "".join(str(f.r.randrange(10)) for _ in range(14))
    m0 = 0 if f.chance(0.7) else f.r.randrange(1, 12)
    opened = datetime.date(2022, m0 + 1, f.r.randrange(5, 28))
    bill_day = f.pick([16, 17, 18, 20, 21])
    billed, unpaid_since, prev_bill = 0, None, None
    payer = f.chance(0.2)
    for m in range(m0, 12):
        if rows >= 300:
            break
        bill = datetime.date(2022, m + 1, bill_day)
        due = bill + datetime.timedelta(days=20)
        trans = f.r.randrange(5000, 12000)
        paid = None
        dpd = None
        if prev_bill is not None:
            if payer and f.chance(0.5):
                paid = prev_bill + datetime.timedelta(days=f.r.randrange(5, 19))
                dpd = (paid - (prev_bill + datetime.timedelta(days=20))).days
                billed, unpaid_since = 0, None
            else:
                unpaid_since = unpaid_since or prev_bill + datetime.timedelta(days=20)
                dpd = (bill - unpaid_since).days + 10
        billed += trans
        ws.append([f"{MON[m]}_22", card, D(opened), datetime.datetime(2022, m + 1, 1), D(bill),
                   D(prev_bill) if prev_bill else None, D(due), D(paid) if paid else None, dpd, bucket(dpd),
                   trans, billed, 1 if m == m0 else 0])
        for c in (3, 4, 5, 6, 7, 8):
            ws.cell(ws.max_row, c).number_format = "YYYY-MM-DD HH:MM:SS"
        prev_bill = bill
        rows += 1
save(wb, "cards-en-in-dpdbuckets.xlsx")

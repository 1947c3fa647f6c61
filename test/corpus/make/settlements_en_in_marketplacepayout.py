"""
Shape of Shakeebmm/temp "11 JUL POSTPAID NEHR1.xlsx" (at commit 8b59569893b3ebe467ccfb38650efd1b3bce0f9f):
an Indian online seller's settlement (payout) report downloaded from a marketplace for one bank transfer,
kept for reconciliation. Eight sheets: 'Report Help' (a letter-style explanation of every sheet and
column group in columns A:B with blank rows), 'Orders' (the main one: group captions merged over row 1
- Payment Details, Transaction Summary, Marketplace Fees, Taxes, Shipping Details, Shipping Neutral?,
Order Details, Buyer Invoice Details, Buyer Sale Details -, 82 columns of headers on row 2 merged down
over row 3 except the last nine, whose sub-headers sit on row 3; captions with line breaks and formulas
in words ('= SUM(I:P)'), empty spacer columns between groups, frozen at A4), then 149 order-item rows:
the transfer id with a trailing space and the settlement date as text on every row, order id and
order-item id as text, amounts as numbers (fees negative), 'Not Available'/'NA' placeholders, an empty
string column, weights as text, order and dispatch dates as text, payment type, fulfilment type, seller
SKU, quantity, product sub-category, return type and status. 'Gst Details' (one row per fee charged per
order item, about 420), 'Ads' (three wallet rows) and four sheets with only their two header rows. Money
moving between the seller and the marketplace, no buyer named anywhere: a person imports nothing.
Values invented.
"""
from openpyxl.utils import get_column_letter
from fake import Fake, save, workbook

f = Fake(3303)
NEFT = "NFT-2192004173KP00213XXXXXXX"
SETTLED = "2022-07-11"

wb = workbook()
help_ws = wb.active
help_ws.title = "Report Help"
HELP = [
    None, None, None, ("Dear Seller,", None), None,
    ("Use of this report", "This report lists a summary of all transactions that were part of the NEFT mentioned in the file name, and includes settled transactions only."),
    None, ("Sub reports/ Sheets included in this report", None),
    ("Orders", "Summary of all settled transactions related to orders received for your products."),
    ("Storage & Recall", "Summary of all settled transactions related to Storage and Removal services."),
    ("Non Order SPF", "Summary of all settled Protection Fund transactions for items lost in the warehouse."),
    ("Ads", "Summary of all settled Ads transactions."),
    ("TDS", "Summary of all settled transactions against TDS claims filed by you."),
    ("Tax Details", "Details of the GST collected from you for every transaction"),
    ("TCS Recovery", "Details of TCS recovered from you for your transactions"),
    None, ("Terms/Column descriptions for each sheet", None), None, ("1. Orders", None),
    ("Column Group", "Information"),
    ("Payment Details", "Contains NEFT ID, Date and Settlement Value."),
    ("Transaction Summary", "Includes Order, Item ID, Product Selling Price, Offer, Marketplace Fee, Taxes and other fee heads."),
    ("Marketplace Fees", "Complete break-up of the Marketplace Fee."),
    ("Taxes", "Complete break-up of the taxes charged."),
    ("Shipping Details", "Weights, dimensions and zone used when calculating the shipping fee."),
    ("Shipping Neutral", "Details of shipping fee if the order is shipping neutral."),
    ("Order Details", "FSN, SKU, Order Quantity, Order Date, Dispatch Date, etc."),
    ("Buyer Invoice Details", "Contains ID, Date and Amount mentioned in the buyer invoice."),
    ("Buyer Sale Details", "Selling price and customer discounts offered, if any."),
    None, ("2. Storage & Recall", None), ("Column Group", "Information"),
    ("Payment Details", "Contains NEFT ID, Date and Settlement Value."),
    ("Transaction Summary", "Service Name, Listing ID, Recall ID, FSN, SKU, Marketplace Fee and Taxes."),
    ("Marketplace Fees", "Break-up of the Marketplace fee under each Storage fee and Removal fee."),
    ("Product Weight Details", "Product weight and dimensions used for storage and removal charges."),
    None, ("3. Non Order SPF", None), ("Column Group", "Information"),
    ("Payment Details", "Contains NEFT ID, Date and Settlement Value."),
    ("Claim Details", "Contains Claim ID and Protection Reason."),
    ("Product Details", "Contains FSN, SKU, Selling Price and Warehouse ID."),
    None, ("4. Ads", None), ("Column Group", "Information"),
    ("Payment Details", "Contains NEFT ID, Date and Settlement Value."),
    ("Transaction Summary", "Transaction Type (Redeem, Refund, Topup), Campaign ID, Transaction ID and wallet amounts."),
    ("Taxes", "Complete break-up of the taxes charged."),
    None, ("5. TDS", None), ("Column Group", "Information"),
    ("Payment Details", "Contains NEFT ID, Date and Settlement Value."),
    ("Claim Details", "Contains Claim ID and Date."),
    None, ("6. Tax Details", None), ("Column Group", "Information"),
    ("Transaction Summary", "Which service and fee was taxed, the state and the id of the order, listing or campaign."),
    ("Fee Amount/Waiver & Taxes", "Fee amount, fee waiver, tax rates and computed tax for each fee."),
    ("Total Tax", "The sum total of the tax applied against each fee."),
    None, ("7. TCS Recovery", None), ("Column Group", "Information"),
    ("Payment Details", "Contains TCS Recovery Amount, Settlement Type"),
    ("TCS Recovery Details", "Contains TCS Recovery Transaction Id, Date and Recovery Month"),
]
for i, line in enumerate(HELP, start=1):
    if line:
        help_ws.cell(i, 1, line[0])
        if line[1]:
            help_ws.cell(i, 2, line[1])
help_ws.column_dimensions["A"].width = 30
help_ws.column_dimensions["B"].width = 120
help_ws.freeze_panes = "A3"

# --- Orders -------------------------------------------------------------------------------
H2 = ['NEFT ID', ' Settlement Date', 'Bank Settlement Value (Rs.) \n= SUM(I:P)', 'Input GST + TCS Credits (Rs.)\n[GST+TCS]',
      'Income Tax Credits (Rs.)\n[TDS]', None, 'Order ID', 'Order item ID', 'Sale Amount (Rs.)', 'Total Offer Amount (Rs.)',
      'My share (Rs.)', 'SDD/NDD Amount (Rs.)', 'Marketplace Fee (Rs.)\n= SUM (T:AK)', 'Taxes (Rs.)', 'Protection Fund (Rs.)',
      'Refund (Rs.)', None, 'Tier', 'Commission Rate (%)', 'Commission (Rs.)', 'Fixed Fee  (Rs.)', 'Collection Fee (Rs.)',
      'Pick And Pack Fee (Rs.)', 'Shipping Fee (Rs.)', 'Reverse Shipping Fee (Rs.)', 'No Cost Emi Fee Reimbursement(Rs.)',
      'Installation Fee (Rs.)', 'Uninstallation Fee (Rs.)', 'Tech Visit Fee (Rs.)', 'Uninstallation & Packaging Fee (Rs.)',
      'SDD/NDD Type', 'SDD/NDD Recovery (Rs.)', 'Franchise Fee (Rs.)', 'Shopsy Marketing Fee (Rs.)',
      'Product Cancellation Fee (Rs.)', 'Service Cancellation Fee(Rs.)', 'Fee Discount (Rs.)', None, 'TCS (Rs.)', 'TDS (Rs.)',
      'GST on MP Fees (Rs.)', None, 'Multipart Shipment?', 'Profiler Dead Weight', ' Seller Dead Weight',
      'Length*Breadth*Height', 'Volumetric Weight(In Kgs)', 'Chargeable Weight Type', 'Chargeable Wt. Slab (In Kgs)',
      'Shipping Zone', None, 'Shipping Neutral? ', 'Customer Shipping incl. GST (Rs.) \n= MAX (BX, BZ)',
      'GST paid by customer (%)', 'Pre-GST Customer Shipping (Rs.) \n= BA/(1+BB/100)', 'Shipping Fee (Rs.)', None,
      'Order Date', 'Dispatch Date', 'Order Type', 'Fulfilment Type', 'Seller SKU', 'Quantity', 'Product Sub Category',
      'Additional Information', 'Return Type', 'Shopsy Order', 'Item Return Status', None, None, 'ID', 'Date', None,
      'Sale Amount', None, None, 'Total Offer Amount', None, None, 'My Share', None, None]
H3 = {74: 'Total (Rs.) \n= SUM (BW:BX)', 75: 'Item Sale Amount (Rs.)', 76: 'Customer Paid Shipping (Rs.)',
      77: 'Total (Rs.) \n= SUM (BZ:CA)', 78: 'Free Shipping Offer (Rs.)', 79: 'Non-Free Shipping Offer (Rs.)',
      80: 'Total (Rs.) \n= SUM(CC:CD)', 81: 'Free Shipping Offer (Rs.)', 82: 'Non-Free Shipping Offer (Rs.)'}
GROUPS = [("A1:E1", 'Payment Details'), ("G1:P1", 'Transaction Summary'), ("R1:AK1", 'Marketplace Fees'),
          ("AM1:AO1", 'Taxes'), ("AQ1:AX1", 'Shipping Details'),
          ("AZ1:BD1", 'Shipping Neutral?, [Order is shipping neutral if Shipping Fee = Pre-GST Customer Shipping]'),
          ("BF1:BP1", 'Order Details'), ("BS1:BT1", 'Buyer Invoice Details'), ("BV1:CD1", 'Buyer Sale Details')]

ws = wb.create_sheet("Orders")
for rng, cap in GROUPS:
    ws[rng.split(":")[0]] = cap
    ws.merge_cells(rng)
for c, h in enumerate(H2, start=1):
    if h is not None:
        ws.cell(2, c, h)
        if c < 74:
            ws.merge_cells(start_row=2, start_column=c, end_row=3, end_column=c)
for c, h in H3.items():
    ws.cell(3, c, h)
for a, b in [("BV2", "BX2"), ("BY2", "CA2"), ("CB2", "CD2")]:
    ws.merge_cells(f"{a}:{b}")
ws.freeze_panes = "A4"

SKUS = [("TH.ROHANLIGHTGREEN6-12M", "kids_dungaree_romper", 399), ("ROHAN3-6MNAVY", "kids_dungaree_romper", 449),
        ("ROHANYEL&BLUE3TO6MP2", "bodysuit_sleepsuit", 499), ("AFAT0031MRBLK", "wallet_card_wallet", 424),
        ("AFWM00057MRTAN", "wallet_card_wallet", 441), ("GLOWLOTIONSOFT250ML", "moisturizer_cream", 325),
        ("COCOHAIRCREAM150", "hair_styling", 349), ("aquamistblue100ml", "perfume", 945),
        ("BODYSUITPEACH0-3M", "bodysuit_sleepsuit", 529), ("NIGHTCREAMALOE50G", "moisturizer_cream", 289)]
gst_rows = []
n_orders = 149
for i in range(n_orders):
    sku, cat, price = f.pick(SKUS)
    qty = 1.0 if f.chance(0.97) else f.pick([2.0, 3.0])
    oid = f"OD1{f.r.randrange(10**13, 10**14)}000"
    item = oid[2:19]
    od = f.date(__import__("datetime").date(2022, 6, 28), __import__("datetime").date(2022, 7, 4))
    kind = "zero" if f.chance(0.13) else "sale"
    otype = "postpaid" if f.chance(0.87) else f.pick(["prepaid", "prepaid", "part_payment"])
    ret = "NA" if f.chance(0.83) else f.pick(["courier_return", "courier_return", "customer_return"])
    row = [None] * 82
    row[0], row[1] = NEFT + " ", SETTLED
    row[6], row[7] = oid, item
    if kind == "sale" and ret == "NA":
        sale = price * qty
        comm_rate = f.pick([6.0, 12.0, 9.0])
        comm = -round(sale * comm_rate / 100, 2)
        fixed = -float(f.pick([16, 24, 60]))
        coll = -round(sale * 0.02, 2) if otype == "postpaid" else 0.0
        ship = -float(f.pick([43, 62, 71, 88]))
        mpf = round(comm + fixed + coll + ship, 2)
        gst = round(mpf * 0.18, 2)
        tcs = -round(sale / 1.18 * 0.01, 2)
        settle = round(sale + mpf + gst + tcs * 2, 2)
        row[2:5] = [settle, round(-gst - tcs, 2), -tcs]
        row[8:16] = [sale, 0.0, 0.0, 0.0, mpf, round(gst + 2 * tcs, 2), 0.0, 0.0]
        row[17], row[18], row[19], row[20], row[21], row[22], row[23] = f.pick(["platinum"] * 9 + ["gold"]), comm_rate, comm, fixed, coll, 0.0, ship
        for fee, amt in [("Commission", comm), ("Fixed Fee", fixed), ("Collection Fee", coll), ("Shipping Fee", ship)]:
            if amt:
                gst_rows.append(["Order Item", item, None, None, fee, None, amt, 9.0, 9.0, 0.0, round(amt * 0.09, 2),
                                 round(amt * 0.09, 2), 0.0, None] + [0.0] * 8 + [None, round(amt * 0.18, 2)])
        wt = f.pick(["0.10", "0.15", "0.20", "0.30"])
        row[42:50] = ["No", "0", wt, f.pick(["20.00*15.00*5.00", "18.00*15.00*10.00", "25.00*20.00*4.00"]),
                      f.pick(["0.30", "0.54", "0.40"]), f.pick(["Volumetric", "Volumetric", "Dead"]),
                      f.pick(["0.0-0.5", "0.0-0.5", "0.5-1.0"]), f.pick(["National", "Zonal"])]
    else:
        row[2:5] = [0.0, 0.0, 0.0]
        row[8:16] = [0.0, float(f.pick([0, 23, 24])), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
        row[18], row[19], row[20], row[21], row[22], row[23] = 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
        row[42] = "No"
        if ret != "NA":
            rs = -float(f.pick([43, 62]))
            row[24] = rs
            gst_rows.append(["Order Item", item, None, None, "Reverse Shipping Fee", None, rs, 9.0, 9.0, 0.0,
                             round(rs * 0.09, 2), round(rs * 0.09, 2), 0.0, None] + [0.0] * 8 + [None, round(rs * 0.18, 2)])
    if row[24] is None:
        row[24] = 0.0
    for c in range(25, 30):
        row[c] = 0.0
    row[30] = ""
    for c in range(31, 37):
        row[c] = 0.0
    row[38], row[39], row[40] = row[4] and -row[4] or 0.0, row[4] and -row[4] or 0.0, round((row[12] or 0) * 0.18, 2)
    row[51:56] = ["No", "NA", "NA", "NA", "NA"]
    row[57] = od.isoformat()
    row[58] = None if kind == "zero" and f.chance(0.4) else (od + __import__("datetime").timedelta(days=f.pick([1, 1, 2]))).isoformat()
    row[59], row[60] = otype, "Seller Smart" if f.chance(0.85) else "Seller - Easy Ship"
    row[61], row[62], row[63] = sku, qty, cat
    row[64] = None if f.chance(0.96) else f.pick(["MULTI_PRODUCT_SHIPMENT", "REPLACEMENT_ITEM"])
    row[65] = ret
    row[66] = "Yes" if f.chance(0.03) else None
    row[67] = None if ret == "NA" else f.pick(["Expect Product", "Product Delivered"])
    if kind == "sale" or f.chance(0.5):
        row[70], row[71] = f"FAEOP0230000{f.r.randrange(4000, 6000)}", f"{row[57]}T{f.r.randrange(8, 23):02d}:{f.r.randrange(60):02d}:{f.r.randrange(60):02d}+05:30"
    row[73:82] = [price * qty, 'Not Available', 'Not Available', float(row[9] or 0), 'Not Available', 'Not Available',
                  -float(row[9] or 0) if kind == "zero" else 0.0, 'Not Available', 'Not Available']
    ws.append(row)

# --- other sheets ---------------------------------------------------------------------------
def sheet(title, groups, header, rows=(), freeze="A3"):
    s = wb.create_sheet(title)
    for rng, cap in groups:
        s[rng.split(":")[0]] = cap
        s.merge_cells(rng)
    for c, h in enumerate(header, start=1):
        if h is not None:
            s.cell(2, c, h)
    for r in rows:
        s.append(r)
    s.freeze_panes = freeze
    return s


sheet("Non Order SPF", [("A1:C1", 'Payment Details'), ("E1:F1", 'Claim Details'), ("H1:K1", 'Product Details')],
      ['NEFT ID', 'Date', 'Settlement Value (Rs.)', None, 'Claim ID', 'Protection Reason', None, 'Seller SKU', 'FSN',
       'Selling Price (Rs.)', 'Warehouse ID', None])
sheet("Storage & Recall", [("A1:C1", 'Payment Details'), ("E1:K1", 'Transaction Summary'),
                           ("M1:AB1", 'Marketplace Fees (Rs.)'), ("AD1:AI1", 'Product Weight Details')],
      ['NEFT ID', 'Date', 'Settlement Value(Rs.) \n= SUM(I:J)', None, 'Service Name', 'Listing ID ', 'Recall ID',
       ' WareHouse State Code', 'FSN', 'MarketPlaceFees(Rs.)', 'Taxes(Rs.)', None, 'Removal Fee Units', 'Removal Fee',
       'Storage Fee Units', 'Storage Fee (upto Jun 30, 2016)', 'Sellable Regular Storage Units', 'Sellable Regular Storage',
       'Unsellable Regular Storage Units', 'Unsellable Regular Storage', 'Sellable Longterm 1 Storage Units',
       'Sellable Longterm 1 Storage', 'Unsellable Longterm 1 Storage Units', 'Unsellable Longterm 1 Storage',
       'Sellable Longterm 2 Storage Units', 'Sellable Longterm 2 Storage', 'Unsellable Longterm 2 Storage Units',
       'Unsellable Longterm 2 Storage', None, 'Product Sub Category', 'Dead Weight (In Kgs)', 'Length*Breadth*Height',
       'Volumetric Weight(In Kgs)', 'Chargeable Wt. Slab (In Kgs)', 'Chargeable Weight Type'])
ads = []
for _ in range(3):
    red = -round(f.r.uniform(1, 7), 1)
    tax = round(red * 0.18, 2)
    camp = "".join(f.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))
    ads.append([NEFT, SETTLED, 0.0, None, "redeem", camp, red, round(-red - tax, 2), 0.0, 0.0, tax])
    gst_rows.append(["Ads", camp, None, None, "Wallet Redeem", None, red, 9.0, 9.0, 0.0, round(red * 0.09, 2),
                     round(red * 0.09, 2), 0.0, None] + [0.0] * 8 + [None, tax])
sheet("Ads", [("A1:C1", 'Payment Details'), ("E1:K1", 'Transaction Summary')],
      ['NEFT ID', 'Date', 'Settlement Value (Rs.) = SUM(G:K)', None, 'Type', 'Campaign / Transaction ID',
       'Wallet Redeem (Rs.)', 'Wallet Redeem Reversal (Rs.)', 'Wallet Topup (Rs.)', 'Wallet Refund (Rs.)', 'Taxes (Rs.)'],
      ads)
sheet("TDS", [("A1:C1", 'Payment Details'), ("E1:F1", 'Claim Details')],
      ['NEFT ID', 'Date', 'Settlement Value (Rs.)', None, 'ID', 'Date', None])
sheet("Gst Details", [("A1:E1", 'Transaction Summary'), ("G1:M1", 'Fee Amount & GST on Fees \n(After July 1st, 2017)'),
                      ("O1:V1", 'Fee Amount & Taxes\n(Till June 30th 2017)')],
      ['Service Type', 'Order Item ID/ Listing ID/ Campaign ID/Transaction ID', 'Recall ID', 'Warehouse State Code',
       'Fee Name', None, 'Fee Amount (Rs.)', 'CGST Rate', 'SGST/UTGST Rate', 'IGST Rate', 'CGST Amount',
       'SGST/UTGST Amount', 'IGST Amount', None, 'Fee Amount (Rs.)', 'Fee Waiver (Rs.)', 'Service Tax Rate', 'KKC Rate',
       'SBC Rate', 'Service Tax Amount', 'KKC Amount', 'SBC Amount', None, 'Amount (Rs.)'], gst_rows)
wb["Gst Details"]["X1"] = 'Total GST on Fees '
sheet("TCS Recovery", [("A1:C1", 'Payment Details'), ("E1:G1", 'TCS Recovery Details')],
      ['Settlement Value', 'NEFT ID', 'Settlement Type', None, 'Transaction ID', 'Transaction Date', 'Recovery Month'])
for s in wb.worksheets[1:]:
    for c in range(1, s.max_column + 1):
        s.column_dimensions[get_column_letter(c)].width = 16
save(wb, "settlements-en-in-marketplacepayout.xlsx")
print(n_orders, "orders,", len(gst_rows), "gst rows")

"""
Shape of SrinilinkERP/Documents "Customer Master.xlsx" (at commit 2e5ac77): an Indian ERP
developer's field specification for the customer master screen of a new system modelled on an
SAP Business One client (Excel 2013). No customer in it, only the names of fields:
- "Sheet1": Sr No / Field Name / Discription / Remarks over the screen's fields tab by tab (General
  Info, Contact Person Details, Address, Excise Info, Payment Terms, Payment Run, Accounting,
  Remarks, Attachments): serial numbers stored as text, tab captions on rows without a number
  ('Tab' in Discription), a second Sr No header above the contact block, notes on how to build
  each field ('Need to create master', 'Dropdown Selection', 'Check box selection'), typing
  errors as in the source ('Discription', 'Titel', 'Banch Name', 'Credit Linit'); beside it,
  from column I on, the planned database tables as blocks of column names (CustomerMaster,
  CustomerProfile, CustomerContactPerson, …, masters for transport, industry type, designation,
  address type with its values Billing / Shipping / Office / Gowdoan, GSTIN, excise, banking,
  credit cards, holidays).
- "Contact Person": the contact block again, field names only.
- "Sheet2": Sr No / Field Name / Datatype / Allow Null for the business-partner table of the
  system it copies (CardCode nvarchar(15) …), Checked / Unchecked.
Field names and notes written afresh in the same style (partly reworded).
"""
from fake import save, workbook

GENERAL = [("Cust_Id", "Customer Id"), ("Cust_Type", None), ("Cust_Group", "Customer Group"),
           ("Cust_Name", "Customer Name"), ("Owner_Name", "Proprietor / owner of firm"), ("Currency", "As per country")]
GENERAL2 = [("Contact No 1", None), ("Contact No 2", None), ("Mobile No", None), ("Fax", None), ("Email", None),
            ("Website", None), ("Transpoter Name", "Master to be created"), ("Password", None),
            ("Factoring Indicator", None), ("Bussiness Partner Project", "Active project of the party"),
            ("Industry Type", "Industry like Manufacturing,Service,Trader"),
            ("Type of Business", "like Govt, Private, Dealer, Compny"), ("Alias Name", None),
            ("Sales Employee", "Select from Sales person list"), ("IsActive", None)]
CONTACT = [("Contact Id", None), ("Contact Person Details", None), ("Gender", None), ("Titel", None),
           ("FirstName", None), ("MiddleName", None), ("LastName", None), ("Position", None), ("Address1", None),
           ("Address2", None), ("MobileNo", None), ("ContactNo1", None), ("ContactNo2", None), ("EmailID", None),
           ("EmailID_Group", "Master for email id groups"), ("Remarks", None), ("BirtrhPlace", None),
           ("DateOfBirth", None), ("ConnectedAddress", "Bill to Or Ship to Address")]
ADDRESS = [("AddressId", "Name of Company"), ("Blockno", None), ("Address1", None), ("Address2", None),
           ("Taluka", None), ("City", None), ("State", None), ("Distict", None), ("Pincode/Zipcode", None),
           ("Country", None), ("Landmark", None), ("GSTIN", None), ("GSTType", None)]
EXCISE = ["ECCNo", "CE_RegistrationNo", "CE_Range", "CE_Division", "CE_Commissionerate"]
PAYMENT = [("Payment Terms", "Master for payment terms"), ("Interest on Areas (%)", "Textbox with calc"),
           ("Price List", "Master for price lists"), ("Total Discount", "Textbox with calc"),
           ("Credit Linit", "Textbox with calc"), ("Commitement Limit", "Textbox with calc"),
           ("Effecticve Discoint Group", "Dropdown Selection"), ("Effecticve Price", "Dropdown Selection"),
           ("Effective Price Considers All Price Sources", "Check box selection"), ("Bank Country/Region", None),
           ("Bank Name", None), ("Bank Code", None), ("Account No", None), ("BIC/Swift Code", None),
           ("Bank Account Name", None), ("Banch Name", None), ("Ctrl. Int. Id", None), ("IBAN", None),
           ("Mandate ID", None), ("Date of Singnature", None), ("CreditCard Type", "Dropdown Selection"),
           ("CreditCard No", None), ("Exp Date", None), ("Id Number", None), ("Average Delay", None),
           ("Priority", "Dropdown Selection"), ("Default IBAN", None), ("Holiday", "Dropdown Selection"),
           ("Payments Date", "list selection"), ("Allow Partial Delivery on Sales Order", "Check box selection"),
           ("Allow Partial Delivery on Row", "Check box selection"), ("Do not apply discount Group", "Check box selection")]
PAYRUN = [("Country/Region", "Dropdown Selection"), ("Bank Name", "Dropdown Selection"),
          ("Account No", "Dropdown Selection"), ("Banch Name", None), ("IBAN", "Dropdown Selection"),
          ("BIC/Swift Code", None), ("Control No", None), ("Collection Authorization", "Check box selection")]
ACCOUNTING = [("Consolidating Busness Partner", "select from customer/bp list"),
              ("Payment Consolidation", "option button selection"), ("Delivery Consolidation", "option button selection"),
              ("Control Accounts", None), ("Accounts Receivable", None), ("Down Payment Clearing Account", None),
              ("Down Payment Interim Account", None), ("Connected Vendor", None), ("Affiliate", "Check box selection"),
              ("Use Shipped Goods Account", "Check box selection")]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Sr No", "Field Name", "Discription", "Remarks"])
n = 0
row = 2


def fields(items):
    global n, row
    for name, desc in items:
        n += 1
        ws.cell(row, 1, str(n))
        ws.cell(row, 2, name)
        if desc:
            ws.cell(row, 3, desc)
        row += 1


def caption(text, col=2, remark=None):
    global row
    ws.cell(row, col, text)
    ws.cell(row, 3, "Tab")
    if remark:
        ws.cell(row, 4, remark)
    row += 1


fields(GENERAL)
caption("Genral Info", remark="Customer Info")
fields(GENERAL2)
caption("Contact Person Detials", col=1)
ws.cell(row, 1, "Sr No"); ws.cell(row, 2, "Field Name"); ws.cell(row, 3, "Discription"); ws.cell(row, 4, "Remarks")
row += 1
fields(CONTACT)
ws.cell(row - 5, 4, "like Owner, Partner, Accounts, Purchase - all departments")
caption("Address")
ws.cell(row - 1, 3, "Tab - Shiping and Billing Address")
fields(ADDRESS)
ws.cell(row, 2, "Excise Info"); row += 1
fields([(e, None) for e in EXCISE])
caption("Payment Terms")
fields(PAYMENT)
ws.cell(row - 32, 4, "Selection")
ws.cell(row - 30, 4, "Selection")
caption("Payment Run")
fields(PAYRUN)
fields([("Auto Calculate bank charges for incoming", "Check box selection")])
caption("Accounting")
fields(ACCOUNTING)
caption("Remarks")
fields([("Remarks", None)])
ws.cell(row, 2, "Attechments"); ws.cell(row, 3, "Tabs"); row += 1
ws.cell(row, 2, "eDocs"); ws.cell(row, 3, "Tabs")

# The planned tables beside the list, each a block of column names under the table's name.
BLOCKS = [
    ("I", 2, ["Customer Master ", "CustomerID", "CustomerCode", "CustomerName", "GroupName", "OwnerName", "IsActive"]),
    ("O", 6, ["TranspotationMaster", "TransportationID"]),
    ("L", 9, ["CustomerMapTranspoter", "TransportationID", "CustomerID"]),
    ("I", 10, ["Customer Profile", "CustomerID", "Contact No 1", "Contact No 2", "Mobile No", "Fax", "Email", "Website",
               "IndutryTypeID", "BusinessTypeID", "AliasName", "EmployeeID"]),
    ("O", 15, ["IndutryTypeMaster"]), ("O", 19, ["BusinessTypeMaster"]), ("O", 21, ["EmployeeMaster"]),
    ("I", 24, ["CustomerContactPerson", "CustomerID", "Gender", "Title", "FirstName", "MiddleName", "LastName",
               "DesignationID", "MobileNo", "ContactNo1", "ContactNo2", "EmailID", "EmailIDGroupID", "Remarks",
               "BirtrhPlace", "DateOfBirth"]),
    ("N", 31, ["DesignationMaster"]), ("N", 36, ["EmailIDGroupMaster"]),
    ("I", 40, ["CustomerContactPersonAddress", "AddressID", "CustomerContactPersonAddressID", "AddressTypeID"]),
    ("N", 40, ["AddressTypeMaster", "Billing ", "Shipping", "Office", "Gowdoan"]),
    ("I", 56, ["CustomerGSTMaster", "CustomerID", "CustomerGSTID", "GSTINID", "IsActive"]),
    ("L", 56, ["GSTINMaster", "GSTINID", "GSTIN No.", "GSTType"]),
    ("Q", 61, ["ExciseInfoMaster", "ExciseInfoID"] + EXCISE),
    ("I", 62, ["CustomerExciseInfo", "CustomerExciseInfoID", "CustomerID", "ExciseInfoID", "IsActive"]),
    ("L", 62, ["PaymentTermMaster", "PaymentTermID"]),
    ("I", 71, ["CustomerPaymentDetail", "CustomerID", "PaymentTermID", "CustomerPriseListID"]
     + [p for p, _ in PAYMENT[1:9]] + ["Average Delay", "Priority", "Default IBAN", "Payments Date"]
     + [p for p, _ in PAYMENT[29:32]] + ["Control No", "Collection Authorization", "Auto Calculate bank charges for incoming"]),
    ("L", 71, ["CustomerBankDetail", "CustomerBackDetailID", "CustomerID", "BankingInfoID", "IsActive"]),
    ("Q", 72, ["BankingInfoMaster", "BankingInfoID"] + [p for p, _ in PAYMENT[9:20]] + ["IFCI code"]),
    ("L", 79, ["CustomerPriseList", "CustomerPriseListID"]),
    ("M", 87, ["CreditCardMaster", "CreditCardMasterID", "CreditCardNo", "CreditCard Type", "ExpDate", "IDNumber"]),
    ("Q", 87, ["HolidayMaster", "HolidayID"]),
    ("M", 96, ["CustomerCreditCardDetail", "CustomerCreditCardID", "CustomerID", "CreditCardMasterID"]),
    ("I", 110, ["CustomerAccountingInfo", "CustomerAccountingInfoID", "CustomerID"] + [a for a, _ in ACCOUNTING]),
    ("M", 110, ["CustomerNote", "CustomerNoteID", "CustomerID", "Note"]),
    ("M", 118, ["CustomerEDocument", "CustomerEDocumentID", "CustomerID", "CustomerDocumentID", "IsActive"]),
]
for col, start, names in BLOCKS:
    for k, name in enumerate(names):
        ws[f"{col}{start + k}"] = name

cp = wb.create_sheet("Contact Person")
cp.append(["Sr No", "Field Name", "Discription", "Remarks"])
for name, desc in CONTACT:
    cp.append([None, name, desc, "like Owner, Partner, Accounts, Purchase - all departments" if name == "EmailID_Group" else None])

# The copied system's business-partner table, column by column.
TABLE = [("CardCode", "nvarchar(15)"), ("CardName", "nvarchar(100)"), ("CardType", "char(1)"), ("GroupCode", "smallint"),
         ("CmpPrivate", "char(1)"), ("Address", "nvarchar(100)"), ("ZipCode", "nvarchar(20)"), ("MailAddres", "nvarchar(100)"),
         ("MailZipCod", "nvarchar(20)"), ("Phone1", "nvarchar(20)"), ("Phone2", "nvarchar(20)"), ("Fax", "nvarchar(20)"),
         ("CntctPrsn", "nvarchar(90)"), ("Notes", "nvarchar(100)"), ("Balance", "numeric(19, 6)"),
         ("ChecksBal", "numeric(19, 6)"), ("DNotesBal", "numeric(19, 6)"), ("OrdersBal", "numeric(19, 6)"),
         ("GroupNum", "smallint"), ("CreditLine", "numeric(19, 6)"), ("DebtLine", "numeric(19, 6)"),
         ("Discount", "numeric(19, 6)"), ("VatStatus", "char(1)"), ("LicTradNum", "nvarchar(32)"),
         ("DdctStatus", "char(1)"), ("DdctPrcnt", "numeric(19, 6)"), ("ValidUntil", "datetime"), ("Chrctrstcs", "int"),
         ("ExMatchNum", "int"), ("InMatchNum", "int"), ("ListNum", "smallint"), ("DNoteBalFC", "numeric(19, 6)"),
         ("OrderBalFC", "numeric(19, 6)"), ("DNoteBalSy", "numeric(19, 6)"), ("OrderBalSy", "numeric(19, 6)"),
         ("Transfered", "char(1)"), ("BalTrnsfrd", "char(1)"), ("IntrstRate", "numeric(19, 6)"),
         ("Commission", "numeric(19, 6)"), ("CommGrCode", "smallint"), ("Free_Text", "ntext"), ("SlpCode", "int"),
         ("PrevYearAc", "char(1)"), ("Currency", "nvarchar(3)"), ("RateDifAct", "nvarchar(15)"),
         ("BalanceSys", "numeric(19, 6)"), ("BalanceFC", "numeric(19, 6)"), ("Protected", "char(1)"),
         ("Cellular", "nvarchar(50)"), ("AvrageLate", "smallint"), ("City", "nvarchar(100)"), ("County", "nvarchar(100)"),
         ("Country", "nvarchar(3)"), ("MailCity", "nvarchar(100)"), ("MailCounty", "nvarchar(100)"),
         ("MailCountr", "nvarchar(3)"), ("E_Mail", "nvarchar(100)"), ("Picture", "nvarchar(200)"),
         ("DflAccount", "nvarchar(50)"), ("DflBranch", "nvarchar(50)"), ("BankCode", "nvarchar(30)"),
         ("AddID", "nvarchar(64)"), ("Pager", "nvarchar(30)"), ("FatherCard", "nvarchar(15)"),
         ("CardFName", "nvarchar(100)"), ("FatherType", "char(1)"), ("QryGroup1", "char(1)")]
TABLE += [(f"QryGroup{k}", "char(1)") for k in range(2, 65)]
TABLE += [("CreateDate", "datetime"), ("UpdateDate", "datetime"), ("validFor", "char(1)"), ("validFrom", "datetime"),
          ("validTo", "datetime"), ("frozenFor", "char(1)"), ("frozenFrom", "datetime"), ("frozenTo", "datetime"),
          ("sEmployed", "char(1)"), ("MTHCounter", "int"), ("BNKCounter", "int"), ("DdgKey", "int"),
          ("DdtKey", "int"), ("ShipType", "smallint"), ("Password", "nvarchar(32)"), ("IndustryC", "int"),
          ("CntryCode", "nvarchar(3)"), ("GlblLocNum", "nvarchar(50)"), ("PriceMode", "char(1)")]
TABLE += [(f"U_{name}", kind) for name, kind in [("GSTIN", "nvarchar(20)"), ("PAN", "nvarchar(10)"), ("Zone", "nvarchar(30)"),
                                                  ("Route", "nvarchar(30)"), ("Transporter", "nvarchar(100)"),
                                                  ("CrDays", "smallint"), ("SalesHead", "nvarchar(50)")]]
s2 = wb.create_sheet("Sheet2")
s2.append(["Sr No", "Field Name", "Datatype", "Allow Null"])
for k, (name, kind) in enumerate(TABLE, 1):
    s2.append([str(k), name, kind, "Unchecked" if k == 1 else "Checked"])
for sheet, widths in ((ws, [8, 38, 30, 30]), (cp, [8, 24, 26, 30]), (s2, [8, 16, 16, 12])):
    for col, w in zip("ABCD", widths):
        sheet.column_dimensions[col].width = w

save(wb, "specs-en-in-customermaster.xlsx")

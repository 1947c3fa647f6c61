"""
Shape of JohnBontjes/Pringle-Technologies-Project "Customers.xlsx" (commit
fd420181e28e9486ef4a3e468e2e11a50cdc54b0): the customer list of a small restaurant-technology vendor
(a class project for a client, loaded into its customer database), the restaurants it serves in the
US Midwest and South. One sheet "Sheet1", header on row 1 not bold: Key / Name / Address / City /
State / Country / Zipcode / Phone / OpenTime / CloseTime. Ten restaurants; 'Key' empty on every row
(the GUIDs only in the CSV twin), the street with or without a trailing '.', the city, two-letter
state, 'USA', zip and a 10-digit phone both stored as numbers, opening and closing time as times
(h:mm:ss; closing 2:00 after midnight, 23:59). Values invented.
"""
import datetime

from fake import save, workbook

T = datetime.time
ROWS = [
    ("Rosa's Grill", "412 Wabash Ave.", "Terre Haute", "IN", 47807, 8125550142, T(11, 0), T(2, 0)),
    ("Benedetto's Italian Kitchen", "3318 E Empire St.", "Bloomington-Normal", "IL", 61704, 3095550117, T(11, 0), T(22, 0)),
    ("Oakwood Burger Barn", "1726 N Oakwood Rd", "Oakwood", "IL", 61858, 2175550163, T(4, 30), T(23, 0)),
    ("Marlow and Finch", "2716 Mosside Blvd.", "Monroeville", "PA", 15146, 4125550108, T(11, 0), T(17, 0)),
    ("Harbor Lantern Pub", "41 Harbor Blvd", "Destin", "FL", 32541, 8505550100, T(11, 0), T(2, 0)),
    ("Dale's Grill", "2030 Georgetown Rd", "Tilton", "IL", 61833, 2175550129, T(11, 0), T(20, 0)),
    ("Noodle Foundry", "715 N First St", "St. Louis", "MO", 63102, 3145550176, T(11, 30), T(21, 0)),
    ("Four Corners Pizza", "108 E State", "Colon", "MI", 49040, 2695550131, T(11, 0), T(21, 0)),
    ("Verde Burrito Co", "1548 E 86th St Ste C", "Indianapolis", "IN", 46240, 3175550155, T(10, 45), T(22, 0)),
    ("Golden Coop Chicken Tenders", "1730 Marshal Rd", "Fort Bliss", "TX", 79906, 9155550188, T(9, 0), T(23, 59)),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(["Key", "Name", "Address", "City", "State", "Country", "Zipcode", "Phone", "OpenTime",
                       "CloseTime"]):
    ws.cell(1, j + 1, h)
for i, (name, street, city, state, zipc, phone, op, cl) in enumerate(ROWS):
    for j, v in enumerate([name, street, city, state, "USA", zipc, phone, op, cl]):
        c = ws.cell(i + 2, j + 2, v)
        if j >= 7:
            c.number_format = "h:mm:ss"
for col, w in zip("BCDHIJ", [25.8, 17.9, 18.4, 11.0, 9.3, 9.4]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-us-restaurantpos.xlsx")

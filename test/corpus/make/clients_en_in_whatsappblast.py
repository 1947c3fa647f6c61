"""
Shape of reelmakerover/Whatsapp-API- "Clients.xlsx" (commit
cd236d4d5119ec8ba7b9f3d25dfd53742c24bfd7): the recipient workbook of a Jaipur reel-making
studio's WhatsApp sending script, two sheets.

- "Sheet1": Name / Mobile on row 1, two clients (names run together like "YeshSaini", a first
  name), mobiles as numbers; used range to C52, column C 96.9 wide (a message column once).
- "Sheet2": no header, no names: a bare column of 40 Rajasthan mobiles as numbers pasted at
  G23:G62 (one number twice), nothing else on the sheet.
Values invented (mobiles 90000…).
"""
from fake import Fake, save, workbook

f = Fake("clients-en-in-whatsappblast")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Mobile"])
ws.append(["PriyaRathore", int(f.mobile_in())])
ws.append(["Kavya", int(f.mobile_in())])
ws["C52"].number_format = "General"
ws.column_dimensions["B"].width = 23.44
ws.column_dimensions["C"].width = 96.88
ws.column_dimensions["E"].width = 11.63

s2 = wb.create_sheet("Sheet2")
nums = [int(f.mobile_in()) for _ in range(39)]
nums.insert(29, nums[26])
for i, n in enumerate(nums, 23):
    s2[f"G{i}"] = n
save(wb, "clients-en-in-whatsappblast.xlsx")

if __name__ == "__main__":
    print(list(ws.iter_rows(values_only=True))[:3], nums[:3])

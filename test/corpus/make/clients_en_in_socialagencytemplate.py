"""
Shape of TusharDimri/Kaps-Media "Clients.xlsx" (commit 81f5d10c28ff5d018d78475d7f21b98c11a2dd3a):
the client sheet a small Indian digital-marketing agency's website reads to show its portfolio,
saved by Excel with no client in it yet.

- One sheet "Sheet1", widened columns, only row 1: Name / Website / Instagram / Facebook /
  Pinterest / Twitter / Category. No client.
"""
from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Website", "Instagram", "Facebook", "Pinterest", "Twitter", "Category"])
for col, w in zip("ABCDEFG", [17.78, 22.33, 16.22, 15.0, 14.22, 13.55, 22.66]):
    ws.column_dimensions[col].width = w
ws.sheet_view.selection[0].activeCell = "K8"
ws.sheet_view.selection[0].sqref = "K8"

save(wb, "clients-en-in-socialagencytemplate.xlsx")

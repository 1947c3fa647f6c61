"""
Shape of gouravtechskillsnxmx/Policy_Renewal "clients.xlsx" (commit
0bde3f5fb84bf47bf752239545df960245c426f7): the client file an Indian insurance agent's
policy-renewal WhatsApp reminder script reads, saved by Excel with nothing filled in.

- One sheet "Sheet1", a narrow column A, only row 1: name␠ / phone␠ / email␠ / policy_no␠ /
  insurer␠ / policy_type␠ / issued_date␠ / expiry_date␠ / premium␠ / notes — every header but
  the last ends in a space. No client, no policy.
"""
from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["name ", "phone ", "email ", "policy_no ", "insurer ", "policy_type ", "issued_date ", "expiry_date ",
           "premium ", "notes"])
ws.column_dimensions["A"].width = 6.73
ws.sheet_view.selection[0].activeCell = "H7"
ws.sheet_view.selection[0].sqref = "H7"

save(wb, "policies-en-in-renewaltemplate.xlsx")

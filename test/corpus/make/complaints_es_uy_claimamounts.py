"""
Shape of Efortb/FCEA-SegurosGenerales "reclamos.xlsx" (commit 6222e519a2bc225f4413c1b0df9dcc0a840f30c3): a
university actuarial course's (Uruguay) data set of a general insurer's claim amounts, exported by a
statistics tool through Apache POI: one sheet "Exportar Hoja de Trabajo", frozen below the header,
two columns Período / Monto de reclamos.
- 5565 claims in the source (here 300), sorted by period 1–12 (month), a whole amount per claim from
  600 to 180000, round figures (2000, 5400, 50000) repeating.
Values invented. Nothing to import: claim amounts by month, no claimant or policy.
"""
from fake import Fake, save, workbook

f = Fake("complaints-es-uy-claimamounts")
WEIGHTS = {1: 424, 2: 498, 3: 513, 4: 515, 5: 603, 6: 370, 7: 58, 8: 704, 9: 509, 10: 516, 11: 486, 12: 369}
periods = sorted(f.r.choices(list(WEIGHTS), weights=list(WEIGHTS.values()), k=300))
wb = workbook()
ws = wb.active
ws.title = "Exportar Hoja de Trabajo"
ws.append(["Período", "Monto de reclamos"])
for p in periods:
    amount = f.pick([2000, 5400, 3000, 10000, 50000, 27000]) if f.chance(0.35) else round(f.r.lognormvariate(9.6, 0.9) / 100) * 100
    ws.append([p, max(600, min(180000, int(amount)))])
ws.freeze_panes = "A2"
ws.column_dimensions["B"].width = 18.16
wb.properties.creator = "Apache POI"
save(wb, "complaints-es-uy-claimamounts.xlsx")

"""
Shape of DobleL2/Polizas_Report "polizas.xlsx" (commit be154cef7e60361be3e89faf3f77caa564d4e135): an
Ecuadorian surety insurer's monthly production extract for a policy report, one sheet "Hoja1", made
in Excel by an analyst.

- snake_case Spanish headers: giro_actividad / fecha_constitucion / id_poliza / anio_mes /
  tipo_agente / sucursal / ramo_comercial / tipo_persona / prima_anual / prima_emitida /
  fecha_emision / fecha_vigencia_desde / fecha_vigencia_hasta / forma_pago / suma_aseg.
- 32028 rows in the source (here 300): one row per policy and month, a policy id (text of digits)
  repeated over many months; every date a bare serial in General format (no date format); the
  policyholder's line of business (Produccion, Comercializacion/Distribucion, Servicios, Telcos …)
  and founding date but no name, no id, no contact; tipo_persona JURIDICO on every row; agent
  kind PRODUCTOR / UNIDAD DE PRODU (cut) / DIRECTO; branch QUITO, GUAYAQUIL, CUENCA, MANTA …; the
  bond kind FIEL CUMPLIMIENTO DE CONTRATO, BUEN USO DE ANTICIPO, GARANTIA ADUANERA …; a common
  annual premium 40632 with monthly 3386 on a quarter of the rows; payment EFECTIVO mostly.
Values invented. Nothing to import: anonymous policy records for an analysis, no policyholder.
"""
from fake import Fake, save, workbook

f = Fake("policies-es-ec-suretyproduction")
GIRO = [("Produccion", 45), ("Comercializacion/Distribucion", 31), ("Servicios", 18), ("Telcos", 3),
        ("Construccion", 2), ("Financiero", 1)]
RAMO = [("FIEL CUMPLIMIENTO DE CONTRATO", 50), ("BUEN USO DE ANTICIPO", 26), ("GARANTIA ADUANERA", 21),
        ("SERIEDAD DE OFERTA", 2), ("CUMPLIMIENTO DE OBLIGACIONES", 1)]
SUC = [("QUITO", 48), ("GUAYAQUIL", 36), ("CUENCA", 5), ("MANTA", 5), ("AMBATO", 3), ("LOJA", 2), ("MACHALA", 1)]
AGENTE = [("PRODUCTOR", 67), ("UNIDAD DE PRODU", 22), ("DIRECTO", 11)]
PAGO = [("EFECTIVO", 95), ("DEBITO BANCARIO", 4), ("DEBITO TARJETA CREDITO", 1)]


def w(pairs):
    return f.pick([k for k, n in pairs for _ in range(n)])


MONTHS = [43101, 43132, 43160, 43191, 43221, 43252, 43282, 43313, 43344, 43374, 43405, 43435, 43466, 43497,
          43525, 43556, 43586, 43617, 43647, 43678, 43709, 43739, 43770, 43800, 43831, 43862, 43891, 43922,
          43952, 43983, 44013, 44044, 44075, 44105, 44136, 44166, 44197, 44228, 44256, 44287, 44317, 44348,
          44378, 44409, 44440, 44470]
policies = []
for _ in range(150):
    founded = f.pick([31370, 34222, 36395, 27457]) if f.chance(0.2) else f.r.randrange(25000, 43400)
    annual = 40632 if f.chance(0.27) else f.pick([600, 1584, 5196]) if f.chance(0.05) else f.r.randrange(500, 2500000)
    start = f.r.randrange(40643, 44400)
    policies.append({"giro": w(GIRO), "founded": founded, "id": str(f._unique(lambda: f.r.randrange(50000, 99999))),
                     "agente": w(AGENTE), "suc": w(SUC), "ramo": w(RAMO), "annual": annual,
                     "start": start, "end": start + f.pick([30, 90, 120, 180, 240, 365, 540, 730]),
                     "pago": w(PAGO), "suma": f.pick([1100, 5000, 10000, 15000]) if f.chance(0.1) else f.r.randrange(700, 16000000)})
rows = []
for i in range(300):
    p = f.pick(policies)
    month = f.pick(MONTHS)
    monthly = 3386 if p["annual"] == 40632 else max(50, round(p["annual"] / 12))
    rows.append([p["giro"], p["founded"], p["id"], month, p["agente"], p["suc"], p["ramo"], "JURIDICO", p["annual"],
                 monthly, p["start"] + f.r.randrange(-15, 20), p["start"], p["end"], p["pago"], p["suma"]])

wb = workbook()
ws = wb.active
ws.title = "Hoja1"
head = ["giro_actividad", "fecha_constitucion", "id_poliza", "anio_mes", "tipo_agente", "sucursal", "ramo_comercial",
        "tipo_persona", "prima_anual", "prima_emitida", "fecha_emision", "fecha_vigencia_desde",
        "fecha_vigencia_hasta", "forma_pago", "suma_aseg"]
ws.append(head)
for r in rows:
    ws.append(r)
save(wb, "policies-es-ec-suretyproduction.xlsx")

"""
Shape of nkot20/msl-itech-transform-data "account/compte_de_résultats brut.xlsx" (commit
2d8d958f471b5cb4c2aa27904664bca9d5697ab2): the 2024 income statement (compte de résultats) of a
Brussels social rental agency (an "AIS", a non-profit asbl) as its accounting software exported
it, kept by a consultant moving the agency's books into Odoo. Sheet "Compte de résultats
(AM-asbl)": the year "2024" alone in C1 (bold), a bold header Code / Nom du compte / Solde on row 3,
then from row 5 the Belgian chart-of-accounts tree: bold section lines (COMPTE DE RÉSULTATS,
Produits et charges d'exploitation, 9901 - Bénéfice (Perte) d'exploitation …), group lines
"70 - Chiffre d'affaires" with their total and no code, six-digit account codes (as text) with
their balance in #,##0.00 — rents received and paid on behalf of landlords and tenants, regional
and municipal subsidies, fees, salaries, depreciation, financial charges — down to "(14) -
Bénéfice (Perte) à reporter". A second sheet "Filtres" holds one line: Société / the agency's name.
All amounts are invented (groups add up their accounts), the agency's name is invented and the one
building named in an account label is renamed. A finance report: nothing in it is a client.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("finance-fr-be-socialrentalpnl")

# (code, label, has a balance, bold) from row 5 on; None is an empty row.
ROWS = [
    (None, 'COMPTE DE RÉSULTATS', False, True),
    (None, "Produits et charges d'exploitation", False, True),
    (None, '9900 - Marge brute (+)/(-)', True, False),
    (None, "76A - Dont: produits d'exploitation non récurrents", True, False),
    ('762000', 'Reprises provisions  risques & charges exception', True, False),
    (None, "70 - Chiffre d'affaires", True, False),
    ('700100', 'Loyers reçus - Mandat de gestion', True, False),
    ('700200', 'Loyers reçus - Hors mandat de gestion', True, False),
    ('700500', 'Intervention dans les loyers', True, False),
    ('701000', 'Provisions versées par les locataires', True, False),
    ('701212', 'Décompte charges Marronniers 12-14', True, False),
    ('701300', 'Récuperation forfait assurance loc - HM', True, False),
    ('701310', 'Récuperation forfait assurance loc - MG', True, False),
    ('701400', 'Récupération dégâts locatifs', True, False),
    ('704000', 'Charges forfaitaires locataires', True, False),
    ('705210', 'Frais de gestion - MG', True, False),
    (None, '73 - Cotisations, dons, legs et subsides', True, False),
    ('730000', 'Cotisations, donations et subsides', True, False),
    ('736000', 'Subsides de la Région', True, False),
    ('736010', "Subsides d' AMI", True, False),
    ('737000', 'Subsides des Communes', True, False),
    ('738000', 'Subsides Maribel', True, False),
    ('738100', 'Subsides - Jeunes en Alternance', True, False),
    (None, '60/61 - Approvisionnements, marchandises, services et biens divers', True, False),
    ('600100', 'Loyers mandat de gestion', True, False),
    ('600200', 'Location Hors mandat', True, False),
    ('601100', 'Frais liés communs - refact  loca - HM', True, False),
    ('601112', '!!! SIT!!! - Décompte à faire', True, False),
    ('601200', 'Décomptes chrg propri - HM', True, False),
    ('601210', 'Décomptes chrg propri - MG', True, False),
    ('601300', 'Récupération forfait assurance - HM', True, False),
    ('601500', 'Frais privatif - refact  loca - HM', True, False),
    ('601510', 'Frais privatif - refact loca - MG', True, False),
    ('601900', 'Provisions, charges propriétaires et ACP', True, False),
    ('602100', 'Frais privatif - refact propri - HM', True, False),
    ('602110', 'Frais privatif - refact propri - MG', True, False),
    ('603000', 'Charges, entret, et rép à charge AIS', True, False),
    ('603400', 'Dégâts locatifs refacturés aux locataires', True, False),
    ('606000', 'Vide locatif', True, False),
    ('609001', 'Autres charges - Assurances locataires', True, False),
    ('610101', 'Loyers - siège social - immeuble', True, False),
    ('610115', 'Charges locatives - siège social', True, False),
    ('610200', 'Charges locatives installations, machines et outillage', True, False),
    ('610201', 'Charges locatives - Panneaux solaires', True, False),
    ('610300', 'Charges locatives sur voitures', True, False),
    ('610350', 'Charges locatives sur véhicules utilitaires', True, False),
    ('610500', 'Entretien constructions', True, False),
    ('610800', 'Entretien et réparations voitures', True, False),
    ('611000', 'Fournitures de bureau et impressions', True, False),
    ('611200', 'Petit matériel', True, False),
    ('612120', 'Licences programmes professionnels', True, False),
    ('612500', 'Carburants voitures', True, False),
    ('612600', 'Autres charges voitures', True, False),
    ('613000', 'Assurances incendie', True, False),
    ('613010', 'Assurance RC professionnel', True, False),
    ('613400', 'Assurances véhicules', True, False),
    ('613450', 'Assurances véhicules utilitaires', True, False),
    ('615200', 'Honoraires comptables', True, False),
    ('615201', 'Honoraires Comptables - cash collector', True, False),
    ('615301', 'Honoraires secrétariat social', True, False),
    ('615302', 'Honoraires réviseurs', True, False),
    ('615303', 'Honoraires huissiers', True, False),
    ('615702', 'Honoraires avocats', True, False),
    ('616100', 'Poste', True, False),
    ('616200', 'Téléphone et Internet', True, False),
    ('616450', 'Publicité et annonces', True, False),
    ('616500', "Cadeaux d'affaires", True, False),
    ('616540', 'Frais de formation', True, False),
    ('616640', "Frais d'agence de marketing", True, False),
    ('616685', 'Cotisations aux groupements professionnelles', True, False),
    ('616740', 'Transports en commun', True, False),
    ('616800', 'Vêtements de travail non-spécifiques', True, False),
    ('616850', 'Vêtements de travail spécifiques', True, False),
    (None, '62 - Rémunérations, charges sociales et pensions (+)/(-)', True, False),
    ('620200', 'Employés', True, False),
    ('620210', 'Pécule de vacances - salariés', True, False),
    ('620300', 'Rémunérations ouvriers', True, False),
    ('620310', 'Pécule de vacances - ouvriers', True, False),
    ('620480', 'Rémunération imposable autres', True, False),
    ('620700', 'Chèques repas - salariés', True, False),
    ('621000', 'Cotisations patronales d’assurances sociales', True, False),
    ('622000', 'Frais de cantine', True, False),
    ('623000', 'Autres frais de personnel', True, False),
    ('623010', 'Assurance accident de travail (loi)', True, False),
    ('623810', 'Provisions pour pécules de vacances', True, False),
    ('623819', 'Reprise provisions pour pécules de vacances (-)', True, False),
    (None, "630 - Amortissements et réductions de valeur sur frais d'établissement, sur immobilisations incorporelles et corporelles", True, False),
    ('630130', 'Dotations aux amortissements sur logiciels', True, False),
    ('630215', "Dotations aux amortissements sur Frais d'agencement des bâti", True, False),
    ('630220', 'Dotations aux amortissements sur installations, machines et outillage', True, False),
    ('630230', 'Dotations aux amortissements sur mobilier', True, False),
    ('630240', 'Dotations aux amortissements sur machines de bureau', True, False),
    (None, "631/4 - Réductions de valeur sur stocks, sur commandes en cours d'exécution et sur créances commerciales: dotations (reprises) (+)/(-)", True, False),
    ('633000', 'Réductions de valeur sur créances commerciales', True, False),
    ('633100', 'Rep. Réd. de valeur sur créances locativ', True, False),
    (None, '635/9 - Provisions pour risques et charges: dotations (utilisations et reprises) (+)/(-)', True, False),
    (None, "640/8 - Autres charges d'exploitation", True, False),
    ('642000', 'Moins-values real. créances comm.', True, False),
    ('644000', 'Amendes', True, False),
    (None, "649 - Charges d'exploitation portées à l'actif au titre de frais de restructuration (-)", True, False),
    (None, '66A - Charges d’exploitation non récurrentes', True, False),
    (None, "9901 - Bénéfice (Perte) d'exploitation (+)/(-)", True, True),
    (None, '75/76B - Produits financiers', True, True),
    (None, '75 - Produits financiers récurrents', True, False),
    ('750400', 'Intérêts sur autres créances à long terme', True, False),
    ('752100', 'Régularisations diverses', True, False),
    ('754000', 'Différences de change (favorables)', True, False),
    (None, '753 - Dont: subsides en capital et en intérêts', True, False),
    (None, '76B - Produits financiers non récurrents', True, False),
    (None, '65/66B - Charges financières', True, True),
    (None, '65 - Charges financières récurrentes', True, False),
    ('650510', 'Intérêts crdt garant locative 080-44', True, False),
    ('650660', 'Intérêts et frais de retard', True, False),
    ('652100', 'Régularisations diverses', True, False),
    ('654000', 'Différences de change (défavorables)', True, False),
    ('657000', 'Charges financières diverses', True, False),
    (None, '66B - Charges financières non récurrentes', True, False),
    (None, "9903 - Bénéfice (Perte) de l'exercice avant impôts (+)/(-)", True, True),
    (None, '780 - Prélèvement sur les impôts différés', True, True),
    (None, '680 - Transfert aux impôts différés', True, True),
    (None, '67/77 - Impôts sur le résultat (+)/(-)', True, True),
    (None, "9904 - Bénéfice (Perte) de l'exercice (+)/(-)", True, True),
    (None, '789 - Prélèvement sur les réserves immunisées', True, True),
    (None, '689 - Transfert aux réserves immunisées', True, True),
    (None, "9905 - Bénéfice (Perte) de l'exercice à affecter (+)/(-)", True, True),
    None,
    (None, 'AFFECTATIONS ET PRÉLÈVEMENTS', False, True),
    (None, '9906 - Bénéfice (Perte) à affecter', True, True),
    (None, "(9905) - Bénéfice (Perte) de l'exercice à affecter (+)/(-)", True, False),
    (None, "14P - Bénéfice (Perte) reporté(e) de l'exercice précédent (+)/(-)", True, False),
    (None, '791 - Prélèvement sur les capitaux propres: fonds, fonds affectés et autres réserves', True, True),
    (None, '691 - Affectation aux fonds affectés et autres réserves', True, True),
    (None, '(14) - Bénéfice (Perte) à reporter (+)/(-)', True, True),
]

wb = workbook()
ws = wb.active
ws.title = "Compte de résultats (AM-asbl)"
ws.column_dimensions["A"].width = 13.71
ws.column_dimensions["B"].width = 75.71
ws.column_dimensions["C"].width = 16
ws["C1"] = "2024"
ws["C1"].font = Font(bold=True)
for c, h in enumerate(["Code", "Nom du compte", "Solde"], 1):
    ws.cell(3, c, h).font = Font(bold=True)

# Leaf balances invented; a group line (no code) totals the accounts below it.
amounts = []
for row in ROWS:
    if row is None or not row[2] or row[0] is None:
        amounts.append(None)
        continue
    size = f.pick([800, 5000, 25000, 120000, 600000])
    v = round(f.r.uniform(0.05, 1.0) * size, 2)
    amounts.append(-v if f.chance(0.08) else v)
for i, row in enumerate(ROWS):
    if row is None or not row[2] or row[0] is not None:
        continue
    total, j = 0.0, i + 1
    while j < len(ROWS) and ROWS[j] is not None and ROWS[j][0] is not None:
        total += amounts[j]
        j += 1
    amounts[i] = round(total, 2) if j > i + 1 else (0 if f.chance(0.6) else round(f.r.uniform(-20000, 20000), 2))

for i, row in enumerate(ROWS):
    r = 5 + i
    if row is None:
        continue
    code, label, has_value, bold = row
    if code is not None:
        ws.cell(r, 1, code)
    ws.cell(r, 2, label).font = Font(bold=bold)
    if has_value:
        c = ws.cell(r, 3, amounts[i])
        c.number_format = "#,##0.00"
        c.font = Font(bold=bold)

fs = wb.create_sheet("Filtres")
fs.column_dimensions["A"].width = 20.71
fs.column_dimensions["B"].width = 50.71
fs["A1"] = "Société"
fs["B1"] = "AIS LES TROIS PONTS"
save(wb, "finance-fr-be-socialrentalpnl.xlsx")

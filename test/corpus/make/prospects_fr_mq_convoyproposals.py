"""
Shape of Cedwick972/Presentation-Conwise-Express "clients.xlsx" (commit
d5abdaefd28aa192fd4826bffaed53ced8e5b542): a vehicle-convoy firm's list of prospect companies it
sends proposals to, filled in by hand and read by an AI assistant that writes a PowerPoint and an
e-mail per row (French headers without accents). Sheet "Clients": bold white-on-navy header Nom du
client / Site web / Secteur d'activite / Nb collaborateurs / Nb sites / agences / Besoins
specifiques / Client ref similaire / Fichier logo (PNG) / Fichier dashboard (PNG) / Nom
interlocuteur / Poste / Fonction / Email interlocuteur / Message email / Statut / Fichier PPTX
genere, frozen under the header, a filter on A1:O6, light-blue banding on every other row, the
e-mail text cells pale yellow, the status bold on pale green. Two prospects filled in (company,
website, sector, staff and site counts as "500+" / "12 500+", needs, the reference client, logo and
dashboard file names, the contact's title but no contact name or e-mail, a long multi-line e-mail
starting "Bonjour [Prenom]," and status "Fait"), then three stub rows holding only the reference
client and status "A faire". A second sheet "Instructions" holds a numbered how-to in column A.
Companies, websites, reference client and texts invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import save, workbook

NAVY = PatternFill("solid", fgColor="1E4B77")
BLUE = PatternFill("solid", fgColor="E3F2FD")
YELLOW = PatternFill("solid", fgColor="FFF8E1")
GREEN = PatternFill("solid", fgColor="E8F5E9")
HEAD = ["Nom du client", "Site web", "Secteur d'activite", "Nb collaborateurs", "Nb sites / agences",
        "Besoins specifiques", "Client ref similaire", "Fichier logo (PNG)", "Fichier dashboard (PNG)",
        "Nom interlocuteur", "Poste / Fonction", "Email interlocuteur", "Message email", "Statut",
        "Fichier PPTX genere"]
WIDTHS = [25, 35, 25, 18, 18, 40, 20, 28, 30, 22, 22, 30, 55, 15, 45]
REF = "Ballard Services"
ROWS = [
    ["Groupe Vantier Auto", "https://www.groupe-vantier.example/", "Distribution automobile", "500+", "15+",
     "Transferts inter-concessions, livraison clients, rapatriement apres revision", REF,
     "VANTIER GROUPE AUTO logo.png", "dashboard  Fleet manager pour Vantier groupe.png", None, "Fleet Manager", None,
     "Bonjour [Prenom],\n\nSuite a notre echange, j ai le plaisir de vous adresser notre proposition pour la gestion "
     "et le convoyage de la flotte du Groupe Vantier.\n\nVous trouverez en piece jointe une presentation detaillee de "
     "nos services adaptes a votre organisation multi-sites.\n\nPoints cles de notre offre :\n- Convoyeurs salaries "
     "et assures\n- Suivi en temps reel de chaque mission\n- Facturation mensuelle unique\n\nJe reste a votre "
     "disposition pour en discuter.\n\nBien cordialement,", "Fait", "Proposition Convoyage - Groupe Vantier.pptx"],
    ["Groupe Morlaix Ingenierie", "https://morlaix-ingenierie.example/", "Ingenierie industrielle", "12 500+", "300+",
     "Transferts inter-agences France, acheminement services carrosserie, rapatriement apres reparation", REF,
     "logo_Groupe_Morlaix-removebg-preview.png", "dashboard Fleet manager Groupe Morlaix.png", None, "Fleet Manager",
     None,
     "Bonjour [Prenom],\n\nSuite a notre echange, j ai le plaisir de vous adresser notre proposition pour la prise en "
     "charge des transferts et rapatriements de la flotte du Groupe Morlaix sur vos agences en France.\n\nNous "
     "accompagnons deja des groupes multi-sites de votre envergure comme " + REF + " (40 agences).\n\nBien "
     "cordialement,", "Fait", "Proposition Convoyage x Groupe Morlaix.pptx"],
]

wb = workbook()
ws = wb.active
ws.title = "Clients"
for c, (h, w) in enumerate(zip(HEAD, WIDTHS), 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = NAVY
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.column_dimensions[cell.column_letter].width = w
for r in range(2, 7):
    band = BLUE if r % 2 == 0 else None
    data = ROWS[r - 2] if r - 2 < len(ROWS) else [None] * 6 + [REF] + [None] * 6 + ["A faire", None]
    for c, v in enumerate(data, 1):
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        if c == 13:
            cell.fill = YELLOW
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        elif c == 14:
            cell.font = Font(bold=True)
            if r - 2 < len(ROWS):
                cell.fill = GREEN
            elif band:
                cell.fill = band
        elif band:
            cell.fill = band
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:O6"

ins = wb.create_sheet("Instructions")
ins.column_dimensions["A"].width = 80
LINES = {1: "MODE D'EMPLOI", 3: "1. Remplir une ligne par client dans l'onglet Clients",
         4: "2. Placer le logo PNG et le screenshot dashboard dans le dossier", 5: "3. Lancer l'assistant :",
         6: '   cd "propal convoyage" && assistant', 8: "4. Prompt a donner a l'assistant :",
         9: '   "Lis clients.xlsx et genere la presentation + email', 10: '   pour tous les clients A faire."',
         12: "5. L'assistant genere le PPTX + redige le message email personnalise",
         13: "6. Mettre a jour le statut dans le tableau",
         15: "COLONNES OBLIGATOIRES : Nom, Site web, Secteur, Fichier logo",
         16: "COLONNES RECOMMANDEES : Nb collaborateurs, Nb sites, Besoins",
         17: "COLONNES EMAIL : Nom interlocuteur, Poste, Email, Message email"}
for r, t in LINES.items():
    ins.cell(r, 1, t)
ins["A1"].font = Font(bold=True)
save(wb, "prospects-fr-mq-convoyproposals.xlsx")

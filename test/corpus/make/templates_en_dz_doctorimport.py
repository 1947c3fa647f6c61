"""
Shape of Marwen225/Creation-magpharm "Médecins.xlsx": an Algerian pharmaceutical distributor's
Odoo import template for its medical reps' doctors, made in Excel, four sheets, no doctor in it.

- "Contacts": bold header of Odoo field names (name / ref / type_id / email / phone / mobile /
  customer_potential_id/id / doctor_speciality_id / doctor_speciality2_id / doctor_status /
  doctor_grade_id / doctor_institution_id / department_id / street / street2 / country_id /
  state_id / Commune / city_id/id / zip / Secteur (nom complet) / sector_id/id /
  property_product_pricelist / static_portfolio_user_ids) as an Excel table with three empty
  rows, a country drop-down ("Algérie") on P2:P52 and nothing typed.
- "Legendes": three one-column tables: potential codes (CP.A+ …), price lists, contact types.
- "Adresses": three tables side by side: the 58 wilayas; 1,542 communes with Odoo's external id,
  commune name and wilaya; 1,027 sales sectors 'REGION / SUBREGION / <place>' with a uniqid.
- "Médical": five one-column tables: specialities, institution kinds, grades, hospital
  departments, status (Publique / Privé / Hospitalier).
Commune and sector places, ids and uniqids invented; wilaya names and category words are the
public vocabularies such a template uses.
"""
from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("templates-en-dz-doctorimport")
r = f.r

HEAD = ["name", "ref", "type_id", "email", "phone", "mobile", "customer_potential_id/id", "doctor_speciality_id",
        "doctor_speciality2_id", "doctor_status", "doctor_grade_id", "doctor_institution_id", "department_id",
        "street", "street2", "country_id", "state_id", "Commune", "city_id/id", "zip", "Secteur (nom complet)",
        "sector_id/id", "property_product_pricelist", "static_portfolio_user_ids"]
WILAYAS = ["ADRAR", "CHLEF", "LAGHOUAT", "OUM EL BOUAGHI", "BATNA", "BEJAIA", "BISKRA", "BECHAR", "BLIDA", "BOUIRA",
           "TAMANRASSET", "TEBESSA", "TLEMCEN", "TIARET", "TIZI-OUZOU", "ALGER", "DJELFA", "JIJEL", "SETIF", "SAIDA",
           "SKIKDA", "SIDI BEL ABBES", "ANNABA", "GUELMA", "CONSTANTINE", "MEDEA", "MOSTAGANEM", "M'SILA", "MASCARA",
           "OUARGLA", "ORAN", "EL BAYEDH", "ILLIZI", "BOURDJ BOU ARRERIDJ", "BOUMERDES", "EL TARF", "TINDOUF",
           "TISSEMSILT", "EL OUED", "KHENCHLA", "SOUK AHRES", "TIPAZA", "MILA", "AIN DEFLA", "NAAMA", "AIN TEMOUCHENT",
           "GHARDAIA", "RELIZANE", "TIMIMOUN", "BORDJ BADJI MOKHTAR", "OULED DJELLAL", "BENI ABBES", "IN SALAH",
           "IN GUEZZAM", "TOUGGOURT", "DJANET", "EL M'GHAIR", "EL MENIAA"]
SPECIALITIES = ["ALLERGOLOGUE", "ANATO-PATHOLOGIE", "ANESTH-INT CARE", "CERVICO-FACIAL", "CHIR CARDIAQUE",
                "CHIR GENERALE", "CHIR INFANTILE", "CHIR NEUROLO", "CHIR ORTHOPED", "CHIR PLASTIQUE", "CHIR VISCERALE",
                "DERMATOLOGUE", "DIABETOLOGUE", "ENDOCRINOLOGUE", "FONCTIONELLE", "GASTROLOGUE", "GENERALISTE",
                "GYNECOLOGUE", "HEMATOLOGUE", "HEMODIALYSTE", "IMMUNOLOGUE", "KINESITHERAPEUTE", "MALADIES INFECT",
                "MAXILLO FACIAL", "MED DU SPORT", "MED ESTHETIQUE", "MESOTHERAPIE", "NEONATOLOGIE", "NEUROLOGUE",
                "ONCOLOGUE", "ORL", "ORTHOPEDISTE", "OTO-RHINO-LARYNG", "INTERNISTE", "PEDIATRE", "PMI", "PNEUMOLOGUE",
                "PSYCHIATRE", "PUERICULTRICE", "REEDUCATEUR", "RESIDENT", "RHUMATOLOGUE", "SAGES FEMMES",
                "TRAUMATOLOGUE", "UROLOGUE", "VACCINATEUR (TRICE)", "MEDECINE DE SPROT", "ONCOLOGUE", "DECIDEURS",
                "DIETETICIENNE", "CHIR ORL", "NUTRITIONNISTE", "ADMINISTRATEUR", "BIOLOGIE CLINIQUE", "CARDIOLOGIE",
                "GÉRIATERIE", "GRAND BRULÉ", "HÉMOBIOLOGIE", "HISTO-EMBRYOLOGIE", "MÉDECINE DU TRAVAIL",
                "MÉDECINE LÉGALE", "MÉDECINE NUCLÉAIRE", "MÉDECINE PALLIATIVE", "MÉDECINE PRÉVENTIVE", "MICROBIOLOGIE",
                "O.D.F", "ODONTOLOGIE CONSERVATRICE", "OPHTALMOLOGIE", "PARASITOLOGIE", "PARODONTOLOGIE",
                "PATHOLOGIE BUCCO-DENTAIRE", "PHARMACOLOGIE CLINIQUE", "PHYSIOLOGIE", "PROTHÈSE", "RADIOLOGIE-IMAGERIE",
                "RADIOTHÉRAPIE", "CHIR DENTAIRE", "ORTHOPHONISTE"]
INSTITUTIONS = ["C. D HÉMODIALYSE", "CABINET", "CABINET GROUPE", "CENTRE DE SANTÉ", "CLINIQUE", "CTR CNAS",
                "DISPENSAIRE", "DIVERS", "EHS", "HOPITAL", "M. DU DIABÈTE", "MATERNITÉ", "POLYCLINIQUE", "CHU",
                "CHU STIF", "CMS ENP", "CMS PROCETION CIVILE", "EPH", "EPS", "EPSP", "PMI", "EHU", "STATION THERMALE",
                "CLINIQUE DE DIAGNOSTIC", "CLINIQUE MATERNITE", "CLINIQUE MEDICALE", "CLINIQUE MEDICO-CHIRURGICALE",
                "EH", "MATERNITE (RURALE)", "POLYCLINIQUE & MATERNITE", "SALLE DE SOIN"]
GRADES = ["ASSISTANT", "MÉDECIN", "MAITRE ASSISTANT", "PROFESSEUR", "CHEF SERVICE", "DOCENT", "HOSPITALIER",
          "RESIDENT", "DECIDEURS", "EXTERNE", "INTERNE", "MEDECIN CHEF", "MEDECIN COORDINATEUR",
          "PARAMEDICAL (CAS SAGE FEMME)"]
DEPARTMENTS = ["DERMATOLOGIE", "PÉDIATRIE", "CHIRURGIE MAXILLO-FACIALE", "GRAND BRULÉ", "GYNÉCO-OBSTÉTRIQUE",
               "RHUMATOLOGIE", "PNEUMO-PHTISIOLOGIE", "RÉÉDUCATION FONCTIONNELLE", "CHIRURGIE ORTHOPÉDIQUE & TRAUM",
               "MÉDECINE INTERNE", "O.R.L.", "CHIRURGIE GÉNÉRALE", "ANATOMIE PATHOLOGIQUE", "ANESTHÉSIE-RÉANIMATION",
               "BIOCHIMIE", "BIOLOGIE CLINIQUE", "CARDIOLOGIE", "CHIRURGIE CARDIO-VASCULAIRE", "CHIRURGIE PÉDIATRIQUE",
               "CHIRURGIE THORACIQUE", "CHIRURGIE UROLOGIQUE", "ENDOCRINOLOGIE–DIABÉTOLOGIE", "GASTRO-ENTÉROLOGIE",
               "GÉRIATERIE", "HÉMATOLOGIE", "HÉMOBIOLOGIE", "HISTO-EMBRYOLOGIE", "IMMUNOLOGIE",
               "LA CHIRURGIE ESTHÉTIQUE, PLAST", "MALADIES INFECTIEUSES", "MÉDECINE DU TRAVAIL", "MÉDECINE GÉNERALE",
               "MÉDECINE LÉGALE", "MÉDECINE NUCLÉAIRE", "MÉDECINE PALLIATIVE", "MÉDECINE PHYSIQUE",
               "MÉDECINE PRÉVENTIVE", "MICROBIOLOGIE", "NÉONATOLOGIE", "NÉPHROLOGIE", "NEUROCHIRURGIE", "NEUROLOGIE",
               "O.D.F", "ODONTOLOGIE CONSERVATRICE", "ONCOLOGIE MÉDICALE", "OPHTALMOLOGIE", "PARASITOLOGIE",
               "PARODONTOLOGIE", "PATHOLOGIE BUCCO-DENTAIRE", "PHARMACOLOGIE CLINIQUE", "PHYSIOLOGIE", "PROTHÈSE",
               "PSYCHIATRIE", "RADIOLOGIE-IMAGERIE", "RADIOTHÉRAPIE"]
SUBREGIONS = ["CENTRE / CENTRE CENTRE", "CENTRE / CENTRE EST", "CENTRE / CENTRE OUEST", "CENTRE / CENTRE SUD",
              "EST / EST CENTRE", "EST / EST EST", "EST / EST OUEST", "EST / EST SUD", "OUEST / OUEST CENTRE",
              "OUEST / OUEST EST", "OUEST / OUEST OUEST", "SUD / SUD CENTRE", "SUD / SUD EST", "SUD / SUD OUEST"]
HEADS = ["AIN", "OULED", "SIDI", "BENI", "BORDJ", "EL", "OUED", "HASSI", "DJEBEL", "BIR", "KSAR", "TAOURIRT", "", "", ""]
SYL = ["BA", "TA", "MA", "ZE", "RI", "KA", "LA", "DJE", "SA", "FA", "NA", "HA", "BOU", "GUE", "TOU", "MOU", "AR",
       "EL", "OU", "IR", "AD", "ZAR", "MEL", "TIN", "KER", "RAS", "SEM", "DAR", "MIR", "NOUR"]


def place():
    def make():
        core = "".join(f.pick(SYL) for _ in range(r.choice([2, 2, 3])))
        head = f.pick(HEADS)
        return f"{head} {core}" if head else core
    return f._unique(make)


def tstyle(name):
    return TableStyleInfo(name=name, showRowStripes=True)


wb = workbook()
ws = wb.active
ws.title = "Contacts"
ws.append(HEAD)
for c in ws[1]:
    c.font = Font(bold=True)
t = Table(displayName="Tableau1", ref="A1:X4")
t.tableStyleInfo = tstyle("TableStyleLight9")
ws.add_table(t)
# the rows below the header were formatted as text for codes and numbers before anything was typed
for row in range(2, 53):
    for col in ("B", "E", "F", "T"):
        ws[f"{col}{row}"].number_format = "@"
dv = DataValidation(type="list", formula1='"Algérie"', allow_blank=True)
dv.add("P2:P52")
ws.add_data_validation(dv)
for col, w in zip("ABCDEFGHIJKLMNOPQRSTUVWX", [24.5, 6.6, 21.9, 8, 12.8, 12.4, 6.4, 20.6, 21.6, 14.9, 17.2, 21.5, 17.2,
                                               33.8, 9.4, 12.4, 20.5, 19.4, 37.1, 5.6, 43.2, 23.8, 17, 32.5]):
    ws.column_dimensions[col].width = w

lg = wb.create_sheet("Legendes")
lists = {"A": ["potential", "CP.A+", "CP.A", "CP.B", "CP.C", "CP.ND"], "C": ["pricelist", "PrixB", "PrixN"],
         "E": ["type", "MÉDECIN", "JOURNALISTE", "CONTACT"]}
for k, (col, items) in enumerate(lists.items()):
    for i, v in enumerate(items):
        lg[f"{col}{i + 1}"] = v
    tb = Table(displayName=f"Tableau{[2, 6, 7][k]}", ref=f"{col}1:{col}{len(items)}")
    tb.tableStyleInfo = tstyle("TableStyleMedium2")
    lg.add_table(tb)

ad = wb.create_sheet("Adresses")
ad["A1"], ad["C1"], ad["D1"], ad["E1"], ad["G1"], ad["H1"] = "state", "id", "name", "state_id", "sector", "id"
states = WILAYAS[:]
r.shuffle(states)
for i, s in enumerate(states):
    ad[f"A{i + 2}"] = s
communes = sorted(place() for _ in range(1542))
ids = r.sample(range(100, 4700), 1542)
for i, name in enumerate(communes):
    ad[f"C{i + 2}"] = f"l10n_dz_city.res_country_state_city_{ids[i]}"
    ad[f"D{i + 2}"] = name
    if i != 700:
        ad[f"E{i + 2}"] = f.pick(WILAYAS)
sectors = []
for sub in SUBREGIONS:
    n = {"CENTRE": 70, "EST": 99, "OUEST": 77, "SUD": 13}[sub.split(" / ")[0]]
    sectors += sorted(f"{sub} / {f.pick(communes) if f.chance(0.7) else place()}" for _ in range(n))
sectors = sectors[:1027]
for i, s in enumerate(sectors):
    ad[f"G{i + 2}"] = s
    ad[f"H{i + 2}"] = f"5509aa{r.randrange(16 ** 8):08x}.{r.randrange(10 ** 8):08d}"
for k, ref in enumerate([f"A1:A{len(states) + 1}", "C1:E1543", f"G1:H{len(sectors) + 1}"]):
    tb = Table(displayName=f"Tableau{3 + k}", ref=ref)
    tb.tableStyleInfo = tstyle("TableStyleMedium2")
    ad.add_table(tb)
for col, w in zip("ACDEGH", [21.2, 37.1, 30, 25.2, 46.6, 23.9]):
    ad.column_dimensions[col].width = w

md = wb.create_sheet("Médical")
cols = {"A": ["speciality"] + SPECIALITIES, "C": ["institution"] + INSTITUTIONS, "E": ["grade"] + GRADES,
        "G": ["department"] + DEPARTMENTS, "I": ["status", "Publique", "Privé", "Hospitalier"]}
for k, (col, items) in enumerate(cols.items()):
    for i, v in enumerate(items):
        md[f"{col}{i + 1}"] = v
    tb = Table(displayName=f"Tableau{8 + k}", ref=f"{col}1:{col}{len(items)}")
    tb.tableStyleInfo = tstyle("TableStyleMedium2")
    md.add_table(tb)
for col, w in zip("ACEG", [28.8, 29.9, 30.5, 33.2]):
    md.column_dimensions[col].width = w

save(wb, "templates-en-dz-doctorimport.xlsx")

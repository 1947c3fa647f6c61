"""
Shape of Brandon-Moreno/comercializadoraeltrebol "textos/clientes.ods" (commit
b75b44b8f31fc43cdec894ba43d5de13ba659a5e): a small Mexican grocery and coffee shop's customer names
typed into LibreOffice (French interface: the sheet is "Feuille1"), kept with the shop's publicity
texts: one column, no header, 50 names as the customers show on social media — given name and
surname, given name and an initial pair ("Axel RM"), a nickname ("Yiyi RQ", "Osito …"), a shop's
page name ("Novedades …", "Promoregalos …"), a doubled word, a double space, a curly apostrophe.
Names invented.
"""
from fake import save, workbook

NAMES = ["Moni Vizcarra", "Yiyi RQ", "Maria Peralta", "Berenice", "Novedades Kari’s Centro", "Chuy", "Maria Carmen Pineda",
         "Hugo Salcedo", "Ruly Barragan", "Omar Nieves", "Sergio Arturo GZ", "Sanndy Yazmin", "Axel RM", "Fco Javier Vts",
         "Daniel Loera", "Carmelita Rangel", "Luis Montoya", "Rogelio Rogelio", "Oki Modas", "Mi Sol Lunita",
         "Carlos Titan", "Karlita Villalobos", "Promoregalos Herrera", "Leon Beltran", "Noemí  Gtz", "Tpr Beto",
         "Oscar Salinas", "Silvia Galindo", "George Medrano", "Elsy Sandoval", "Mimi Ramos", "Fermin DV", "Teresa Tovar",
         "Fany Omar Ch", "Ramos Eylin", "Erasmo Santoyo", "Ericka Vela", "Josefa Fuentes De la Rosa", "Josep Lozano",
         "Yadira Ayon Lara", "Vane Ruben Mireles", "Elizabeth Alcaraz Segura", "Luis Ayon", "Lula Galvan", "Junior Medina",
         "Osito Marquez", "Lucy Tito Max", "Alejandra Corrtes", "Cocadita Bien Fria", "Gabriela Luna"]
assert len(NAMES) == 50
wb = workbook()
ws = wb.active
ws.title = "Feuille1"
for i, n in enumerate(NAMES, 1):
    ws.cell(i, 1, n)
ws.column_dimensions["A"].width = 28
save(wb, "clients-es-mx-socialnames.ods", libreoffice="ods")

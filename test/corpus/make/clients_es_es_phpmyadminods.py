"""
Shape of sergiftg/BEJOB clientes.ods (commit 72893ea2e0415563cc0884a54cf1c603c000bbdb): the "clientes" table of a
Spanish training database exported by phpMyAdmin 5.0.2 as OpenDocument: one sheet named after the
table, every cell a string (the phone numbers too), the column names as the header row
CODIGOCLIENTE / EMPRESA / DIRECCION / POBLACION / TELEFONO / RESPONSABLE / HISTORIAL, 38
wholesale customers (shops and companies in capitals: "JUGUETES …", "CONFECCIONES …", "… SL"),
codes CT01-CT40 with two missing, street and number, town, a nine-digit landline by province,
the person in charge at the customer (one name on three customers), and HISTORIAL "NULL" on
every row. phpMyAdmin's package: mimetype, content.xml with a few date styles and no column or
row styles, meta.xml naming the generator, a styles.xml whose font faces use an undeclared svg:
prefix, and the manifest. Company and person names, streets and phones invented.
"""
import os
import zipfile
from xml.sax.saxutils import escape

from fake import FILES, Fake

f = Fake("clients-es-es-phpmyadminods")
KINDS = ["JUGUETES", "CONFECCIONES", "DEPORTES", "FERRETERÍA", "BAZAR", "ALMACENES", "TEJIDOS", "CALZADOS", "PAPELERÍA"]
TAILS = ["EL CASTAÑO", "LA ESPIGA", "MIRALRÍO", "HERMANOS OTERO", "LA PERLA", "EL FARO", "ROBLEDO", "SANTA ANA", "EL PORTAL",
         "VALDÉS", "LA CIGÜEÑA", "NOGALES", "EL MOLINO", "ARANDA", "LA ROSALEDA", "SOTOMAYOR", "LAS DUNAS", "CAÑADA"]
OTHER = ["OTERO E HIJOS", "RIVAS SL", "VELARDE Y CÍA", "DISTRIBUCIONES NIETO", "LA NUEVA MODA", "EXPORTAMAR", "COMERCIAL ÍÑIGUEZ"]
TOWNS = [("MADRID", "91"), ("MADRID", "91"), ("MADRID", "91"), ("BARCELONA", "93"), ("BARCELONA", "93"), ("OVIEDO", "985"),
         ("GIJÓN", "985"), ("SEVILLA", "954"), ("ZARAGOZA", "976"), ("SALAMANCA", "923"), ("LUGO", "982"), ("A CORUÑA", "981"),
         ("SANTANDER", "942"), ("LEÓN", "987"), ("MÁLAGA", "952"), ("TERUEL", "978")]
STREETS = ["LAS ACACIAS", "SAN BERNARDO", "MAYOR", "DEL PRADO", "LOS OLMOS", "RÍO TAJO", "GRAN VÍA", "ALCALÁ", "LA FUENTE",
           "PASEO DE LA RIBERA", "CONDE DE ARANDA", "VÍA AUGUSTA", "SANTA CLARA", "DE LA ESTACIÓN"]
FIRST = ["ANTONIO", "MARÍA", "JOSÉ", "CARMEN", "LUIS", "PILAR", "JAVIER", "ROSA", "MIGUEL", "ISABEL", "ANDRÉS", "TERESA"]
LAST = ["MORENO", "DÍAZ", "ROMERO", "NAVARRO", "TORRES", "DOMÍNGUEZ", "VÁZQUEZ", "RAMOS", "GIL", "SERRANO", "BLANCO", "MOLINA"]

rows = [["CODIGOCLIENTE", "EMPRESA", "DIRECCION", "POBLACION", "TELEFONO", "RESPONSABLE", "HISTORIAL"]]
names = set()
repeated = None
for n in range(1, 41):
    if n in (5, 29):
        continue
    name = f"{f.pick(KINDS)} {f.pick(TAILS)}" if f.chance(0.8) else f.pick(OTHER)
    while name in names:
        name = f"{f.pick(KINDS)} {f.pick(TAILS)}"
    names.add(name)
    town, pre = f.pick(TOWNS)
    phone = pre + "".join(str(f.r.randrange(10)) for _ in range(9 - len(pre)))
    person = f"{f.pick(FIRST)} {f.pick(LAST)}"
    if n == 2:
        repeated = person
    if n in (8, 19):
        person = repeated
    rows.append([f"CT{n:02d}", name, f"{f.pick(STREETS)} {f.r.randrange(1, 300)}", town, phone, person, "NULL"])

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"\n'
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"\n'
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"\n'
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"\n'
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"\n'
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.0"')
DATE_STYLES = ('<office:automatic-styles><number:date-style style:name="N37" number:automatic-order="true"><number:month number:style="long"/>'
               '<number:text>/</number:text><number:day number:style="long"/><number:text>/</number:text><number:year/></number:date-style>'
               '<style:style style:name="DateCell" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>'
               '</office:automatic-styles>')
body = "".join("<table:table-row>" + "".join(f'<table:table-cell office:value-type="string"><text:p>{escape(v)}</text:p></table:table-cell>'
                                             for v in row) + "</table:table-row>" for row in rows)
content = (f'<?xml version="1.0" encoding="utf-8"?><office:document-content {NS}>{DATE_STYLES}<office:body><office:spreadsheet>'
           f'<table:table table:name="clientes">{body}</table:table></office:spreadsheet></office:body></office:document-content>')
styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:font-face-decls>'
          '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" style:font-family-generic="swiss" style:font-pitch="variable"/>'
          '</office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties '
          'style:font-name="DejaVu Sans" fo:font-size="12pt" fo:language="en" fo:country="US"/></style:default-style>'
          '<style:style style:name="Standard" style:family="paragraph" style:class="text"/></office:styles></office:document-styles>')
meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.0"><office:meta>'
        '<meta:generator>phpMyAdmin 5.0.2</meta:generator><meta:initial-creator>phpMyAdmin 5.0.2</meta:initial-creator>'
        '<meta:creation-date>2020-09-24T11:02:54</meta:creation-date></office:meta></office:document-meta>')
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:media-type="application/vnd.oasis.opendocument.spreadsheet" manifest:full-path="/"/>'
            '<manifest:file-entry manifest:media-type="text/xml" manifest:full-path="content.xml"/>'
            '<manifest:file-entry manifest:media-type="text/xml" manifest:full-path="meta.xml"/>'
            '<manifest:file-entry manifest:media-type="text/xml" manifest:full-path="styles.xml"/></manifest:manifest>')
os.makedirs(FILES, exist_ok=True)
when = (2020, 9, 24, 11, 2, 54)
with zipfile.ZipFile(os.path.join(FILES, "clients-es-es-phpmyadminods.ods"), "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype", when), "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
    for member, text in (("content.xml", content), ("meta.xml", meta), ("styles.xml", styles), ("META-INF/manifest.xml", manifest)):
        z.writestr(zipfile.ZipInfo(member, when), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
for row in rows[:4] + rows[7:9] + rows[17:19]:
    print(row)

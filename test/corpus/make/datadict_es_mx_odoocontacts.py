"""
Shape of Marketerp/data_dictionary "Clientes.xlsx" (commit a9f6f6e2e2b835f9e6f63d19b786f2850ad9f603):
a Latin American marketing firm's data dictionary for its Odoo CRM, one workbook per model, exported from
Odoo's field list in Mexican Spanish (RFC, C.P.). The workbook named Clientes documents the contact model (res.partner):
one sheet "Sheet1", bold header "Nombre de campo (res.partner)" / "Etiqueta de campo" / "Modelo" /
"Tipo de campo" / "Tipo" / "Indexado" / "Almacenado" / "Sólo lectura" / "Modelo relacionado", then
one row per field sorted by technical name: the label, "Contacto" on every row, the field type
(Carácter, many2one, entero, booleano, one2many, Selección, binario, Fecha y hora, fecha, …),
"Campo base", three TRUE/FALSE columns and the related model for relational fields. Column A 30.7
wide. 150 fields there, 72 here; the labels are written anew.
A person imports nothing: it describes the fields of a CRM's contact table, it holds no contact.
"""
from openpyxl.styles import Font

from fake import save, workbook

C, M2O, INT, B, O2M, SEL, BIN, DT, D, TXT, MON, F, HTML, M2M = (
    "Carácter", "many2one", "entero", "booleano", "one2many", "Selección", "binario", "Fecha y hora", "fecha",
    "Texto", "Monetario", "Número de coma flotante", "Html", "many2many")
FIELDS = [
    ("__last_update", "Última modificación el", DT, 0, 0, 1, None),
    ("active", "Activo", B, 0, 1, 0, None),
    ("activity_date_deadline", "Próxima fecha límite de actividad", D, 0, 0, 1, None),
    ("activity_ids", "Actividades", O2M, 0, 1, 0, "mail.activity"),
    ("activity_state", "Estado de las actividades", SEL, 0, 0, 1, None),
    ("activity_summary", "Resumen de la próxima actividad", C, 0, 0, 0, None),
    ("activity_user_id", "Usuario responsable de la actividad", M2O, 0, 0, 0, "res.users"),
    ("avatar_128", "Avatar 128", BIN, 0, 0, 1, None),
    ("avatar_1920", "Avatar", BIN, 0, 0, 1, None),
    ("bank_account_count", "Cuentas bancarias", INT, 0, 0, 1, None),
    ("bank_ids", "Bancos", O2M, 0, 1, 0, "res.partner.bank"),
    ("barcode", "Código de barras", C, 0, 1, 0, None),
    ("category_id", "Etiquetas", M2M, 0, 1, 0, "res.partner.category"),
    ("child_ids", "Contactos", O2M, 0, 1, 0, "res.partner"),
    ("city", "Ciudad", C, 0, 1, 0, None),
    ("color", "Índice de color", INT, 0, 1, 0, None),
    ("comment", "Notas", HTML, 0, 1, 0, None),
    ("commercial_company_name", "Nombre de la empresa comercial", C, 0, 1, 1, None),
    ("commercial_partner_id", "Entidad comercial", M2O, 1, 1, 1, "res.partner"),
    ("company_id", "Compañía", M2O, 1, 1, 0, "res.company"),
    ("company_name", "Nombre de la compañía", C, 0, 1, 0, None),
    ("company_type", "Tipo de compañía", SEL, 0, 0, 0, None),
    ("contact_address", "Dirección completa", C, 0, 0, 1, None),
    ("country_code", "Código de país", C, 0, 0, 1, None),
    ("country_id", "País", M2O, 0, 1, 0, "res.country"),
    ("create_date", "Creado el", DT, 0, 1, 1, None),
    ("create_uid", "Creado por", M2O, 0, 1, 1, "res.users"),
    ("credit", "Total por cobrar", MON, 0, 0, 1, None),
    ("credit_limit", "Límite de crédito", F, 0, 1, 0, None),
    ("currency_id", "Moneda", M2O, 0, 0, 1, "res.currency"),
    ("customer_rank", "Rango de cliente", INT, 0, 1, 0, None),
    ("date", "Fecha", D, 1, 1, 0, None),
    ("debit", "Total por pagar", MON, 0, 0, 1, None),
    ("display_name", "Nombre mostrado", C, 0, 1, 1, None),
    ("email", "Correo electrónico", C, 0, 1, 0, None),
    ("email_formatted", "Correo con formato", C, 0, 0, 1, None),
    ("email_normalized", "Correo normalizado", C, 1, 1, 1, None),
    ("employee", "Empleado", B, 0, 1, 0, None),
    ("function", "Puesto de trabajo", C, 0, 1, 0, None),
    ("id", "ID", INT, 1, 1, 1, None),
    ("image_1920", "Imagen", BIN, 0, 1, 0, None),
    ("industry_id", "Sector", M2O, 0, 1, 0, "res.partner.industry"),
    ("invoice_ids", "Facturas", O2M, 0, 1, 1, "account.move"),
    ("is_company", "Es una empresa", B, 1, 1, 0, None),
    ("lang", "Idioma", SEL, 0, 1, 0, None),
    ("meeting_count", "Número de reuniones", INT, 0, 0, 1, None),
    ("message_follower_ids", "Seguidores", O2M, 0, 1, 0, "mail.followers"),
    ("message_ids", "Mensajes", O2M, 0, 1, 0, "mail.message"),
    ("mobile", "Móvil", C, 0, 1, 0, None),
    ("name", "Nombre", C, 1, 1, 0, None),
    ("opportunity_count", "Oportunidades", INT, 0, 0, 1, None),
    ("opportunity_ids", "Oportunidad", O2M, 0, 1, 0, "crm.lead"),
    ("parent_id", "Empresa relacionada", M2O, 1, 1, 0, "res.partner"),
    ("parent_name", "Nombre del padre", C, 0, 0, 1, None),
    ("partner_latitude", "Latitud geográfica", F, 0, 1, 0, None),
    ("partner_longitude", "Longitud geográfica", F, 0, 1, 0, None),
    ("phone", "Teléfono", C, 0, 1, 0, None),
    ("property_payment_term_id", "Plazos de pago del cliente", M2O, 0, 0, 0, "account.payment.term"),
    ("property_product_pricelist", "Lista de precios", M2O, 0, 0, 0, "product.pricelist"),
    ("ref", "Referencia", C, 1, 1, 0, None),
    ("sale_order_count", "Número de pedidos de venta", INT, 0, 0, 1, None),
    ("sale_order_ids", "Pedidos de venta", O2M, 0, 1, 0, "sale.order"),
    ("state_id", "Estado", M2O, 0, 1, 0, "res.country.state"),
    ("street", "Calle", C, 0, 1, 0, None),
    ("street2", "Calle 2", C, 0, 1, 0, None),
    ("supplier_rank", "Rango de proveedor", INT, 0, 1, 0, None),
    ("team_id", "Equipo de ventas", M2O, 0, 1, 0, "crm.team"),
    ("title", "Título", M2O, 0, 1, 0, "res.partner.title"),
    ("type", "Tipo de dirección", SEL, 0, 1, 0, None),
    ("user_id", "Comercial", M2O, 0, 1, 0, "res.users"),
    ("vat", "RFC", C, 1, 1, 0, None),
    ("website", "Enlace del sitio web", C, 0, 1, 0, None),
    ("write_date", "Última actualización el", DT, 0, 1, 1, None),
    ("zip", "C.P.", C, 0, 1, 0, None),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
head = ["Nombre de campo (res.partner)", "Etiqueta de campo", "Modelo", "Tipo de campo", "Tipo", "Indexado",
        "Almacenado", "Sólo lectura", "Modelo relacionado"]
for c, h in enumerate(head, 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, (name, label, kind, idx, stored, ro, rel) in enumerate(FIELDS, 2):
    for c, v in enumerate([name, label, "Contacto", kind, "Campo base", bool(idx), bool(stored), bool(ro), rel], 1):
        if v is not None:
            ws.cell(r, c, v)
ws.column_dimensions["A"].width = 30.71
save(wb, "datadict-es-mx-odoocontacts.xlsx")

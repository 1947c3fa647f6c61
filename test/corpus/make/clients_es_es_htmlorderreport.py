"""
Shape of gonms/gestnar clientes.xls (commit ddfa8e4d58006ed51340967a7eae7e521a7382a0): a Spanish PHP ERP's
"client file" report for one customer, downloaded as clientes.xls but written as an Excel HTML
page (iso-8859-1, CRLF, Office XML islands naming the sheet "Hoja 1", one <table x:str> with
class=style0 cells and bold headings). Two blocks in one table: the client — NOMBRE / LOCALIDAD /
PROVINCIA / CIF (the town left empty) — then an empty row, then the client's orders PEDIDO
(P/yy-nnnn) / FECHA (dd/mm/yyyy) / TOTAL (Spanish number text "6.711,20"). Client name, tax
number and order figures invented.
"""
import os

from fake import FILES

HEAD = """                <html xmlns:o="urn:schemas-microsoft-com:office:office"
                xmlns:x="urn:schemas-microsoft-com:office:excel"
                xmlns="http://www.w3.org/TR/REC-html40">

                <head>
                <meta http-equiv=Content-Type content="text/html; charset=iso-8859-1">
                <meta name=ProgId content=Excel.Sheet>
                <!--[if gte mso 9]><xml>
                 <o:DocumentProperties>
                  <o:LastAuthor>ADMIN</o:LastAuthor>
                  <o:LastSaved>2005-01-02T07:46:23Z</o:LastSaved>
                  <o:Version>10.2625</o:Version>
                 </o:DocumentProperties>
                </xml><![endif]-->
                <style>
                <!--table
                    {mso-displayed-decimal-separator:"\\.";
                    mso-displayed-thousand-separator:"\\,";}
                .style0
                    {mso-number-format:General;
                    text-align:general;
                    vertical-align:top;
                    white-space:wrap;
                    font-size:10.0pt;
                    font-family:Arial;
                    mso-style-name:Normal;
                    mso-style-id:0;}
                -->
                </style>
                <!--[if gte mso 9]><xml>
                 <x:ExcelWorkbook>
                  <x:ExcelWorksheets>
                   <x:ExcelWorksheet>
                    <x:Name>Hoja 1</x:Name>
                    <x:WorksheetOptions>
                     <x:Selected/>
                     <x:ProtectContents>False</x:ProtectContents>
                    </x:WorksheetOptions>
                   </x:ExcelWorksheet>
                  </x:ExcelWorksheets>
                 </x:ExcelWorkbook>
                </xml><![endif]-->
                </head>

                <body link=blue vlink=purple>
"""


def row(cells, bold=False):
    return "<tr>" + "".join(f"<td class=style0>{'<b>' + c + '</b>' if bold else c}</td>" for c in cells) + "</tr>"


ORDERS = [("P/10-3112", "14/05/2010", "2.840,50"), ("P/10-3190", "03/11/2010", "915,00"), ("P/11-3245", "21/02/2011", "1.377,25"),
          ("P/11-3301", "09/09/2011", "388,40"), ("P/12-3356", "17/01/2012", "642,00"), ("P/12-3378", "05/06/2012", "12.060,00"),
          ("P/12-3391", "28/08/2012", "199,90")]
table = ("<table x:str border=0 cellpadding=0 cellspacing=0 style='border-collapse: collapse;table-layout:fixed;'>"
         + row(["NOMBRE", "LOCALIDAD", "PROVINCIA", "CIF"], bold=True)
         + row(["SUMINISTROS INDUSTRIALES NOGUERA", "", "VALENCIA", "B-46213598"])
         + row(["", "", ""])
         + row(["PEDIDO", "FECHA", "TOTAL"], bold=True)
         + "".join(row(list(o)) for o in ORDERS) + "</table></body></html>")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-es-es-htmlorderreport.xls"), "wb") as out:
    out.write((HEAD.replace("\n", "\r\n") + "                " + table).encode("iso-8859-1"))

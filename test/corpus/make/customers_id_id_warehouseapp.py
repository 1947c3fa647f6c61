"""
Shape of L-ARGE/Atur-Gudang pelanggan.csv (commit f663e7e45ef855adfd1c8500446ad643ce5f03ca): the customer
table of an Indonesian student warehouse app (Surakarta area), typed by hand: CRLF, comma, no
quoting, headers id_pelanggan / nama_pelanggan / alamat; five customers numbered 1100, 1200 …,
first names only in lower case but the last, the address a village or town name, and a stray
",-" after the last row's address (a fourth field the header does not have). Names invented.
"""
import os

from fake import FILES

ROWS = ["id_pelanggan,nama_pelanggan,alamat", "1100,dimas,colomadu", "1200,lestari,baki", "1300,yusuf,gentan",
        "1400,anisa,palur wetan", "1500,Rendra,Klaten,-"]
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-id-id-warehouseapp.csv"), "wb") as out:
    out.write(("\r\n".join(ROWS) + "\r\n").encode("utf-8"))

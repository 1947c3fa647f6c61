"""
Shape of dinizjp/estoque_mome "validade.xlsx" (commit 48dd2bd0e1cec22735e441779cc86cba99db4ba6):
the stock and shelf-life sheet of a Brazilian açaí and ice-cream shop chain's store, the seed of a
Streamlit stock app. One sheet "Planilha1", header produto_id / produto / quantidade / lote /
data_vencimento (the last formatted mm-dd-yy), 101 products in capitals with pack sizes and
suppliers — açaí and ice-cream boxes "CX 6KG", frozen fruit, toppings, creams, sweets, milk, then
branded packaging (lids, pots, bags, napkins, seals) and cleaning items — with four-digit or
three-digit product codes, quantity 0 on every row, lot and expiry date still empty (101 products there, 99 here). Columns
9.8 / 53.8 / 10.7 / – / 15.2 wide. Product lines re-made; nobody is named in it.
A person imports nothing: a store's stock list, not clients.
"""
from fake import Fake, save, workbook

f = Fake("stock-pt-br-acaishop")
ITEMS = (
    ["SORVETE DE AÇAÍ 10 KG", "SORVETE DE AÇAÍ ZERO 9 KG"]
    + [f"SORVETE ESP. {s} CX 6KG GELATTO" for s in ["AMARENA", "BANANA CARAMELADA", "AVELÃ CROCANTE", "IOGURTE GREGO",
                                                     "MORANGO COM NUTELLA", "MOUSSE DE MARACUJA", "MOUSSE DE LIMÃO",
                                                     "NINHO COM NUTELLA", "OVOMALTINE", "PAVÊ", "CHICLETE AZUL",
                                                     "TORTA HOLANDESA"]]
    + [f"SORVETE TRAD. {s} CX 6KG GELATTO" for s in ["ABACAXI", "CHOCOLATE", "MENTA COM CHOCOLATE", "COCO",
                                                      "CREME", "CUPUAÇU", "FLOCOS", "MORANGO", "PASSAS AO RUM",
                                                      "UVA", "LIMÃO"]]
    + ["SORVETE PITAYA CX 6KG", "SORVETE DE COOKIES CX 6KG", "MORANGO CONGELADO PCT 1 KG",
       "POLPA DE CUPUAÇU CONGELADA PCT 1 KG", "AGUA MINERAL SEM GAS FD 12 UN 500ML",
       "AMENDOIM GRANULADO TORRADO PCT 1,05KG", "CALDA CHOCOLATE QUENTE BD 12KG", "CASTANHA DE CAJU PCT 1KG",
       "BOLINHA CHOCOLATE CROCANTE PCT 500G", "CEREJA EM CALDA BD 4,5KG", "CEREJA NATURAL SEM CABO LT 3,1KG",
       "CREME DE CHOCOLATE E AVELÃ BD 12KG", "COBERTURA CARAMELO FR 1,3KG", "COBERTURA CHOCOLATE FR 1,3KG",
       "COBERTURA MORANGO FR 1,3KG", "CREME CHOCOLATE BRANCO C/WAFER BD 4KG", "CREME DE AMENDOIM 12 KG",
       "CREME DE AVELA COM CACAU BD 3KG", "CREME DE BOMBOM 3,000 KG", "CREME DE COOKIES 3,000 KG",
       "CREME DE LEITE CAIXA 1,03KG", "CREME DE LEITINHO 12 KG", "CONFEITO DE CHOCOLATE 1.01KG",
       "DOCE DE LEITE COM CHOC BD 10KG", "BALA DE GOMA AMORA 500G", "BALA DE GOMA BANANA 500 G",
       "BALA DE GOMA BEIJINHO PCT 500 G", "BALA DE GOMA DENTADURA 500G", "GOMA SINO PCT 1 KG",
       "GOTAS DE CHOCOLATE 1,05KG", "GRANOLA TRAD PCT DE 1KG", "GRANULADO CHOCOLATE PCT 1,05KG",
       "GRANULADO COLORIDO 1,01 KG", "LEITE CONDENSADO CX 2 PCT 5 KG", "LEITE CONDENSADO ZERO LACTOSE 395GR",
       "LEITE EM PO INTEG PCT 1KG", "MEL DE ABELHA FR 1 L", "PAÇOCA ROLHA 50 UNDS",
       "PASTA SABOR CHOCOLATE COM PIPOCA 3,5kg", "PREPARADO DE ABACAXI BD 4,1 KG", "PREPARADO DE MORANGO BD 4,1 KG",
       "TAPIOCA PACOTE DE 1 KG", "CASQUINHA BIJU BAUNILHA 1KG", "UVA PASSAS PRETA 10 KG", "BISNAGA INVERTIDA 720",
       "BOBINA TERMICA BRANCA CX C/30 UN", "COLHER ROXA PERSONALIZADA CX 1000 UND", "GUARDANAPO PERSONALIZADO 30X30",
       "GUARDANAPO PERSONALIZADO CX 2000 UND", "LACRE C/150 UN 38M ZERO", "LACRE C/ 150 UN 38M CUPU",
       "LACRE C/ 150 UN 38M MORANGO", "LACRE C/150 UN 38M BANANA", "LACRE C/150 UN 38M PURO",
       "ADESIVO LOGO ROLO C/500", "LACRE ROLO C/150 UND", "POTE ISOPOR CX 25 PCT 20 UN 473 ML",
       "POTE ISOPOR CX 25 PCT 20 UN 710 ML", "POTE ISOPOR CX 25 PCT 20 UN 946 ML", "POTE ISOPOR CX 50 PCT 20 UN 355 ML",
       "POTE PERS.BIO. CX 600 UND 480 ML", "POTE PERS.BIO. CX 600 UND 1000 ML", "POTE/TAMPA DELIVERY 100 ML PCT 25 UND",
       "SACO DELIVERY 24X34X14", "SACOLA PERSONALIZADA PCT 1000 UN", "TAMPA POTE ISOPOR 355 ML CX 25 PCT 20 UN",
       "TAMPA POTE ISOPOR CX 25 PCT 20 UN", "TAMPA POTE PERS. BIO. CX. 1200 UND 480 ML",
       "TAMPA POTE 1000 ML PERS. BIO. CX 600 UND", "KIT FLANELA LIMPEZA 03 UND", "FLANELA LARANJA PARA VIDROS",
       "REFIL ADESIVO PEGA MOSCAS COM 5 UNDS.", "PANO DE CHÃO MICROFIBRA AZUL", "LAMPADA 15W ARMADILHA DE MOSCA"]
)
codes = [2886, 2887] + f.r.sample(range(950, 1110), 35) + f.r.sample(range(1200, 3200), len(ITEMS) - 37)

wb = workbook()
ws = wb.active
ws.title = "Planilha1"
for c, h in enumerate(["produto_id", "produto", "quantidade", "lote", "data_vencimento"], 1):
    ws.cell(1, c, h)
ws["E1"].number_format = "mm-dd-yy"
for r, (code, item) in enumerate(zip(codes, ITEMS), 2):
    ws.cell(r, 1, code)
    ws.cell(r, 2, item)
    ws.cell(r, 3, 0)
    ws.cell(r, 5).number_format = "mm-dd-yy"
for col, w in zip("ABCE", (9.83, 53.83, 10.66, 15.16)):
    ws.column_dimensions[col].width = w
save(wb, "stock-pt-br-acaishop.xlsx")

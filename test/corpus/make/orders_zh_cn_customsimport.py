"""
Shape of SuperMidFaker/Lemon-test "订单.xlsx": the order import template of a customs-brokerage and
bonded-warehouse system, filled in for a test import in Excel for Mac. One sheet "Sheet1".

- Row 1: 83 column titles in one row, no title above: 客户代码 / 客户单号(必填) / 进出口标识 / 件数 / 包装 /
  总毛重 / CBM / 是否紧急 / 货物类型 / 收货方代码 / 收货方名称 / 联系人 / 收件详细地址 / 联系电话 / 手机号 / 备注 /
  运输方式(2 海运 5 空运 3 铁路) / DO/MAWB … 商品名称 / 英文描述 / … / 供货商 / 批次号 / … / 扩展属性日期8, the
  客户代码 column formatted as text.
- Row 2: the one order typed for the test: a client code like '356A', a date-like order number
  as a number, 'IMP', pieces, package and weight numbers, goods type and transport mode codes;
  every consignee, contact and goods column left empty.
Not client data: an order-import template with one test order and no consignee. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("orders-zh-cn-customsimport")

HEADER = ["客户代码", "客户单号(必填)", "进出口标识", "件数", "包装", "总毛重", "CBM", "是否紧急", "货物类型", "收货方代码", "收货方名称",
          "联系人", "收件详细地址", "联系电话", "手机号", "备注", "运输方式(2 海运 5 空运 3 铁路)", "DO/MAWB", "BL/HAWB", "船名/航班号",
          "航次", "货运代理", "运费", "运费币制", "保费", "保费币制", "杂费", "杂费币制", "集装箱号", "发票号", "发票日期", "订单号", "商品货号",
          "手册号", "项号", "商品编码", "商品名称", "英文描述", "数量(个数)", "单位(个数)", "规格型号", "申报数量", "申报单位", "法定第一数量",
          "法定第一单位", "法定第二数量", "法定第二单位", "毛重(千克)", "净重(千克)", "申报单价", "申报总价", "币制", "征免方式", "原产国",
          "目的国", "境内目的地", "目的地行政区划", "原产地区", "用途", "货物属性", "非危险化学品(是/否)", "UN编码", "危险货物名称", "危包类别",
          "危包规格", "版本号", "工缴费", "成交方式", "入库订单号", "库别", "供货商", "批次号", "序列号", "监管入库单号", "内部代码",
          "扩展属性1", "扩展属性2", "扩展属性3", "扩展属性4", "扩展属性5", "扩展属性6", "扩展属性日期7", "扩展属性日期8"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
ws["A1"].number_format = "@"
row = {1: f"{f.r.randrange(100, 999)}{f.pick('ABCK')}", 2: 20190000 + f.r.randrange(101, 1231), 3: "IMP",
       4: f.r.randrange(5, 60), 5: f.r.randrange(10, 40), 6: f.r.randrange(10, 90), 9: 1, 17: f.pick([2, 3, 5])}
for col, v in row.items():
    ws.cell(2, col, v)
save(wb, "orders-zh-cn-customsimport.xlsx")

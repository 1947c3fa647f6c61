"""
Shape of lgscvb/20251127-hj- "Hour Jungle CRM 系統資料遷移完整規劃/contracts_transformed_20251203_080506.csv"
(at commit 3599320): the same Taichung business centre's contract table as its migration script left it
(pandas, UTF-8 with BOM, LF): the old workbook's 21 Chinese columns 編號 / 姓名 / 公司 / 類別 / 項目 / 繳費方式 /
起始日期 / 合約到期日 / 標註 / 約定繳費日期 / 金額 / 行業備註 / 簽約日期 / 押金 / Co number / 生日 / Add / 聯絡電話 /
Id number / 置物櫃 / Mail, then the script's English columns start_date … notes, then the second branch's
公司名稱 / 統編 at the end. 215 rows: the head office's contracts by serial number (ROC dates 114/05/10, 簽約日期
written 0113/3/1, two or three dates in one cell or with 公證簽約, 金額 as 1800/m or "1200/m 1350/m", 押金
6000/未退 or n or -, Co number N or a business number, 生日 as yyyy-mm-dd 00:00:00, a ten-digit mobile, 營登 /
自由座 / 辦公室 contracts), 71 serials numbered on with nothing but the script's defaults (unknown, monthly,
virtual_office, active, 5), then the second branch's contracts V01 … V70 whose company and business number stand
in the last two columns, the mobile as a float without its leading zero (933189163.0) and the business number
as 60209751.0; the branch's own empty serials follow. Every name, company, number, date and address is
invented (ID numbers with a wrong check digit, 0900 mobiles, example.* e-mail).
"""
import datetime
import os
import re

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("contracts-zh-tw-bizcentre")

# per contract row: serial | 類別 | 項目 | 繳費方式 | 約定繳費日期 | 金額 | 押金 | 置物櫃 | which of 姓名, 公司, 起始日期,
# 合約到期日, 標註, 行業備註, 簽約日期, Co number, 生日, Add, 聯絡電話, Id number, Mail, 公司名稱, 統編 are filled |
# how 簽約日期 is written | a(ctive) / e(xpired) | payment_day | Co number kind; a bare serial is an empty row
SPEC = ['4||辦公室Ａ|M|5|12000/m|22000/未退|B2|xxxx.xxxxxxx...|two|a|5|N', '20|行號|營登|Y|5|1500/m|3000/未退|N|xxxx.xxxxxxx...|p|e|5|T', '22|行號|營登|6m|15|1490/m|3000/未退||xxxx..xxxxxx...|zu|a|15|T', '31|有限公司|營登|6m|15|1490/m|3000/未退||xxxx.xxxxxxx...|p|a|15|T', '32|行號|營登|Y|23|1500/m|3000/未退||xxxx.xxx.xxx...|p|e|23|T', '47|有限公司|營登|2Y|18|1690/m|3000/未退||xxxx..xxxxxx...|three|a|18|T', '53|行號|營登|Y|30|1800/m|3000/未退||xxxx..xxxxxx...|p|a|30|T', '55|工作室|營登|6m|1|1490/m|3000/未退||xxxx.xxxxxxx...|p|e|1|T', '57|有限公司|營登|6m|8|1690/m|3000/未退||xxxx..xxxxxx...|p|a|8|T', '58|行號|營登|6m|7|1490/m|3000/未退||xxxx..xxxxxx...|p|a|7|T', '63|股份有限公司|營登|6m|22|1490/m|3000/未退||xxxx..xxxxxx...|u|a|22|T', '67|行號|營登|6m|5|1490/m|6000/未退||xxxx..xxxxxx...|p|a|5|T', '71|行號|營登|Y|10|2000/m|3000/未退||xxxx..xxxxxx...|p|a|10|T', '73|公司|營登|6m|4/3|1650/m|3000/未退||xxxx..xxxxxx...|p|a|5|T', '78|公司|營登|2Y|24|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|24|T', '80|行號|營登|6m|5|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|5|T', '82|行號|營登|2Y|11|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|11|T', '85|有限公司|營登|6m|1|2000/m|6000/未退||xxxx.xxxxxxx...|p|a|1|T', '86|有限公司|營登|6m||1690/m|2980/未退||xxxxx.xxxxxx...|zp|a|5|T', '87|行號|營登|2Y|10|1690/m|6000/未退||xxxxxxxxxxxx...|zp|a|10|T', '88|有限公司|營登|6m|28|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|28|T', '91|行號|營登|y|15|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|15|T', '93|行號|營登|6m|6|1690/m|6000/未退||xxxx.xxxxxxx...|zp|a|6|T', '95|行號|營登|y|17|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|17|T', '102|行號|營登|6m|4/18|2000/m|6000/未退||xxxx.xxxxxxx...|zp|a|5|T', '105|公司|營登|y|11/19|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|5|T', '106|公司|營登|y|11/19|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|5|T', '109|行號|營登|y|12/2|1800/m|6000/未退||xxxx..xxxxxx...|zp|e|5|T', '111|公司|營登|6m|12/10|1490/m|6000未退||xxxx..xxxxxx...|zp|e|5|T', '112|行號|營登|y|12/12|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '114|公司|營登|6m|1/2|1490/m|6000/未退||xxxx.xxxxxxx...|zu|a|5|T', '116| |營登|y|31|1800/m|6000/未退||xxxx.xxxxxxx...|zu|a|31|T', '117|公司|營登|6m|11|1690/m|6000/未退||xxxx.xxxxxxx...|notary|a|11|T', '118|行號|營登|6m|1/11|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '122|行號|營登|6m|3/1|2000/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '124|行號|營登|y|2/15|1800/m|6000/未退||xxxx.xxxxxxx...|zu|a|5|T', '126|行號|營登|6m|2/21|2000/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '127|公司|營登|6m|2/24|1800/m|6000/未退||xxxx..xxxx.x...|zu|a|5|T', '128|行號|營登|6m|3/1|1800/m|6000/未退||xxxx.xxxxxxx...|u|a|5|T', '129|行號|營登|2Y|3/1|1800/m|6000/未退||xxxx.xxxxxxx...|zu|a|5|T', '131|行號|營登|y|3/2|1800/m|6000/未退||xxxx.xxxxxxx...|zu|a|5|T', '133|公司|營登|6m|3/6|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '136|公司|營登|6m|3/3|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '141|公司|營登|6m|3/6|2000/m|6000/未退||xxxxx.xxxxxx...|zu|a|5|T', '144|行號|營登|6m|3/17|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '145|行號|營登|6m|3/01|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '147|公司|營登|6m|4/1|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '153|公司|營登|6m|4/19|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|5|T', '154|行號|營登|6m|4/19|1800/m|6000/未退||xxxx.xxxxxxx...|zu|a|5|T', '158|行號|營登|y|5/10|2000/m|6000/未退||xxxx..xxxxxx...|zp|a|5|T', '160|行號|營登|y|5/23|1800/m|6000/未退||xxxxxxxxxxxx...|zp|a|5|T', '163|事務所|營登|6m|15|1490/m|6000/未退||xxxxx.xxxxxx...|zp|a|15|T', '164|公司|營登|6m|6/14|1800/m|6000/未退||xxxxx.xxxxxx...|zu|a|5|T', '166|行號|營登|y|7/17|1800/m|6000/未退||xxxxx.xxxxxx...|zp|a|5|T', '167|有限公司|營登|6m|7/25|1490/m|6000/未退||xxxxxxxxxxxx...|zp|a|5|T', '168|有限公司|營登|y|7/15|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|5|T', '170|行號|營登|y|8/10|1800/m|6000/未退||xxxxxxxxxxxx...|zp|a|5|T', '171||自由座|m|5|3000/m|n||x.x...x.xxxx...|zp|a|5|', '172|行號|辦公室|y|9/01| 12825/m|13500/未退||xxxx..xxxxxx...|zp|a|5|T', '173|有限公司|營登|6m|9/01|1490/m|6000/未退||xxxx..xxxxxx...|zp|a|5|T', '179|行號|營登|y|9/14|1800/m|6000/未退||xxxxx.xxxxxx...|zp|a|5|T', '180|有限公司|營登|6m|9/22|1490/m|6000/未退||xxxxx.xxxxxx...|zp|a|5|T', '181|有限公司|營登|2y|21|1490/m|6000/未退||xxxx.xxxxxxx...|p|e|21|T', '183|有限公司|營登|6m|11|1490/m|6000/未退||xxxx..xxxxxx...|zp|a|11|T', '190|有限公司|營登|6M|15|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|15|T', '192|有限公司|營登|y|27|1800/m|6000/未退||xxxx..xxxxxx...|zp|e|27|T', '193|行號|營登|2y|24|1690/m|6000/未退||xxxx..xx.xxx...|zp|a|24|T', '194|行號|營登|6M|17|1000/m|6000/未退||xxxxxxxxxxxx...|zp|a|17|T', '195|有限公司|營登|6M|14|1490/m|6000/未退||xxxx..xxxxxx...|zp|a|14|T', '196|有限公司|營登|2y|27|1490/m|6000/未退||xxxx.xxxxxxx...|zp|a|27|T', '197|行號|營登|6M|12|1490/m|6000/未退||xxxx..xx.xxx...|zp|a|12|T', '198|行號|營登|6M|8|1490/m|6000/未退||xxxx..xx.xxx...|zp|a|8|T', '199|行號|營登|y|9|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|9|T', '201|Ｆ辦|辦公室|3M|15|12000/m|n||x.xx..x...x....|zp|a|15|', '202|有限公司|營登|6M|8|1650/m|6000/未退||xxxx..xx.xxx...|zp|a|8|T', '205|行號|營登|6M|18|1800/m|6000/未退||xxxx..xx.xx....|zp|a|18|T', '206|行號|營登|6M|13|1650/m|6000/未退||xxxx..xx.xx....|zp|a|13|T', '209|有限公司|營登|6M|9|1650/m|6000/未退||xxxx.xxxxxxx...|zp|a|9|T', '211|有限公司|D辦|3M|1|12000/m|12000/未退||xxxx..xxxxxx...|zp|e|1|T', '212|行號|營登|6M|2|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|2|T', '214|有限公司|營登|6M|13|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|13|T', '215|行號|營登|6M|13|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|13|T', '216|行號|營登|6M|31|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|31|T', '217|事務所|辦公室Ｂ|M|1|10880/m|9880/未退||xxxxxxxxxxxx...|zp|a|1|T', '220|有限公司|營登|6M|22|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|22|T', '224|行號|營登|6M|28|2000/m|6000/未退||xxxx.xxxxxxx...|zp|a|28|T', '228|有限公司|營登|6M|23|1690/m|6000/未退|外國人護照號|xxxx.xxxxxxxx..|zp|a|23|0T', '230|有限公司|營登|6M|6|1690/m|6000/未退|外國人護照號|xxxx.xxxxxxx...|zp|a|6|0T', '231|行號|營登|6M|25|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|25|T', '232|有限公司|營登|3Y|19|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|19|T', '234|行號|營登|Y|18|1800/m|6000/未退||xxxx..xxxxxx...|zp|e|18|T', '235|行號|營登|2Y|21|1690/m|6000/未退||xxxx..xxxxxx...|zp|a|21|T', '236|有限公司|營登|6M|10|1690/m|6000/未退||xxxx.xxxxxx....|zp|a|10|0T', '237|有限公司|營登|6M|1|1690/m|6000/未退||xxxx.xxxxxxx...|zp|e|1|T', '238|行號|營登|6M|13|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|13|T', '239|行號|營登|Y|20|2000/m|6000/未退||xxxx..xxxxxx...|zp|a|20|0T', '240|有限公司|營登|6M|3|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|3|T', '241|有限公司|營登|6M|6|1800/m|6000/未退||xxxx.xxxxx.x...|zp|a|6|0T', '242|行號|營登|6M|14|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|14|T', '243|行號|營登|Y|10|2000/m|6000/未退||xxxx.xxxxxxx...|zp|a|10|T', '244|行號|營登|6M|24|1800/m|6000/未退||xxxx..xxxxxx...|zp|a|24|T', '245|行號|營登|Y|24|2000/m|6000/未退||xxxx..xxxxxx...|zp|a|24|T', '247|有限公司|營登|6M||1800/m|6000/未退||xxxx.x.x.......||a|5|T', '248|有限公司|營登|Y|23|2000/m|6000/未退||xxxx.xxxxxxxx..|zp|a|23|T', '249|有限公司|營登|6M|11|1800/m|6000/未退||xxxx.xxxxxxx...|zp|a|11|T', '250|有限公司|營登|2Y|19|1000/m|6000/未退||xxxxx.xxxxxx...|zp|a|19|T', '251|有限公司|營登|2Y|25|1200/m 1350/m|6000/未退||xxxx..xxxxxx...|zp|a|25|T', '252|有限公司|營登|2Y|27|1200/m 1350/m|6000/未退||xxxx..xxxxxxx..|zp|e|27|T', '253|有限公司|營登|2Y|10|1200/m 1350/m|6000/未退||xxxxx.xxxxxx...|zp|a|10|T', '254|行號|營登|6M|10|1690/m|6000/未退||xxxxx.x.xxxx...|zu|a|10|', '255|有限公司|營登|Y|24|1590/m|6000/未退||xxxx..xxxxxx...|zu|a|24|T', '256|有限公司|營登|Y|11|2000/m|6000/未退||xxxx..xxxxxx...|zu|a|11|T', '257|事務所|營登|Y|6|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|6|0T', '258||自由座|Ｍ|10|3000/m|-|B7|x.xx..xxxxxx...|zu|e|10|-', '259|有限公司|營登|Y|16|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|16|T', '260|有限公司|營登|Y|13|2000/m|6000/未退||xxxx..xxxxxx...|zu|a|13|T', '261|行號|營登|Y|7|1800/m|6000/未退||xxxx..xxxxxx...|zu|a|7|T', '262|有限公司|辦公室|Y|11/20|12350/m|13000/未退||xxxxx.xx..x.x..|zp|a|5|T', '263||自由座|M||3000/m|-|A8|x.xx..xxxxxx...|zp|e|5|T', '264', '265', '266', '267', '268', '269', '270', '271', '272', '273', '274', '275', '276', '277', '278', '279', '280', '281', '282', '283', '284', '285', '286', '287', '288', '289', '290', 'V01|行號|營登|Y||2000/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V02|行號|營登|Y||2000/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V04|行號|營登|6M||1800/m|6000/未退||x.xx.....xx..xx||a|5|', 'V05|行號|營登|6M||1800/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V06|事務所|營登|2Y||1200/m     1350/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V07|有限公司|營登|2Y||1000/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V08|有限公司|營登|||1000/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V09|行號|營登|||1000/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V10|行號|營登|||1000/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V11|行號|營登|Y||2000/m|6000/未退||x.xxx.x..x.x.xx|iso|a|5|', 'V12|行號|營登|2Y||1200/m     1350/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V13|股份有限公司|營登|Y||1590/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V14|行號|營登|6M||1690/m|6000/未退||x.xxx.x.xxxxxxx|iso|a|5|', 'V15|行號|營登|2Y||1200/m     1350/m|6000/未退||x.xxx.x.xxxx...|iso|a|5|', 'V16|行號|營登|Y||1590/m|6000/未退||x.xx..x.xxxx.xx|iso|a|5|', 'V17|行號|營登|Y||1590/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V18|行號|營登|2Y||1690/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V19|有限公司|營登|Y||1690/m|6000/未退||x.xxx....x.x.xx||a|5|', 'V20|行號|營登|Y||1590/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V21|股份有限公司|營登|Y||1800/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V22|行號|營登|Y||1800/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V23|行號|營登|Y||1800/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V24|行號|營登|Y||1800/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V25|行號|營登|Y||1800/m|6000/未退||x.xxx.x.xxxx.xx|iso|a|5|', 'V26|有限公司|營登|Y||1800/m|6000/未退||x.xx..x.xxxx.x.|iso|a|5|', 'V27||營登||||||...............||a|5|', 'V28', 'V29', 'V30', 'V31', 'V32', 'V33', 'V34', 'V35', 'V36', 'V37', 'V38', 'V39', 'V40', 'V41', 'V42', 'V43', 'V44', 'V45', 'V46', 'V47', 'V48', 'V49', 'V50', 'V51', 'V52', 'V53', 'V54', 'V55', 'V56', 'V57', 'V58', 'V59', 'V60', 'V61', 'V62', 'V63', 'V64', 'V65', 'V66', 'V67', 'V68', 'V69', 'V70']

HEADER = ["編號", "姓名", "公司", "類別", "項目", "繳費方式", "起始日期", "合約到期日", "標註", "約定繳費日期", "金額", "行業備註",
          "簽約日期", "押金", "Co number", "生日", "Add", "聯絡電話", "Id number", "置物櫃", "Mail", "start_date", "end_date",
          "signed_at", "monthly_rent", "deposit", "deposit_status", "payment_cycle", "contract_type", "contract_status",
          "payment_day", "notes", "公司名稱", "統編"]
CYCLE = {"m": "monthly", "Ｍ": "monthly", "3m": "monthly", "6m": "semi_annual", "y": "annual", "2y": "biennial",
         "3y": "monthly", "": "monthly"}
CONTRACT = {"自由座": "coworking_flexible", "辦公室": "coworking_fixed"}
BRANDS = ["明昶", "吉爾", "洛酷", "季節", "立湟", "超省", "一貝兒", "鑫秝", "明偉", "恩梯", "景泰", "利奇", "萊益", "貽順", "小熊",
          "商贏", "新遞", "福樂", "由非", "緁作", "頌芝", "原食", "樂沐", "照鴻", "仁徠", "小倩", "短腿", "順映", "植光", "優翼",
          "旺玖", "盛豐", "竺墨", "富丞", "步臻", "范特", "大心", "好日", "鎧將", "宏川", "天原", "喂喂", "四春", "承新", "樸裕",
          "浩萊", "知寬", "顧寶", "川榆", "小胖", "帛珅", "艾瑟", "楊董", "隱士", "淬矩", "上永", "微笑", "究鮮", "鼎盛", "滿單"]
SUFFIX = {"行號": ["工作室", "企業社", "商行", "工程行", "行"], "有限公司": ["有限公司"], "股份有限公司": ["股份有限公司"],
          "公司": ["有限公司", "股份有限公司"], "事務所": ["事務所", "記帳士事務所"], "工作室": ["工作室"]}
TRADES = ["國際", "科技", "文創", "行銷", "設計", "貿易", "生活", "美學", "能源", "數位", "創意", ""]
MARKS = ["吳會代辦", "新安代辦", "簽長期特惠", "合豐代辦", "侑宏稅務記帳士", "吳會代辦", "新安代辦"]
TRADE_NOTES = ["律師. 112/05/11更新（{s}）", "蝦皮賣電繪相關", "ai/big date", "美甲", "髮型設計", "交通號誌", "機車零件（代辦）4000",
               "賣寵物食品", "抓周網拍", "代辦嬰兒用品蝦皮", "3C 商品(半年約)", "記帳服務1500", "{p}介紹  佣金1800已給",
               "土木包工建設 記帳服務1500", "做蝦皮", "蝦皮食品", "{g}介紹佣金未付1800", "seo", "昱宏事務所", "千禾事務所", "口罩"]
ROADS = ["忠明南路", "林森路", "成功路", "沙田路一段", "中坡南路", "中山街", "大墩十一街", "德泰街", "大豐路", "育樂街", "中平路",
         "二聖街", "藝術北街", "學府路", "模範街", "港埠路三段", "大成街", "文心路一段", "興安路", "三民路一段", "公益路", "精誠五街"]
CITIES = [("台中市", ["南區", "西區", "北區", "南屯區", "西屯區", "北屯區", "太平區", "大里區", "霧峰區", "烏日區", "豐原區"])] * 5 + \
         [("彰化縣", ["員林市", "芳苑鄉", "秀水鄉"]), ("南投縣", ["埔里鎮", "草屯鎮"]), ("台北市", ["信義區", "大安區"])]
LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number():
    """A Taiwanese ID number shape with a wrong check digit."""
    def make():
        first = f.pick("BBLLLNNNNSSMKHEDAFP")
        body = f"{f.pick('12')}{f.r.randrange(10000000):07d}"
        code = LETTERS.index(first) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        return f"{first}{body}{((10 - total % 10) % 10 + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def tax_id(lead_zero=False):
    return f._unique(lambda: f"00{f.r.randrange(100000, 999999)}" if lead_zero else f"{f.r.randrange(52000000, 96000000)}")


def address():
    city, districts = f.pick(CITIES)
    lane = f"{f.r.randrange(2, 300)}巷" if f.chance(0.3) else ""
    unit = f.pick(["", "", "13樓", "5F-1", "2樓", "8樓", "3F", "12F-1", "7F之2", "十四樓之3"])
    return f"{city}{f.pick(districts)}{f.pick(ROADS)}{lane}{f.r.randrange(1, 800)}號{unit}"


def roc(d, zero=False, pad=True):
    y = d.year - 1911
    text = f"{y}/{d.month:02d}/{d.day:02d}" if pad else f"{y}/{d.month}/{d.day}"
    return ("0" if zero else "") + text


rows = []
for entry in SPEC:
    if "|" not in entry:
        rows.append([entry] + [""] * 25 + ["unknown", "monthly", "virtual_office", "active", "5", "", "", ""])
        continue
    serial, kind, item, cycle, payday, amount, deposit, locker, mask, signed_style, status, pday, co = entry.split("|")
    has = dict(zip(["name", "company", "start", "end", "mark", "trade", "signed", "co", "birth", "addr", "phone", "id",
                    "mail", "company2", "tax2"], [c == "x" for c in mask]))
    branch = serial.startswith("V")
    signed = f.date(datetime.date(2022, 1, 1), datetime.date(2025, 12, 1))
    start = signed + datetime.timedelta(days=f.r.randrange(0, 40))
    years = {"2Y": 2, "2y": 2, "3Y": 3}.get(cycle, 1 if cycle.lower() != "6m" or f.chance(0.4) else 2)
    end = start.replace(year=start.year + years) if not (start.month == 2 and start.day == 29) else start + datetime.timedelta(days=365 * years)
    row = [serial] + [""] * 33
    row[1] = person() if has["name"] else ""
    suffixes = SUFFIX.get(kind.strip(), ["有限公司", "工作室"])
    company = f._unique(lambda: f.pick(BRANDS) + f.pick(TRADES) + f.pick(suffixes))
    row[2] = company if has["company"] else ""
    row[3], row[4], row[5] = kind, item, cycle
    row[6] = roc(start) if has["start"] else ""
    row[7] = roc(end) if has["end"] else ""
    row[8] = f.pick(MARKS) if has["mark"] else ""
    row[9], row[10] = payday, amount
    if has["trade"]:
        row[11] = f.pick(TRADE_NOTES).format(s=f.pick(SURNAMES_TW), p=f.pick(GIVEN_TW) * 1 + f.pick(GIVEN_TW), g=f.pick(GIVEN_TW))
    earlier = [signed.replace(year=signed.year - k) for k in (2, 1)]
    row[12] = {"": "", "p": roc(signed), "u": roc(signed, pad=False), "zp": roc(signed, zero=True),
               "zu": roc(signed, zero=True, pad=False), "two": f"{roc(earlier[1])}。  {roc(signed)}",
               "three": f"{roc(earlier[0])}、{roc(earlier[1])}、{roc(signed, pad=False)}",
               "notary": roc(signed, zero=True) + "公證簽約", "iso": f"{signed.isoformat()} 00:00:00"}[signed_style]
    row[13] = deposit
    row[14] = {"N": "N", "-": "-", "": "", "T": tax_id(), "0T": tax_id(lead_zero=True)}[co] if has["co"] or co in ("N", "-") else ""
    birth = f.date(datetime.date(1942, 1, 1), datetime.date(1995, 12, 31))
    row[15] = f"{birth.isoformat()} 00:00:00" if has["birth"] else ""
    row[16] = address() if has["addr"] else ""
    mobile = f.mobile_tw(dashed=False)
    row[17] = (f"{mobile[1:]}.0" if branch else mobile) if has["phone"] else ""
    row[18] = id_number() if has["id"] else ""
    row[19] = locker
    if has["mail"]:
        row[20] = f"{f.pick(['uong', 'fcc', 'minh', 'eva.lee'])}{f.r.randrange(100, 99999)}@{f.pick(['example.com', 'example.net'])}"
    # the script's columns, derived from the old ones as it did
    row[21] = f"{start.isoformat()}" if has["start"] else ""
    row[22] = f"{end.isoformat()}" if has["end"] else ""
    row[23] = signed.isoformat() if signed_style in ("p", "u", "zp", "zu", "iso") else ""
    m = re.search(r"\d+", amount)
    row[24] = f"{int(m.group())}.0" if m else ""
    dm = re.match(r"(\d+)/未退", deposit)
    row[25] = f"{int(dm.group(1))}.0" if dm else ""
    row[26] = "not_refunded" if dm else "unknown"
    row[27] = CYCLE.get(cycle.lower(), "monthly")
    row[28] = CONTRACT.get(item, "virtual_office")
    row[29] = "active" if status == "a" else "expired"
    row[30] = pday
    row[31] = row[8]
    if branch:  # the second branch's workbook kept its company and business number in other columns
        row[32] = company + (" " if f.chance(0.05) else "") if has["company2"] else ""
        row[33] = f"{tax_id()}.0" if has["tax2"] else ""
    rows.append(row)

# the same person on two serials, as in the source (a later contract for the same company)
by = {r[0]: r for r in rows}
for later, first in (("172", "20"), ("217", "163")):
    for c in (1, 2, 14, 15, 16, 17, 18):
        by[later][c] = by[first][c]
by["85"][17], by["85"][18], by["85"][15] = by["57"][17], by["57"][18], by["57"][15]  # another name on one ID and phone
by["111"][1], by["111"][17], by["111"][18] = by["85"][1], by["57"][17], by["57"][18]
by["262"][1] = "Ravin Wadhawan"


def cell(v):
    return f'"{v}"' if any(ch in v for ch in ',"\n') else v


os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contracts-zh-tw-bizcentre.csv"), "w", encoding="utf-8-sig", newline="") as out:
    out.write("".join(",".join(cell(v) for v in r) + "\n" for r in [HEADER] + rows))

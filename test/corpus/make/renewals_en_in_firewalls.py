"""
Shape of rajeshwow/crm_bispl "renewal.xlsx": a Rajasthan distributor of firewall appliances keeps
the subscription renewals of the boxes its dealers sold, one row per appliance, to chase renewals.
Written by Excel; two sheets, the same 129 appliances in the same order:

- Sheet1 (bold header row, no title): Model No. (model and plan as typed: "FG30E 8x5 3 YEAR",
  "FG50E ThreeYear 8x5", "30E 24x7 for 3 yrs"), Company (the end customer; empty on 52 rows),
  Serial No, "Exiration Date" (dates as mm-dd-yy, sorted, seven "N/R" at the end before one late
  row), Dealer (the reseller; sometimes the customer itself, some with the dealer's mobile run on),
  In / Out (buying and selling price, often empty), Person Name (seven rows hold a mobile number
  instead of a name, one cell two names on two lines), Phone (numbers as numbers, some as text with
  an STD code or "a/b", two in scientific format), Mail Id, Address (sometimes the company name
  again), City (JAIPUR / Jaipur / jaipur, a state in one row).
- Sheet2: the same rows laid out for a CRM upload: Product name, serial no, plan type (365),
  type (crm_fortinet), users (0), expirydate, company, designation ("None" as text), person name,
  mobile, landline ("None"), email, address one, address 2 (empty), city, state (rajasthan), in,
  out, dealer, status (QUOTED), remarks ("no remarks"); headers with trailing blanks.

One customer owns eleven boxes, another eleven, a few two or three; one is typed once in capitals
and once not; the same serial appears twice in five places (a resold or re-keyed box).
Values invented (names, dealers, serials, phones, e-mails, addresses, prices).
"""
import datetime

from openpyxl.styles import Font

from fake import save, workbook

# (model, company, serial, expiry, dealer, in, out, person, phone, e-mail, address, city, phone format)
ROWS = [
    ('FGT60E', 'Kalbelia Seeds Pvt Ltd', 'FGT60E4Q16814328', '2018-12-02', 'Pragati Systems', None, None, 'Riya Sharma', 154558301, 'riya46@example.net', 'Sri ganganagar', 'Sri ganganagar', ''),
    ('FGT40C', 'BANAS POLYMERS PVT.LTD', 'FGT40C3913801133', '2019-10-28', 'Disha Computers-9000463861', None, None, None, 9000002957, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG50E 8X5 1 YEAR RENEWAL', 'Devgarh Group', 'FGT50E3U16222783', '2019-11-08', 'SHREE NETWORKS', 13300, 20800, None, '0141-2355394', 'info.devgarh@example.com', '35, Sanganer Road, Neemrana, Rajasthan 302060', 'JAIPUR', ''),
    ('FG80C 8X5 1 YEAR RENEWAL', 'TONK POLYMERS PVT.LTD', 'FGT80C3911620625', '2019-11-11', 'RUDRA INFOTECH', 15300, 18800, 'Mohan /Dinesh ji', '9000072016/9000036416', 'info.tonk@example.com', None, 'JAIPUR', ''),
    ('FGT40C', 'BANAS POLYMERS PVT.LTD', 'FGT40C3913243577', '2019-11-12', 'Disha Computers-9000463861', None, None, None, 9000056429, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FGT30D', 'BANAS POLYMERS PVT.LTD', 'FGT30D3X16676947', '2019-11-28', 'Disha Computers-9000463861', None, None, None, 9000056429, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FGT40C', 'Hadoti Textiles Ltd', 'FGT40C3915840710', '2019-11-30', 'SAI NETCOM', None, None, 'Saanvi Sethi', None, 'saanvi63@example.org', 'Sitapura', 'jaipur', ''),
    ('FGT60D', 'MEWAR POLYMERS PVT.LTD', 'FGT60D4615341960', '2019-12-01', 'Urja IT', None, None, 'Pooja Verma', '9000019781/9000010876', 'ithelpdesk.mewar@example.com', '47, Vidhyadhar Nagar, Neemrana', 'Bhilwara', ''),
    ('FGT30D', 'BANAS POLYMERS PVT.LTD', 'FGT30D3X15790504', '2019-12-02', 'Kavach Security', None, None, None, 9000002957, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FGT80C', 'BAGRU INFRA LTD', 'FGT80C3914112649', '2019-12-09', 'Pragati Systems', 19400, 26500, 'HARLEEN Bedi', 9000034438, 'harleen46@example.com', '39, Tonk Road, Udaipur', 'Bikaner', ''),
    ('FGT90D', 'Pink City Finance Ltd', 'FGT90D3Z13739434', '2019-12-09', 'Pragati Systems', None, None, 'Aditya Verma', 9000074231, 'aditya50@example.com', None, 'Jaipur', ''),
    ('FGT30E', 'Amber Software Pvt Ltd', 'FGT30E3U16747592', '2020-01-03', 'Lakshya Solutions', None, None, 'Aditya Sharma', 9000085847, 'aditya96@example.net', 'Sitapura', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E3U17156615', '2020-10-06', 'BHARAT NETLINK', 21700, 37600, None, None, None, None, 'UDAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'DILWARA CABLES LTD', 'FGT30E3U17511439', '2020-10-11', 'OMEGA NETWORK', 21500, 26200, 'Ishaan Khanna', 9000063114, 'it.dilwara@example.com', 'DILWARA CABLES LTD', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', 'DILWARA CABLES LTD', 'FGT30E3U17765100', '2020-10-13', 'OMEGA NETWORK', 21500, 25100, 'Ishaan Khanna', 9000063114, 'it.dilwara@example.com', 'DILWARA CABLES LTD', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', 'Sirohi Hospital Pvt. Ltd.', 'FGT30E3U17562030', '2020-10-18', 'HORIZON NETWORKS', 20400, 25200, 'Aditya Bedi', 9000006891, 'accounts.sirohi@example.com', 'Malviya Nagar', 'JAIPUR', ''),
    ('FG100D', 'Dhundhar Pvt Ltd', 'FG100D3G16694315', '2020-10-26', 'Radiant IT Solution', None, None, 'Vivaan Malhotra', 9000019826, 'vivaan78@example.com', '95, New Industrial Complex, Jaipur', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', 'NAVRANG PVT. LTD.', 'FGT30E3U17318054', '2020-10-26', 'HORIZON NETWORKS', 22400, 38500, 'Kavya Sethi', 9000033063, 'kavya54@example.net', '95, Tonk Road, Jaipur', 'SRI GANGANAGAR', ''),
    ('FG100D', 'Dhundhar Pvt Ltd', 'FG100D3G16220956', '2020-10-27', 'Radiant IT Solution', None, None, 'Vivaan Malhotra', 9000019826, 'vivaan78@example.com', '95, New Industrial Complex, Jaipur', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E3U17990174', '2020-10-29', 'JUPITER INFOSYS', 21900, 36700, None, None, None, None, 'UDAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'Shekhawati Food Products', 'FGT30E3U17607337', '2020-11-03', 'SIGMA COMPUTERS', 21100, 27900, 'Rohan Sethi', 1494556613, 'rohan43@example.org', '214, Sanganer Road, Neemrana', 'Jaipur', ''),
    ('FG100D', 'Dhundhar Pvt Ltd', 'FG100D3G16641415', '2020-11-07', 'Radiant IT Solution', None, None, 'Vivaan malhotra', 9000003027, 'vivaan78@example.com', '95, New Industrial Complex, Jaipur', 'Jaipur', 'sci'),
    ('FG30E 8x5 3 YEAR', 'THAR HOSPITAL PVT. LTD.', 'FGT30E3U17653918', '2020-11-16', 'CHETAK INFOTECH', 21300, 36800, 'Simar Gupta', 9000003544, 'simar77@example.org', '166, RIICO Industrial Area, Bhiwadi', 'AJMER', ''),
    ('FG60E 8X5 3 YEAR', 'Sariska Software Pvt Ltd', 'FGT60E4Q16484512', '2020-11-16', 'UNITY COMPUTER & PERIPHERALS', 49800, 62200, 'Simar Sethi', '0141-5155328', 'simar78@example.net', 'Jaipur', 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'Nahargarh Software Pvt Ltd', 'FGT30E3U17445678', '2020-11-19', 'PIONEER NETSYS', 22500, 29100, 'Meera Gupta', 9000099394, 'administration.nahargarh@example.com', '51, Vidhyadhar Nagar, Kota', 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E3U17875813', '2020-11-20', 'BLUECHIP INFOSECURITY PVT. LTD.', 23300, 32000, None, None, None, None, 'BHILWARA', ''),
    ('FG800C', 'Pali Food Products', 'FG800C3912472834', '2020-11-21', 'Pali Food Products', None, None, 'Kavya Kapoor', 9000095814, 'kavya13@example.com', '204, Ajmer Road, Kota', 'Jaipur', ''),
    ('FG800C', 'Pali Food Products', 'FG800C3912371764', '2020-11-21', 'Pali Food Products', None, None, 'Kavya Kapoor', 9000095814, 'kavya13@example.com', '204, Ajmer Road, Kota', 'Jaipur', ''),
    ('FGT30D', 'Vasundhara Hospital Pvt. Ltd.', 'FGT30D3X13826161', '2020-11-21', 'Pragati Systems', None, None, 'Pooja Bedi', 149556640, 'pooja67@example.net', '91, Ajmer Road, Jaipur', 'Rajasthan', ''),
    ('FG100D', 'Nagaur Infra Ltd', 'FG100D3G16207119', '2020-11-25', 'ANKUR INFOTECH', None, None, 'Saanvi Verma', 9000029733, 'saanvi70@example.com', 'Raja Park', 'Kolkata', ''),
    ('FG50E 8X5 3 YEAR', 'Ranakpur Hospital Pvt. Ltd.', 'FGT50E3U17606098', '2020-11-29', 'HORIZON NETWORKS', 41000, 64800, 'Vivaan Khanna', 9000000250, 'vivaan71@example.net', '90, Sanganer Road, Jaipur', 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'Marudhar LIMITED', 'FGT30E3U17507409', '2020-12-01', 'KESHAV SYSTEMS', 23200, 32600, 'Ananya', 9000062656, 'ananya32@example.org', 'Raja Park', 'Pushkar', ''),
    ('FG90D 8X5 3YEAR', 'SANGANER PVT. LTD.', 'FGT90D3Z16939724', '2020-12-02', 'SANGANER PVT. LTD.', 98300, 122800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'Ghoomar College', 'FGT30E3U17520884', '2020-12-06', 'VERTEX SOLUTIONS', 23000, 34800, 'Meera', 9000020821, 'meera31@example.com', 'Sitapura', 'NEEMRANA', ''),
    ('FGT50E', 'Dausa Ltd', 'FGT50E3U16719511', '2020-12-10', 'Pragati Systems', None, None, 'Harleen Arora', 2942558624, 'harleen93@example.com', 'Dausa Ltd', 'UDAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17741281', '2020-12-13', 'JUPITER INFOSYS', 23400, 32900, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17263486', '2020-12-13', 'JUPITER INFOSYS', 22100, 27800, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E3U17114934', '2020-12-16', 'VENUS SOLUTIONS', 23200, 31400, None, None, None, None, 'Lucknow', ''),
    ('FG30E 8X5 1 YEAR RENEWAL', 'Chambal LIMITED', 'FGT30E3U16652160', '2020-12-18', 'NOVA TECHNOLOGIES', 8800, 12100, 'Meera Khanna', 9000025533, 'meera37@example.com', 'Bassi', 'JAIPUR', ''),
    ('FG80C 8X5 1 YEAR RENEWAL', 'JALORE TEXTILES LTD', 'FGT80C3910323115', '2020-12-18', 'SAI NETCOM', 18600, 21800, 'Saanvi Malhotra', '141-4055700', 'saanvi51@example.org', 'Bani Park', 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', 'Karauli Ltd', 'FGT30E3U17163863', '2020-12-20', 'INDUS NETCOM', 23700, 34000, 'Pooja Gupta', 9000060052, 'pooja94@example.net', '210, New Industrial Complex, Kota', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', 'PUSHKARINI SOFTWARE PVT LTD', 'FGT30E3U17237115', '2020-12-20', 'Pragati Systems', 22100, 41200, 'Riya Sethi', 9000002451, 'it.pushkarini@example.com', '114, Vidhyadhar Nagar, Udaipur, Rajasthan 302010', 'BEAWER', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17913735', '2020-12-26', 'JUPITER INFOSYS', 23200, 28000, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FGT50E', 'Kishangarh Food Products', 'FGT50E3U16749174', '2020-12-29', 'SPARK SYSTEMS', None, None, 'Harleen Verma\nMeera Sharma', '9000095052\n9000015772', 'harleen81@example.com', '85, Sanganer Road, Udaipur', 'Jaipur', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17656506', '2020-12-29', 'JUPITER INFOSYS', 22200, 31700, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG240D', 'Churu LIMITED', 'FG240D4615687513', '2020-12-30', 'Insight Infotech', None, None, 'Simar Khanna', 9000007447, 'simar41@example.com', '72, RIICO Industrial Area, Jaipur', 'Neemrana', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17632376', '2020-12-30', 'JUPITER INFOSYS', 21700, 27200, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG60E 8X5 3 YEAR', 'LAKECITY PVT. LTD.', 'FGT60E4Q16564779', '2020-12-30', 'Surya Computronics Pvt Ltd.', 44400, 62400, 'Kabir Bedi', 9000079447, 'kabir75@example.com', '179, Ajmer Road, Kota', 'Neemrana', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17632840', '2020-12-31', 'JUPITER INFOSYS', 22100, 29900, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FG40C 8X5 1 Yr RENEWAL', 'Sunehri Infra Ltd', 'FGT40C3912833183', '2021-01-01', 'Pragati Systems', None, None, 'Ananya Arora', 9000068578, 'ananya43@example.net', '53, Tonk Road, Neemrana', 'MP', ''),
    ('FGT80C', 'Sawai Public School', 'FGT80C3912227529', '2021-01-01', 'Pragati Systems', None, None, 'Vivaan Gupta', 2962557428, 'vivaan66@example.org', '20, Sanganer Road, Neemrana', 'Banswara', ''),
    ('FG30E 8x5 3 YEAR', 'BANAS POLYMERS PVT.LTD', 'FGT30E3U17549145', '2021-01-03', 'JUPITER INFOSYS', 20100, 31000, 9000002957, 2942556741, 'it.banas@example.com', '120, Ajmer Road, Neemrana', 'UDAIPUR', ''),
    ('FGT80C', 'Mandore LIMITED', 'FGT80C3909914672', '2021-10-04', 'TIRUPATI NETWORKS', None, None, 'Rohan Malhotra', 9000020243, 'rohan92@example.net', '95, Vidhyadhar Nagar, Bhiwadi', 'Ranthambore', 'sci'),
    ('FG60E Three Year 8X5', None, 'FGT60ETK18243921', '2021-10-06', 'PRIME COMPUTER', None, None, None, None, None, None, 'kota', ''),
    ('FG60E 8X5 3 YEAR', None, 'FGT60ETK18590456', '2021-10-10', 'MARUTI SOLUTIONS', 41500, 66500, None, None, None, None, 'JAIPUR', ''),
    ('FG100E 8x5 3 Years', None, 'FG100ETK18517602', '2021-10-12', 'RUDRA INFOTECH', None, 168000, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E5618270703', '2021-10-16', 'DIGITAL CARE', 25500, 29900, None, None, None, None, 'JAIPUR', ''),
    ('FG60E 8X5 3 YEAR', None, 'FGT60E4Q16269309', '2021-10-19', 'Surya Computronics Pvt Ltd.', 47900, 62600, None, None, None, None, 'REWARI', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618523425', '2021-10-24', 'JAI AMBE INFOTECH', None, 35800, None, None, None, None, 'JAIPUR', ''),
    ('FGT30E', 'Bhairav Hospital Pvt. Ltd.', 'FGT30E5618473937', '2021-10-25', 'Navkar Infotech', None, None, 'Pooja Khanna', 9000041749, 'pooja21@example.net', '95, RIICO Industrial Area, Bhiwadi', 'Bhiwadi', ''),
    ('FG200E 8X5 1 YEAR', 'JHUNJHUN CABLES LTD', 'FG200ETK18580951', '2021-10-25', 'JHUNJHUN CABLES LTD', None, 183800, None, None, None, None, 'ALWAR', ''),
    ('FG100E 8x5 3 Years', None, 'FG100ETK18118960', '2021-10-26', 'QUANTUM DATACOM', None, 161200, None, None, None, None, 'Lucknow', ''),
    ('FG50E 8X5 3 YEAR', 'Mahi Software Pvt Ltd', 'FGT50E5618754234', '2021-10-29', 'Mahi Software Pvt Ltd', 38400, 55700, None, None, None, None, 'JODHPUR', ''),
    ('FG60E 8X5 3 YEAR', 'SIKAR LIMITED', 'FGT60ETK18926658', '2021-10-29', 'SIKAR LIMITED', 41600, 74200, None, None, None, None, 'SRI GANGANAGAR', ''),
    ('FG60E Three Year 8X5', None, 'FGT60ETK18926658', '2021-10-29', 'Pragati Systems', None, None, None, None, None, None, 'Sri Ganganagar', ''),
    ('FG100 8X5 3 YEAR RENEWAL', 'JAISAL PVT. LTD.', 'FG100D3G15378464', '2021-10-30', 'JAISAL PVT. LTD.', 89600, 87600, None, None, None, None, 'KOTA', ''),
    ('FG50E 8X5 3 YEAR', None, 'FGT50E5618290370', '2021-11-02', 'Param Computers', 38200, 45400, None, None, None, None, 'Lucknow', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618542765', '2021-11-03', 'SAI NETCOM', None, 28900, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618808809', '2021-11-04', 'DIGITAL CARE', None, 29800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618525667', '2021-11-05', 'Hari Om Computers', None, 24200, None, None, None, None, 'JAIPUR', ''),
    ('FG-500E BDL Appliance 3 years 24x7', 'SAMBHAR TEXTILES LTD', 'FG5H0E5818639788', '2021-11-07', 'Hari Om Computers', 730000, 852900, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618193807', '2021-11-13', 'VENUS SOLUTIONS', None, 27700, None, None, None, None, 'Lucknow', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618938428', '2021-11-14', 'WAVE SYSTEMS', None, 34800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618545977', '2021-11-15', 'ORBIT SYSTEMS', None, 35600, None, None, None, None, 'Lucknow', ''),
    ('FG30E 24X7 3 YEAR', 'JHAROKHA TEXTILES LTD', 'FGT30E5618117649', '2021-11-16', 'JHAROKHA TEXTILES LTD', None, 30800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618940568', '2021-11-26', 'Hari Om Computers', None, 24800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618737720', '2021-11-29', 'Hari Om Computers', None, 27900, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', None, 'FGT30E5618169858', '2021-11-29', 'GANESH SYSTEMS', None, 31400, None, None, None, None, 'KANPUR', ''),
    ('FG-500E BDL Appliance 3 years 24x7', 'SAMBHAR TEXTILES LTD', 'FG5H0E5818227588', '2021-11-29', 'Hari Om Computers', 713200, 793600, None, None, None, None, 'JAIPUR', ''),
    ('FG80E 8X5 3 YEAR', None, 'FGT80ETK18679929', '2021-11-29', 'FALCON TECHNOLOGIES', 71100, 94800, None, None, None, None, 'INDORE', ''),
    ('FG30E Three Year 24X7 Bundle Subscription Appliance', 'Baran Group', 'FGT30E5618169858', '2021-11-29', None, None, None, None, None, None, None, 'kanpur', ''),
    ('FG80E ThreeYear 8x5', None, 'FGT80ETK18679929', '2021-11-29', 'FALCON TECHNOLOGIES', None, None, None, None, None, None, 'Bhopal', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618235502', '2021-11-30', 'Hari Om Computers', None, 23600, None, None, None, None, 'JAIPUR', ''),
    ('FG50E ThreeYear 8x5', 'Rajdhani Infra Ltd', 'FGT50E5618214768', '2021-12-06', 'Pragati Systems', None, None, None, 1415553645, 'saanvi43@example.com', '48, Vidhyadhar Nagar, Bhiwadi', 'Jaipur', ''),
    ('FG50E Three Year 8x5 Bundle Subscription Appliance', 'RAJDHANI INFRA LTD', 'FGT50E5618214768', '2021-12-06', 'Yash Computer', None, None, None, None, None, None, 'Jaipur', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618759209', '2021-12-10', 'Hari Om Computers', None, 25000, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618896391', '2021-12-10', 'Hari Om Computers', None, 24500, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618567336', '2021-12-10', 'Hari Om Computers', None, 26000, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618286541', '2021-12-10', 'Hari Om Computers', None, 24800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'SAMBHAR TEXTILES LTD', 'FGT30E5618942718', '2021-12-12', 'Hari Om Computers', None, 23500, None, None, None, None, 'JAIPUR', ''),
    ('FG60E 3yr 8x5', None, 'FGT60ETK18362614', '2021-12-14', 'RUDRA INFOTECH', None, None, None, None, None, None, 'JAIPUR', ''),
    ('FG80E 8X5 3 YEAR', None, 'FGT80ETK18138744', '2021-12-16', 'ACME CONSULTANTS', 65300, 96300, None, None, None, None, 'INDORE', ''),
    ('FG80E 3yr 8x5', None, 'FGT80ETK18138744', '2021-12-16', 'ACME CONSULTANTS', None, None, None, None, None, None, 'Indore', ''),
    ('FG60E 3yr 8x5', None, 'FGT60ETK18677816', '2021-12-19', 'RUDRA INFOTECH', None, None, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 24X7 3 YEAR', 'JHAROKHA TEXTILES LTD', 'FGT30E5618298659', '2021-12-20', 'JHAROKHA TEXTILES LTD', None, 30100, None, None, None, None, 'JAIPUR', ''),
    ('FG50E ThreeYear 8x5', None, 'FGT50E5618357613', '2021-12-21', 'Tara Technologies', None, None, None, None, None, None, 'Jaipur', ''),
    ('FG 100E 8x5 for 3 Years', 'Padmini College', 'FG100ETK18211444', '2021-12-22', 'Vision Technologies', None, None, None, None, None, None, 'Alwar', ''),
    ('30E 24x7 for 3 yrs', 'Aravali Public School', 'Fgt30e5618788400', '2021-12-22', 'Aravali Public School', None, None, None, None, None, None, 'Jaipur', ''),
    ('FG100D', 'Padmini College', 'FG100ETK18211444', '2021-12-22', 'Kalpana Computers', None, None, None, '01494-2455606', 'pooja79@example.org', '131, Ajmer Road, Neemrana', 'Neemrana', ''),
    ('FG60E 3yr 8x5', None, 'FGT60ETK18340717', '2021-12-27', 'TECHNO POINT', None, None, None, None, None, None, 'Bhiwadi', ''),
    ('FG60E ThreeYear 8x5', 'Kesar Hotels Pvt ltd', 'FGT60ETK18308272', '2021-12-31', 'Pragati Systems', None, None, None, None, None, None, 'Jaipur', ''),
    ('FG30E', None, 'FGT30E5618972715', '2022-01-03', 'STELLAR NETWORKS PVT LTD', None, 31800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618864248', '2022-10-06', 'KESHAV SYSTEMS', None, 31300, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618524356', '2022-10-06', 'KESHAV SYSTEMS', None, 33500, None, None, None, None, 'JAIPUR', ''),
    ('FG100E 24x7', 'Bundi PVT LTD', 'FGT100ETK13177994', '2022-10-12', 'JUPITER INFOSYS', 155800, 194800, None, None, None, None, 'UDAIPUR', ''),
    ('FG30E', None, 'FGT30E5618368009', '2022-10-20', 'RUDRA INFOTECH', None, 25400, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618158092', '2022-11-03', 'KESHAV SYSTEMS', None, 28000, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618982134', '2022-11-05', 'ZENITH COMPUTERS', None, 26800, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618630519', '2022-11-20', 'KESHAV SYSTEMS', None, 31500, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618395628', '2022-11-21', 'NOVA TECHNOLOGIES', None, 29500, None, None, None, None, 'JAIPUR', ''),
    ('FGT50E', 'Luni Motors Pvt Ltd', 'FGT50E3U16147434', '2022-11-28', 'AKSHAR SYSTEMS', None, None, 'Diya Verma', 9000060221, 'diya33@example.com', '70, Tonk Road, Jaipur', 'Jaipur', ''),
    ('FG30E', None, 'FGT30E5618376030', '2022-11-29', 'LOTUS IT SERVICES', None, 29200, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618444904', '2022-11-30', 'MATRIX ENTERPRISES', None, 35600, None, None, None, None, 'INDORE', ''),
    ('FG30E', None, 'FGT30E5618673648', '2022-12-07', 'ZENITH COMPUTERS', None, 26500, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618136120', '2022-12-11', 'KESHAV SYSTEMS', None, 33300, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618424584', '2022-12-18', 'RUDRA INFOTECH', None, 24300, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618291845', '2022-12-18', 'KESHAV SYSTEMS', None, 27500, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618500164', '2022-12-18', 'ZENITH COMPUTERS', None, 25200, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618392478', '2022-12-19', 'EKTA SOLUTIONS', None, 31000, None, None, None, None, 'BIKANER', ''),
    ('FG30E', None, 'FGT30E5618310742', '2022-12-23', 'UNITY COMPUTER & PERIPHERALS', None, 26100, None, None, None, None, 'JAIPUR', ''),
    ('FG30E', None, 'FGT30E5618913944', '2023-01-03', 'BHARAT NETLINK', None, 23000, None, None, None, None, 'UDAIPUR', ''),
    ('FG60E 8X5 3 YEAR', None, 'FGT60E4216377000', 'N/R', 'NEXA INFOTECH', 49000, 52900, None, None, None, None, 'JAIPUR', ''),
    ('FG30E 8x5 3 YEAR', None, 'FGT30E3017715305', 'N/R', 'JUPITER INFOSYS', 19900, 27100, None, None, None, None, 'UDAIPUR', ''),
    ('FG50E ThreeYear 8x5', None, 'FGT50E5618419023', 'N/R', 'TRIDENT INFOCOM', None, None, None, None, None, None, 'Jaipur', ''),
    ('30E 24x7 for 3 yrs', None, 'Fgt30e5618760256', 'N/R', 'Cyberlink Infosolutions Private Limited', None, None, None, None, None, None, 'Jaipur', ''),
    ('FG30E', None, 'FG30E5618040514', 'N/R', 'CYBERLINK INFOSOLUTIONS PRIVATE LIMITED', None, 25200, None, None, None, None, 'Jaipur', ''),
    ('FG30E', None, 'FGT30E5618654895', 'N/R', 'Keshav Systems', None, 31000, None, None, None, None, 'Jaipur', ''),
    ('FG30E', None, 'FGT30E5618262793', 'N/R', 'Metro Computer Services', None, 33000, None, None, None, None, 'Bhilwara', ''),
    ('FG200E', 'Kumbhal Group', 'FG200E4Q17508437', '2023-11-30', 'Kumbhal Group', None, 379000, 'Aditya Gupta', 9000094460, 'aditya73@example.com', '74, Sanganer Road, Udaipur', 'Kota', ''),
]

HEAD1 = ["Model No.", "Company", "Serial No", "Exiration Date", "Dealer", "In", "Out", "Person Name", "Phone",
         "Mail Id", "Address", "City"]
WIDTH1 = [45.43, 60.14, 18.86, 12.29, 60.14, 7.0, None, 21.14, 24.86, 32.86, 95.71, 16.14]
HEAD2 = ["Product name", "serial no ", "plan type ", "type", "users", "expirydate", "company ", "designation ",
         "person name ", "mobile ", "landline", "email", "address one ", "address 2", "city ", "state", "in",
         "out ", "dealer", "status ", "remarks"]
WIDTH2 = [45.43, 18.86, 9.71, 12.14, 5.71, 10.57, 60.14, 11.86, 21.14, 24.86, 8.29, 32.86, 12.14, 9.29, 16.14,
          8.43, 7.0, None, 60.14, 8.29, 8.14]


def letter(i):
    return chr(ord("A") + i)


def expiry(text):
    return datetime.datetime.fromisoformat(text) if text[0].isdigit() else text


wb = workbook()
s1 = wb.active
s1.title = "Sheet1"
s1.append(HEAD1)
for c in s1[1]:
    c.font = Font(bold=True)
for i, w in enumerate(WIDTH1):
    if w:
        s1.column_dimensions[letter(i)].width = w
for model, company, serial, exp, dealer, buy, sell, person, phone, mail, address, city, fmt in ROWS:
    if fmt == "sci":
        phone = 9000000000
    s1.append([model, company, serial, expiry(exp), dealer, buy, sell, person, phone, mail, address, city])
    r = s1.max_row
    if isinstance(s1.cell(r, 4).value, datetime.datetime):
        s1.cell(r, 4).number_format = "mm-dd-yy"
    if fmt == "sci":
        s1.cell(r, 9).number_format = "0.00E+00"

s2 = wb.create_sheet("Sheet2")
s2.append(HEAD2)
for i, w in enumerate(WIDTH2):
    if w:
        s2.column_dimensions[letter(i)].width = w
for model, company, serial, exp, dealer, buy, sell, person, phone, mail, address, city, fmt in ROWS:
    if fmt == "sci":
        phone = 9000000000
    s2.append([model, serial, 365, "crm_fortinet", 0, expiry(exp), company, "None", person, phone, "None", mail,
               address, None, city, "rajasthan", buy, sell, dealer, "QUOTED", "no remarks"])
    r = s2.max_row
    if isinstance(s2.cell(r, 6).value, datetime.datetime):
        s2.cell(r, 6).number_format = "mm-dd-yy"

save(wb, "renewals-en-in-firewalls.xlsx")

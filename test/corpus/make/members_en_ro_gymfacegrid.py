"""
Shape of bargog29/licenta-FacialRecognitionCSharpEmguCVGymRecords "customers.xls" (commit
5a05d8d8534b301fb0888dcc6f4b21c53c2d1f74): the customer grid of a Romanian gym's face-recognition
entry app (a C# thesis project) exported to Excel and saved by Excel — an .xlsx workbook under an
.xls name.

- One sheet "Exported from gridview": Face ID / Person's Name / Person's ID / Age / Gender /
  Date Start / Date End / Address / ID_Pass / ID_User.
- Three members: face id and person id the same number, a login-style lowercase nickname as the
  name, age, gender male / female / other, the pass's start and end as text "dd.mm.yyyy hh:mm:ss"
  (a month apart), a street address "Str. …, Nr. n", the pass type and the app user's id as
  numbers.
Values invented.
"""
from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Exported from gridview"
ws.append(["Face ID", "Person's Name", "Person's ID", "Age", "Gender", "Date Start", "Date End", "Address", "ID_Pass",
           "ID_User"])
ws.append([5, "andreibogza", 5, 31, "other", "11.06.2023 19:02:17", "11.07.2023 19:02:17", "Str. Teilor, Nr. 7", 3, 20])
ws.append([6, "ramonica", 6, 24, "female", "03.06.2023 20:45:09", "03.07.2023 20:45:09", "Str. Libertatii, Nr. 14", 2, 21])
ws.append([7, "costelm", 7, 42, "male", "08.06.2023 16:31:52", "08.07.2023 16:31:52", "Str. Plopilor, Nr. 3", 1, 22])

save(wb, "members-en-ro-gymfacegrid.xls")

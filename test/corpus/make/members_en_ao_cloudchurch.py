"""
Shape of jkalala/CloudChurch "members.xlsx" (commit 8ec2585086e77f09b841819b2a513f178c929e88): the
member export of a church-management web app (an Angolan developer's Next.js/Supabase project),
written from its members table.

- One sheet "Members", snake-case database columns: id / first_name / last_name / email / phone /
  join_date / member_status / department / profile_image / tags.
- Two members, newest first (ids "2" then "1"); every value text — the id, a ten-digit phone with
  its leading 0, the join date as ISO text; status active / inactive; the ministry as department;
  profile_image and tags empty.
Values invented.
"""
from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Members"
ws.append(["id", "first_name", "last_name", "email", "phone", "join_date", "member_status", "department",
           "profile_image", "tags"])
ws.append(["2", "Esperança", "Domingos", "esperanca.domingos@example.com", "0823555014", "2022-02-01", "inactive",
           "Children"])
ws.append(["1", "Mateus", "Kiala", "mateus.kiala@example.org", "0712555087", "2022-01-01", "active", "Worship"])

save(wb, "members-en-ao-cloudchurch.xlsx")

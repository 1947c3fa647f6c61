"""
Shape of resilience/HyveMobile-DataTest "csv files/Subscribers.csv" (commit
03cf268ac0b949fa55de99b7b12fc963bcc614c3): a South African mobile value-added-service
company's subscription extract for a data test, CSV with semicolons, LF line ends, no BOM.

- Header #;transaction_date;subscription_id;user_id;subscription_start;subscription_end;
  subscription_status;provider;service;name;currency_iso
- A running number in "#", date-times "2016/04/18 20:19" (hour not zero-padded), eight- and
  nine-digit subscription and user ids (a few users with several subscriptions), empty end on
  active subscriptions, status Active / Cancelled, provider "Provider A/B/C" (the networks
  anonymised), service "Cool Songs", "Pokemon-Go Locations", "GOT Spoilers", "Cooking Recipes";
  "name" is the country (South Africa on every row) and currency ZAR. Nobody is named.
- The original has 6,373 rows; 300 here.
Values invented (ids, dates, statuses).
"""
import datetime
import os
from fake import Fake, FILES

f = Fake("subscriptions-en-za-mobilevas")


def stamp(d):
    return f"{d:%Y/%m/%d} {d.hour}:{d.minute:02d}"


users = [f.r.randrange(300000, 37000000) for _ in range(280)]
lines = ["#;transaction_date;subscription_id;user_id;subscription_start;subscription_end;subscription_status;"
         "provider;service;name;currency_iso"]
for i in range(300):
    day = f.date(datetime.date(2016, 1, 1), datetime.date(2018, 8, 31))
    t = datetime.datetime(day.year, day.month, day.day, f.r.randrange(0, 24), f.r.randrange(60))
    start = t + datetime.timedelta(minutes=f.pick([0, 1, 1, 1, 2, 22, 165]))
    cancelled = f.chance(0.69)
    end = ""
    if cancelled:
        e = start + datetime.timedelta(days=f.r.randrange(120, 420), hours=f.r.randrange(0, 8))
        end = stamp(datetime.datetime(e.year, e.month, e.day, f.r.randrange(1, 10), f.r.randrange(60)))
    sub = f.r.randrange(20000000, 230000000)
    user = f.pick(users[:6]) if f.chance(0.06) else f.pick(users)
    lines.append(";".join([str(i + 1), stamp(t), str(sub), str(user), stamp(start), end,
                           "Cancelled" if cancelled else "Active",
                           f.pick(["Provider A"] * 11 + ["Provider B"] * 9 + ["Provider C"]),
                           f.pick(["Cool Songs"] * 8 + ["Pokemon-Go Locations"] * 8 + ["GOT Spoilers"] * 2 + ["Cooking Recipes"] * 2),
                           "South Africa", "ZAR"]))
with open(os.path.join(FILES, "subscriptions-en-za-mobilevas.csv"), "w", encoding="ascii", newline="\n") as fh:
    fh.write("\n".join(lines) + "\n")

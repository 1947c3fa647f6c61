"""
Shape of AnshulParate2004/Renewal-Upsell-Advisor "Backend/supabase_full_export.xlsx" (commit
f70251bc2e703c525e71510136ed74b3ae2b9b46): a customer-success team's renewal and upsell
advisor (an Indian developer's app for a SaaS seller) dumped table by table from its database into
one workbook, no styles.

- 15 sheets, one per table, in the database's order: accounts (31 snake_case columns: uuid id,
  salesforce_id "SF-nnnnnn", name, domain, industry, company_size, arr and mrr as numbers,
  contract_start_date / contract_end_date / renewal_date as ISO text, status (active / renewed),
  health and relationship scores, licences, renewal_stage (t30 / t60 / t90 / renewed),
  last_contact_date and time stamps as ISO text, risk score, churn probability, sentiment score
  and category, utilisation, csm_email / csm_name (the customer-success manager),
  primary_contact_id empty, primary contact's name / e-mail / phone, created_at / updated_at);
  usage_metrics, support_tickets, sentiment_analysis, salesforce_sync_log, transactions,
  renewal_quotes, renewal_events empty (not even a header); activity_logs (12 app events, JSON
  details, account_id empty on pipeline runs); churn_predictions (60 model outputs, four runs of
  15 accounts, keyed by account uuid); ml_score_history (120 score rows); upsell_opportunities (15
  model suggestions, most "no_opportunity" with no value); voice_calls (one automated check-in
  call); email_campaigns (3 automated upsell mails with the whole body, JSON metadata);
  app_settings (one JSON config row).
- Every account's e-mails are the developer's own test address, the same phone on every row
  (here an invented example address and number); 15 accounts with a CSM each (six CSMs).
Values invented.
"""
import datetime
import uuid

from fake import Fake, save, workbook

f = Fake("accounts-en-in-renewaldump")
r = f.r


def uid():
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def iso(dt, micro=True):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + (f".{r.randrange(10000, 999999)}" if micro else "")


ACC_H = ["id", "salesforce_id", "name", "domain", "industry", "company_size", "arr", "mrr", "contract_start_date",
         "contract_end_date", "renewal_date", "status", "health_score", "relationship_score", "licenses_total",
         "licenses_used", "renewal_stage", "last_contact_date", "risk_score", "churn_probability", "sentiment_score",
         "sentiment_category", "utilization_percentage", "csm_email", "csm_name", "primary_contact_id",
         "primary_contact_name", "primary_contact_email", "primary_contact_phone", "created_at", "updated_at"]
TEST_MAIL = "cs.tester.renewals@example.com"
TEST_PHONE = "+91 9000012345"
NAMES = [("Corvid Logistics", "corvidlogistics.io", "Transportation"), ("Lumen Media Works", "lumenmedia.com", "Media"),
         ("Ironbark Manufacturing", "ironbark.com", "Manufacturing"), ("Helio Grid Analytics", "heliogrid.com", "Energy"),
         ("Brightpath Learning", "brightpath.io", "Education"), ("Northwind Apps", "northwindapps.net", "SaaS"),
         ("Cartwheel Commerce", "cartwheel.com", "E-commerce"), ("Keystone Realty Cloud", "keystonerc.com", "Real Estate"),
         ("Harbourview Hotels", "harbourview.com", "Hospitality"), ("MediSync Health", "medisync.io", "Healthcare"),
         ("Shelfline Retail", "shelfline.net", "Retail"), ("Ledgerly Finance", "ledgerly.com", "Finance"),
         ("Quillon Advisory", "quillon.com", "Consulting"), ("Vantora Systems", "vantora.com", "Technology"),
         ("Signalpoint Telecom", "signalpoint.io", "Telecommunications")]
CSMS = ["Priya Raman", "Arjun Mehta", "Neha Kulkarni", "Rohan Das", "Kavya Iyer", "Vikram Sethi"]
CONTACTS = ["Ananya Bose", "Rahul Verma", "Sneha Pillai", "Karan Malhotra", "Ishita Rao", "Aditya Nair", "Pooja Sharma",
            "Siddharth Jain", "Meera Joshi", "Nikhil Gupta", "Tanvi Desai", "Harsh Agarwal", "Divya Menon",
            "Varun Kapoor", "Ritika Bedi"]
CONTRACTS = [("2025-02-21", "2026-01-15", "renewed", "renewed"), ("2025-09-01", "2026-09-01", "active", "t60"),
             ("2025-12-07", "2026-12-07", "active", "t30"), ("2025-04-22", "2026-05-01", "active", "t90")]
PLAN = [0, 0, 1, 2, 1, 1, 2, 2, 0, 3, 3, 3, 1, 3, 2]
SENT = [(-0.5, "negative"), (-0.875, "very_negative"), (0.05, "neutral"), (0.55, "positive"), (0.875, "very_positive")]

base = datetime.datetime(2026, 2, 28, 17, 2, 32)
accounts = []
for i, ((name, domain, industry), plan) in enumerate(zip(NAMES, PLAN)):
    start, end, status, stage = CONTRACTS[plan]
    arr = round(r.uniform(18000, 500000), 2)
    if i == 3:
        arr = 376424.94
    total = r.randrange(35, 200)
    used = r.randrange(max(1, total // 5), total)
    s = r.choice(SENT)
    risky = status == "renewed"
    health = r.randrange(18, 68)
    last = datetime.datetime(2026, 1, 20, 15, 24, 16) + datetime.timedelta(days=r.randrange(0, 30))
    accounts.append({
        "id": uid(), "salesforce_id": f"SF-{r.randrange(100000, 999999)}", "name": name, "domain": domain,
        "industry": industry, "company_size": r.choice(["Small", "Medium", "Large"]), "arr": arr,
        "mrr": round(arr / 12, 2), "contract_start_date": start, "contract_end_date": end, "renewal_date": end,
        "status": status, "health_score": health, "relationship_score": health + r.choice([0, 0, 1]),
        "licenses_total": total, "licenses_used": used, "renewal_stage": stage,
        "last_contact_date": iso(last, micro=False), "risk_score": 85 if risky else r.choice([1, 1, 1, 71]),
        "churn_probability": 0.85 if risky else 0.0104, "sentiment_score": s[0], "sentiment_category": s[1],
        "utilization_percentage": round(100 * used / total), "csm_email": TEST_MAIL, "csm_name": CSMS[i % 6 if i != 3 else 3],
        "primary_contact_id": None, "primary_contact_name": CONTACTS[i], "primary_contact_email": TEST_MAIL,
        "primary_contact_phone": TEST_PHONE, "created_at": iso(base + datetime.timedelta(seconds=r.randrange(0, 2))),
        "updated_at": iso(datetime.datetime(2026, 3, 5, 20, 4, 53) + datetime.timedelta(seconds=i // 5)),
    })
# the dump's order is the table's, not the name's
order = list(range(15))
r.shuffle(order)
accounts = [accounts[k] for k in order]

wb = workbook()
ws = wb.active
ws.title = "accounts"
ws.append(ACC_H)
for a in accounts:
    ws.append([a[h] for h in ACC_H])


def table(title, header, rows):
    w = wb.create_sheet(title)
    if header:
        w.append(header)
        for row in rows:
            w.append(row)
    return w


by_name = {a["name"]: a for a in accounts}
ids = [a["id"] for a in accounts]
run1 = datetime.datetime(2026, 2, 28, 18, 4, 3)
table("usage_metrics", None, [])
table("support_tickets", None, [])

mails = [("Helio Grid Analytics", "manual_custom", datetime.datetime(2026, 3, 5, 16, 52, 33)),
         ("Shelfline Retail", "manual_custom", datetime.datetime(2026, 3, 5, 18, 51, 50)),
         ("Ledgerly Finance", "upsell", datetime.datetime(2026, 3, 5, 19, 46, 20))]
call_acc = by_name["Brightpath Learning"]
events = []
for k, t in enumerate([datetime.datetime(2026, 2, 28, 18, 4, 8), datetime.datetime(2026, 2, 28, 18, 29, 55)]):
    events.append((t, None, "ml_pipeline_trigger" if k == 0 else "ml_pipeline_run", None, None,
                   {"source": "manual" if k == 0 else "scheduled", "errors_count": 0, "churn_inserted": 15,
                    "upsell_inserted": 15, "scores_inserted": 30}))
for name, kind, t in mails[:1]:
    events.append((t + datetime.timedelta(seconds=2), by_name[name]["id"], "send_email", "email_campaign", None,
                   {"campaign_type": kind, "recipient_email": TEST_MAIL, "subject": f"Unlock New Growth Potential for {name}"}))
call_id = uid()
events.append((datetime.datetime(2026, 3, 5, 16, 54, 2), call_acc["id"], "voice_call_initiated", "voice_call", call_id,
               {"call_type": "check_in", "milestone": 30, "attempted_at": "2026-03-05T16:54:01.197395+00:00"}))
for t in [datetime.datetime(2026, 3, 5, 16, 58, 3), datetime.datetime(2026, 3, 5, 17, 1, 33),
          datetime.datetime(2026, 3, 5, 18, 8, 23), datetime.datetime(2026, 3, 5, 18, 10, 4)]:
    events.append((t, None, "ml_pipeline_trigger", None, None, {"source": "manual", "errors_count": 0,
                                                               "churn_inserted": 15, "upsell_inserted": 15}))
events.append((datetime.datetime(2026, 3, 5, 18, 30, 18), None, "ml_pipeline_run", None, None,
               {"source": "scheduled", "errors_count": 0, "churn_inserted": 15, "upsell_inserted": 15}))
for name, kind, t in mails[1:]:
    events.append((t + datetime.timedelta(seconds=1), by_name[name]["id"], "send_email", "email_campaign", None,
                   {"campaign_type": kind, "recipient_email": TEST_MAIL}))
events.append((datetime.datetime(2026, 3, 5, 20, 5, 2), None, "ml_pipeline_trigger", None, None,
               {"source": "manual", "errors_count": 0, "churn_inserted": 15, "upsell_inserted": 15}))
table("activity_logs", ["id", "account_id", "action", "entity_type", "entity_id", "details", "ip_address",
                        "user_agent", "created_at"],
      [[uid(), acc, act, et, eid, str(d), None, None, iso(t)] for t, acc, act, et, eid, d in events])
table("sentiment_analysis", None, [])

churn = []
for run in range(4):
    t = run1 + datetime.timedelta(days=[0, 0, 5, 5][run], minutes=[0, 25, 0, 62][run])
    for a in accounts:
        p = a["churn_probability"] if run < 2 else round(r.choice([0.0104, 0.0105, 0.0104, 0.85]), 4)
        churn.append([uid(), a["id"], t.strftime("%Y-%m-%d"), p, 85 if p > 0.5 else 1,
                      "high" if p > 0.5 else "low", "{}", "daily_pipeline_v1", iso(t)])
table("churn_predictions", ["id", "account_id", "prediction_date", "churn_probability", "risk_score", "risk_category",
                            "contributing_factors", "model_version", "created_at"], churn)
scores = []
for run in range(8):
    t = datetime.datetime(2026, 2, 28, 18, 3, 50) + datetime.timedelta(hours=6 * run)
    for a in accounts:
        h = max(1, a["health_score"] + r.randrange(-3, 4))
        scores.append([uid(), a["id"], t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00", h + r.choice([0, 1]), h,
                       a["risk_score"], a["churn_probability"], "daily_pipeline_v1", iso(t + datetime.timedelta(seconds=11))])
table("ml_score_history", ["id", "account_id", "run_at", "relationship_score", "health_score", "risk_score",
                           "churn_probability", "model_version", "created_at"], scores)
ups = []
t_up = datetime.datetime(2026, 3, 5, 20, 5, 2, 243058)
for k, a in enumerate(accounts):
    good = k in (2, 4, 5, 6)
    ups.append([uid(), a["id"], r.choice(["upsell", "upsell", "expansion"]),
                round(r.uniform(35000, 80000), 2) if good else 0, 0.9992 if good else 0.0004, "[]",
                "high_priority" if good else "no_opportunity", "identified", t_up.isoformat(), None, t_up.isoformat()])
table("upsell_opportunities", ["id", "account_id", "opportunity_type", "predicted_value", "probability",
                               "recommended_products", "reasoning", "status", "created_at", "closed_at", "updated_at"], ups)
table("voice_calls", ["id", "account_id", "contact_id", "call_type", "phone_number", "duration_seconds", "status",
                      "outcome", "transcript", "summary", "recording_url", "scheduled_at", "attempted_at",
                      "completed_at", "retry_count", "next_retry_at", "metadata", "created_at"],
      [[call_id, call_acc["id"], None, "check_in", TEST_PHONE, None, "initiated", None, None, None, None,
        "2026-03-05T16:53:57.424107", "2026-03-05T16:54:01.197395", None, 0, None,
        str({"milestone": 30, "account_name": call_acc["name"], "twilio_call_sid": "CA" + uuid.UUID(int=r.getrandbits(128)).hex,
             "usage_percentage": 50.68493150684932}), "2026-03-05T16:53:58.287632"]])
mail_rows = []
for name, kind, t in mails:
    a = by_name[name]
    body = (f"\nExclusive Upsell Opportunity for {name}\n\nDear {name} Team,\n\nWith your impressive "
            f"{a['utilization_percentage']}% license utilization and {a['sentiment_category'].replace('_', ' ')} sentiment, "
            f"expanding your current solution could further streamline operations in the {a['industry'].lower()} sector. "
            "Our tailored upsell options are designed to maximize efficiency and deliver even greater value to your "
            "growing team.\n\nWe're excited to share a personalized upsell opportunity that we believe would be a great "
            "fit for your business!\n\nPotential Value: $0\nConfidence Level: 100%\n\n\n\n\nThis opportunity is based on "
            "your current usage patterns.\n\nBest regards,\nCustomer Success Team\n")
    meta = {"sent_at": t.isoformat() + ".570060+00:00", "account_id": a["id"], "email_type": kind,
            "account_name": name, "scheduled_at": "manual", "recipient_email": TEST_MAIL}
    mail_rows.append([uid(), a["id"], None, kind, f"Unlock New Growth Potential for {name}", body, iso(t), None, None,
                      None, "sent", str(meta), iso(t + datetime.timedelta(seconds=1))])
table("email_campaigns", ["id", "account_id", "contact_id", "campaign_type", "subject", "body", "sent_at", "opened_at",
                          "clicked_at", "replied_at", "status", "metadata", "created_at"], mail_rows)
config = {"metrics": {"renewalTarget": 90, "churnRiskThreshold": 30, "upsellPipelineTarget": 100000,
                      "callMilestonePercents": [9, 30, 60, 90], "emailMilestonePercents": [9, 30, 60, 90],
                      "minUsagePercentForCall": 20, "healthScoreAtRiskBelowPercent": 50},
          "schedule": {"followUpDays": 3, "callWindowStart": "10:00", "callWindowEnd": "18:00"}}
table("app_settings", ["key", "config", "updated_at"], [["default", str(config), "2026-03-03T05:44:08.923868"]])
for t in ["salesforce_sync_log", "transactions", "renewal_quotes", "renewal_events"]:
    table(t, None, [])

save(wb, "accounts-en-in-renewaldump.xlsx")

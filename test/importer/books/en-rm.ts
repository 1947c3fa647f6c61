/**
 * A held-out-style book (invented people): a Singapore private-banking relationship manager's
 * client book with clients from Singapore, India and the UK, as such books are kept — a title and
 * an "as at dd/mm/yyyy" line, day-first dates (12/03/1978, 5th June 1982, 15-Jun-2012,
 * 15.08.1975), amounts as S$180k, ₹45 lakh, 1 Cr, £95,000, (£350,000); risk profiles Balanced /
 * Growth / Low / Medium; one client entered twice under two client IDs (same name and e-mail,
 * phone with and without +65), two different Raj Kumars; policies with In Force / Inforce /
 * Lapsed / Surrendered / Matured, terms "Whole of life", "25 yrs", "6 months"; holdings "with us" /
 * held away and a mortgage; a complaints log with WIP / Escalated / Resolved.
 *
 * Header and value spellings follow public client, policy and complaint schemas (Sum Assured,
 * Life Assured, Policy Term, Risk Profile, Held Away, Assigned To, Date Resolved …); every name,
 * number and address here is made up (phones in reserved/fictional ranges where one exists).
 */
import type { SourceSheet } from "../../../src/importer/types";
import type { ExpectedRecord } from "../book-score";

const sheet = (name: string, rows: unknown[][]): SourceSheet =>
  ({ name, rows, merges: [] }) as unknown as SourceSheet;

// prettier-ignore
export const BOOK: SourceSheet[] = [
  sheet("Clients", [
    ["PRIORITY BANKING – CLIENT BOOK"],
    ["RM: Priya Nair | Branch: Raffles Place | As at 30/06/2024"],
    [],
    ["S/N", "Client ID", "Client Name", "Type", "NRIC/Passport", "Mobile", "Email", "DOB", "Address", "Risk Profile", "Annual Income", "AUM (SGD)", "Client Since", "RM", "Remarks"],
    [1, "CL-0012", "Tan Wei Ming", "Individual", "S7812345A", "+65 9123 4567", "weiming.tan@example.com", "12/03/1978", "Blk 123 Ang Mo Kio Ave 3 #08-456 Singapore 560123", "Balanced", "S$180k", 1250000, "15-Jun-2012", "Priya", ""],
    [2, "CL-0015", "Priya Ramanathan", "Individual", "Z1234567", "+91 98200 12345", "priya.r@example.in", "25/12/1969", "Flat 4B, Sea View Apartments, Bandra West, Mumbai 400050", "Conservative", "₹45 lakh", 800000, "03/04/2015", "Priya", "NRI client"],
    [3, "CL-0019", "James O'Connor", "Individual", "", "+44 7700 900123", "j.oconnor@example.co.uk", "5th June 1982", "14 Baker Street, London W1U 3BW, UK", "Growth", "£95,000", 2400000, "2019-09-01", "Priya", "= top client, review quarterly"],
    [4, "CL-0021", "Lim Boon Huat Holdings Pte Ltd", "Corporate", "201912345K", "6221 3344", "finance@example.com.sg", "", "10 Anson Road #20-01 International Plaza Singapore 079903", "Moderate", "", 5000000, "10/01/2020", "Priya", "+ wants ESG mandate"],
    [5, "CL-0024", "Raj Kumar", "Individual", "S9012345B", "+65 8234 5678", "raj.kumar@example.com", "1990-07-21", "8 Marina Boulevard #30-01 Singapore 018981", "Aggressive", "$120,000", 300000, "30/11/2021", "Priya", ""],
    [6, "CL-0026", "Nur Aisyah binti Rahman", "Individual", "S7587654C", "9876 5432", "aisyah.rahman@example.com", "15.08.1975", "Blk 45 Tampines St 42 #03-12 Singapore 520045", "Low", "60k", 150000, "02/01/2018", "Priya", ""],
    [7, "CL-0027", "Tan Wei Ming", "Individual", "", "91234567", "WeiMing.Tan@example.com", "12 Mar 1978", "Blk 123 Ang Mo Kio Ave 3, #08-456, S(560123)", "Moderate", "", "", "14/02/2023", "Priya", "duplicate? check with ops"],
    [8, "CL-0031", "Raj Kumar", "Individual", "", "+91 99887 66554", "rajk1985@example.in", "10/02/1985", "12 Anna Salai, Chennai 600002", "Medium", "12.5 lakh", 90000, "01/07/2022", "Priya", "NRI; different person from CL-0024"],
    ["Total", "", "", "", "", "", "", "", "", "", "", 9990000, "", "", ""],
    [],
    ["Note: KYC refresh due for CL-0015 and CL-0026 in Q3."],
  ]),
  sheet("Policies", [
    ["Policy No.", "Policyholder", "Life Assured", "Insurer", "Plan Type", "Plan Name", "Commencement Date", "Policy Term", "Sum Assured", "Annual Premium", "Status"],
    ["L-2019-00451", "Tan Wei Ming", "Tan Wei Ming", "AIA Singapore", "Whole Life", "", "01/07/2019", "Whole of life", "S$500,000", "S$6,480", "In Force"],
    ["HL-77812", "Priya Ramanathan", "Priya Ramanathan", "LIC of India", "Term Plan", "", "15/01/2016", "25 yrs", "₹1 Cr", "₹18,500", "Inforce"],
    ["CI-30021", "James O'Connor", "James O'Connor", "Aviva", "Critical Illness", "", "2020-03-01", "20 years", "£250,000", "£1,140", "Lapsed"],
    ["PA-5531", "Nur Aisyah binti Rahman", "Nur Aisyah binti Rahman", "Great Eastern", "Personal Accident", "", "10/05/2024", "6 months", "S$200k", "S$98", "Active"],
    ["HS-1190", "Tan Wei Ming", "Tan Mei Ling", "Prudential", "Hospitalisation", "ShieldCare Plus", "01/04/2021", "1 yr", "", "S$1,320", "In Force"],
    ["EN-4410", "Priya Ramanathan", "Priya Ramanathan", "HDFC Life", "Endowment", "", "20/08/2008", "15 yrs", "₹10 lakh", "₹62,000", "Surrendered"],
    ["AN-2002", "James O'Connor", "James O'Connor", "Legal & General", "Annuity", "", "01/09/2012", "10 yrs", "£120,000", "£12,000", "Matured"],
  ]),
  sheet("Holdings", [
    ["Holdings by client – valuation 30/06/2024"],
    ["Client", "Asset Class", "Product / Security", "Held With", "Institution", "Market Value", "Ccy", "Maturity", "Valuation Date"],
    ["Tan Wei Ming", "Fixed Deposit", "12M SGD FD", "Us", "", "S$300,000", "SGD", "15/12/2024", "30/06/2024"],
    ["Tan Wei Ming", "Unit Trust", "Global Equity Fund", "Us", "", "185,420.50", "SGD", "", "30/06/2024"],
    ["Priya Ramanathan", "Mutual Funds", "Large Cap Fund - Direct Growth", "Held Away", "An Indian AMC", "₹32 lakh", "INR", "", "30/06/2024"],
    ["James O'Connor", "Equities", "", "External", "A UK platform", "£410,000", "GBP", "", "30/06/2024"],
    ["James O'Connor", "Mortgage", "", "External", "A UK bank", "(£350,000)", "GBP", "01/03/2041", "30/06/2024"],
    ["Lim Boon Huat Holdings Pte Ltd", "Bonds", "SGS 2.875% 2029", "Us", "", "2,000,000", "SGD", "01/07/2029", "30/06/2024"],
    ["Nur Aisyah binti Rahman", "Structured Deposit", "", "Us", "", "S$80,000", "SGD", "28/02/2025", "30/06/2024"],
  ]),
  sheet("Complaints Log", [
    ["Ref #", "Date Received", "Client", "Channel", "Category", "Details", "Assigned To", "Status", "Date Resolved", "Root Cause"],
    ["CMP-24-001", "02/02/2024", "Tan Wei Ming", "Email", "Fees & Charges", "Charged annual fee on a waived card", "Daniel Lee", "Closed", "09/02/2024", "System error"],
    ["CMP-24-002", "18/04/2024", "Priya Ramanathan", "Phone", "Service", "Remittance to India delayed 5 days", "Daniel Lee", "WIP", "", ""],
    ["CMP-24-003", "03/06/2024", "James O'Connor", "Branch", "Mis-selling", "Says structured note risks were not explained", "Compliance", "Escalated", "", ""],
    ["CMP-24-004", "21/06/2024", "Nur Aisyah binti Rahman", "Mobile App", "Digital Banking", "Login OTP not received", "IT Helpdesk", "Resolved", "24/06/2024", "SMS gateway outage"],
  ]),
];

// prettier-ignore
export const EXPECTED: ExpectedRecord[] = [
  { sheet: "Clients", key: { email: "weiming.tan@example.com" }, fields: { name: "Tan Wei Ming", kind: "person", idNumber: "S7812345A", phone: "+65 9123 4567", birthday: "1978-03-12", riskProfile: "moderate", annualIncome: 180000, clientSince: "2012-06-15", owner: "Priya", annualRevenue: null } },
  { sheet: "Clients", key: { name: "Priya Ramanathan" }, fields: { idNumber: "Z1234567", phone: "+91 98200 12345", birthday: "1969-12-25", riskProfile: "conservative", annualIncome: 4500000, clientSince: "2015-04-03" } },
  { sheet: "Clients", key: { name: "James O'Connor" }, fields: { phone: "+44 7700 900123", email: "j.oconnor@example.co.uk", birthday: "1982-06-05", address: "14 Baker Street, London W1U 3BW, UK", riskProfile: "aggressive", annualIncome: 95000, clientSince: "2019-09-01", notes: { contains: "= top client, review quarterly" } } },
  { sheet: "Clients", key: { name: "Lim Boon Huat Holdings Pte Ltd" }, fields: { kind: "enterprise", phone: "6221 3344", riskProfile: "moderate", clientSince: "2020-01-10", notes: { contains: "+ wants ESG mandate" } } },
  { sheet: "Clients", key: { phone: "+65 8234 5678" }, fields: { name: "Raj Kumar", birthday: "1990-07-21", riskProfile: "aggressive", annualIncome: 120000, clientSince: "2021-11-30" } },
  { sheet: "Clients", key: { name: "Nur Aisyah binti Rahman" }, fields: { phone: "9876 5432", birthday: "1975-08-15", riskProfile: "conservative", annualIncome: 60000, clientSince: "2018-01-02" } },
  { sheet: "Clients", key: { phone: "+91 99887 66554" }, fields: { name: "Raj Kumar", birthday: "1985-02-10", riskProfile: "moderate", annualIncome: 1250000, clientSince: "2022-07-01" } },
  { sheet: "Insurance", key: { policyNo: "L-2019-00451" }, fields: { insurer: "AIA Singapore", type: "life", startDate: "2019-07-01", termYears: null, termText: "Whole of life", sumInsured: 500000, annualPremium: 6480, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "HL-77812" }, fields: { type: "life", startDate: "2016-01-15", termYears: 25, sumInsured: 10000000, annualPremium: 18500, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "CI-30021" }, fields: { type: "critical-illness", startDate: "2020-03-01", termYears: 20, sumInsured: 250000, status: "lapsed" } },
  { sheet: "Insurance", key: { policyNo: "PA-5531" }, fields: { type: "accident", startDate: "2024-05-10", termYears: null, termText: "6 months", sumInsured: 200000, annualPremium: 98, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "HS-1190" }, fields: { type: "medical", insured: "Tan Mei Ling", startDate: "2021-04-01", termYears: 1, annualPremium: 1320, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "EN-4410" }, fields: { type: "life", startDate: "2008-08-20", termYears: 15, sumInsured: 1000000, status: "lapsed" } },
  { sheet: "Insurance", key: { policyNo: "AN-2002" }, fields: { type: "annuity", termYears: 10, status: "matured" } },
  { sheet: "Assets", key: { marketValue: 300000 }, fields: { assetClass: "deposit", heldAt: "ours", currency: "SGD", maturityDate: "2024-12-15", asOf: "2024-06-30" } },
  { sheet: "Assets", key: { marketValue: 185420.5 }, fields: { assetClass: "fund", heldAt: "ours" } },
  { sheet: "Assets", key: { marketValue: 3200000 }, fields: { assetClass: "fund", heldAt: "elsewhere", currency: "INR" } },
  { sheet: "Assets", key: { marketValue: 410000 }, fields: { assetClass: "stock", heldAt: "elsewhere" } },
  { sheet: "Assets", key: { marketValue: -350000 }, fields: { assetClass: "loan", heldAt: "elsewhere", maturityDate: "2041-03-01" } },
  { sheet: "Assets", key: { marketValue: 2000000 }, fields: { assetClass: "bond", heldAt: "ours", maturityDate: "2029-07-01" } },
  { sheet: "Assets", key: { marketValue: 80000 }, fields: { assetClass: "deposit", heldAt: "ours" } },
  { sheet: "Complaints", key: { complaintId: "CMP-24-001" }, fields: { receivedOn: "2024-02-02", channel: "Email", category: "Fees & Charges", owner: "Daniel Lee", status: "closed", resolvedOn: "2024-02-09", rootCause: "System error" } },
  { sheet: "Complaints", key: { complaintId: "CMP-24-002" }, fields: { receivedOn: "2024-04-18", status: "in-progress" } },
  { sheet: "Complaints", key: { complaintId: "CMP-24-003" }, fields: { receivedOn: "2024-06-03", status: "in-progress", description: "Says structured note risks were not explained" } },
  { sheet: "Complaints", key: { complaintId: "CMP-24-004" }, fields: { receivedOn: "2024-06-21", status: "resolved", resolvedOn: "2024-06-24" } },
];

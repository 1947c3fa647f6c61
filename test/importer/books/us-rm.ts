/**
 * A held-out-style book (invented people, 555-01xx phone numbers): a US financial advisor's book
 * of households, as such books are kept — a title with "as of 6/30/2024", month-first dates
 * (07/04/1961, 3/15/1975), amounts as $250K, $1.2M, ($310,000.00); risk tolerance Low / Med /
 * High; one client entered twice under two account numbers (same name, the phone written two
 * ways), two different Jennifer Davises, a dental practice LLC; policies whose policy *owner* is the
 * client, with Active / Inforce / Paid-Up / Lapsed / Cancelled and terms "20 Year", "Lifetime",
 * "12 mo"; accounts held internally or externally with a HELOC; a complaint log with
 * "Closed - Resolved" and Pending.
 *
 * Header and value spellings follow public US advisor, carrier and complaint exports (Acct #,
 * Risk Tolerance, Face Amount, Issue Date, Carrier, Custodian, Date Opened / Date Closed …).
 */
import type { SourceSheet } from "../../../src/importer/types";
import type { ExpectedRecord } from "../book-score";

const sheet = (name: string, rows: unknown[][]): SourceSheet =>
  ({ name, rows, merges: [] }) as unknown as SourceSheet;

// prettier-ignore
export const BOOK: SourceSheet[] = [
  sheet("Clients", [
    ["Client Book - Mike Johnson, CFP®"],
    ["as of 6/30/2024"],
    ["Acct #", "Client Name", "Client Type", "DOB", "Phone", "Email", "Mailing Address", "Risk Tolerance", "Annual Income", "Client Since", "Advisor", "Notes"],
    ["A-1001", "Robert Miller", "Individual", "07/04/1961", "(415) 555-0142", "rmiller@example.com", "123 Main St, Springfield, IL 62701", "Med", "$250K", "01/15/2010", "Mike Johnson", "Wife: Susan; 2 kids in college"],
    ["A-1002", "Jennifer Davis", "Individual", "12/25/1958", "(312) 555-0177", "jdavis58@example.com", "45 Oak Ave, Evanston, IL 60201", "Low", "85,000", "3/1/2015", "Mike Johnson", ""],
    ["A-1003", "Davis Dental LLC", "Business", "", "(847) 555-0110", "office@example.org", "900 Lake St, Oak Park, IL 60301", "Moderate", "$1.2M", "6/1/2018", "Mike Johnson", "+ 401(k) plan sponsor"],
    ["A-1004", "Carlos Hernandez", "Individual", "3/15/1975", "(773) 555-0188", "carlos.h@example.net", "77 Elm St, Chicago, IL 60614", "High", "$95k", "11/02/2020", "Mike Johnson", "=prefers text over calls"],
    ["A-1005", "Jennifer Davis", "Individual", "11/02/1980", "(630) 555-0133", "jen.davis@example.com", "12 Pine Rd, Naperville, IL 60540", "Aggressive", "$140,000", "2022-05-20", "Mike Johnson", "not the same Jennifer as A-1002"],
    ["A-1044", "Robert Miller", "Individual", "7/4/1961", "415-555-0142", "", "123 Main Street, Springfield IL", "Moderate", "", "04/01/2023", "Mike Johnson", "opened 2nd acct (IRA)"],
    ["Total", "", "", "", "", "", "", "", "$1,770,000", "", "", ""],
    ["* Reg BI profile review due for A-1002 in Q3"],
  ]),
  sheet("Policies", [
    ["Policy #", "Insured", "Owner", "Carrier", "Product", "Issue Date", "Term", "Face Amount", "Annual Premium", "Status"],
    ["TL-448201", "Robert Miller", "Robert Miller", "A Mutual Life Co", "Term Life", "08/01/2012", "20 Year", "$1,000,000", "$1,180.00", "Active"],
    ["WL-220915", "Susan Miller", "Robert Miller", "A Mutual Life Co", "Whole Life", "02/14/2005", "Lifetime", "$250,000", "$3,420.00", "Paid-Up"],
    ["FA-77310", "Jennifer Davis", "Jennifer Davis", "An Annuity Co", "Fixed Annuity", "09/30/2016", "10-yr", "", "$25,000.00", "Inforce"],
    ["HO-551020", "Carlos Hernandez", "Carlos Hernandez", "A Home Insurer", "Homeowners", "05/01/2024", "12 mo", "$450,000", "$1,640.00", "Active"],
    ["AD-90012", "Carlos Hernandez", "Carlos Hernandez", "A Group Carrier", "AD&D", "01/01/2019", "5 Year", "$100,000", "$96.00", "Lapsed"],
    ["UL-30318", "Jennifer Davis", "Jennifer Davis", "A Mutual Life Co", "Universal Life", "10/15/2009", "Lifetime", "$500,000", "$4,900.00", "Cancelled"],
  ]),
  sheet("Accounts", [
    ["Client", "Account Type", "Custodian", "Held", "Market Value", "Maturity", "As Of"],
    ["Robert Miller", "Mutual Fund", "", "Internal", "$312,480.55", "", "6/30/2024"],
    ["Robert Miller", "Municipal Bonds", "", "Internal", "$1.5M", "06/01/2031", "6/30/2024"],
    ["Jennifer Davis", "CD", "A Community Bank", "External", "$50,000.00", "12/15/2024", "6/30/2024"],
    ["Carlos Hernandez", "Individual Stocks", "An Online Broker", "External", "$88,200.00", "", "6/30/2024"],
    ["Carlos Hernandez", "HELOC", "A Community Bank", "External", "($310,000.00)", "", "6/30/2024"],
    ["Davis Dental LLC", "Savings", "", "Internal", "$75,000.00", "", "6/30/2024"],
  ]),
  sheet("Complaints", [
    ["Case #", "Date Opened", "Client", "Source", "Issue Type", "Description", "Owner", "Status", "Date Closed"],
    ["C-2024-017", "02/12/2024", "Robert Miller", "Phone", "Fees", "Advisory fee billed twice in Q4", "Ops Team", "Closed - Resolved", "02/20/2024"],
    ["C-2024-031", "04/03/2024", "Jennifer Davis", "Email", "Service", "Distribution check mailed to old address", "Mike Johnson", "Pending", ""],
    ["C-2024-044", "06/18/2024", "Davis Dental LLC", "Letter", "Plan admin", "401(k) contribution posted late", "Ops Team", "Open", ""],
  ]),
];

// prettier-ignore
export const EXPECTED: ExpectedRecord[] = [
  { sheet: "Clients", key: { email: "rmiller@example.com" }, fields: { name: "Robert Miller", kind: "person", phone: "(415) 555-0142", birthday: "1961-07-04", riskProfile: "moderate", annualIncome: 250000, clientSince: "2010-01-15", owner: "Mike Johnson", annualRevenue: null } },
  { sheet: "Clients", key: { email: "jdavis58@example.com" }, fields: { name: "Jennifer Davis", phone: "(312) 555-0177", birthday: "1958-12-25", riskProfile: "conservative", annualIncome: 85000, clientSince: "2015-03-01" } },
  { sheet: "Clients", key: { name: "Davis Dental LLC" }, fields: { kind: "enterprise", phone: "(847) 555-0110", riskProfile: "moderate", clientSince: "2018-06-01", notes: { contains: "+ 401(k) plan sponsor" } } },
  { sheet: "Clients", key: { name: "Carlos Hernandez" }, fields: { birthday: "1975-03-15", riskProfile: "aggressive", annualIncome: 95000, clientSince: "2020-11-02", notes: { contains: "=prefers text over calls" } } },
  { sheet: "Clients", key: { email: "jen.davis@example.com" }, fields: { name: "Jennifer Davis", phone: "(630) 555-0133", birthday: "1980-11-02", riskProfile: "aggressive", annualIncome: 140000, clientSince: "2022-05-20" } },
  { sheet: "Insurance", key: { policyNo: "TL-448201" }, fields: { insurer: "A Mutual Life Co", type: "life", insured: "Robert Miller", startDate: "2012-08-01", termYears: 20, sumInsured: 1000000, annualPremium: 1180, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "WL-220915" }, fields: { type: "life", insured: "Susan Miller", startDate: "2005-02-14", termYears: null, termText: "Lifetime", sumInsured: 250000, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "FA-77310" }, fields: { type: "annuity", startDate: "2016-09-30", termYears: 10, annualPremium: 25000, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "HO-551020" }, fields: { type: "property", startDate: "2024-05-01", termYears: null, termText: "12 mo", sumInsured: 450000, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "AD-90012" }, fields: { type: "accident", termYears: 5, sumInsured: 100000, annualPremium: 96, status: "lapsed" } },
  { sheet: "Insurance", key: { policyNo: "UL-30318" }, fields: { type: "life", startDate: "2009-10-15", termText: "Lifetime", status: "lapsed" } },
  { sheet: "Assets", key: { marketValue: 312480.55 }, fields: { assetClass: "fund", heldAt: "ours", asOf: "2024-06-30" } },
  { sheet: "Assets", key: { marketValue: 1500000 }, fields: { assetClass: "bond", heldAt: "ours", maturityDate: "2031-06-01" } },
  { sheet: "Assets", key: { marketValue: 50000 }, fields: { assetClass: "deposit", heldAt: "elsewhere", institution: "A Community Bank", maturityDate: "2024-12-15" } },
  { sheet: "Assets", key: { marketValue: 88200 }, fields: { assetClass: "stock", heldAt: "elsewhere", institution: "An Online Broker" } },
  { sheet: "Assets", key: { marketValue: -310000 }, fields: { assetClass: "loan", heldAt: "elsewhere" } },
  { sheet: "Assets", key: { marketValue: 75000 }, fields: { assetClass: "deposit", heldAt: "ours" } },
  { sheet: "Complaints", key: { complaintId: "C-2024-017" }, fields: { receivedOn: "2024-02-12", channel: "Phone", category: "Fees", owner: "Ops Team", status: "closed", resolvedOn: "2024-02-20" } },
  { sheet: "Complaints", key: { complaintId: "C-2024-031" }, fields: { receivedOn: "2024-04-03", owner: "Mike Johnson", status: "open", description: "Distribution check mailed to old address" } },
  { sheet: "Complaints", key: { complaintId: "C-2024-044" }, fields: { receivedOn: "2024-06-18", status: "open" } },
];

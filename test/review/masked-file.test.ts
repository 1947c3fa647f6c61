import { unzipSync, strFromU8 } from "fflate";
import { makeSettings } from "../../src/register/settings";
import type { RegisterRecord, SheetKey } from "../../src/register/types";
import { excelSerial } from "../../src/register/workflow/dates";
import { scrubText } from "../../src/review/mask";
import { buildReviewPlan } from "../../src/review/plan";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";

// Invented people; each personal value is distinctive so that a leak cannot match by accident.
const PHONE = "13912345678";
const PHONE_TW = "0912-345-678";
const EMAIL = "lin.meihua@example.com";
const BIRTHDAY = "1992-05-06";
const CN_ID = "11010519920506123X";
const TW_ID = "A123456789";
const FAMILY_BIRTHDAY = "2015-09-17";

const records: Partial<Record<SheetKey, RegisterRecord[]>> = {
  Clients: [
    {
      clientId: "C-0001",
      name: "林美華",
      kind: "person",
      phone: PHONE,
      email: EMAIL,
      birthday: BIRTHDAY,
      address: "臺北市信義區松仁路100號",
      annualIncome: 1_200_000,
      annualRevenue: 650_000,
      notes: `生日: 05/06/1992; 身分證 ${TW_ID}; 備用電話 ${PHONE_TW}; 証件 ${CN_ID}; 信箱 ${EMAIL}`,
    },
  ],
  Family: [{ clientId: "C-0001", memberName: "林小安", relation: "子", birthday: FAMILY_BIRTHDAY }],
  Contacts: [],
  Visits: [
    {
      visitOn: "2026-03-02",
      clientId: "C-0001",
      method: "visit",
      keyPoints: `客戶換了新手機 ${PHONE_TW}，生日 1992年5月6日`,
    },
  ],
};

const ORIGINALS = [
  PHONE,
  PHONE_TW,
  PHONE_TW.replace(/-/g, ""),
  EMAIL,
  BIRTHDAY,
  "05/06/1992",
  "1992年5月6日",
  CN_ID,
  TW_ID,
  FAMILY_BIRTHDAY,
  "松仁路",
  String(excelSerial(BIRTHDAY)),
  String(excelSerial(FAMILY_BIRTHDAY)),
];

describe("a masked review workbook", () => {
  let parts: Record<string, string>;

  beforeAll(async () => {
    const plan = buildReviewPlan(
      { records, settings: makeSettings({ lang: "zh-TW" }) },
      { lang: "zh-TW", today: "2026-05-01", mask: true }
    );
    const file = await writeWorkbook(plan);
    parts = Object.fromEntries(
      Object.entries(unzipSync(new Uint8Array(file))).map(([name, data]) => [name, strFromU8(data)])
    );
  });

  it("holds no original phone, e-mail, ID number, birth date or address in any part", () => {
    expect(Object.keys(parts).some((p) => p.startsWith("xl/worksheets/"))).toBe(true);
    for (const [name, xml] of Object.entries(parts)) {
      for (const original of ORIGINALS) {
        if (xml.includes(original)) throw new Error(`${name} still holds "${original}"`);
      }
    }
  });

  it("still shows the client and what is not personal", () => {
    const text = Object.values(parts).join("\n");
    expect(text).toContain("林美華");
    expect(text).toContain("C-0001");
  });
});

describe("scrubText", () => {
  it("takes out phones, e-mails, ID numbers and dates, and keeps the rest", () => {
    expect(scrubText(`生日: 05/06/1992, call ${PHONE} or ${EMAIL}; ID ${CN_ID} / ${TW_ID}`)).toBe(
      "生日: ****, call **** or ****; ID **** / ****"
    );
    expect(scrubText("民國81年5月6日生，喜歡高爾夫")).toBe("****生，喜歡高爾夫");
    expect(scrubText("Policy 2 of 3, premium 12,000")).toBe("Policy 2 of 3, premium 12,000");
  });
});

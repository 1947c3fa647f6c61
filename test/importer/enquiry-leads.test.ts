/**
 * A web form's enquiries — a timestamp, the form it came through and a message beside the
 * enquirer's name, phone, organisation and city — read like a complaint log by their generic words
 * (Source, Query, Status) and carry no complaint. Whose they are, the client list's headers say
 * far better than the Visits sheet's: the enquirers are leads, imported as clients, not contacts
 * made with them. A log of dated actions whose headers fit the Visits sheet about as well as the
 * client list stays a log of visits. Invented sheets in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { complaintsOnlyWithAComplaint } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

/** Form submissions: a catalogue download gives a name and a phone, a bulk enquiry the rest too. */
function enquiries(count: number): SourceCell[][] {
  const rows: SourceCell[][] = [
    [
      "Date & Time",
      "Source",
      "Name",
      "Phone",
      "Company / School",
      "City",
      "Product Category",
      "Quantity",
      "Query",
      "Status",
      "Remarks",
    ],
  ];
  const cities = ["Pune", "Surat", "Indore", "Nagpur"];
  for (let i = 0; i < count; i++) {
    const bulk = i % 2 === 0;
    rows.push([
      `2026-04-${pad(i + 2)} 1${i % 10}:${pad((i * 7) % 60)}:00`,
      bulk ? "Bulk Enquiry" : "Catalogue Download",
      INVENTED_PEOPLE.en[i % 10],
      `+91 90000${String(41000 + i * 37).padStart(5, "0")}`,
      bulk ? INVENTED_COMPANIES.en[i % 12] : null,
      bulk ? cities[i % 4] : null,
      bulk ? "Ergonomic Chairs" : null,
      bulk ? 10 * ((i % 5) + 1) : null,
      bulk ? "Please send a quotation" : null,
      "Pending",
      null,
    ]);
  }
  return rows;
}

describe("a web form's enquiries read as leads", () => {
  it("imports each enquirer as a client with phone, organisation and city", () => {
    const r = importWorkbook([sheet("Enquiries", enquiries(10))]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Visits).toHaveLength(0);
    expect(r.records.Clients).toHaveLength(10);
    const first = r.records.Clients.find((c) => c.name === INVENTED_PEOPLE.en[0]);
    expect(first?.phone).toContain("9000041000");
    expect(first?.employer).toBe(INVENTED_COMPANIES.en[0]);
    expect(first?.address).toContain("Pune");
  });

  /** A reading as complaints from generic words, with each sheet's header evidence as given. */
  const readAsComplaints = (clients: number, visits: number) => ({
    key: "Complaints" as const,
    confidence: 0.4,
    scores: { Complaints: 2.5, Clients: clients, Visits: visits },
  });

  it.each([
    ["en", ["Submitted", "Source", "Name", "Mobile", "Company", "City", "Query", "Status"]],
    ["简体", ["提交时间", "来源", "姓名", "手机", "单位", "城市", "咨询内容", "状态"]],
    ["繁體", ["提交時間", "來源", "姓名", "手機", "公司", "城市", "詢問內容", "狀態"]],
  ])(
    "reads enquiries whose headers fit the client list far better as clients (%s)",
    (_, headers) => {
      const read = complaintsOnlyWithAComplaint(readAsComplaints(2.4, 0.9), headers, [
        "Sheet1",
        "",
      ]);
      expect(read.key).toBe("Clients");
    }
  );

  it.each([
    ["en", ["Date", "Customer", "Action", "Owner", "Status", "Next Step"]],
    ["简体", ["日期", "客户", "事项", "负责人", "状态", "下一步"]],
    ["繁體", ["日期", "客戶", "事項", "負責人", "狀態", "下一步"]],
  ])("keeps dated actions whose headers fit visits about as well as visits (%s)", (_, headers) => {
    const read = complaintsOnlyWithAComplaint(readAsComplaints(1.9, 1.2), headers, ["Sheet1", ""]);
    expect(read.key).toBe("Visits");
  });
});

/**
 * A CRM calls every contact with a client an interaction (a call, an e-mail, a meeting): a sheet
 * named so (Interactions, 客户互动, 客戶互動) is a log of contacts — Visits — whatever its headers
 * built on the word fail to say.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const DAYS = ["2024-07-04", "2024-01-16", "2023-11-20", "2024-03-02", "2024-05-28"];

describe("a sheet of interactions", () => {
  it.each([
    {
      label: "English",
      name: "Interactions",
      headers: ["InteractionID", "CustomerID", "InteractionDate", "InteractionType", "Outcome"],
      types: ["Call", "Email", "Meeting"],
      outcomes: ["Resolved", "Unresolved"],
    },
    {
      label: "简体",
      name: "客户互动",
      headers: ["互动编号", "客户编号", "互动日期", "互动方式", "结果"],
      types: ["电话", "邮件", "面谈"],
      outcomes: ["已解决", "未解决"],
    },
    {
      label: "繁體",
      name: "客戶互動",
      headers: ["互動編號", "客戶編號", "互動日期", "互動方式", "結果"],
      types: ["電話", "郵件", "面談"],
      outcomes: ["已解決", "未解決"],
    },
  ])("$label: is a log of contacts with the clients", ({ name, headers, types, outcomes }) => {
    const rows: SourceCell[][] = [
      headers,
      ...Array.from({ length: 20 }, (_, i): SourceCell[] => [
        String(i + 1),
        String(100 + (i % 7)),
        DAYS[i % DAYS.length],
        types[i % types.length],
        outcomes[i % 2],
      ]),
    ];
    const r = importWorkbook([sheet(name, rows)]);
    expect(readAs(r, name)).toBe("Visits");
    expect(r.records.Visits).toHaveLength(20);
  });
});

/**
 * A call or visit log names the client on every call, with the bank's client number beside the
 * name (CIF No, 客户号, 客戶編號). The number repeats as the client does — distinct per client, not
 * per row — and is the client's id: a person keeps it on the client the log's rows belong to.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const CLIENTS = [
  ["Leong Ka Yan", "SG7700123"],
  ["Priya Nair", "SG7700456"],
  ["Tan Wei Ming", "SG7700789"],
  ["Aisha Rahman", "SG7701012"],
  ["Daniel Koh", "SG7701345"],
];

const OUTCOMES = [
  "Will revert after review",
  "Interested in bonds",
  "No change",
  "Asked for statement",
];

function log(headers: string[], names: string[][]): SourceCell[][] {
  const rows: SourceCell[][] = [headers];
  for (let call = 0; call < 20; call++) {
    const [name, cif] = names[call % names.length];
    const day = `2026-0${1 + (call % 9)}-1${call % 10}`;
    rows.push([
      day,
      name,
      cif,
      call % 2 ? "Call" : "Meeting",
      OUTCOMES[call % OUTCOMES.length],
      `2026-0${1 + (call % 9)}-2${call % 10}`,
    ]);
  }
  return rows;
}

describe("a client number repeated on each row of a log", () => {
  it.each([
    [
      "English",
      "Call Log",
      ["Call Date", "Client Name", "CIF No", "Contact Type", "Outcome", "Follow-up Date"],
      CLIENTS,
    ],
    [
      "简体",
      "拜访记录",
      ["拜访日期", "客户姓名", "客户号", "拜访方式", "拜访结果", "下次跟进日期"],
      [
        ["王建国", "KH0012301"],
        ["李秀英", "KH0012302"],
        ["张伟", "KH0012303"],
        ["刘洋", "KH0012304"],
      ],
    ],
    [
      "繁體",
      "拜訪紀錄",
      ["拜訪日期", "客戶姓名", "客戶編號", "拜訪方式", "拜訪結果", "下次追蹤日期"],
      [
        ["陳志明", "TW-880101"],
        ["林淑芬", "TW-880102"],
        ["黃建宏", "TW-880103"],
        ["張雅婷", "TW-880104"],
      ],
    ],
  ])("is the client's id (%s)", (_, name, headers, people) => {
    const result = importWorkbook([
      sheet(name as string, log(headers as string[], people as string[][])),
    ]);
    const mapping = result.mappings.find((m) => m.sheet === name);
    expect(mapping?.registerSheet).toBe("Visits");
    expect(mapping?.columns[2].field).toBe("clientId");
    expect(result.records.Visits).toHaveLength(20);
    const clients = result.records.Clients;
    expect(clients).toHaveLength((people as string[][]).length);
    for (const [person, cif] of people as string[][]) {
      const client = clients.find((c) => c.name === person);
      expect(client?.clientId).toBe(cif);
      const visits = result.records.Visits.filter((v) => v.clientId === cif);
      expect(visits.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("on a client list, a number repeated down the rows is still no client id", () => {
    const result = importWorkbook([
      sheet("Clients", [
        ["Client Name", "Client No", "Mobile"],
        ...[
          "Leong Ka Yan",
          "Priya Nair",
          "Tan Wei Ming",
          "Aisha Rahman",
          "Daniel Koh",
          "Grace Lim",
          "Marcus Wee",
          "Nora Tan",
          "Ethan Goh",
          "Chloe Ng",
        ].map((n, i) => [n, i < 5 ? "SG7700123" : "SG7700456", `+65 9123 45${60 + i}`]),
      ]),
    ]);
    expect(result.mappings[0].columns[1].field).not.toBe("clientId");
  });

  it("a number typed without its leading zeros is the same client's padded number", () => {
    const padded = [
      ["Leong Ka Yan", "0005609627"],
      ["Priya Nair", "0005674814"],
      ["Tan Wei Ming", "0007095197"],
      ["Aisha Rahman", "0001234567"],
    ];
    const rows = log(
      ["Call Date", "Client Name", "CIF No", "Contact Type", "Outcome", "Follow-up Date"],
      padded
    );
    // Every fourth call's CIF was typed as a number: 5609627.
    for (let r = 1; r < rows.length; r += 4) rows[r][2] = Number(rows[r][2]);
    const result = importWorkbook([sheet("Call Log", rows)]);
    expect(result.records.Clients.map((c) => c.clientId).sort()).toEqual(
      padded.map(([, cif]) => cif).sort()
    );
    expect(result.records.Visits.every((v) => /^0{3}\d{7}$/.test(String(v.clientId)))).toBe(true);
  });
});

/**
 * A policy export without a client list whose link to the client is headed only "ID" (要保人ID,
 * 投保人ID, Policyholder ID) while its values are the policyholders' ID numbers: the column is the
 * person's ID number, so each policyholder becomes a client carrying it, as when the header says
 * 身分證字號 outright. Numbers that are no ID numbers (C-0001, a client list's own numbers) still
 * only link to a client list elsewhere.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const VARIANTS: { lang: string; header: string[]; holders: [string, string][] }[] = [
  {
    lang: "zh-TW",
    header: ["投保險種", "要保人", "要保人ID", "電話", "保費"],
    holders: [
      ["廖子華", "T104495377"],
      ["謝明志", "A148634885"],
      ["何明宏", "S102543573"],
      ["林佳蓉", "F223456789"],
    ],
  },
  {
    lang: "zh-CN",
    header: ["险种", "投保人", "投保人ID", "电话", "保费"],
    holders: [
      ["赵一鸣", "110101198001011234"],
      ["钱雨晴", "320102198505052345"],
      ["孙浩然", "44030519900909345X"],
      ["李思远", "510104197712124567"],
    ],
  },
  {
    lang: "en",
    header: ["Cover", "Policyholder", "Policyholder ID", "Phone", "Premium"],
    holders: [
      ["Chan Tai Man", "A123456(7)"],
      ["Wong Siu Ling", "K654321(3)"],
      ["Lee Ka Yan", "Y112233(A)"],
      ["Ho Wing Kei", "C998877(1)"],
    ],
  },
];

function book(header: string[], holders: [string, string][]): SourceCell[][] {
  const rows: SourceCell[][] = [header];
  // Two or three policies each: a car's compulsory and voluntary cover, a home's fire cover.
  holders.forEach(([name, id], i) => {
    for (let k = 0; k < 2 + (i % 2); k++)
      rows.push([["CAR-C", "CAR-V", "FIRE"][k], name, id, `0912-000-00${i}`, 1000 + 100 * k + i]);
  });
  return rows;
}

describe("a policy list linked to its holders by an ID column headed only 'ID'", () => {
  for (const { lang, header, holders } of VARIANTS)
    it(`makes each policyholder a client with the ID number (${lang})`, () => {
      const r = importWorkbook([sheet("Sheet1", book(header, holders))]);
      expect(r.mappings[0].registerSheet).toBe("Insurance");
      expect(r.records.Clients).toHaveLength(holders.length);
      for (const [name, id] of holders) {
        const client = r.records.Clients.find((c) => c.name === name);
        expect(client?.idNumber).toBe(id);
        const policies = r.records.Insurance.filter((p) => p.clientId === client?.clientId);
        expect(policies.length).toBeGreaterThanOrEqual(2);
      }
      expect(r.issues.some((i) => i.code === "link.unknown-id")).toBe(false);
    });

  it("client numbers under the same header only link, making no client", () => {
    const holders: [string, string][] = [
      ["廖子華", "C-0001"],
      ["謝明志", "C-0002"],
      ["何明宏", "C-0003"],
    ];
    const r = importWorkbook([sheet("Sheet1", book(VARIANTS[0].header, holders))]);
    expect(r.records.Clients.some((c) => c.idNumber === "C-0001")).toBe(false);
  });
});

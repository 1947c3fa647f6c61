/**
 * A CRM deals export with few deal-only columns (no stage, no close date): its headers that name
 * the deal as their entity ("Deal - Title", "Deal - Value", 商机金额) make it a pipeline, and on a
 * sheet of a few rows the deal's value is its amount, never a 1–5 factor whose label it spells.
 */
import { importWorkbook } from "../../src/importer";
import { preferPipelineForDealEntities } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function read(rows: SourceCell[][]) {
  const r = importWorkbook([sheet("Export", rows)]);
  const fields = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
  return { r, sheet: r.mappings[0].registerSheet, fields };
}

describe("a deals export with few deal-only columns", () => {
  it("is a pipeline when its headers name the deal and its parties", () => {
    const {
      r,
      sheet: key,
      fields,
    } = read([
      ["Deal - Title", "Deal - Value", "Organization - Name", "Person - Name", "Person - Email"],
      ["Fleet deal", 12_000, "Acme Ltd", "Jo Park", "jo@acme.example.com"],
      ["Data pilot", 4_500, "Birch plc", "Al Moss", "al@birch.example.com"],
      ["Print service", 800, "Cedar Inc", "Bo Lin", "bo@cedar.example.com"],
    ]);
    expect(key).toBe("Pipeline");
    expect(fields["Deal - Title"]).toBe("opportunityId");
    expect(fields["Deal - Value"]).toBe("expectedValue");
    expect(r.records.Pipeline.map((p) => [p.opportunityId, p.expectedValue])).toEqual([
      ["Fleet deal", 12_000],
      ["Data pilot", 4_500],
      ["Print service", 800],
    ]);
    expect(r.records.Contacts.map((c) => c.name)).toEqual(["Jo Park", "Al Moss", "Bo Lin"]);
  });

  it("is a pipeline from 商机 headers, in Chinese", () => {
    const { sheet: key, fields } = read([
      ["商机名称", "商机金额", "客户名称", "联系人", "联系人电话"],
      ["产线改造", 800_000, "华东机械", "王立", "13900001111"],
      ["备件合同", 120_000, "南方物流", "李强", "13900002222"],
    ]);
    expect(key).toBe("Pipeline");
    expect(fields["商机名称"]).toBe("opportunityId");
    expect(fields["商机金额"]).toBe("expectedValue");
  });

  it("reads a deal's value of 3, 4, 5 on three rows as its amount, not factor D", () => {
    const { fields } = read([
      ["Deal - Title", "Deal - Value", "Organization - Name"],
      ["A deal", 3, "Acme"],
      ["B deal", 4, "Birch"],
      ["C deal", 5, "Cedar"],
    ]);
    expect(fields["Deal - Value"]).toBe("expectedValue");
  });

  it("never maps figures beyond 1–5 to a factor, on two rows", () => {
    const { fields } = read([
      ["Opportunity", "Client", "Stage", "Deal value"],
      ["Fleet deal", "Acme Ltd", "Qualify", 45_000],
      ["Data pilot", "Birch plc", "Proposal", 120_000],
    ]);
    expect(fields["Deal value"]).not.toBe("factorD");
  });

  it("keeps a contact list with one deal column a contact list", () => {
    const scores = { Contacts: 2.5, Pipeline: 0.7 };
    const contacts = { key: "Contacts" as const, confidence: 0.7, scores };
    expect(
      preferPipelineForDealEntities(contacts, ["Name", "Email", "Opportunity Count"]).key
    ).toBe("Contacts");
    expect(
      preferPipelineForDealEntities(contacts, ["Deal - Title", "Person - Name", "Person - Email"])
        .key
    ).toBe("Pipeline");
  });
});

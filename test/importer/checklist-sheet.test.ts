/**
 * A checklist — each row a job (a sailing, an order) and most columns a step of it ticked off, OK
 * or ╳, ✓ or × — records work done, nothing about a client, whatever party the row names: it is no
 * visit log and no client list. A client list with a few ticked columns beside the clients' names
 * (what each holds) stays a client list. Invented sheets only (简体, English, 繁體).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  header: string[];
  parties: string[];
  done: string;
  notDone: string;
}

const VARIANTS: Variant[] = [
  {
    label: "简体, OK / ╳ per sailing and shipper",
    header: [
      "ETD",
      "SHPR",
      "说明",
      "托书\n登记",
      "订舱\n确认",
      "订舱\n审核",
      "截单\n收资料",
      "截单\n录入",
      "提单\n确认",
      "费用\n确认",
    ],
    parties: ["远航", "瑞丰", "嘉禾", "华茂", "永新"],
    done: "OK",
    notDone: "╳",
  },
  {
    label: "English, ✓ / × per installation job",
    header: [
      "Job date",
      "Customer",
      "Note",
      "Surveyed",
      "Approved",
      "Installed",
      "Inspected",
      "Tested",
      "Signed off",
    ],
    parties: ["Harbour Foods", "Lorne Bakery", "Pratt & Sons", "Ivy Florist", "Marlow Cafe"],
    done: "✓",
    notDone: "×",
  },
  {
    label: "繁體, √ / ✗ per case",
    header: ["日期", "客戶", "備註", "收件", "審核", "派工", "完工", "回訪", "結案"],
    parties: ["大同行", "永和號", "新光社", "福記", "華興"],
    done: "√",
    notDone: "✗",
  },
];

function checklist(v: Variant): SourceCell[][] {
  const rows: SourceCell[][] = [v.header];
  const steps = v.header.length - 3;
  for (let i = 0; i < 24; i++) {
    const row: SourceCell[] = [
      `2026-03-${String((i % 27) + 1).padStart(2, "0")}`,
      v.parties[(i * 2) % v.parties.length],
      i % 4 === 0 ? "2×40HQ" : null,
    ];
    for (let k = 0; k < steps; k++)
      row.push(k < steps - (i % 4) ? v.done : i % 2 ? v.notDone : null);
    rows.push(row);
  }
  return rows;
}

describe("a checklist of work done on each row", () => {
  it.each(VARIANTS)("$label: is not imported, and says why in en, 简体 and 繁體", (v) => {
    const r = importWorkbook([sheet("流程", checklist(v))]);
    const m = r.mappings[0];
    expect(m.registerSheet).toBeNull();
    expect(m.kind).toBe("checklist");
    expect(m.reasonCoded?.code).toBe("sheet.why.checklist");
    expect(r.records.Visits).toEqual([]);
    expect(r.records.Clients).toEqual([]);
    const params = m.reasonCoded?.params ?? {};
    expect(renderMessage("sheet.why.checklist", params, "en")).toContain(v.done);
    expect(renderMessage("sheet.why.checklist", params, "zh-CN")).toContain("核对表");
    expect(renderMessage("sheet.why.checklist", params, "zh-TW")).toContain("核對表");
    expect(renderMessage("kind.checklist", {}, "zh-TW")).toBe("工作核對表");
  });

  it("a client list with ticked columns beside each client's name stays a client list", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "手机", "存款", "理财", "基金", "保险", "信用卡", "网银"],
    ];
    const names = [
      "王建国",
      "李秀英",
      "张伟",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "孙丽",
      "周杰",
      "吴敏",
    ];
    names.forEach((name, i) =>
      rows.push([
        name,
        `1380013${String(8000 + i)}`,
        ...[0, 1, 2, 3, 4, 5].map((k) => ((i + k) % 3 ? "✓" : "×")),
      ])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(names.length);
  });
});

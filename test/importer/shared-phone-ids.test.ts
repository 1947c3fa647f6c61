/**
 * Two rows with one name and one phone (or e-mail) are two people when the book gives them
 * different ID numbers or different client numbers (CIF, 客户号): a family shares a phone. Running
 * serials (001, 008) are no identity, and a shared birthday and address still make one person.
 */
import { importWorkbook } from "../../src/importer";
import { linkAndMerge } from "../../src/importer/link-merge";
import type { SourceCell } from "../../src/importer/types";
import { candidateRows, sheet } from "./helpers";

const { cand, reset } = candidateRows();
beforeEach(reset);

describe("one name, one phone, different identities", () => {
  it.each([
    ["different CIF numbers", { clientId: "CIF0012345" }, { clientId: "CIF0012399" }],
    ["different 客户号", { clientId: "KH10231" }, { clientId: "KH10232" }],
    [
      "different ID numbers",
      { idNumber: "110101199003071234" },
      { idNumber: "110101199507081234" },
    ],
    ["different TW ID numbers", { idNumber: "A123456789" }, { idNumber: "B223456789" }],
  ])("%s stay two clients", (_, a, b) => {
    const r = linkAndMerge(
      [
        cand("Clients", { name: "林志明", phone: "0912-345-678", ...a }),
        cand("Clients", { name: "林志明", phone: "+886 912 345 678", ...b }),
      ],
      {},
      { phoneRegion: "TW" }
    );
    expect(r.records.Clients).toHaveLength(2);
    expect(r.issues.filter((i) => i.code === "link.same-client-rows")).toEqual([]);
  });

  it("one e-mail with different client numbers stays two clients", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "C-88120", name: "Ann Lee", email: "lee.family@example.com" }),
      cand("Clients", { clientId: "C-88133", name: "Ann Lee", email: "LEE.family@example.com" }),
    ]);
    expect(r.records.Clients).toHaveLength(2);
  });

  it("running serials do not part one client", () => {
    const r = linkAndMerge(
      [
        cand("Clients", { clientId: "001", name: "林志明", phone: "0912-345-678" }),
        cand("Clients", { clientId: "008", name: "林志明", phone: "0912345678" }),
      ],
      {},
      { phoneRegion: "TW" }
    );
    expect(r.records.Clients).toHaveLength(1);
  });

  it("a shared birthday and address is one person whatever the numbers", () => {
    const r = linkAndMerge([
      cand("Clients", {
        clientId: "CIF0012345",
        name: "张三",
        birthday: "1970-01-02",
        address: "北京市朝阳区1号",
      }),
      cand("Clients", {
        clientId: "CIF0012399",
        name: "张三",
        birthday: "1970-01-02",
        address: "北京市 朝阳区 1号",
      }),
    ]);
    expect(r.records.Clients).toHaveLength(1);
  });

  it.each([
    [["CIF号", "客户姓名", "手机"], "13800000001"],
    [["客戶編號", "客戶姓名", "手機"], "0912-345-678"],
    [["Client No", "Client Name", "Mobile"], "+44 7700 900123"],
  ] as const)("a sheet headed %j keeps a family's two namesakes apart", (headers, phone) => {
    const rows: SourceCell[][] = [
      [...headers],
      ["CIF0012345", "陈建国", phone],
      ["CIF0012399", "陈建国", phone],
      ["CIF0012400", "王芳", "13800000003"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(r.records.Clients.map((c) => c.clientId)).toEqual([
      "CIF0012345",
      "CIF0012399",
      "CIF0012400",
    ]);
    expect(r.summary).toMatchObject({ imported: 3, merged: 0 });
  });
});

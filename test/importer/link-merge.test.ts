import { linkAndMerge, childKey } from "../../src/importer/link-merge";
import type { RegisterRecord } from "../../src/register/types";
import { candidateRows } from "./helpers";
import { renderIssueMessage } from "../../src/register/messages";
import type { ImportIssue } from "../../src/importer/types";

const { cand, reset } = candidateRows();
beforeEach(reset);

describe("linkAndMerge: clients", () => {
  it("generates ids C-0001… in source order", () => {
    const r = linkAndMerge([cand("Clients", { name: "张三" }), cand("Clients", { name: "李四" })]);
    expect(r.records.Clients.map((c) => c.clientId)).toEqual(["C-0001", "C-0002"]);
    expect(r.rows.map((x) => x.outcome)).toEqual(["imported", "imported"]);
  });

  it("continues after the highest id already used, in the source or the register", () => {
    const r = linkAndMerge(
      [cand("Clients", { clientId: "C-0007", name: "甲" }), cand("Clients", { name: "乙" })],
      { Clients: [{ clientId: "C-0012", name: "丙" }] }
    );
    expect(r.records.Clients.map((c) => [c.clientId, c.name])).toEqual([
      ["C-0012", "丙"],
      ["C-0007", "甲"],
      ["C-0013", "乙"],
    ]);
  });

  it("merges the same name with the same phone (written differently); first non-empty value wins", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "张三", phone: "13800138000", address: "北京" }),
      cand("Clients", { name: " 张三 ", phone: "138-0013-8000", address: "上海", email: "z@x.cn" }),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    const c = r.records.Clients[0];
    expect(c).toMatchObject({ address: "北京", email: "z@x.cn" });
    expect(String(c.notes)).toContain("address: 上海");
    expect(r.rows.map((x) => x.outcome)).toEqual(["imported", "merged"]);
    const conflict = r.issues.find((i) => i.field === "address");
    expect(conflict?.severity).toBe("warning");
    expect(conflict?.message).toContain('"北京"');
    expect(conflict?.message).toContain('"上海"');
    expect(conflict?.row).toBe(2);
  });

  it("merges by the same id; full-width and case differences in names do not matter", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "K1", name: "ACME" }),
      cand("Clients", { clientId: "k1", name: "ａｃｍｅ" }),
    ]);
    expect(r.records.Clients).toHaveLength(1);
  });

  it("keeps two people with the same name apart when nothing else matches", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "王伟", phone: "1" }),
      cand("Clients", { name: "王伟", phone: "2" }),
    ]);
    expect(r.records.Clients).toHaveLength(2);
    expect(r.issues.some((i) => i.severity === "info" && i.message.includes("same name"))).toBe(
      true
    );
  });

  it("merges rows that carry nothing but the same name (one customer per product line), naming both rows", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "晚风", owner: "刘一鸣" }),
      cand("Clients", { name: "好运来了" }),
      cand("Clients", { name: "晚风", notes: "IP: 10.0.0.2" }),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["晚风", "好运来了"]);
    const same = r.issues.find((i) => i.code === "link.same-client-rows");
    expect(same?.params).toMatchObject({ row: 3, otherRow: 1, match: "link.match-name-only" });
  });

  it("on one sheet, a row that leaves blank what its namesake's row wrote is that person", () => {
    const details: RegisterRecord[] = [
      { phone: "13800138000" },
      { birthday: "1980-01-02" },
      { idNumber: "A123456789" },
      { email: "ww@example.cn" },
    ];
    for (const detail of details) {
      reset();
      const r = linkAndMerge([
        cand("Clients", { name: "王伟", ...detail }),
        cand("Clients", { name: "王伟" }),
      ]);
      expect(r.records.Clients).toHaveLength(1);
      expect(r.records.Clients[0]).toMatchObject(detail);
      const same = r.issues.find((i) => i.code === "link.same-client-rows");
      expect(same?.params).toMatchObject({
        row: 2,
        otherRow: 1,
        match: "link.match-name-same-sheet",
      });
    }
  });

  it("on one sheet, a different birthday, ID number, phone or e-mail keeps namesakes apart and says which", () => {
    const pairs: [RegisterRecord, RegisterRecord, string][] = [
      [{ birthday: "1980-01-02" }, { birthday: "1975-06-30" }, "link.apart-birthday"],
      [{ idNumber: "A123456789" }, { idNumber: "B223456780" }, "link.apart-id-number"],
      [{ phone: "13800138000" }, { phone: "13900139000" }, "link.apart-phone"],
      [{ email: "a@example.cn" }, { email: "b@example.cn" }, "link.apart-email"],
    ];
    for (const [a, b, why] of pairs) {
      reset();
      const r = linkAndMerge([
        cand("Clients", { name: "王伟", ...a }),
        cand("Clients", { name: "王伟", ...b }),
      ]);
      expect(r.records.Clients).toHaveLength(2);
      const apart = r.issues.find((i) => i.code === "link.same-name");
      expect(apart?.params?.why).toBe(why);
    }
  });

  it("a bare row after two namesakes who differ is neither of them: kept apart, and the message says why", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "王伟", birthday: "1980-01-02" }),
      cand("Clients", { name: "王伟", birthday: "1975-06-30" }),
      cand("Clients", { name: "王伟" }),
    ]);
    expect(r.records.Clients).toHaveLength(3);
    const last = r.issues.find((i) => i.code === "link.same-name" && i.row === 3);
    expect(last?.params?.why).toBe("link.apart-several");
    expect(renderIssueMessage(last as ImportIssue, "zh-CN")).toContain("同名客户不止一位");
  });

  it("never says values differ when they are blank", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "王伟", birthday: "1980-01-02" }),
      cand("Clients", { name: "王伟", birthday: "1975-06-30" }),
    ]);
    const apart = r.issues.find((i) => i.code === "link.same-name") as ImportIssue;
    expect(renderIssueMessage(apart, "zh-TW")).toContain("生日不同");
    for (const lang of ["zh-CN", "zh-TW"] as const)
      expect(renderIssueMessage(apart, lang)).not.toMatch(/電話|电话|郵件|邮箱/);
    expect(renderIssueMessage(apart, "en")).toContain("birthdays differ");
  });

  it("updates a register client instead of adding one, and the import's value wins there", () => {
    const existing = {
      Clients: [{ clientId: "C-0003", name: "张三", phone: "138", address: "旧地址", notes: null }],
    };
    const r = linkAndMerge(
      [cand("Clients", { name: "张三", phone: "138", address: "新地址" })],
      existing
    );
    expect(r.records.Clients).toEqual([
      expect.objectContaining({ clientId: "C-0003", address: "新地址" }),
    ]);
    expect(r.rows[0].outcome).toBe("merged");
    expect(r.issues.find((i) => i.field === "address")?.severity).toBe("info");
  });

  it("reuses register ids for same-name clients without contact details, one each, in order", () => {
    const existing = {
      Clients: [
        { clientId: "C-0001", name: "王伟" },
        { clientId: "C-0002", name: "王伟" },
      ],
    };
    const r = linkAndMerge(
      [cand("Clients", { name: "王伟" }), cand("Clients", { name: "王伟" })],
      existing
    );
    expect(r.records.Clients.map((c) => c.clientId)).toEqual(["C-0001", "C-0002"]);
  });
});

describe("linkAndMerge: child rows", () => {
  it("links by id, else by normalised name", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "A-1", name: "Zhang San" }),
      cand("Insurance", { clientId: "a-1", type: "life" }),
      cand("Insurance", { type: "medical" }, { clientName: "ZHANG  SAN" }),
    ]);
    expect(r.records.Insurance.map((p) => p.clientId)).toEqual(["A-1", "A-1"]);
  });

  it("keeps a row of an unknown client, flagged, with the name in notes", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "甲" }),
      cand("Assets", { assetClass: "fund" }, { clientName: "无名氏", clientNameLabel: "客户" }),
    ]);
    expect(r.records.Assets).toHaveLength(1);
    expect(r.records.Assets[0]).toMatchObject({ clientId: null, notes: "客户: 无名氏" });
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: "warning", row: 2, value: "无名氏" })
    );
  });

  it("keeps a row whose client id matches nobody, the id moved to notes", () => {
    const r = linkAndMerge([
      cand("Visits", { clientId: "X9", visitOn: "2024-01-02" }, { clientIdLabel: "客户编号" }),
    ]);
    expect(r.records.Visits[0]).toMatchObject({ clientId: null, notes: "客户编号: X9" });
  });

  it("does not guess between two clients of the same name", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "王伟", phone: "1" }),
      cand("Clients", { name: "王伟", phone: "2" }),
      cand("Family", { memberName: "王小明" }, { clientName: "王伟" }),
    ]);
    expect(r.records.Family[0].clientId).toBeNull();
    expect(r.issues.some((i) => i.message.includes("Several clients"))).toBe(true);
  });

  it("merges the same policy listed twice and keeps both values on conflict", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "甲" }),
      cand("Insurance", { policyNo: "P1", sumInsured: 100 }, { clientName: "甲" }),
      cand("Insurance", { policyNo: "P1", sumInsured: 200, insurer: "平安" }, { clientName: "甲" }),
    ]);
    expect(r.records.Insurance).toHaveLength(1);
    expect(r.records.Insurance[0]).toMatchObject({ sumInsured: 100, insurer: "平安" });
    expect(r.rows.map((x) => x.outcome)).toEqual(["imported", "imported", "merged"]);
  });

  it("gives derived contacts the final id of their client", () => {
    const client = cand("Clients", { name: "甲公司" });
    const contact = cand("Contacts", { name: "张三" }, { clientRef: client, accounted: false });
    const r = linkAndMerge([client, contact]);
    expect(r.records.Contacts[0].clientId).toBe("C-0001");
    expect(r.rows).toHaveLength(1);
  });
});

describe("childKey", () => {
  it("prefers the policy number, ignoring the client, and falls back to the whole record without a client", () => {
    expect(childKey("Insurance", { clientId: "C-1", policyNo: "p 1" })).toBe(
      childKey("Insurance", { clientId: "C-2", policyNo: "P 1" })
    );
    expect(childKey("Assets", { clientId: null, assetClass: "fund", notes: "a" })).not.toBe(
      childKey("Assets", { clientId: null, assetClass: "fund", notes: "b" })
    );
  });
});

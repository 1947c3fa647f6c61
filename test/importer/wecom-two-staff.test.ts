/**
 * A WeCom (企业微信) customer list: one customer added by two staff members is two rows with the
 * same union id (the phone noted by one of them only). A manager sees one client, a client since
 * the first day anyone added them and owned by who added them first (the team's rule against
 * 撞单), the other staff member named in the notes.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = ["外部联系人", "添加人", "添加时间", "unionid", "手机号"];
const NAMES = ["余婷", "石磊", "王芳", "李强", "张敏", "刘洋"];

function wecomList(): SourceCell[][] {
  const rows: SourceCell[][] = [HEADER];
  NAMES.forEach((name, i) =>
    rows.push([
      name,
      ["赵丽娜", "陈思远"][i % 2],
      `2024-06-1${i + 1} 19:17`,
      `oW3kT0${i}Hq8ZxYvB2mLpN5aRcD7e`,
      `1361612345${i}`,
    ])
  );
  // 周晓明 added 余婷 too, a week before 赵丽娜 did, without noting her phone.
  rows.push(["余婷", "周晓明", "2024-06-04 10:02", "oW3kT00Hq8ZxYvB2mLpN5aRcD7e", ""]);
  return rows;
}

describe("one WeCom customer added by two staff members", () => {
  const r = importWorkbook([sheet("客户列表", wecomList())], { phoneRegion: "CN" });
  const yu = r.records.Clients.filter((c) => c.name === "余婷");

  it("is one client", () => {
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      "owner",
      "clientSince",
      "clientId",
      "phone",
    ]);
    expect(r.records.Clients).toHaveLength(NAMES.length);
    expect(yu).toHaveLength(1);
    expect(r.rows.find((x) => x.row === 8)?.outcome).toBe("merged");
  });

  it("is a client since the first staff member added them, and theirs; the other is in notes", () => {
    expect(yu[0]).toMatchObject({
      owner: "周晓明",
      clientSince: "2024-06-04",
      phone: "13616123450",
    });
    expect(String(yu[0].notes)).toContain("添加人: 赵丽娜");
    expect(String(yu[0].notes)).toContain("添加时间: 2024-06-11");
  });

  it("is told as a second owner, not as a conflict to fix", () => {
    const also = r.issues.filter((i) => i.code === "link.also-owner");
    expect(also).toHaveLength(1);
    expect(also[0]).toMatchObject({ severity: "info", row: 8, value: "赵丽娜" });
    expect(renderIssueMessage(also[0], "zh-CN")).toContain("赵丽娜");
    expect(renderIssueMessage(also[0], "zh-TW")).toContain("負責人保留");
    expect(r.issues.some((i) => i.code === "link.conflict" && i.field === "owner")).toBe(false);
  });

  it("is still one client on the next import of the same list", () => {
    const again = importWorkbook([sheet("客户列表", wecomList())], {
      phoneRegion: "CN",
      existing: r.records,
      state: r.state,
    });
    expect(again.records.Clients).toEqual(r.records.Clients);
    expect(again.summary.imported).toBe(0);
  });
});

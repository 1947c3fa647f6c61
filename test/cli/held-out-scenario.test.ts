/**
 * The held-out scenario of "re-import never loses the manager's work", end to end through the
 * CLI with the register edited in another tool (an openpyxl script, as analysts use): import;
 * change cells, rename a client, type a new row, add a column and a sheet of one's own,
 * hand-log a complaint, sort the Clients table; re-import the unchanged source, then a changed one.
 */
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SHEETS } from "../../src/register/sheets";
import type { Lang, RegisterRecord, SheetKey } from "../../src/register/types";
import {
  readRegisterWorkbook,
  type RegisterWorkbook,
} from "../../src/workbook/xlsx/register-reader";
import { inspect, openpyxl } from "../support/openpyxl";

const CLIENT_HEADER = ["客户名称", "联系电话", "电子邮箱", "地址", "客户经理"];
const COMPLAINT_HEADER = ["投诉单号", "客户名称", "投诉日期", "投诉内容", "处理状态"];
const CLIENTS = [
  ["林志明", "13800138000", "lin@example.com", "上海市徐汇区", "王磊"],
  ["华东精密机械有限公司", "021-62345678", "hd@example.com", "上海浦东", "王磊"],
  ["陈静", "13900000000", "chen@example.com", "杭州", "李娜"],
  ["刘洋", "13700000000", null, "南京", "李娜"],
];
const COMPLAINTS = [
  ["TS-001", "林志明", "2024-01-08", "柜台等候时间过长", "已解决"],
  ["TS-002", "陈静", "2024-02-20", "对账单金额与合同不符", "处理中"],
];

async function writeSource(file: string, clients: (string | null)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("客户").addRows([CLIENT_HEADER, ...clients]);
  wb.addWorksheet("投诉").addRows([COMPLAINT_HEADER, ...COMPLAINTS]);
  await wb.xlsx.writeFile(file);
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

const label = (lang: Lang, sheet: SheetKey, key: string) =>
  SHEETS.find((s) => s.key === sheet)!.fields.find((f) => f.key === key)!.label[lang];

/** Records as typed data, computed columns left out (LibreOffice/openpyxl leave no cached results). */
function typed(register: RegisterWorkbook, sheet: SheetKey): RegisterRecord[] {
  const computed = new Set(
    SHEETS.find((s) => s.key === sheet)!
      .fields.filter((f) => f.computed)
      .map((f) => f.key)
  );
  return register.records[sheet].map((r) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !computed.has(k)))
  );
}
const byId = (records: RegisterRecord[], id: string) => records.find((r) => r.clientId === id);

describe("held-out scenario: a register edited with openpyxl, then re-imported", () => {
  let dir: string;
  let source: string;
  let edited: string;
  let lang: Lang;
  let ids: Record<string, string>;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "held-out-"));
    source = path.join(dir, "clients.xlsx");
    await writeSource(source, CLIENTS);
    const first = path.join(dir, "register.xlsx");
    expect(await main(["import", source, "--out", first], capture().io)).toBe(0);
    const register = await readRegisterWorkbook(first);
    lang = register.lang;
    ids = Object.fromEntries(
      register.records.Clients.map((c) => [c.name as string, c.clientId as string])
    );
    expect(Object.keys(ids)).toHaveLength(4);

    const L = (key: string) => label(lang, "Clients", key);
    const C = (key: string) => label(lang, "Complaints", key);
    const edits = {
      set: [
        // A corrected phone, a note, and a rename.
        ["tblClients", L("clientId"), ids["林志明"], L("phone"), "13811112222"],
        ["tblClients", L("clientId"), ids["陈静"], L("notes"), "喜欢下午见面"],
        [
          "tblClients",
          L("clientId"),
          ids["华东精密机械有限公司"],
          L("name"),
          "华东精密机械股份有限公司",
        ],
      ],
      addColumn: [
        [
          "tblClients",
          "我的标签",
          { [ids["林志明"]]: "重点", [ids["刘洋"]]: "观察" },
          L("clientId"),
        ],
      ],
      append: [
        [
          "tblClients",
          { [L("clientId")]: "C-0100", [L("name")]: "手工客户", [L("phone")]: "0200000000" },
        ],
        [
          "tblComplaints",
          {
            [C("complaintId")]: "TS-H01",
            [C("clientId")]: ids["刘洋"],
            [C("receivedOn")]: "2024-03-01",
            [C("description")]: "电话里投诉的问题，手工登记",
          },
        ],
      ],
      sort: [["tblClients", L("name"), true]],
    };
    const editsFile = path.join(dir, "edits.json");
    await fs.writeFile(editsFile, JSON.stringify(edits));
    const withSheet = path.join(dir, "with-sheet.xlsx");
    await openpyxl("add-sheet", first, withSheet);
    edited = path.join(dir, "edited.xlsx");
    await openpyxl("edit", withSheet, edited, editsFile);
  });

  it("the edited register reads back as edited (the test's own check of the openpyxl edits)", async () => {
    const register = await readRegisterWorkbook(edited);
    const clients = typed(register, "Clients");
    expect(clients.map((c) => c.name)).toEqual(
      [...clients.map((c) => c.name as string)].sort().reverse()
    );
    expect(byId(clients, ids["林志明"])).toMatchObject({ phone: "13811112222", 我的标签: "重点" });
    expect(byId(clients, "C-0100")).toMatchObject({ name: "手工客户" });
    expect(register.records.Complaints.map((c) => c.complaintId)).toContain("TS-H01");
  });

  describe("re-importing the unchanged source", () => {
    let before: RegisterWorkbook;
    let after: RegisterWorkbook;
    let out: string[];
    let json: { summary: Record<string, number>; issues: { code?: string }[] };
    let updated: string;

    beforeAll(async () => {
      updated = path.join(dir, "unchanged.xlsx");
      const jsonFile = path.join(dir, "unchanged.json");
      const c = capture();
      expect(
        await main(["import", source, "--into", edited, "--out", updated, "--json", jsonFile], c.io)
      ).toBe(0);
      out = c.out;
      json = JSON.parse(await fs.readFile(jsonFile, "utf8"));
      before = await readRegisterWorkbook(edited);
      after = await readRegisterWorkbook(updated);
    });

    it("imports nothing new and lists no conflicts", () => {
      expect(json.summary).toMatchObject({ imported: 0 });
      expect(json.issues.filter((i) => i.code === "import.merge-conflict")).toEqual([]);
      expect(out).toContain(`已保留 ${edited} 中您自己的工作表：我的笔记、Links。`);
    });

    it("changes nothing typed by hand: cells, the rename, the typed row, the own column, the sort", () => {
      for (const sheet of ["Clients", "Complaints", "Family", "Insurance", "Visits"] as SheetKey[])
        expect(typed(after, sheet)).toEqual(typed(before, sheet));
      const clients = typed(after, "Clients");
      expect(clients.filter((c) => String(c.name).startsWith("华东精密机械"))).toEqual([
        expect.objectContaining({
          clientId: ids["华东精密机械有限公司"],
          name: "华东精密机械股份有限公司",
        }),
      ]);
      expect(clients.filter((c) => c.name === "手工客户")).toHaveLength(1);
      expect(byId(clients, ids["刘洋"])?.我的标签).toBe("观察");
      expect(after.records.Complaints.filter((c) => c.complaintId === "TS-H01")).toHaveLength(1);
      expect(after.records.Complaints).toHaveLength(3);
    });

    it("keeps the sheet of one's own", async () => {
      const notes = await inspect(updated, "我的笔记");
      expect(notes.cells.A1).toMatchObject({ value: "客户", bold: true });
      expect(notes.cells.C2.value).toBe("=SUM(B2:B3)");
    });
  });

  describe("re-importing a changed source", () => {
    let after: RegisterWorkbook;
    let json: {
      summary: Record<string, number>;
      issues: {
        code?: string;
        field?: string;
        message: string;
        params?: Record<string, unknown>;
      }[];
    };

    beforeAll(async () => {
      const changed = CLIENTS.map((row) => [...row]);
      changed[0][1] = "13899999999"; // 林志明's phone: the register changed it too → conflict
      changed[2][3] = "杭州西湖区"; // 陈静's address: only the source changed → updated
      changed.push(["周杰", "13600000000", null, "台中", "王磊"]); // a new client
      const changedSource = path.join(dir, "clients-changed.xlsx");
      await writeSource(changedSource, changed);
      const updated = path.join(dir, "changed.xlsx");
      const jsonFile = path.join(dir, "changed.json");
      expect(
        await main(
          ["import", changedSource, "--into", edited, "--out", updated, "--json", jsonFile],
          capture().io
        )
      ).toBe(0);
      json = JSON.parse(await fs.readFile(jsonFile, "utf8"));
      after = await readRegisterWorkbook(updated);
    });

    it("updates what only the source changed and adds the new client", () => {
      const clients = typed(after, "Clients");
      expect(byId(clients, ids["陈静"])).toMatchObject({
        address: "杭州西湖区",
        notes: "喜欢下午见面",
      });
      expect(clients.filter((c) => c.name === "周杰")).toHaveLength(1);
      expect(json.summary.imported).toBe(1);
      expect(clients).toHaveLength(6);
    });

    it("keeps the register's value where both changed and lists the conflict with both values", () => {
      expect(byId(typed(after, "Clients"), ids["林志明"])).toMatchObject({
        phone: "13811112222",
        我的标签: "重点",
      });
      const conflicts = json.issues.filter((i) => i.code === "import.merge-conflict");
      expect(conflicts.map((c) => c.field)).toEqual(["phone"]);
      expect(conflicts[0].message).toContain("13811112222");
      expect(conflicts[0].message).toContain("13899999999");
    });

    it("keeps the typed row, the renamed client and the hand-logged complaint, once each", () => {
      const clients = typed(after, "Clients");
      expect(clients.filter((c) => c.name === "手工客户")).toHaveLength(1);
      expect(clients.filter((c) => String(c.name).startsWith("华东精密机械"))).toHaveLength(1);
      expect(after.records.Complaints.filter((c) => c.complaintId === "TS-H01")).toHaveLength(1);
      expect(after.records.Complaints).toHaveLength(3);
    });
  });

  it("no output path can overwrite an input", async () => {
    const link = path.join(dir, "edited-link.xlsx");
    await fs.link(edited, link);
    const cases = [
      ["import", source, "--into", edited, "--out", edited],
      ["import", source, "--into", edited, "--out", link],
      ["import", source, "--into", edited, "--out", path.join(dir, "x.xlsx"), "--json", source],
      ["review", edited, "--out", link],
    ];
    for (const argv of cases) {
      const c = capture();
      expect(await main(argv, c.io)).toBe(2);
      expect(c.err).toHaveLength(1);
    }
  });
});

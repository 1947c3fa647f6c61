import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main, type CliIO } from "../../src/cli/main";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

let dir: string;
let register: string;

function capture(): CliIO & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "cr-review-"));
  register = path.join(dir, "register.xlsx");
  await fs.writeFile(
    register,
    await writeWorkbook(
      buildRegisterPlan({
        lang: "en",
        formulaStyle: "portable",
        records: fixtureRecords(),
        settings: SETTINGS,
      })
    )
  );
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe("client-register review", () => {
  test("writes the register with a book review and a sheet per client, and the JSON summary", async () => {
    const out = path.join(dir, "reviewed.xlsx");
    const json = path.join(dir, "summary.json");
    const io = capture();
    expect(
      await main(["review", register, "--out", out, "--json", json, "--today", TODAY], io)
    ).toBe(0);
    expect(io.lines[0]).toBe(
      `Wrote ${out}: the register and 13 review sheets (en, as of ${TODAY}).`
    );

    const summary = JSON.parse(await fs.readFile(json, "utf8"));
    // The fixture worked out by hand (see summary.test.ts).
    expect(summary).toMatchObject({
      clients: 12,
      tiers: { diamond: 4, platinum: 2, gold: 3, vip: 1, standard: 2 },
      withoutCriticalIllnessCover: 6,
      openComplaints: 5,
      overdueComplaints: 2,
      assetsOurs: 12_900_000,
      assetsElsewhere: 19_750_000,
    });
    expect(summary.top20RevenueShare).toBeCloseTo(23_200_000 / 33_768_999.99, 10);

    const wb = await load(out);
    const names = wb.worksheets.map((ws) => ws.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "Clients",
        "Tiers",
        "Settings",
        "Book Review",
        "王建国",
        "Acme Logistics",
      ])
    );
    const markers = wb.definedNames.model.filter((n) => n.name.startsWith("CR_Generated_"));
    expect(markers).toHaveLength(13);
    expect(markers.find((n) => n.name === "CR_Generated_1")!.ranges).toEqual([
      "'Book Review'!$A$1",
    ]);
    const back = await readRegisterWorkbook(out);
    expect(back.records.Clients).toHaveLength(12);
    expect(back.records.Complaints).toHaveLength(7);
  });

  test("reviewing the reviewed workbook again replaces the reviews and remembers tier changes", async () => {
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    expect(await main(["review", register, "--out", first, "--today", TODAY], capture())).toBe(0);
    expect(await main(["review", first, "--out", second, "--today", "2026-04-15"], capture())).toBe(
      0
    );
    const names = (await load(second)).worksheets.map((ws) => ws.name);
    expect(names.filter((n) => n.startsWith("Book Review"))).toEqual(["Book Review"]);
    expect(new Set(names).size).toBe(names.length);
    const sun = (await readRegisterWorkbook(second)).records.Tiers.find(
      (r) => r.clientId === "C-0009"
    )!;
    expect([sun.previousTier, sun.assessedOn]).toEqual(["platinum", TODAY]);
  });

  test("--clients, --mask and --lang", async () => {
    const out = path.join(dir, "masked.xlsx");
    const said = capture();
    expect(
      await main(
        [
          "review",
          register,
          "--out",
          out,
          "--clients",
          "C-0001",
          "--mask",
          "--lang",
          "zh-CN",
          "--today",
          TODAY,
        ],
        said
      )
    ).toBe(0);
    // What the command says is in the review's language too.
    expect(said.lines).toEqual([`已写入 ${out}：台账及 2 张回顾表（zh-CN，截至 ${TODAY}）。`]);
    const wb = await load(out);
    expect(wb.definedNames.model.filter((n) => n.name.startsWith("CR_Generated_"))).toHaveLength(2);
    const values: string[] = [];
    wb.getWorksheet("王建国")!.eachRow((row) =>
      row.eachCell((cell) => values.push(String(cell.value)))
    );
    expect(values).toContain("138****5678");
    expect(values).not.toContain("13812345678");
    expect(values).toContain("客户回顾：王建国");
    expect(wb.getWorksheet("客户总览")).toBeDefined();
  });

  test("--mask --json: the summary beside a masked review holds no birth year, phone or e-mail", async () => {
    const out = path.join(dir, "masked-summary.xlsx");
    const json = path.join(dir, "masked-summary.json");
    expect(
      await main(
        ["review", register, "--out", out, "--mask", "--json", json, "--today", TODAY],
        capture()
      )
    ).toBe(0);
    const text = await fs.readFile(json, "utf8");
    const summary = JSON.parse(text);
    const records = fixtureRecords();
    const personal = [...(records.Clients ?? []), ...(records.Family ?? [])].flatMap((r) =>
      [r.birthday, r.phone, r.email].filter((v): v is string => typeof v === "string" && v !== "")
    );
    expect(personal.length).toBeGreaterThan(5);
    for (const original of personal) expect(text).not.toContain(original);
    // The birthdays are still there to send a card, by month and day only, with no age.
    expect(summary.birthdaysNext30Days.length).toBeGreaterThan(0);
    for (const b of summary.birthdaysNext30Days) {
      expect(b.birthday).toMatch(/^\*{4}-\d{2}-\d{2}$/);
      expect(b.turns).toBeNull();
    }
    // The same review unmasked gives the whole date and the age.
    const plain = path.join(dir, "plain-summary.json");
    await main(
      [
        "review",
        register,
        "--out",
        path.join(dir, "plain.xlsx"),
        "--json",
        plain,
        "--today",
        TODAY,
      ],
      capture()
    );
    const unmasked = JSON.parse(await fs.readFile(plain, "utf8"));
    expect(unmasked.birthdaysNext30Days[0].birthday).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof unmasked.birthdaysNext30Days[0].turns).toBe("number");
  });

  test.each([
    [["review", "REGISTER"], 2, /--out/],
    [["review", "REGISTER", "--out", "REGISTER"], 2, /same file/],
    [["review", "REGISTER", "--out", "x.csv"], 2, /\.xlsx/],
    [["review", "REGISTER", "--out", "OUT", "--today", "15/03/2026"], 2, /YYYY-MM-DD/],
    [["review", "REGISTER", "--out", "OUT", "--lang", "fr"], 2, /en, zh-CN, zh-TW/],
    [
      ["review", "REGISTER", "--out", "OUT", "--clients", "C-0001,C-404"],
      1,
      /no client with the id "C-404"/,
    ],
    [["review", "missing.xlsx", "--out", "OUT"], 1, /does not exist/],
  ])("%j fails with exit code %i and says why", async (args, code, message) => {
    const io = capture();
    const argv = (args as string[]).map((a) =>
      a === "REGISTER"
        ? register
        : a === "OUT"
          ? path.join(dir, "never.xlsx")
          : a === "missing.xlsx"
            ? path.join(dir, a)
            : a
    );
    expect(await main(argv, io)).toBe(code);
    expect(io.errors.join("\n")).toMatch(message as RegExp);
    await expect(fs.stat(path.join(dir, "never.xlsx"))).rejects.toThrow();
  });
});

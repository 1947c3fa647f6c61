/**
 * One number however it is written: with the country code or the trunk 0, with a label after it
 * (（手機）, (M)), in Taiwan or on the mainland. A client entered twice with two spellings of one
 * number is one client with no phone conflict.
 */
import { importWorkbook } from "../../../src/importer";
import { mergeInto } from "../../../src/importer/merge-records";
import { phoneKeys, readPhone, samePhone } from "../../../src/importer/normalize";
import type { SourceCell } from "../../../src/importer/types";
import { sheet } from "../helpers";

describe("a phone number with a label after it", () => {
  it.each([
    "0932382786（手機）",
    "0932-382-786 (M)",
    "0932 382 786(mobile)",
    "手機:0932382786",
    "0932-382-786 手機",
  ])("%s is 0932-382-786", (text) => {
    expect(readPhone(text, "TW")?.e164).toBe("+886932382786");
    expect(phoneKeys(text, "TW")).toEqual(["+886932382786"]);
  });

  it.each(["13800138000(手机)", "138-0013-8000（本人）", "+86 138 0013 8000 (H)"])(
    "%s is the mainland mobile 13800138000",
    (text) => {
      expect(readPhone(text, "CN")?.e164).toBe("+8613800138000");
    }
  );

  it("keeps an extension an extension", () => {
    expect(readPhone("02-2345-6789 分機 12", "TW")).toMatchObject({
      e164: "+886223456789",
      extension: "12",
    });
  });
});

describe("samePhone", () => {
  it.each([
    ["+886 932 382 786", "0932-382-786"],
    ["0932382786（手機）", "+886-932-382-786"],
    ["+86 138 0013 8000", "138-0013-8000"],
    ["0086 13800138000", "13800138000"],
    ["008613800138000", "+86-138-0013-8000"],
  ])("%s and %s are one number", (a, b) => {
    expect(samePhone(a, b)).toBe(true);
    expect(samePhone(b, a)).toBe(true);
  });

  it.each([
    ["+886 932 382 786", "0932-382-787"],
    ["0932-382-786", "02-2345-6789"],
  ])("%s and %s are two numbers", (a, b) => {
    expect(samePhone(a, b)).toBe(false);
  });

  it("reads a national number in the workbook's region when it is known", () => {
    // On the mainland 0932 is an area code (+86 932…); in Taiwan 0932… is a mobile (+886 932…).
    expect(samePhone("+86 932 382 786", "0932-382-786")).toBe(true);
    expect(samePhone("+86 932 382 786", "0932-382-786", "TW")).toBe(false);
  });

  it("reads two national numbers in the workbook's region", () => {
    expect(samePhone("0932-382-786", "0932382786（手機）", "TW")).toBe(true);
  });
});

describe("merging two spellings of one number", () => {
  it("is no conflict", () => {
    const target = { name: "林志明", phone: "+886 932 382 786", notes: null };
    const outcome = mergeInto(target, { name: "林志明", phone: "0932-382-786" }, "first-wins");
    expect(outcome.conflicts).toEqual([]);
    expect(target.phone).toBe("+886 932 382 786");
  });

  it("is one client in a list, with no phone conflict reported", () => {
    const rows: SourceCell[][] = [["客戶姓名", "手機", "電子郵件"]];
    rows.push(["林志明", "+886 932 382 786", "lin@example.tw"]);
    rows.push(["陳美玲", "0922-111-222", "chen@example.tw"]);
    rows.push(["林志明", "0932-382-786", ""]);
    rows.push(["黃建國", "0933-222-333", ""]);
    rows.push(["黃建國", "0933222333（手機）", "huang@example.tw"]);
    const result = importWorkbook([sheet("客戶資料", rows)], { phoneRegion: "TW" });
    expect(result.records.Clients.map((c) => c.name)).toEqual(["林志明", "陳美玲", "黃建國"]);
    expect(result.issues.filter((i) => i.code === "link.conflict")).toEqual([]);
    expect(result.records.Clients[2].email).toBe("huang@example.tw");
  });
});

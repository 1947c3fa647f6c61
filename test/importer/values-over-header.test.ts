/**
 * A column's values decide when its header misleads: a policy number written with a dash
 * (503-6227394) is still the policy's number under a header that is exactly its name, and a
 * masked account number (004-613-****92157) never identifies the client, whatever the header
 * resembles.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet, table } from "./helpers";

const fieldsOf = (r: ReturnType<typeof importWorkbook>) =>
  Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));

const OWNERS = ["CHAN TAI MAN", "LEE SIU MING", "WONG KA YAN", "HO WING SZE", "NG CHI KEUNG"];
const INSURED = ["CHAN TAI MAN", "LEE HOI YAN", "WONG KA YAN", "HO TSZ CHUN", "NG CHI KEUNG"];

describe("a policy number with a dash under its own header, and masked account numbers", () => {
  const englishExtract = table(
    ["Policy Number", "Policy Owner", "Policy Insured", "Payment Account Number", "Modal Premium"],
    10,
    (h, i) => {
      switch (h) {
        case "Policy Number":
          return `61${i % 2}-${4410230 + i * 317}`;
        case "Policy Owner":
          return `${OWNERS[i % 5]} ${i}`;
        case "Policy Insured":
          return `${INSURED[i % 5]} ${i}`;
        case "Payment Account Number":
          return i === 3 ? "-" : `0${20 + i}-55${i}-****${31870 + i * 11}`;
        default:
          return 12000 + i * 600;
      }
    }
  );
  const chineseList: SourceCell[][] = table(
    ["保单号", "投保人", "被保险人", "扣款账号", "年缴保费"],
    8,
    (h, i) => {
      switch (h) {
        case "保单号":
          return `880-${3302100 + i * 41}`;
        case "投保人":
          return ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄涛"][i];
        case "被保险人":
          return ["张小宝", "王芳", "李娜", "刘一一", "陈静", "杨磊", "赵小敏", "黄涛"][i];
        case "扣款账号":
          return `6222 **** **** ${1200 + i * 7}`;
        default:
          return 5000 + i * 100;
      }
    }
  );

  it.each([
    ["English extract", englishExtract, "Policy Number", "Payment Account Number"],
    ["简体 list", chineseList, "保单号", "扣款账号"],
  ])("%s: the policy number is the policy's, the masked account nobody's", (_l, rows, no, acct) => {
    const r = importWorkbook([sheet("Policies", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    const fields = fieldsOf(r);
    expect(fields[no]).toBe("policyNo");
    expect(fields[acct]).toBeNull();
    const policies = r.records.Insurance ?? [];
    expect(policies).toHaveLength(rows.length - 1);
    expect(new Set(policies.map((p) => p.policyNo)).size).toBe(rows.length - 1);
  });

  it("a masked account number is said to be why it is not the client's number", () => {
    const r = importWorkbook([sheet("Policies", englishExtract)]);
    const account = r.mappings[0].columns.find((c) => c.header === "Payment Account Number");
    expect(account?.reasons?.map((x) => x.code)).toContain("map.why.masked-numbers");
  });

  it("an unmasked account number under a client-number header is still the client's number", () => {
    const rows = table(["Customer No", "Customer Name", "City"], 8, (h, i) =>
      h === "Customer No" ? `AC-0201-${5531 + i}` : h === "City" ? "Leeds" : `${OWNERS[i % 5]} ${i}`
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(fieldsOf(r)["Customer No"]).toBe("clientId");
  });
});

describe("people's names are no client number, times of day no name", () => {
  const names = ["林志明", "陳美玲", "黃建宏", "張淑芬", "李國華", "王雅婷", "吳俊傑", "劉怡君"];
  const signUps = table(["填寫日期", "填寫時間", "會員", "生日", "地址", "行動電話"], 8, (h, i) => {
    switch (h) {
      case "生日":
        return `19${70 + i}0${i + 1}1${i}`;
      case "地址":
        return `10${i} 台北市 中山區 民生東路${i + 10}號`;
      case "填寫日期":
        return `2016/8/${10 + i}`;
      case "填寫時間":
        return `${i % 2 ? "下午" : "上午"} 0${i + 1}:1${i}:2${i}`;
      case "會員":
        return names[i];
      default:
        return `09${12345670 + i * 13}`;
    }
  });

  it("a member column of people's names is the client's name, the fill-in time no name", () => {
    const fields = fieldsOf(importWorkbook([sheet("報名", signUps)]));
    expect(fields["會員"]).toBe("name");
    expect(fields["填寫時間"]).not.toBe("name");
    expect(fields["會員"]).not.toBe("clientId");
  });

  it("English: times of day under a header resembling a name are never the name", () => {
    const rows = table(["Submitted", "Name Time", "Member Name", "Mobile", "Email"], 8, (h, i) =>
      h === "Email"
        ? `member${i}@example.com`
        : h === "Submitted"
          ? `2024-03-${10 + i}`
          : h === "Name Time"
            ? `${(i % 12) + 1}:05:3${i} PM`
            : h === "Member Name"
              ? `${OWNERS[i % 5]} ${i}`
              : `+852 9${1234560 + i}`
    );
    const fields = fieldsOf(importWorkbook([sheet("Members", rows)]));
    expect(fields["Name Time"]).toBeNull();
    expect(fields["Member Name"]).toBe("name");
  });

  it("member codes under the same member header are still the client's number", () => {
    const rows = table(["會員", "姓名", "行動電話"], 8, (h, i) =>
      h === "會員" ? `M${20310 + i}` : h === "姓名" ? names[i] : `09${12345670 + i * 13}`
    );
    const fields = fieldsOf(importWorkbook([sheet("會員名單", rows)]));
    expect(fields["會員"]).toBe("clientId");
    expect(fields["姓名"]).toBe("name");
  });
});

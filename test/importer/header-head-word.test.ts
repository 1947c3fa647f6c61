/**
 * An English compound header names its head last: a "Client Rep" is a person of ours serving the
 * client, a "Customer Service Officer" too, an "Account Contact" a person at the account, while a
 * "Client Name" or "Member Code" stays the client's own. Chinese headers keep their reading (the
 * longest word: 保险公司 is an insurer, not a 公司 client). Invented headers only.
 */
import { importWorkbook } from "../../src/importer";
import { ownerOfSubject, readHeader } from "../../src/importer/subject";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

describe("the head word of an English header", () => {
  it.each([
    ["Client Rep", "owner"],
    ["Customer Rep Name", "owner"],
    ["Customer Service Officer", "owner"],
    ["Member Relationship Manager", "owner"],
    ["Account Contact", "contact"],
    ["Client Name", "subject"],
    ["Member Code", "subject"],
    ["Agent Client", "subject"],
    ["Sales Rep", "owner"],
    ["客户经理", "owner"],
    ["保险公司", "other"],
    ["客户名称", "subject"],
  ])("%s reads as %s", (header, role) => {
    expect(readHeader(header).role).toBe(role);
  });

  it.each([
    ["Client Rep", true],
    ["Customer Manager", true],
    ["客户经理", true],
    ["客戶經理", true],
    ["Bill Rep", false],
    ["业务员", false],
    ["Client Name", false],
  ])("%s names the client's own person: %s", (header, yes) => {
    expect(ownerOfSubject(header)).toBe(yes);
  });

  it("makes a Client Rep the owner of a member list, not a Bill Rep beside it", () => {
    const header = ["Name", "Email", "Bill Rep", "Client Rep", "Joined"];
    const rows: SourceCell[][] = [header];
    INVENTED_PEOPLE.en.forEach((name, i) =>
      rows.push([
        name,
        `${name.split(" ")[0].toLowerCase()}${i}@example.org`,
        ["Lee Park", "NONE"][i % 2],
        ["Kim Ortiz", "Sam Boyd"][i % 2],
        `2024-0${(i % 9) + 1}-15`,
      ])
    );
    const r = importWorkbook([sheet("Members", rows)]);
    const fields = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(fields["Client Rep"]).toBe("owner");
    expect(fields["Bill Rep"]).not.toBe("owner");
    expect(r.records.Clients.find((c) => c.name === INVENTED_PEOPLE.en[1])?.owner).toBe("Sam Boyd");
  });
});

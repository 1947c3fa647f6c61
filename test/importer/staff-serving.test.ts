/**
 * A broker's master workbook lists its relationship managers beside its clients, and each client
 * row names its manager by the staff id. A person reads the managers' sheet as the firm's staff,
 * not as contacts, and the client's column as its owner.
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

const brokers = sheet("brokers", [
  ["id", "name", "title", "region", "role"],
  ["meera", "Meera Kapoor", "Senior Relationship Manager", "West India", "broker"],
  ["arjun", "Arjun Sethi", "Relationship Manager", "North India", "broker"],
  ["kavya", "Kavya Arora", "Head of Operations", "All India", "super"],
]);
const clients = sheet("clients", [
  ["cin", "display_name", "broker_id", "is_prospect"],
  ["L29856KA1970PLC082434", "Vindhya Cement Limited", "arjun", null],
  ["L74823GJ1998PLC550292", "Sahyadri Chemicals Private Limited", "meera", null],
  ["L62824GJ1999PLC740020", "Godavari Roadways Ltd", "meera", null],
  ["L11090GJ2013PLC643868", "Nilgiri Pharmaceuticals Pvt Ltd", "meera", null],
  ["L53975TG2008PLC714074", "Narmada Textiles Ltd", "arjun", null],
  ["L36422TG1966PLC352435", "Tapti Motors Limited", null, "yes"],
]);

describe("the staff a client sheet names as its managers", () => {
  const result = importWorkbook([brokers, clients]);

  it("are the firm's staff, not contacts", () => {
    const staff = result.mappings.find((m) => m.sheet === "brokers");
    expect(staff?.registerSheet).toBeNull();
    expect(staff?.reasonCoded?.code).toBe("sheet.why.staff-serving");
    expect(result.records.Contacts ?? []).toHaveLength(0);
  });

  it("own the clients that name them", () => {
    const owners = Object.fromEntries(result.records.Clients.map((c) => [c.name, c.owner]));
    expect(owners["Godavari Roadways Ltd"]).toBe("meera");
    expect(owners["Vindhya Cement Limited"]).toBe("arjun");
    expect(owners["Tapti Motors Limited"] ?? null).toBeNull();
  });

  it("a contacts sheet whose people the clients do not point to stays contacts", () => {
    const contacts = sheet("contacts", [
      ["Company", "Contact name", "Title", "Phone"],
      ["Vindhya Cement Limited", "Rohan Mehra", "CFO", "+91 90000 00011"],
      ["Godavari Roadways Ltd", "Diya Bedi", "Risk Manager", "+91 90000 00012"],
      ["Narmada Textiles Ltd", "Ishaan Khanna", "Director", "+91 90000 00013"],
    ]);
    const r = importWorkbook([contacts, clients]);
    expect(r.mappings.find((m) => m.sheet === "contacts")?.registerSheet).toBe("Contacts");
  });
});

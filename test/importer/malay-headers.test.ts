/**
 * Client lists kept in Indonesian and Malay: their headers name the register's fields as English,
 * Chinese, French and Spanish ones do (Nama, Alamat, No. HP, Tanggal lahir / Tarikh lahir, NIK,
 * No. KP, Jenis kelamin / Jantina), and such a word names only a header holding it. An app's
 * customer table that keeps identity numbers and home addresses beside passwords is its customers,
 * not a login list; a login list without them is still passed over, with the reason in English,
 * 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { scoreHeader, targetsFor } from "../../src/importer/header-match";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>, name: string) {
  const m = r.mappings.find((x) => x.sheet === name);
  return Object.fromEntries((m?.columns ?? []).map((c) => [c.header, c.field]));
}

describe("headers in Indonesian and Malay", () => {
  it("Indonesian: Nama, NIK, No. HP, Alamat, Tanggal lahir, Pekerjaan map to their fields", () => {
    const rows: SourceCell[][] = [
      ["No", "Nama", "NIK", "No. HP", "Alamat", "Tanggal lahir", "Pekerjaan", "Keterangan"],
      [
        1,
        "Bambang Hartanto",
        "3500000000000101",
        "0812-0000-0101",
        "Jl. Melati No. 17 Surabaya",
        "1985-02-14",
        "Guru",
        "pelanggan lama",
      ],
      [
        2,
        "Siti Rahmawati",
        "3500000000000202",
        "0812-0000-0202",
        "Jl. Kenanga No. 4 Malang",
        "1990-07-09",
        "Dokter",
        "",
      ],
      [
        3,
        "Rizal Ardiansyah",
        "3500000000000303",
        "0812-0000-0303",
        "Jl. Mawar No. 21 Kediri",
        "1979-12-30",
        "Wiraswasta",
        "",
      ],
      [
        4,
        "Dewi Lestari",
        "3500000000000404",
        "0812-0000-0404",
        "Jl. Anggrek No. 8 Blitar",
        "1988-04-01",
        "Perawat",
        "",
      ],
    ];
    const r = importWorkbook([sheet("Pelanggan", rows)]);
    expect(fieldsOf(r, "Pelanggan")).toMatchObject({
      Nama: "name",
      NIK: "idNumber",
      "No. HP": "phone",
      Alamat: "address",
      "Tanggal lahir": "birthday",
      Pekerjaan: "occupation",
      Keterangan: "notes",
    });
    expect(r.records.Clients.map((c) => [c.name, c.idNumber, c.birthday, c.occupation])).toEqual([
      ["Bambang Hartanto", "3500000000000101", "1985-02-14", "Guru"],
      ["Siti Rahmawati", "3500000000000202", "1990-07-09", "Dokter"],
      ["Rizal Ardiansyah", "3500000000000303", "1979-12-30", "Wiraswasta"],
      ["Dewi Lestari", "3500000000000404", "1988-04-01", "Perawat"],
    ]);
  });

  it("Malay: Nama Penuh, No. KP, Tarikh Lahir, No. Telefon, E-mel, Jantina", () => {
    const header = ["Nama Penuh", "No. KP", "Tarikh Lahir", "No. Telefon", "E-mel", "Jantina"];
    const r = importWorkbook([
      sheet("Senarai Pelanggan", [
        header,
        [
          "Ahmad Faizal bin Rahman",
          "850214-14-0001",
          "1985-02-14",
          "012-000 0101",
          "faizal@example.com",
          "Lelaki",
        ],
        [
          "Nurul Aini binti Yusof",
          "900709-10-0002",
          "1990-07-09",
          "013-000 0202",
          "nurul@example.org",
          "Perempuan",
        ],
        [
          "Tan Wei Ming",
          "791230-08-0003",
          "1979-12-30",
          "016-000 0303",
          "weiming@example.net",
          "Lelaki",
        ],
      ]),
    ]);
    expect(fieldsOf(r, "Senarai Pelanggan")).toMatchObject({
      "Nama Penuh": "name",
      "No. KP": "idNumber",
      "Tarikh Lahir": "birthday",
      "No. Telefon": "phone",
      "E-mel": "email",
    });
    expect(r.records.Clients.map((c) => [c.name, c.email])).toEqual([
      ["Ahmad Faizal bin Rahman", "faizal@example.com"],
      ["Nurul Aini binti Yusof", "nurul@example.org"],
      ["Tan Wei Ming", "weiming@example.net"],
    ]);
  });

  it("Nama depan beside Nama belakang is one name, given name first", () => {
    const r = importWorkbook([
      sheet("Data", [
        ["Nama depan", "Nama belakang", "Email"],
        ["Endah", "Purwanti", "endah@example.com"],
        ["Kemal", "Pradipta", "kemal@example.net"],
        ["Putri", "Anggraini", "putri@example.org"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Endah Purwanti",
      "Kemal Pradipta",
      "Putri Anggraini",
    ]);
  });

  it("a Malay or Indonesian word names only a header holding it, never an English one around it", () => {
    const clients = targetsFor("Clients");
    const best = (h: string) => scoreHeader(h, clients)[0]?.target.key;
    // "nama" sits inside no English word a header holds; "Alamat Rumah" holds "alamat".
    expect(best("Alamat Rumah")).toBe("address");
    expect(best("No. Telp")).toBe("phone");
    // "telp" and "nik" are short: only the header itself is that word.
    expect(best("Nickname")).not.toBe("idNumber");
    // English premium headers still read as they did; "premi" alone is not a spelling.
    const insurance = targetsFor("Insurance");
    expect(scoreHeader("Premium", insurance)[0]?.target.key).toBe("annualPremium");
    expect(scoreHeader("Premi Tahunan", insurance)[0]?.target.key).toBe("annualPremium");
    expect(scoreHeader("No. Polis", insurance)[0]?.target.key).toBe("policyNo");
  });
});

describe("an app's customers with their logins", () => {
  const header = ["No", "Nama", "No. Identitas", "Username", "Password", "Email", "Alamat"];
  const people = [
    [
      "Bambang Hartanto",
      "3050000101",
      "bambangh",
      "bambang123",
      "b.hartanto@example.com",
      "Jl. Melati No. 17 Surabaya",
    ],
    [
      "Rizal Ardiansyah",
      "3050000202",
      "rizal.a",
      "rizalard12",
      "rizal@example.net",
      "Jl. Kenanga No. 4 Surabaya",
    ],
    [
      "Endah Purwanti",
      "3050000303",
      "endahp",
      "endah2020",
      "endah@example.org",
      "Jl. Cirebon No. 9 Nganjuk",
    ],
    [
      "Kemal Pradipta",
      "3050000404",
      "kemalp",
      "kemal#88",
      "kemal@example.com",
      "Jl. Mawar No. 2 Kediri",
    ],
  ];

  it("keeps a customer table holding identity numbers and home addresses beside passwords", () => {
    const rows: SourceCell[][] = [header, ...people.map((p, i) => [i + 1, ...p])];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients.map((c) => [c.name, c.idNumber])).toEqual(
      people.map((p) => [p[0], p[1]])
    );
  });

  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "still passes over a login list without them, saying why (%s)",
    (lang) => {
      const rows: SourceCell[][] = [
        ["No", "Nama", "Username", "Password", "Email"],
        ...people.map((p, i) => [i + 1, p[0], p[2], p[3], p[4]]),
      ];
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients ?? []).toHaveLength(0);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data");
      expect(issue?.message).toContain('"Username"');
      expect(issue?.message).toContain('"Password"');
      const text = renderMessage("sheet.why.logins", { headers: ["Username", "Password"] }, lang);
      expect(text).toContain("Username");
      if (lang !== "en") expect(text).toMatch(/[\u4e00-\u9fff]/);
    }
  );
});

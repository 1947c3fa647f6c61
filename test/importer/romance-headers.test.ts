/**
 * Client lists kept in French, Spanish and Portuguese: their headers name the register's fields
 * as English and Chinese ones do (Nom / Prénom, Cédula, Teléfono, Endereço), with or without
 * their accents, and a family and a given name in two columns make one name. The reasons the
 * user reads stay in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { foldHeader } from "../../src/register/catalog";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>, name: string) {
  const m = r.mappings.find((x) => x.sheet === name);
  return Object.fromEntries((m?.columns ?? []).map((c) => [c.header, c.field]));
}

describe("headers in French, Spanish and Portuguese", () => {
  it("folds accents away, so Prénom and prenom, Teléfono and TELEFONO are one header", () => {
    expect(foldHeader("Prénom")).toBe(foldHeader("prenom"));
    expect(foldHeader("TELÉFONO")).toBe(foldHeader("telefono"));
    expect(foldHeader("Endereço")).toBe("endereco");
    // Other scripts are folded as before: 客戶編號 and 客户编号 are one header.
    expect(foldHeader("客戶編號")).toBe(foldHeader("客户编号"));
  });

  it.each([
    ["with accents", ["ClientID", "Nom", "Prénom", "DateNaissance", "Sexe", "Adresse"]],
    [
      "without accents, upper case",
      ["CLIENTID", "NOM", "PRENOM", "DATE NAISSANCE", "SEXE", "ADRESSE"],
    ],
  ])("French (%s): Nom beside Prénom is one name, given name first", (_, header) => {
    const rows: SourceCell[][] = [
      header,
      ["C001", "Marchal", "Amélie", "1984-03-17", "F", "12 Rue Victor Hugo"],
      ["C002", "Lacombe", "Julien", "1979-11-02", "M", "4 Avenue de la République"],
      ["C003", "Tessier", "Océane", "1991-10-02", "F", "11 Rue Jeanne d’Arc"],
      ["C004", "Marchal", "Hugo", "1988-05-21", "M", "7 Rue des Lilas"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const f = fieldsOf(r, "Clients");
    expect(f[header[1]]).toBe("name");
    expect(f[header[2]]).toBe("name");
    expect(f[header[3]]).toBe("birthday");
    expect(f[header[5]]).toBe("address");
    expect(r.records.Clients.map((c) => [c.clientId, c.name, c.birthday, c.address])).toEqual([
      ["C001", "Amélie Marchal", "1984-03-17", "12 Rue Victor Hugo"],
      ["C002", "Julien Lacombe", "1979-11-02", "4 Avenue de la République"],
      ["C003", "Océane Tessier", "1991-10-02", "11 Rue Jeanne d’Arc"],
      ["C004", "Hugo Marchal", "1988-05-21", "7 Rue des Lilas"],
    ]);
  });

  it("French: Nom alone is the whole name, and a count under Nombre de … is no name", () => {
    const rows: SourceCell[][] = [
      ["Numéro de client", "Nom", "Nombre de points", "Téléphone", "Courriel"],
      ["114477", "Étienne Gagnon", 120, "514-555-0101", "etienne@example.com"],
      ["886655", "Olivier Tremblay", 0, "514-555-0102", "olivier@example.com"],
      ["555888", "Mathieu Côté-Lapointe", 500, "514-555-0103", "mathieu@example.com"],
    ];
    const r = importWorkbook([sheet("Feuil1", rows)]);
    const f = fieldsOf(r, "Feuil1");
    expect(f).toMatchObject({
      "Numéro de client": "clientId",
      Nom: "name",
      "Nombre de points": null,
      Téléphone: "phone",
      Courriel: "email",
    });
    expect(r.records.Clients.map((c) => [c.clientId, c.name])).toEqual([
      ["114477", "Étienne Gagnon"],
      ["886655", "Olivier Tremblay"],
      ["555888", "Mathieu Côté-Lapointe"],
    ]);
  });

  it("Spanish: Cédula, Nombres beside Apellidos, Teléfono, Correo electrónico, Dirección", () => {
    const rows: SourceCell[][] = [
      ["Cédula", "Nombres", "Apellidos", "Teléfono", "Correo electrónico", "Dirección"],
      [
        "1712345678",
        "Luz Marina",
        "Velandia Ospina",
        "0991234501",
        "luz@example.com",
        "Av. Amazonas 123",
      ],
      [
        "0923456789",
        "Héctor Fabio",
        "Pulido Rincón",
        "0991234502",
        "hector@example.com",
        "Calle 10 # 4-21",
      ],
      ["1309876543", "Nubia", "Molano Cubides", "0991234503", "nubia@example.com", "Cra 7 # 45-10"],
    ];
    const r = importWorkbook([sheet("Clientes", rows)]);
    expect(fieldsOf(r, "Clientes")).toMatchObject({
      Cédula: "idNumber",
      Nombres: "name",
      Apellidos: "name",
      Teléfono: "phone",
      "Correo electrónico": "email",
      Dirección: "address",
    });
    expect(r.records.Clients.map((c) => [c.name, c.idNumber, c.phone])).toEqual([
      ["Luz Marina Velandia Ospina", "1712345678", "0991234501"],
      ["Héctor Fabio Pulido Rincón", "0923456789", "0991234502"],
      ["Nubia Molano Cubides", "1309876543", "0991234503"],
    ]);
  });

  it("Spanish: a ten-digit cédula with its leading zero under cedula is the id, not a phone", () => {
    const rows: SourceCell[][] = [["id", "cedula", "nombre", "telefono"]];
    const ids = [
      "0643049198",
      "1319751023",
      "1319751024",
      "0627728771",
      "1703948211",
      "0108823370",
    ];
    ids.forEach((id, i) =>
      rows.push([
        1008 + i,
        id,
        ["Jessica", "Paul", "Veronica", "Gabriela", "Jorge", "Andrea"][i],
        `09000${63334 + i * 1117}`,
      ])
    );
    const r = importWorkbook([sheet("Asegurados", rows)]);
    expect(fieldsOf(r, "Asegurados")).toMatchObject({
      cedula: "idNumber",
      nombre: "name",
      telefono: "phone",
    });
    expect(r.records.Clients.map((c) => c.idNumber)).toEqual(ids);
  });

  it("Portuguese: Nome beside Sobrenome, CPF, Telefone, Endereço, Data de nascimento", () => {
    const rows: SourceCell[][] = [
      ["Nome", "Sobrenome", "CPF", "Telefone", "Endereço", "Data de nascimento"],
      [
        "João",
        "Silva Santos",
        "123.456.789-09",
        "(11) 98765-4321",
        "Rua Augusta, 100",
        "1980-02-14",
      ],
      [
        "Maria",
        "Oliveira",
        "987.654.321-00",
        "(21) 99876-5432",
        "Av. Atlântica, 2000",
        "1975-07-30",
      ],
      ["Ana", "Souza", "111.444.777-35", "(31) 98888-7777", "Rua da Bahia, 50", "1992-12-01"],
    ];
    const r = importWorkbook([sheet("Clientes", rows)]);
    expect(fieldsOf(r, "Clientes")).toMatchObject({
      Nome: "name",
      Sobrenome: "name",
      CPF: "idNumber",
      Telefone: "phone",
      Endereço: "address",
      "Data de nascimento": "birthday",
    });
    expect(r.records.Clients.map((c) => [c.name, c.birthday])).toEqual([
      ["João Silva Santos", "1980-02-14"],
      ["Maria Oliveira", "1975-07-30"],
      ["Ana Souza", "1992-12-01"],
    ]);
  });

  it("tells why in en, 简体 and 繁體: a French name part is part of a person's name", () => {
    const rows: SourceCell[][] = [
      ["Nom", "Prénom", "Téléphone"],
      ["Marchal", "Amélie", "0601020304"],
      ["Lacombe", "Julien", "0601020305"],
      ["Tessier", "Océane", "0601020306"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const given = r.mappings[0].columns.find((c) => c.header === "Prénom");
    const reason = given?.reasons?.find((x) => x.code === "map.why.name-part");
    expect(reason).toBeDefined();
    const said = (lang: "en" | "zh-CN" | "zh-TW") =>
      renderMessage(reason!.code, reason!.params ?? {}, lang) ?? "";
    expect(said("en")).toContain("Prénom");
    expect(said("en")).toContain("name");
    expect(said("zh-CN")).toContain("Prénom");
    expect(said("zh-CN")).toContain("姓名的一部分");
    expect(said("zh-TW")).toContain("姓名的一部分");
    expect(said("zh-TW")).toContain("標題");
    expect(said("zh-CN")).not.toContain("person");
    expect(said("zh-TW")).not.toContain("person");
  });
});

describe("a foreign spelling names only a header that holds it", () => {
  it("reads Telefono 2 by the word it holds, as Telefono and Dirección", () => {
    const rows: SourceCell[][] = [
      ["Cliente", "Telefono", "Telefono 2", "Dirección"],
      ["VELANDIA OSPINA LUZ MARINA", "0", "3000004411", "Cra 7 # 45-10"],
      ["HECTOR FABIO PULIDO RINCÓN", "null", "3000007788", "Calle 10 # 4-21"],
      ["MOLANO CUBIDES NUBIA", "6015550101", "3000002290", "Av. Boyacá 55"],
    ];
    const r = importWorkbook([sheet("Clientes", rows)]);
    expect(fieldsOf(r, "Clientes")).toMatchObject({
      Cliente: "name",
      Telefono: "phone",
      "Telefono 2": "phone",
      Dirección: "address",
    });
  });

  it.each([
    ["English", ["Client Name", "Phone", "Direction", "Social"]],
    ["English beside 简体", ["客户名称", "Phone", "Direction", "Social"]],
    ["English beside 繁體", ["客戶名稱", "Phone", "Direction", "Social"]],
  ])("%s: Direction is no dirección, Social no razón social", (_, header) => {
    const rows: SourceCell[][] = [
      header,
      ["Ann Lee", "0912000001", "inbound", "@ann"],
      ["Bob Ray", "0912000002", "outbound", "@bob"],
      ["Cy Tan", "0912000003", "inbound", "@cy"],
    ];
    const r = importWorkbook([sheet("Calls", rows)]);
    const f = fieldsOf(r, "Calls");
    expect(f[header[0]]).toBe("name");
    expect(f.Direction).toBeNull();
    expect(f.Social).toBeNull();
    expect(r.records.Clients.map((c) => c.address)).toEqual([null, null, null]);
  });
});

describe("English and Chinese name parts read as before", () => {
  it.each([
    [
      "English",
      ["First Name", "Last Name", "Mobile"],
      ["Linda", "Park", "0912000001"],
      "Linda Park",
    ],
    ["简体", ["姓", "名", "手机"], ["王", "小明", "13800000001"], "王小明"],
    ["繁體", ["姓氏", "名字", "手機"], ["陳", "大文", "0912000002"], "陳大文"],
  ])("%s: a given and a family name make one name", (_, header, row, name) => {
    const second = [...row];
    second[2] = String(Number(row[2]) + 1).padStart(row[2].length, "0");
    const r = importWorkbook([sheet("Clients", [header, row, second])]);
    expect(r.records.Clients[0]?.name).toBe(name);
  });
});

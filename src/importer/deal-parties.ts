/**
 * A CRM's deals export without a client list (Pipedrive's "Organization - Name", "Person - Email";
 * HubSpot's "Associated Company", "Associated Contact"; a Salesforce report's "Account Name"): each
 * deal names the party it is with, and often the person met there. A person building the register
 * from it makes one client per organisation (or per person, when a deal has no organisation), one
 * contact per person at an organisation, and links each deal to its client. This reads which
 * columns say what, from headers that name an entity and its field ("X - Y", "X.Y", "X: Y",
 * "X Y", 联系人电话), and prepares how a deal row is read as its client and its contact.
 */
import type { SheetKey } from "../register/types";
import { MAPPING_THRESHOLD, scoreHeader, targetsFor } from "./header-match";
import { columnLabel, isLeftOut } from "./map-columns";
import { buildRowContext, type RowContext } from "./normalize-row";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import type { ColumnMapping, SourceCell } from "./types";
import { entityOfHeader, type Party } from "./entity-header";

export { entityOfHeader, type Party };

/** The fields of a client, and of a contact, a deal's party columns may give. */
const CLIENT_FIELDS = new Set(["name", "address", "phone", "email", "industry"]);
const CONTACT_FIELDS = new Set(["name", "phone", "email", "title", "department"]);
const PERSON_CLIENT_FIELDS = new Set(["name", "phone", "email", "address"]);

/** The field of `sheet` a party column's field words name ("" is the party's name), or null. */
function partyField(words: string, sheet: SheetKey, allowed: ReadonlySet<string>): string | null {
  if (words === "") return "name";
  const best = scoreHeader(words, targetsFor(sheet))[0];
  if (!best || best.confidence < MAPPING_THRESHOLD || !allowed.has(best.target.key)) return null;
  return best.target.key;
}

export interface DealParties {
  /** The column naming the party each deal is with (the prospect), its label and whom it names. */
  subject: number;
  label: string;
  subjectParty: Party;
  /** The organisation's further columns (→ Clients field) and the deal's owner (→ owner). */
  clientFields: Map<number, string>;
  /** The column naming the person on each deal, when the subject is an organisation. */
  person: number | null;
  personLabel: string;
  /** The person's columns as a contact's fields, and as a client's when a deal has no organisation. */
  contactFields: Map<number, string>;
  personClientFields: Map<number, string>;
}

/**
 * The party columns of a deals sheet, or null when it names no prospect. A column already read
 * into the deal, left out, or a lookup's key ("Account Name.id") is not a party's. On a contacts
 * sheet (`subjectField` the client's name, `people` false) the row is the person: only the
 * account's own columns (Account Phone) are read into the client made from it.
 */
export function dealParties(
  mappings: readonly ColumnMapping[],
  subjectField = "prospect",
  people = true,
  profiles: readonly (ColumnProfile | undefined)[] = []
): DealParties | null {
  const subject = mappings.findIndex((m) => m.field === subjectField);
  if (subject < 0) return null;
  // Only a column that names a party record (Organization - Name, Account Name, Associated
  // Company, 客户名称) makes clients; a plain Prospect column leaves the deal's prospect a prospect.
  // A column read as whom each record is about (Borrower, 借款人, or one a person chose as the
  // client) names a party too: a person or an organisation as its values read.
  const recordSubject = isRecordSubject(mappings[subject]);
  const subjectParty =
    entityOfHeader(mappings[subject].header)?.party ??
    (recordSubject ? partyOfValues(profiles[subject]) : null);
  if (subjectParty === null || subjectParty === "deal") return null;
  const clientFields = new Map<number, string>();
  const contactFields = new Map<number, string>();
  const personClientFields = new Map<number, string>();
  let person: number | null = null;
  const taken = new Set<string>(["name"]);
  const contactTaken = new Set<string>();
  // The staff member on each row (业务员, 員工姓名, Sales Rep): on a contacts list, which has no
  // owner column of its own, the rep of the account the row's person works at.
  let owner = mappings.findIndex((m) => m.field === "owner");
  if (owner < 0 && !people)
    owner = mappings.findIndex(
      (m) =>
        m.field === null &&
        !isLeftOut(m) &&
        m.header.trim() !== "" &&
        readHeader(m.header).role === "owner" &&
        readHeader(m.header).base !== "id" &&
        (profiles.length === 0 || (profiles[mappings.indexOf(m)]?.text ?? 1) >= 0.8)
    );
  if (owner >= 0) {
    clientFields.set(owner, "owner");
    taken.add("owner");
  }
  // The account's own number on every row (Account ID, 客戶代號): the client made keeps it.
  const clientId = mappings.findIndex((m) => m.field === "clientId");
  if (clientId >= 0 && !people) {
    clientFields.set(clientId, "clientId");
    taken.add("clientId");
  }
  mappings.forEach((m, i) => {
    if (i === subject || m.field !== null || isLeftOut(m)) return;
    if (m.reasons?.some((r) => r.code === "map.why.record-key")) return;
    const entity =
      entityOfHeader(m.header) ?? (recordSubject ? ownColumn(m.header, subjectParty) : null);
    if (!entity) return;
    const isPerson = entity.party === "person";
    if (isPerson && !people) return;
    if (!isPerson && entity.party !== subjectParty && entity.party !== "organisation") return;
    if (!isPerson || subjectParty === "person") {
      if (entity.party === "client" && subjectParty === "organisation") return;
      const field = partyField(
        entity.field,
        "Clients",
        subjectParty === "person" ? PERSON_CLIENT_FIELDS : CLIENT_FIELDS
      );
      if (field === null || taken.has(field)) return;
      clientFields.set(i, field);
      taken.add(field);
      return;
    }
    const field = partyField(entity.field, "Contacts", CONTACT_FIELDS);
    if (field === null || contactTaken.has(field)) return;
    if (field === "name" && numberedStandIns(profiles[i])) return;
    contactTaken.add(field);
    if (field === "name") person = i;
    else contactFields.set(i, field);
    const asClient = partyField(entity.field, "Clients", PERSON_CLIENT_FIELDS);
    if (asClient !== null && asClient !== "name") personClientFields.set(i, asClient);
  });
  return {
    subject,
    label: columnLabel(mappings[subject].letter, mappings[subject].header),
    subjectParty,
    clientFields,
    person,
    personLabel:
      person === null ? "" : columnLabel(mappings[person].letter, mappings[person].header),
    contactFields,
    personClientFields,
  };
}

/** One word, then a number: "Contact 7", "Kunde_12", 联系人3. */
const NUMBERED_WORD = /^(\p{L}+)[\s_#-]*\d+$/u;
/** The share of a column's values that must be the one word numbered. */
const STAND_IN_SHARE = 0.9;

/**
 * True when nearly every value of a column is one and the same word numbered (Contact 0 …
 * Contact 149): stand-ins a template or a case study put where people's names were to go. No
 * person is met under such a name, so no contact is made from it.
 */
export function numberedStandIns(profile: ColumnProfile | undefined): boolean {
  if (!profile) return false;
  const words = new Map<string, number>();
  let all = 0;
  for (const [text, count] of profile.values) {
    all += count;
    const word = NUMBERED_WORD.exec(text.trim())?.[1].toLowerCase();
    if (word !== undefined) words.set(word, (words.get(word) ?? 0) + count);
  }
  const most = Math.max(0, ...words.values());
  return all >= 3 && profile.distinct >= 3 && most >= all * STAND_IN_SHARE;
}

/**
 * Chosen as the party each record is about, by its header and values or by a person, or headed by
 * a party's word (借款人姓名, Borrower Name, 门店名称): not a bare "Prospect".
 */
function isRecordSubject(mapping: ColumnMapping): boolean {
  if (mapping.reasons?.some((r) => r.code === "map.why.record-subject")) return true;
  // A column with no header read as the party by its values names a party as they read.
  if (mapping.header.trim() === "" && mapping.source === "values") return true;
  // A column read as the organisation each person of the list works at names the client.
  if (mapping.reasons?.some((r) => r.code.startsWith("map.why.organisation-people-"))) return true;
  return mapping.header.trim() !== "" && readHeader(mapping.header).role === "subject";
}

/** A person when most values read as people's names, an organisation when as firms', else a client. */
function partyOfValues(profile: ColumnProfile | undefined): Party {
  if (!profile) return "client";
  if (profile.personName >= 0.5 && profile.personName >= profile.company) return "person";
  if (profile.company >= 0.5) return "organisation";
  return "client";
}

/**
 * A column of a record whose subject is a read party (Borrower): a bare "Phone", "Email" or
 * "Address" (no one else's word in its header) is the party's own, as "Person - Phone" would be.
 */
function ownColumn(header: string, party: Party): { party: Party; field: string } | null {
  if (header.trim() === "") return null;
  const reading = readHeader(header);
  if (reading.role !== "none" || reading.base !== null) return null;
  return { party, field: header.trim() };
}

/** The columns only the parties read (not the deal's owner, which the deal keeps): the deal keeps none of them. */
export function partyColumns(
  parties: DealParties,
  mappings: readonly ColumnMapping[]
): Set<number> {
  const out = new Set<number>();
  for (const i of [...parties.clientFields.keys(), ...parties.contactFields.keys()])
    if (mappings[i].field === null) out.add(i);
  if (parties.person !== null) out.add(parties.person);
  return out;
}

type ReaderOptions = Parameters<typeof buildRowContext>[4];

/**
 * How a deal row is read as a record of `sheet`: `name` is the record's name, `fields` its other
 * columns; every other column belongs to the deal and is skipped here (as a row-number column is).
 */
export function partyContext(
  sheetName: string,
  sheet: SheetKey,
  mappings: readonly ColumnMapping[],
  name: number,
  fields: ReadonlyMap<number, string>,
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions
): RowContext {
  const as = mappings.map((m, i): ColumnMapping => {
    if (i === name) return { ...m, field: "name", linksClient: false };
    const field = fields.get(i);
    if (field) return { ...m, field, linksClient: false };
    return { ...m, field: null, source: "row-number" };
  });
  return buildRowContext(sheetName, sheet, as, columnValues, options);
}

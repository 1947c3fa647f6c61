/**
 * A client list kept by household: the client on one row (關係 本人, 戶長), their spouse and
 * children on the rows below with their relation to the client (配偶, 長子, 長女). An agent reads
 * the relatives as the client's family, not as clients of their own; so does this.
 */
import type { RegisterRecord } from "../register/types";
import { cellText } from "./grid";
import { MAPPING_THRESHOLD, scoreHeader, targetsFor } from "./header-match";
import { isSelf, namesFamilyField, relationColumn } from "./insured-family";
import { emptyRecord } from "./normalize-row";
import type { SheetClassification } from "./classify-sheet";
import type { ColumnMapping, SourceCell } from "./types";

/**
 * Kinship words, in the three scripts and English. A relation column of a client list is a
 * household's only when its other values name kin; a 客户关系 column holding 良好 / 一般 is not.
 */
const KIN =
  /配偶|妻|夫|太太|老公|老婆|[子女兒儿孫孙媳婿父母爸媽妈兄弟姐姊妹爺爷奶婆岳舅姑姨叔伯侄姪甥]|spouse|wife|husband|partner|son|daughter|child|father|mother|parent|brother|sister|grand|in-law/i;

/** The head of a household written as such rather than as 本人. */
const HEAD = /^(?:戶長|户长|戶主|户主|家長|家长|head(?: of household)?)$/i;

/** Share of a relation column's values that must be self or kin for the sheet to be read by household. */
const KIN_SHARE = 0.8;
/** One client's family table may list the client as 本人 too; several heads make several households. */
const MIN_HOUSEHOLDS = 2;

function isHead(relation: string): boolean {
  return relation !== "" && (HEAD.test(relation) || isSelf(relation));
}

function isKin(relation: string): boolean {
  return relation !== "" && !isHead(relation) && KIN.test(relation);
}

/** True when a relation names a relative (配偶, 子女, Spouse), not the client themself. */
export function isKinWord(relation: string): boolean {
  return isKin(relation);
}

/** The head rows and kin rows of a relation column, when its values read as households. */
function householdRows(values: readonly SourceCell[]): { heads: number; kin: number } | null {
  const texts = values.map((v) => cellText(v)).filter((v) => v !== "");
  if (texts.length < 2 || !isHead(texts[0])) return null;
  const kin = texts.filter(isKin).length;
  const heads = texts.filter(isHead).length;
  return kin > 0 && heads + kin >= texts.length * KIN_SHARE ? { heads, kin } : null;
}

/**
 * The column of a client list giving each row's relation to the household's client, when the list
 * is kept by household: its first value names the client themself (本人, 戶長) and the others name
 * kin. Null for any other client list.
 */
export function householdColumn(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): number | null {
  const column = relationColumn(mappings);
  if (column === null) return null;
  return householdRows(columnValues[column] ?? []) ? column : null;
}

/**
 * A list whose headers fit the family sheet best (姓名, 關係, 生日, 職業/學校) but whose relation
 * column names the client themself on several rows, each followed by their kin, is several
 * households: a client list kept by household, not one client's family.
 */
export function preferClientsForHouseholds(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): SheetClassification {
  // A household number (户号) beside names and phones also reads as a list of some clients'
  // contacts; the heads and kin of its relation column say it is the clients' own list.
  if (classification.key !== "Family" && classification.key !== "Contacts") return classification;
  const clients = classification.scores.Clients ?? 0;
  if (clients <= 0) return classification;
  const households = headers.some((header, i) => {
    if (!namesFamilyField(header, "relation")) return false;
    const rows = householdRows(columnValues[i] ?? []);
    return rows !== null && rows.heads >= MIN_HOUSEHOLDS;
  });
  if (!households) return classification;
  return { key: "Clients", confidence: classification.confidence, scores: classification.scores };
}

/** True when a header names one of the given fields of a policy (保單號碼 → policyNo). */
function namesPolicyField(header: string, keys: readonly string[]): boolean {
  const targets = targetsFor("Insurance").filter((t) => keys.includes(t.key));
  return (
    header !== "" && scoreHeader(header, targets).some((s) => s.confidence >= MAPPING_THRESHOLD)
  );
}

/**
 * A household list that also holds each person's policies on their rows (保單號碼, 險種, 保額
 * beside 關係, 姓名, 生日) is read as a policy list kept by household: its heads become the clients,
 * its relatives their family, and each policy number one policy. Read as a client list, the
 * policies would end in notes.
 */
export function preferPoliciesForHouseholds(
  classification: SheetClassification,
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[]
): SheetClassification {
  if (classification.key !== "Clients" && classification.key !== "Family") return classification;
  if ((classification.scores.Insurance ?? 0) <= 0) return classification;
  const households = headers.some(
    (header, i) =>
      namesFamilyField(header, "relation") && householdRows(columnValues[i] ?? []) !== null
  );
  if (!households) return classification;
  const numbered = headers.some(
    (header, i) =>
      namesPolicyField(header, ["policyNo"]) && columnValues[i]?.some((v) => cellText(v) !== "")
  );
  const described = headers.some((header) => namesPolicyField(header, POLICY_DETAILS));
  if (!numbered || !described) return classification;
  return { key: "Insurance", confidence: classification.confidence, scores: classification.scores };
}

/** Policy columns besides the number that say a row's policy (險種, 保險公司, 保額, 保費, 生效日). */
const POLICY_DETAILS = ["insurer", "type", "sumInsured", "annualPremium", "startDate"];

/** True when a row's relation names a relative of the household's client. */
export function isRelativeRow(relation: SourceCell | undefined): boolean {
  return isKin(cellText(relation ?? null));
}

/** True when a row's relation names the household's client themself (本人, 戶長). */
export function isHeadRow(relation: SourceCell | undefined): boolean {
  return isHead(cellText(relation ?? null));
}

/** The fields of a policy that say a row holds one; the insured, client and notes do not. */
const POLICY_FIELDS = [
  "policyNo",
  "insurer",
  "type",
  "startDate",
  "expiryDate",
  "termYears",
  "termText",
  "sumInsured",
  "annualPremium",
] as const;

/**
 * True when a row of a household's policy list holds a policy: a relative listed for the family
 * only (name, relation, birthday, the policy columns blank) holds none.
 */
export function holdsPolicy(policy: RegisterRecord): boolean {
  return POLICY_FIELDS.some((key) => {
    const value = policy[key];
    return value !== null && value !== undefined && cellText(value as SourceCell) !== "";
  });
}

/**
 * A relative's row of a household list as a Family record: the name, relation and birthday in
 * their fields, the occupation or school where a column gives it, and every other value the row
 * holds (phone, ID number, address …) in notes under its header, so nothing is lost.
 */
export function householdMember(
  client: RegisterRecord,
  mappings: readonly ColumnMapping[],
  cells: readonly SourceCell[],
  relationColumnIndex: number,
  /** Columns another record of the row keeps (a household policy list's policy columns). */
  elsewhere: ReadonlySet<number> = new Set()
): RegisterRecord {
  const member = emptyRecord("Family");
  member.memberName = client.name ?? null;
  member.relation = cellText(cells[relationColumnIndex] ?? null);
  member.birthday = client.birthday ?? null;
  const occupation = mappings.findIndex((m) => namesFamilyField(m.header, "occupationOrSchool"));
  if (occupation >= 0 && cellText(cells[occupation] ?? null) !== "")
    member.occupationOrSchool = cellText(cells[occupation] ?? null);
  const used = new Set([relationColumnIndex, occupation, ...elsewhere]);
  const notes: string[] = [];
  mappings.forEach((m, i) => {
    if (used.has(i) || m.field === "name" || m.field === "birthday" || m.field === "clientId")
      return;
    const text = cellText(cells[i] ?? null);
    if (text !== "") notes.push(m.header === "" ? text : `${m.header}: ${text}`);
  });
  if (notes.length > 0) member.notes = notes.join("; ");
  return member;
}

/**
 * Portable formulas (built-in functions only) for the Book Review figures, over the register's
 * tables. Columns are spelled by their header in the register's language, as the register's own
 * formulas do. Each formula counts exactly what the matching bookSummary figure counts; the rules
 * are in figures.ts and summary.ts.
 */
import { booleanCell, enumCellTextOf } from "../register/catalog";
import { sheetDef } from "../register/sheets";
import type { Lang, SheetKey } from "../register/types";
import { SETTING_NAMES } from "../workbook/settings-sheet";
import {
  MissingRegisterColumnError,
  type RegisterColumns,
  wholeColumn,
} from "../workbook/structured-ref";
import { CI_INCOME_MULTIPLE } from "./figures";
import { TOP_GROUP_DIVISOR } from "./summary";

/** A text constant inside a formula. */
export const literal = (text: string) => `"${text.replace(/"/g, '""')}"`;

export class BookFormulas {
  constructor(
    private readonly lang: Lang,
    /** The cell holding the review's as-of date, e.g. "$B$2". */
    private readonly asOf: string,
    /** The open workbook's tables and headers; absent when the register is written with the review (standard labels). */
    private readonly columns?: RegisterColumns
  ) {}

  col(sheet: SheetKey, key: string): string {
    const def = sheetDef(sheet);
    const field = def.fields.find((f) => f.key === key);
    if (!field) throw new Error(`${sheet} has no field "${key}".`);
    const label = field.label[this.lang];
    if (!this.columns) return wholeColumn(def.table, label);
    const actual = this.columns[sheet];
    if (!actual)
      throw new MissingRegisterColumnError("review.missing-table", {
        table: def.table,
        sheetKey: sheet,
      });
    const header = actual.headers[key];
    if (header === undefined)
      throw new MissingRegisterColumnError("review.missing-column", {
        column: label,
        table: actual.table,
      });
    return wholeColumn(actual.table, header);
  }

  /** The register cell text of an enum value (the key in English, the label in Chinese), quoted. */
  private value(sheet: SheetKey, key: string, valueKey: string): string {
    const field = sheetDef(sheet).fields.find((f) => f.key === key);
    if (!field) throw new Error(`${sheet} has no field "${key}".`);
    return enumCellTextOf(field, valueKey, this.lang);
  }

  /** A yes as the register's cells hold it, as a criterion: TRUE, or "是". */
  private yes(): string {
    const yes = booleanCell(true, this.lang);
    return typeof yes === "boolean" ? "TRUE" : literal(yes);
  }

  private notYes(): string {
    const yes = booleanCell(true, this.lang);
    return literal(`<>${typeof yes === "boolean" ? "TRUE" : yes}`);
  }

  private clients = (key: string) => this.col("Clients", key);
  private tiers = (key: string) => this.col("Tiers", key);
  private insurance = (key: string) => this.col("Insurance", key);
  private assets = (key: string) => this.col("Assets", key);
  private complaints = (key: string) => this.col("Complaints", key);
  private pipeline = (key: string) => this.col("Pipeline", key);

  clientCount(): string {
    return `SUMPRODUCT(--(((${this.clients("clientId")}<>"")+(${this.clients("name")}<>""))>0))`;
  }

  /** Spreadsheet programs differ on a client without revenue (0 → standard, or blank): both count as standard. */
  tierCount(tier: string): string {
    const effective = this.tiers("effectiveTier");
    const count = `COUNTIFS(${effective},${literal(this.value("Tiers", "tier", tier))})`;
    return tier === "standard"
      ? `${count}+COUNTIFS(${this.tiers("clientId")},"<>",${effective},"")`
      : count;
  }

  tierRevenue(tier: string): string {
    return `SUMIFS(${this.tiers("annualRevenue")},${this.tiers("effectiveTier")},${literal(this.value("Tiers", "tier", tier))})`;
  }

  clientsWithRevenue(): string {
    return `COUNTIF(${this.clients("annualRevenue")},">0")`;
  }

  topCount(clientsWithRevenueCell: string): string {
    return `ROUNDUP(${clientsWithRevenueCell}/${TOP_GROUP_DIVISOR},0)`;
  }

  topSmallest(topCountCell: string): string {
    return `IF(${topCountCell}=0,"",LARGE(${this.clients("annualRevenue")},${topCountCell}))`;
  }

  /** The k largest revenues: all above the k-th, plus as many copies of the k-th as make k (ties). */
  topRevenue(topCountCell: string, smallestCell: string): string {
    const revenue = this.clients("annualRevenue");
    const above = `">"&${smallestCell}`;
    return `IF(${topCountCell}=0,0,SUMIF(${revenue},${above})+(${topCountCell}-COUNTIF(${revenue},${above}))*${smallestCell})`;
  }

  totalRevenue(): string {
    return `SUMIF(${this.clients("annualRevenue")},">0")`;
  }

  private person(): string {
    return `(${this.clients("kind")}<>${literal(this.value("Clients", "kind", "enterprise"))})*(${this.clients("clientId")}<>"")`;
  }

  private inForce(): string {
    const status = this.insurance("status");
    const not = (key: string) => literal(`<>${this.value("Insurance", "status", key)}`);
    return `${status},${not("lapsed")},${status},${not("matured")}`;
  }

  private ciType(): string {
    return literal(this.value("Insurance", "type", "critical-illness"));
  }

  persons(): string {
    return `SUMPRODUCT(${this.person()})`;
  }

  /** Two counts per person: policies marked as covering CI, and CI-type policies; none of either means no cover. */
  withoutCriticalIllnessCover(): string {
    const byClient = `${this.insurance("clientId")},${this.clients("clientId")}`;
    const marked = `COUNTIFS(${byClient},${this.insurance("criticalIllnessCovered")},${this.yes()},${this.inForce()})`;
    const ciType = `COUNTIFS(${byClient},${this.insurance("type")},${this.ciType()},${this.inForce()})`;
    return `SUMPRODUCT(${this.person()}*((${marked}+${ciType})=0))`;
  }

  /** Σ over persons with an income of max(0, 3 × income − CI cover); CI-type policies marked as covering are counted once. */
  criticalIllnessGapTotal(): string {
    const sumInsured = this.insurance("sumInsured");
    const byClient = `${this.insurance("clientId")},${this.clients("clientId")}`;
    const covered = this.insurance("criticalIllnessCovered");
    const marked = `SUMIFS(${sumInsured},${byClient},${covered},${this.yes()},${this.inForce()})`;
    const ciTypeOnly = `SUMIFS(${sumInsured},${byClient},${this.insurance("type")},${this.ciType()},${covered},${this.notYes()},${this.inForce()})`;
    const income = this.clients("annualIncome");
    const gap = `(${CI_INCOME_MULTIPLE}*${income}-(${marked}+${ciTypeOnly}))`;
    return `SUMPRODUCT(${this.person()}*ISNUMBER(${income})*(${gap}>0)*${gap})`;
  }

  assetsHeldAt(where: "ours" | "elsewhere", clientId?: string): string {
    const client = clientId === undefined ? "" : `,${this.assets("clientId")},${literal(clientId)}`;
    const heldAt = literal(this.value("Assets", "heldAt", where));
    const notLoan = literal(`<>${this.value("Assets", "assetClass", "loan")}`);
    return `SUMIFS(${this.assets("marketValue")},${this.assets("heldAt")},${heldAt},${this.assets("assetClass")},${notLoan}${client})`;
  }

  share(part: string, other: string): string {
    return `IF((${part}+${other})>0,${part}/(${part}+${other}),"")`;
  }

  private complaintRow(): string {
    const c = (key: string) => this.complaints(key);
    return `(((${c("complaintId")}<>"")+(${c("clientId")}<>"")+(${c("receivedOn")}<>""))>0)`;
  }

  private complaintOpen(): string {
    const status = this.complaints("status");
    const resolved = literal(this.value("Complaints", "status", "resolved"));
    const closed = literal(this.value("Complaints", "status", "closed"));
    return `(${status}<>${resolved})*(${status}<>${closed})`;
  }

  complaintsLogged(): string {
    return `SUMPRODUCT(--${this.complaintRow()})`;
  }

  openComplaints(): string {
    return `SUMPRODUCT(${this.complaintRow()}*${this.complaintOpen()})`;
  }

  /** COUNTIFS skips the blank and error due days that a row without severity shows. */
  overdueComplaints(): string {
    const status = this.complaints("status");
    const not = (key: string) => literal(`<>${this.value("Complaints", "status", key)}`);
    return `COUNTIFS(${status},${not("resolved")},${status},${not("closed")},${this.complaints("dueOn")},"<"&${this.asOf})`;
  }

  avgDaysToResolve(): string {
    const received = this.complaints("receivedOn");
    const resolved = this.complaints("resolvedOn");
    const both = `${resolved},">0",${received},">0"`;
    return `IF(COUNTIFS(${both})=0,"",(SUMIFS(${resolved},${both})-SUMIFS(${received},${both}))/COUNTIFS(${both}))`;
  }

  avgSatisfactionGap(): string {
    const gap = this.complaints("satisfactionGap");
    return `IF(COUNT(${gap})=0,"",AVERAGE(${gap}))`;
  }

  /** Clients with no logged contact from (as-of − window) through the as-of day. */
  notVisited(): string {
    const visits = (key: string) => this.col("Visits", key);
    const within = `COUNTIFS(${visits("clientId")},${this.clients("clientId")},${visits("visitOn")},">="&(${this.asOf}-${SETTING_NAMES.notVisitedDays}),${visits("visitOn")},"<="&${this.asOf})`;
    return `SUMPRODUCT((${this.clients("clientId")}<>"")*(${within}=0))`;
  }

  stageCount(stage: string): string {
    return `COUNTIFS(${this.pipeline("stage")},${literal(this.value("Pipeline", "stage", stage))})`;
  }

  stageValue(stage: string): string {
    return `SUMIFS(${this.pipeline("expectedValue")},${this.pipeline("stage")},${literal(this.value("Pipeline", "stage", stage))})`;
  }
}

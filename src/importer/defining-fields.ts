/**
 * A register sheet other than the client list is defined by what only its records carry: a policy
 * by its number, insurer, insured person, sum insured or premium, or a type of cover its values
 * name; a deal by its stage, probability, expected close, deal number, scored factors or the reason
 * it was lost (only a deal is lost; a client is not). Columns a
 * client list, an order ledger or a day's sales hold as well — a client's name, an amount, a date,
 * a status, a salesperson — define neither: a ledger of orders whose product column the insurance
 * words reach (产品名称), or a day's deliveries whose amount the pipeline's words reach, is a list
 * of the parties it names (their buyers), not policies or deals.
 */
import { INSURANCE_TYPE } from "../register/enums";
import { namesLostSale } from "../register/catalog";
import { FACTOR_LETTERS } from "../register/settings";
import type { SheetKey } from "../register/types";
import { cellText, isBlankCell } from "./grid";
import { enumChoices, parseEnum, parseEnumWithin } from "./normalize/enums";
import type { SourceCell } from "./types";
import type { SheetClassification } from "./classify-sheet";

/** A deal's scored factors (factorA … factorG). */
export const PIPELINE_FACTOR_FIELDS: readonly string[] = FACTOR_LETTERS.map((l) => `factor${l}`);

/** Per register sheet, the fields whose column alone says the rows are that sheet's records. */
export const DEFINING_FIELDS: Partial<Record<SheetKey, readonly string[]>> = {
  Insurance: [
    "policyNo",
    "insurer",
    "insured",
    "sumInsured",
    "annualPremium",
    "criticalIllnessCovered",
  ],
  Pipeline: [
    "opportunityId",
    "stage",
    "probability",
    "expectedClose",
    ...PIPELINE_FACTOR_FIELDS,
    "valueScore",
  ],
};

/** The share of a type column's filled cells that must name a type of cover. */
const TYPE_SHARE = 0.5;
const TYPE_CHOICES = enumChoices(INSURANCE_TYPE);

/**
 * True when most filled cells name a type of cover, whole or within a product's name (寿险, Motor,
 * Term Life Plan, Property and Fire), not just anything.
 */
function namesCoverTypes(values: readonly SourceCell[]): boolean {
  let filled = 0;
  let types = 0;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    filled++;
    const text = cellText(v);
    if (parseEnum(text, TYPE_CHOICES).ok || parseEnumWithin(text, TYPE_CHOICES).ok) types++;
  }
  return filled > 0 && types >= filled * TYPE_SHARE;
}

export interface MappedColumn {
  field: string | null;
  values: readonly SourceCell[];
  /** The column's header, when known: a lost sale's reason defines a deal by its header alone. */
  header?: string;
}

/**
 * True when the columns, mapped as `registerSheet`, carry what defines that sheet's records (see
 * DEFINING_FIELDS); a sheet without such a list (Clients, Complaints, Visits …) is never doubted
 * here. A type column counts for a policy only when its values name types of cover.
 */
export function hasDefiningFields(
  registerSheet: SheetKey,
  columns: readonly MappedColumn[]
): boolean {
  const defining = DEFINING_FIELDS[registerSheet];
  if (defining === undefined) return true;
  return columns.some(
    (c) =>
      (c.field !== null &&
        (defining.includes(c.field) ||
          (registerSheet === "Insurance" && c.field === "type" && namesCoverTypes(c.values)))) ||
      (registerSheet === "Pipeline" && c.header !== undefined && namesLostSale(c.header))
  );
}

/**
 * A table read as a record sheet whose columns carry nothing that defines it (hasDefiningFields)
 * is read as the list of the parties it names: the client list. Whether its rows name any party
 * at all is left to the subject's evidence (sheet-decision.ts), which leaves a list naming no one
 * out as unsure.
 */
export function preferClientsWithoutDefiningFields(
  classification: SheetClassification,
  columns: readonly MappedColumn[]
): SheetClassification {
  const key = classification.key;
  if (key === null || hasDefiningFields(key, columns)) return classification;
  return readAsClientList(classification);
}

/**
 * The classification read instead as the client list, as sure as its Clients score says (never
 * less than `floor`).
 */
export function readAsClientList(
  classification: SheetClassification,
  floor = 0
): SheetClassification {
  const clients = classification.scores.Clients ?? 0;
  return {
    key: "Clients",
    confidence: Math.max(floor, Math.round(Math.min(1, clients / 3) * 100) / 100),
    scores: classification.scores,
  };
}

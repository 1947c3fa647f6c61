import { z } from "zod";
import { SHEETS } from "./sheets";
import type { FieldDef, SheetKey } from "./types";

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const isoDate = z.string().refine(isIsoDate, "expected a real date written as YYYY-MM-DD");

function bounded(schema: z.ZodNumber, field: FieldDef): z.ZodNumber {
  let out = schema;
  if (field.min !== undefined) out = out.min(field.min);
  if (field.max !== undefined) out = out.max(field.max);
  return out;
}

/** The zod schema of one register value, from the field's type and bounds. */
export function fieldSchema(field: FieldDef): z.ZodType {
  switch (field.type) {
    case "id":
    case "text":
    case "phone":
      return z.string();
    case "email":
      return z.string().email();
    case "date":
      return isoDate;
    case "money":
    case "number":
    case "percent":
    case "score":
      return bounded(z.number().finite(), field);
    case "integer":
      return bounded(z.number().int(), field);
    case "boolean":
      return z.boolean();
    case "enum": {
      const keys = (field.values ?? []).map((v) => v.key);
      if (keys.length === 0) throw new Error(`Enum field "${field.key}" has no values.`);
      return z.enum(keys as [string, ...string[]]);
    }
  }
}

function rowSchema(fields: readonly FieldDef[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const schema = fieldSchema(field);
    shape[field.key] = field.required
      ? field.type === "text"
        ? z.string().trim().min(1)
        : schema
      : schema.nullable().optional();
  }
  return z.object(shape);
}

/** One zod object schema per register sheet; unknown keys are kept (users add their own columns). */
export const registerSchemas: Record<SheetKey, z.ZodObject> = Object.fromEntries(
  SHEETS.map((sheet) => [sheet.key, rowSchema(sheet.fields).loose()])
) as Record<SheetKey, z.ZodObject>;

export type RowIssue = { field: string; message: string };

/** Validates one row; returns the problems by field key (empty when valid). */
export function validateRow(sheet: SheetKey, row: Record<string, unknown>): RowIssue[] {
  const result = registerSchemas[sheet].safeParse(row);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    field: String(issue.path[0] ?? ""),
    message: issue.message,
  }));
}

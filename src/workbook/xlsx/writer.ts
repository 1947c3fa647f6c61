/**
 * Writes a WorkbookPlan to an .xlsx file: real Excel tables with calculated columns, validation,
 * number formats, frozen headers, conditional formats, notes, print setup and the Settings
 * names, streamed part by part (./stream-writer). Only plan formulas become formulas; every
 * string is written as text, whatever it starts with, so "=HYPERLINK(…)" typed by a client stays
 * harmless data.
 */
import { promises as fs } from "fs";
import type { WorkbookPlan } from "../plan";
import { streamWorkbook, writeWorkbookBytes, type StreamWriteOptions } from "./stream-writer";

export type { StreamWriteOptions, WriteProgress } from "./stream-writer";
export { streamWorkbook, writeWorkbookBytes };

export async function writeWorkbook(
  plan: WorkbookPlan,
  options: StreamWriteOptions = {}
): Promise<Buffer> {
  const bytes = await writeWorkbookBytes(plan, options);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export async function writeWorkbookFile(plan: WorkbookPlan, path: string): Promise<void> {
  await fs.writeFile(path, await writeWorkbook(plan));
}

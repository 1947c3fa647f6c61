/**
 * Runs test/support/openpyxl-tool.py with Debian's python3 and python3-openpyxl: registers edited
 * and read back by another tool, as analysts do with a short script.
 */
import { execFile } from "child_process";
import * as path from "path";

const PYTHON = process.env.PYTHON ?? "/usr/bin/python3";
const TOOL = path.join(__dirname, "openpyxl-tool.py");

export function openpyxl(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) =>
    execFile(PYTHON, [TOOL, ...args], { timeout: 120_000 }, (error, stdout, stderr) =>
      error
        ? reject(new Error(`openpyxl-tool ${args[0]} failed: ${error.message}\n${stderr}`))
        : resolve(stdout)
    )
  );
}

export interface InspectedCell {
  value: string | number | boolean | null;
  bold: boolean;
  color: string | null;
  size: number | null;
  fill: string | null;
  format: string;
  bottom: string | null;
  comment: string | null;
}

export interface Inspected {
  sheets: string[];
  states: Record<string, string>;
  cells: Record<string, InspectedCell>;
  merged: string[];
  widths: Record<string, number>;
  tables: Record<string, string[]>;
  names: Record<string, string>;
}

export async function inspect(file: string, sheet: string): Promise<Inspected> {
  return JSON.parse(await openpyxl("inspect", file, sheet)) as Inspected;
}

/** Files the CLI reads and writes: .xlsx paths only, outputs written all or none, errors in plain words. */
import { closeSync, openSync, promises as fs, rmSync } from "fs";
import * as path from "path";
import { notXlsxReason, sniffWorkbook } from "../workbook/xlsx/sniff";
import { UsageError } from "./args";

/** Refuses a path that is not an .xlsx file (wrong use: exit code 2). */
export function requireXlsx(file: string, what: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx")
    throw new UsageError(`${what} must be an .xlsx file: ${file}`);
}

/** Refuses (exit 2) a file named .xlsx that is something else, such as an .ods or .xls renamed. */
export async function requireWorkbookFile(file: string, what: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "the file does not exist" : describeFsError(error);
    throw new Error(`cannot read ${what} ${file}: ${reason}`);
  }
  const reason = notXlsxReason(sniffWorkbook(bytes), file);
  if (reason) throw new UsageError(`${what}: ${reason}`);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * What a path points at: the device and inode of an existing file (so symlinks and hard links to
 * one file agree), otherwise the real path of its nearest existing folder plus the rest.
 */
export async function fileIdentity(file: string): Promise<string> {
  try {
    const stat = await fs.stat(file);
    return `inode:${stat.dev}:${stat.ino}`;
  } catch {
    let folder = path.resolve(file);
    const rest: string[] = [];
    for (;;) {
      rest.unshift(path.basename(folder));
      const parent = path.dirname(folder);
      try {
        return `path:${path.join(await fs.realpath(parent), ...rest)}`;
      } catch {
        if (parent === folder) return `path:${path.resolve(file)}`;
        folder = parent;
      }
    }
  }
}

/** Refuses (exit 2) when two of the named paths are one file, through symlinks and hard links. */
export async function requireDistinctFiles(
  files: readonly { label: string; file: string | undefined }[]
): Promise<void> {
  const given = files.filter((f): f is { label: string; file: string } => f.file !== undefined);
  const identities = await Promise.all(given.map((f) => fileIdentity(f.file)));
  for (let i = 0; i < given.length; i++) {
    for (let j = 0; j < i; j++) {
      if (identities[i] !== identities[j]) continue;
      const same =
        given[i].file === given[j].file ? "" : ` (${given[j].file} and ${given[i].file})`;
      throw new UsageError(
        `${given[j].label} and ${given[i].label} are the same file${same}: an output must never replace an input or another output`
      );
    }
  }
}

/** Temporary files not yet renamed into place; removed if the process is interrupted. */
const pending = new Set<string>();
const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

function removePendingNow(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePendingNow();
  uninstallHandlers();
  // Re-raised with the default action, so the exit status still says which signal ended us.
  process.kill(process.pid, signal);
}

let installed = false;
function installHandlers(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removePendingNow);
}

function uninstallHandlers(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
  process.off("exit", removePendingNow);
}

interface Slot {
  file: string;
  temp: string;
  written: boolean;
}

/**
 * The output files of one command, written all or none. `reserve` creates an empty temporary
 * file beside each target before any work starts (so an unwritable place fails first); `write`
 * fills one; `commit` renames them all into place only when every one was written. Interrupted
 * by SIGINT/SIGTERM, or discarded, the temporary files are removed and no target is touched.
 */
export class OutputFiles {
  private constructor(private readonly slots: Slot[]) {}

  static async reserve(files: readonly string[]): Promise<OutputFiles> {
    installHandlers();
    const slots: Slot[] = [];
    const outputs = new OutputFiles(slots);
    try {
      for (const file of files) {
        const dir = path.dirname(file);
        const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
        try {
          if ((await fs.stat(file).catch(() => null))?.isDirectory())
            throw Object.assign(new Error("folder"), { code: "EISDIR" });
          await fs.mkdir(dir, { recursive: true });
          pending.add(temp);
          closeSync(openSync(temp, "w"));
        } catch (error) {
          pending.delete(temp);
          throw new Error(`cannot write ${file}: ${describeFsError(error)}`);
        }
        slots.push({ file, temp, written: false });
      }
    } catch (error) {
      await outputs.discard();
      throw error;
    }
    return outputs;
  }

  async write(file: string, data: Uint8Array | string): Promise<void> {
    const slot = this.slot(file);
    try {
      await fs.writeFile(slot.temp, data);
      slot.written = true;
    } catch (error) {
      throw new Error(`cannot write ${file}: ${describeFsError(error)}`);
    }
  }

  /** Fills one output by writing its temporary file, which `fill` gets the path of (a large file streamed in). */
  async writeWith(file: string, fill: (temp: string) => Promise<unknown>): Promise<void> {
    const slot = this.slot(file);
    try {
      await fill(slot.temp);
      slot.written = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === undefined) throw error;
      throw new Error(`cannot write ${file}: ${describeFsError(error)}`);
    }
  }

  private slot(file: string): Slot {
    const slot = this.slots.find((s) => s.file === file);
    if (!slot) throw new Error(`internal: ${file} was not reserved as an output`);
    return slot;
  }

  async commit(): Promise<void> {
    const missing = this.slots.find((s) => !s.written);
    if (missing) throw new Error(`internal: ${missing.file} was reserved but never written`);
    try {
      for (const slot of this.slots) {
        await fs.rename(slot.temp, slot.file);
        pending.delete(slot.temp);
      }
    } catch (error) {
      const failed = this.slots.find((s) => pending.has(s.temp));
      await this.discard();
      throw new Error(`cannot write ${failed?.file ?? "an output"}: ${describeFsError(error)}`);
    }
    if (pending.size === 0) uninstallHandlers();
  }

  async discard(): Promise<void> {
    for (const slot of this.slots) {
      if (!pending.has(slot.temp)) continue;
      await fs.rm(slot.temp, { force: true }).catch(() => undefined);
      pending.delete(slot.temp);
    }
    if (pending.size === 0) uninstallHandlers();
  }
}

/**
 * Writes next to the target, then renames: an existing file is never left half-written. The
 * folder is created when it is missing (as `npm run demo` expects of out/).
 */
export async function writeReplacing(file: string, data: Buffer | string): Promise<void> {
  const outputs = await OutputFiles.reserve([file]);
  try {
    await outputs.write(file, data);
    await outputs.commit();
  } finally {
    await outputs.discard();
  }
}

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "the folder does not exist";
    case "ENOTDIR":
    case "EEXIST":
      return "a part of the path is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder";
    case "ENOSPC":
      return "the disk is full";
    default:
      return (error as Error).message;
  }
}

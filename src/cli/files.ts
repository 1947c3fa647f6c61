/** Files the CLI writes: .xlsx paths only, written whole or not at all, errors in plain words. */
import { promises as fs } from "fs";
import * as path from "path";
import { UsageError } from "./args";

/** Refuses a path that is not an .xlsx file (wrong use: exit code 2). */
export function requireXlsx(file: string, what: string): void {
  if (path.extname(file).toLowerCase() !== ".xlsx")
    throw new UsageError(`${what} must be an .xlsx file: ${file}`);
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
 * Writes next to the target, then renames: an existing file is never left half-written. The
 * folder is created when it is missing (as `npm run demo` expects of out/).
 */
export async function writeReplacing(file: string, data: Buffer | string): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new Error(`cannot write ${file}: ${describeFsError(error)}`);
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

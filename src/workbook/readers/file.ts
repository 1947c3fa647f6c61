/** The reader layer on files (Node only): reads the bytes once, decodes legacy text with iconv-lite. */
import { promises as fs } from "fs";
import * as iconv from "iconv-lite";
import { readSourceBytes, type ReadBytesOptions } from "./index";
import type { SourceWorkbook } from "./types";

/** iconv-lite knows every encoding chardet names, including where Node's ICU is small. */
export const iconvDecode = (bytes: Uint8Array, encoding: string): string =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);

export async function readSourceFile(
  file: string,
  options: ReadBytesOptions = {}
): Promise<SourceWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT"
        ? "the file does not exist"
        : code === "EISDIR"
          ? "it is a folder"
          : code === "EACCES"
            ? "permission denied"
            : (error as Error).message;
    throw new Error(`Cannot read ${file}: ${why}`);
  }
  return readSourceBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    decode: iconvDecode,
    fileName: file,
    ...options,
  });
}

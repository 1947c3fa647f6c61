/**
 * Writes a WorkbookPlan to an .xlsx file: real Excel tables with calculated columns, validation,
 * number formats, frozen headers, conditional formats, notes, print setup and the Settings
 * names, streamed part by part (./stream-writer). Only plan formulas become formulas; every
 * string is written as text, whatever it starts with, so "=HYPERLINK(…)" typed by a client stays
 * harmless data.
 */
import { promises as fs, writeSync } from "fs";
import * as zlib from "zlib";
import type { WorkbookPlan } from "../plan";
import {
  streamWorkbook,
  writeWorkbookBytes,
  type EntryDeflater,
  type NativeDeflate,
  type StreamWriteOptions,
} from "./stream-writer";

export type { StreamWriteOptions, WriteProgress } from "./stream-writer";
export { streamWorkbook, writeWorkbookBytes };

/** Bytes handed to zlib, and back, at a time. */
const ZLIB_CHUNK = 64 * 1024;

function zlibDeflater(level: number, onData: (chunk: Uint8Array) => void): EntryDeflater {
  const stream = zlib.createDeflateRaw({ level, chunkSize: ZLIB_CHUNK });
  stream.on("data", (chunk: Buffer) => onData(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.once("end", resolve);
    stream.once("error", reject);
  });
  return {
    write: (chunk) =>
      stream.write(chunk) ? undefined : new Promise((resolve) => stream.once("drain", resolve)),
    end: () => {
      stream.end();
      return ended;
    },
  };
}

/**
 * Node's zlib: the package's parts deflated natively (see StreamWriteOptions.deflate); fflate's
 * when this Node has no zlib.crc32 (before 20.15).
 */
export const NODE_DEFLATE: NativeDeflate | undefined =
  typeof zlib.crc32 === "function"
    ? { deflater: zlibDeflater, crc32: (chunk, previous) => zlib.crc32(chunk, previous) }
    : undefined;

export async function writeWorkbook(
  plan: WorkbookPlan,
  options: StreamWriteOptions = {}
): Promise<Buffer> {
  const bytes = await writeWorkbookBytes(plan, { deflate: NODE_DEFLATE, ...options });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Writes the package into the file as it is made: a large register is never held in memory
 * (its parts, then one copy of the whole, as `writeWorkbook` returns it). Returns its size.
 */
export async function writeWorkbookFile(
  plan: WorkbookPlan,
  path: string,
  options: StreamWriteOptions = {}
): Promise<number> {
  const file = await fs.open(path, "w");
  let size = 0;
  try {
    await streamWorkbook(
      plan,
      (chunk) => {
        for (let at = 0; at < chunk.length;) at += writeSync(file.fd, chunk, at);
        size += chunk.length;
      },
      { deflate: NODE_DEFLATE, ...options }
    );
  } finally {
    await file.close();
  }
  return size;
}

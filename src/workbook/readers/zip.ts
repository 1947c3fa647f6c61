/**
 * Random access into a ZIP package held in memory: the central directory gives each part's
 * offset, so any part can be inflated on its own, in the order the reader needs (workbook, then
 * styles and shared strings, then each sheet), and streamed in chunks. fflate's `unzipSync`
 * inflates whole parts at once (a 1,048,576-row sheet is hundreds of MB of XML) and its streaming
 * `Unzip` only walks the parts in file order, so the directory is read here; inflating is fflate's.
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  /** The part name as stored, with backslashes turned into slashes. */
  name: string;
  method: number;
  /** CRC-32 of the uncompressed bytes (lets a writer copy the part without inflating it). */
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater at a time. */
const CHUNK = 1 << 18;

export class ZipError extends Error {}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;

export const isZip = (bytes: Uint8Array): boolean => bytes.length >= 4 && u32(bytes, 0) === LOCAL;

export class ZipArchive {
  readonly entries = new Map<string, ZipEntry>();
  private readonly folded = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    for (const entry of readDirectory(bytes)) {
      this.entries.set(entry.name, entry);
      this.folded.set(entry.name.toLowerCase(), entry);
    }
  }

  /** The entry of a part name ("xl/workbook.xml", "/xl/workbook.xml"); names match case-insensitively, as some writers vary the case. */
  find(name: string): ZipEntry | undefined {
    const clean = name.replace(/\\/g, "/").replace(/^\/+/, "");
    return this.entries.get(clean) ?? this.folded.get(clean.toLowerCase());
  }

  has(name: string): boolean {
    return this.find(name) !== undefined;
  }

  /** A whole (small) part as text. */
  text(name: string): string | undefined {
    const entry = this.find(name);
    if (!entry) return undefined;
    const decoder = new TextDecoder("utf-8");
    let out = "";
    this.inflate(entry, (chunk, final) => (out += decoder.decode(chunk, { stream: !final })));
    return out;
  }

  /**
   * Streams a part's bytes to `onData`; `between` runs after every compressed chunk with the
   * share of the part done (the reader yields to the event loop there and reports progress).
   */
  async stream(
    entry: ZipEntry,
    onData: (chunk: Uint8Array, final: boolean) => void,
    between?: (fraction: number) => Promise<void> | void
  ): Promise<void> {
    const { start, end } = this.dataRange(entry);
    if (entry.method === STORED) {
      for (let at = start; at < end; at += CHUNK) {
        onData(this.bytes.subarray(at, Math.min(end, at + CHUNK)), at + CHUNK >= end);
        await between?.(Math.min(1, (at + CHUNK - start) / (end - start)));
      }
      if (start === end) onData(new Uint8Array(0), true);
      return;
    }
    let finished = false;
    const inflater = new Inflate((chunk, final) => {
      if (final) finished = true;
      onData(chunk, final);
    });
    for (let at = start; at < end; at += CHUNK) {
      inflater.push(this.bytes.subarray(at, Math.min(end, at + CHUNK)), at + CHUNK >= end);
      await between?.(Math.min(1, (at + CHUNK - start) / (end - start)));
    }
    if (start === end) inflater.push(new Uint8Array(0), true);
    if (!finished) throw new ZipError(`the part ${entry.name} is cut short`);
  }

  /** A part's stored bytes as they are (deflated or stored, per `entry.method`), for copying it into another package unchanged. */
  stored(entry: ZipEntry): Uint8Array {
    const { start, end } = this.dataRange(entry);
    return this.bytes.subarray(start, end);
  }

  private inflate(entry: ZipEntry, onData: (chunk: Uint8Array, final: boolean) => void): void {
    const { start, end } = this.dataRange(entry);
    if (entry.method === STORED) {
      onData(this.bytes.subarray(start, end), true);
      return;
    }
    const inflater = new Inflate(onData);
    inflater.push(this.bytes.subarray(start, end), true);
  }

  private dataRange(entry: ZipEntry): { start: number; end: number } {
    if (entry.method !== STORED && entry.method !== DEFLATED)
      throw new ZipError(`the part ${entry.name} uses a compression this reader does not know`);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || u32(this.bytes, at) !== LOCAL)
      throw new ZipError(`the part ${entry.name} is damaged`);
    const start = at + 30 + u16(this.bytes, at + 26) + u16(this.bytes, at + 28);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipError(`the part ${entry.name} is cut short`);
    return { start, end };
  }
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) if (u32(bytes, at) === EOCD) return at;
  throw new ZipError("the ZIP directory is missing (the file is cut short or not a ZIP package)");
}

function readDirectory(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEndOfDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  const locator = eocd - 20;
  if (locator >= 0 && u32(bytes, locator) === ZIP64_LOCATOR) {
    const zip64 = u64(bytes, locator + 8);
    if (u32(bytes, zip64) === ZIP64_EOCD) {
      count = u64(bytes, zip64 + 32);
      offset = u64(bytes, zip64 + 48);
    }
  }
  const decoder = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL)
      throw new ZipError("the ZIP directory is damaged");
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/\\/g, "/");
    let compressedSize = u32(bytes, at + 20);
    let size = u32(bytes, at + 24);
    let localHeaderOffset = u32(bytes, at + 42);
    // ZIP64: the fields that overflowed are in the extra field 0x0001, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 1) {
        let field = extra + 4;
        if (size === 0xffffffff) ((size = u64(bytes, field)), (field += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(bytes, field)), (field += 8));
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, field);
      }
      extra += 4 + length;
    }
    entries.push({
      name,
      method: u16(bytes, at + 10),
      crc: u32(bytes, at + 16),
      compressedSize,
      size,
      localHeaderOffset,
    });
    at = extraEnd + commentLength;
  }
  return entries;
}

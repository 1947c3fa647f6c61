/** A minimal .zip reader for tests that inspect the raw XML parts of an .xlsx file. */
import { crc32, inflateRawSync } from "zlib";

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

export interface ZipEntry {
  name: string;
  data: Buffer;
  /** The CRC-32 and size the central directory records for the entry. */
  crc: number;
  size: number;
}

export function unzip(zip: Buffer): Map<string, string> {
  return new Map(zipEntries(zip).map((e) => [e.name, e.data.toString("utf8")]));
}

/** Every entry, its data inflated and checked against the CRC-32 and size recorded for it. */
export function checkedEntries(zip: Buffer): ZipEntry[] {
  const entries = zipEntries(zip);
  for (const e of entries) {
    if (e.data.length !== e.size)
      throw new Error(`${e.name}: ${e.data.length} bytes, not ${e.size}`);
    if (crc32(e.data) >>> 0 !== e.crc) throw new Error(`${e.name}: CRC-32 mismatch`);
  }
  return entries;
}

function zipEntries(zip: Buffer): ZipEntry[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw new Error("not a zip file");
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files: ZipEntry[] = [];
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error("corrupt central directory");
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
      throw new Error(`corrupt local header for ${name}`);
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    files.push({ name, data: method === 8 ? inflateRawSync(data) : data, crc, size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

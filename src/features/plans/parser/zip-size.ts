/**
 * Measures what a .docx or .xlsx (a ZIP archive) unpacks to before anything unpacks it: the
 * sizes the archive declares are summed from its central directory, and each entry is then
 * inflated with a ceiling of its declared size, so an archive that understates a size is caught
 * at that ceiling instead of filling the memory.
 */
import { inflateRawSync } from "node:zlib";
import { PlanInputError } from "./errors.ts";
import { MAX_UNPACKED_BYTES, MAX_ZIP_ENTRIES } from "./limits.ts";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

type Entry = { method: number; compressedSize: number; size: number; localHeader: number };

const damaged = (why: string) => new PlanInputError("not-a-document", `A damaged archive: ${why}.`);

function endOfDirectory(zip: Buffer): number {
  // The record is 22 bytes plus a comment of at most 65,535.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) return at;
  }
  throw damaged("no end of central directory");
}

function directoryEntries(zip: Buffer): Entry[] {
  const end = endOfDirectory(zip);
  const count = zip.readUInt16LE(end + 10);
  const start = zip.readUInt32LE(end + 16);
  // ZIP64 marks its sizes 0xFFFF/0xFFFFFFFF here; Word and Excel never need it for a plan.
  if (count === 0xffff || start === 0xffffffff) throw new PlanInputError("unpacked-too-large", "A ZIP64 archive.");
  if (count > MAX_ZIP_ENTRIES) throw new PlanInputError("unpacked-too-large", `${count} entries in the archive.`);
  const entries: Entry[] = [];
  let at = start;
  for (let index = 0; index < count; index++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw damaged("a broken central directory");
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeader: zip.readUInt32LE(at + 42),
    });
    at += 46 + zip.readUInt16LE(at + 28) + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Throws PlanInputError "unpacked-too-large" when the archive unpacks to more than `max` bytes. */
export function checkUnpackedSize(bytes: Uint8Array, max = MAX_UNPACKED_BYTES): void {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = directoryEntries(zip);
  const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (declared > max) throw new PlanInputError("unpacked-too-large", `The archive unpacks to ${declared} bytes.`);
  for (const entry of entries) {
    if (entry.method === STORED || entry.size === 0) continue;
    if (entry.method !== DEFLATED) throw damaged(`compression method ${entry.method}`);
    const header = entry.localHeader;
    if (header + 30 > zip.length || zip.readUInt32LE(header) !== LOCAL_HEADER) throw damaged("a broken local header");
    const data = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    try {
      inflateRawSync(zip.subarray(data, data + entry.compressedSize), { maxOutputLength: entry.size });
    } catch (error) {
      // Node says "Cannot create a Buffer larger than …" when the ceiling is reached.
      if (error instanceof RangeError) throw new PlanInputError("unpacked-too-large", "An entry unpacks to more than it declares.");
      throw damaged("an entry does not inflate");
    }
  }
}

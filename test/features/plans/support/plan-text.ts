/** Plan documents written in the test, in the text form the parser reads (tables as tab-separated lines). */
import { deflateRawSync } from "node:zlib";

export type MeasureRow = { number: string; title: string; schedule: string; executors: string; result: string };

/** A plan with sections "1" and "2" (or none) and a result column, as the region's documents have. */
export function planText(opts: { title: string; sections?: Record<string, MeasureRow[]>; measures?: MeasureRow[] }): string {
  const header = ["№ п/п\tМероприятие\tСрок\tОтветственный\tОжидаемый результат"];
  const row = (m: MeasureRow) => `${m.number}\t${m.title}\t${m.schedule}\t${m.executors}\t${m.result}`;
  const body = opts.sections
    ? Object.entries(opts.sections).flatMap(([title, rows], index) => [`${index + 1}. ${title}`, ...rows.map(row)])
    : (opts.measures ?? []).map(row);
  return [opts.title, "", ...header, ...body, ""].join("\n");
}

/** `count` numbered measures "1".."count", each a dated seminar. */
export function manyMeasures(count: number, title = (n: number) => `Семинар для учителей математики № ${n}`): MeasureRow[] {
  return Array.from({ length: count }, (_, index) => ({
    number: String(index + 1),
    title: title(index + 1),
    schedule: "15 марта 2026 г.",
    executors: "ИРО",
    result: "Повышение квалификации",
  }));
}

/**
 * A ZIP archive of the given entries, each deflated. `declaredSize` overrides the size the
 * archive states (a lying archive); crafted here, so no large binary is committed.
 */
export function zipOf(entries: { name: string; data: Buffer; declaredSize?: number }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const compressed = deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    directory.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directorySize = directory.reduce((sum, part) => sum + part.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...directory, end]);
}

/** word/document.xml of `bytes` bytes: one paragraph of spaces, which deflates about a thousandfold. */
export function hugeDocumentXml(bytes: number): Buffer {
  const head = Buffer.from('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = Buffer.from("</w:t></w:r></w:p></w:body></w:document>");
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x20), tail]);
}

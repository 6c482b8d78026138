/**
 * Reading a plan document, per format: the largest fixture of each (.txt, .docx, .pdf, .xlsx, .csv)
 * through readPlanDocument, the first read (library loaded on demand) and the median of warm ones;
 * then a Word plan with a scanned signature and a scan (eight A4 pages of 300 dpi pictures)
 * refused; then a 5 MB text plan read again and
 * again, with the process's memory after each read. CPU time
 * is the process's, its helper threads' (GC, zlib) included.
 * npx tsx --expose-gc bench/read-plans.ts [rounds=20]
 * Targets (issue #13): under 100 ms a plan after start-up; memory flat for a 5 MB file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import { readPlanDocument } from "../src/features/plans/parser/index.ts";

const ROUNDS = Number(process.argv[2] ?? 20);
const FORMATS = ["txt", "docx", "pdf", "xlsx", "csv"] as const;
const root = new URL("../test/fixtures/plans/", import.meta.url);

function fixtures(directory: URL): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? fixtures(new URL(`${entry.name}/`, directory)).map((name) => `${entry.name}/${name}`) : [entry.name],
  );
}

const all = fixtures(root);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const format of FORMATS) {
  // A password-protected PDF is there to be refused, not read.
  const named = all.filter((name) => name.endsWith(`.${format}`) && !name.includes(".protected."));
  if (!named.length) continue;
  const largest = named.sort((a, b) => statSync(new URL(b, root)).size - statSync(new URL(a, root)).size)[0]!;
  const bytes = readFileSync(new URL(largest, root));
  const started = performance.now();
  const plan = await readPlanDocument(bytes, largest);
  const first = performance.now() - started;
  const warm: number[] = [];
  // CPU time too: on a shared machine it varies less with others' load than the clock does.
  const cpu: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await readPlanDocument(bytes, largest);
    warm.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `${format.padEnd(4)} ${largest} (${(bytes.length / 1024).toFixed(0)} KB, ${plan.measures.length} measures): first ${first.toFixed(0)} ms, then median ${median(warm).toFixed(1)} ms (CPU ${median(cpu).toFixed(1)} ms)`,
  );
}

/** A Word plan of 30 measures signed with a scanned signature: a picture of noise, which compresses as little as a scan. */
async function signedWordPlan(): Promise<Buffer> {
  const noise = '<svg xmlns="http://www.w3.org/2000/svg" width="1300" height="1000"><filter id="n"><feTurbulence baseFrequency="0.9" numOctaves="3"/></filter><rect width="100%" height="100%" filter="url(#n)"/></svg>';
  const signature = Buffer.from(new Resvg(noise).render().asPng());
  const rows = [["№", "Мероприятие", "Срок", "Ответственный"], ...Array.from({ length: 30 }, (_, index) => [`${index + 1}`, `Семинар для учителей математики, занятие ${index + 1}`, "Март 2026 г.", "ИМЦ"])];
  const table = new Table({ rows: rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })) });
  const signed = new Paragraph({ children: [new ImageRun({ type: "png", data: signature, transformation: { width: 200, height: 150 } })] });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph("План мероприятий на 2026 год"), table, signed] }] }));
}

const signedPlan = await signedWordPlan();
const signedReads: number[] = [];
for (let round = 0; round < 6; round++) {
  const start = performance.now();
  await readPlanDocument(signedPlan, "signed.docx");
  if (round > 0) signedReads.push(performance.now() - start);
}
console.log(`docx signed, 30 measures and a scanned signature (${(signedPlan.length / 1024).toFixed(0)} KB): median ${median(signedReads).toFixed(0)} ms`);

/** A PDF of `pages` scanned A4 pages at 300 dpi: a grey picture each, no text. */
function scannedPdf(pages: number): Buffer {
  const [width, height] = [2480, 3508];
  const objects: Buffer[] = [Buffer.from("<< /Type /Catalog /Pages 2 0 R >>"), Buffer.alloc(0)];
  const kids: number[] = [];
  for (let page = 0; page < pages; page++) {
    const row = Buffer.from(Array.from({ length: width }, (_, x) => (x * 7 + page * 13) % 256));
    const picture = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
    objects.push(Buffer.concat([Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${picture.length} >>\nstream\n`), picture, Buffer.from("\nendstream")]));
    const content = "q 595 0 0 842 0 0 cm /Scan Do Q";
    objects.push(Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`));
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objects.length} 0 R /Resources << /XObject << /Scan ${objects.length - 1} 0 R >> >> >>`));
    kids.push(objects.length);
  }
  objects[1] = Buffer.from(`<< /Type /Pages /Kids [${kids.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages} >>`);
  const parts: Buffer[] = [Buffer.from("%PDF-1.4\n")];
  let length = parts[0]!.length;
  const offsets = objects.map((object, index) => {
    const part = Buffer.concat([Buffer.from(`${index + 1} 0 obj\n`), object, Buffer.from("\nendobj\n")]);
    parts.push(part);
    length += part.length;
    return length - part.length;
  });
  const table = offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  parts.push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${table}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return Buffer.concat(parts);
}

const scan = scannedPdf(8);
const refusals: number[] = [];
for (let round = 0; round < 5; round++) {
  const start = performance.now();
  const answer = await readPlanDocument(scan, "scan.pdf").then(() => "read", (error: { code?: string }) => error.code);
  if (answer !== "no-text-layer") throw new Error(`the scan was answered ${answer}`);
  refusals.push(performance.now() - start);
}
console.log(`pdf  scan, 8 pages at 300 dpi (${(scan.length / 1024).toFixed(0)} KB): refused in a median ${median(refusals).toFixed(0)} ms`);

// About 5 MB of text in the shape of a real plan: 2,000 measures with long cells.
const long = "Организация и проведение муниципального семинара-практикума для учителей начальных классов по формированию функциональной грамотности обучающихся ".repeat(4);
const rows = Array.from({ length: 2000 }, (_, index) => `${index + 1}\t${long}${index}\tМарт 2026 г.\tИнформационно-методический центр, руководители ОО\t${long}`);
const large = Buffer.from(["План работы на 2026 год", "", "№\tМероприятие\tСрок\tОтветственный\tРезультат", ...rows].join("\n"));
const gc = (globalThis as { gc?: () => void }).gc;
const rss: number[] = [];
const times: number[] = [];
for (let round = 0; round < 10; round++) {
  const start = performance.now();
  await readPlanDocument(large, "large.txt");
  times.push(performance.now() - start);
  gc?.();
  rss.push(process.memoryUsage().rss);
}
console.log(`txt  ${mb(large.length)} MB, 2,000 measures: median ${median(times).toFixed(0)} ms; RSS after each of 10 reads ${rss.map(mb).join(", ")} MB${gc ? "" : " (run with --expose-gc for settled figures)"}`);

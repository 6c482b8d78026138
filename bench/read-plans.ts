/**
 * Reading a plan document, per format: the largest fixture of each (.txt, .docx, .pdf, .xlsx, .csv)
 * through readPlanDocument, the first read (library loaded on demand) and the median of warm ones;
 * then a 5 MB text plan read again and again, with the process's memory after each read. CPU time
 * is the process's, its helper threads' (GC, zlib) included.
 * npx tsx --expose-gc bench/read-plans.ts [rounds=20]
 * Targets (issue #13): under 100 ms a plan after start-up; memory flat for a 5 MB file.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
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

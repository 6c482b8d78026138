// Starts a TypeScript module in a worker thread. A worker does not inherit the loader the main
// thread got from `node --import tsx` (nor vitest's), so it registers tsx itself first. Large
// plain-JavaScript libraries the module will need (pdfjs for a PDF) are loaded before that: tsx's
// loader would transform them again in every new thread, seconds for pdfjs; once loaded, the
// module's own import of them finds them loaded.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

for (const specifier of workerData.preload ?? []) await import(specifier);
register();
await import(workerData.module);

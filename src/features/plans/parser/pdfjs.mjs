/**
 * pdfjs's modules, loaded so that they leave Array.prototype.push as it was. Node needs pdfjs's
 * legacy build, which carries core-js; on Node 20 (V8 11) core-js swaps push for a JavaScript one
 * over an edge case no reader meets, and every push in the thread, pdfjs's and the parser's, then
 * costs several times more: a quarter of reading a PDF. Plain JavaScript, so that a reader thread
 * loads it before tsx (see pdf.ts).
 */
const nativePush = Array.prototype.push;
// The worker's module first: it sets globalThis.pdfjsWorker, which pdfjs then runs on this thread
// (the plan reader is a worker thread already).
await import("pdfjs-dist/legacy/build/pdf.worker.min.mjs");
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.min.mjs");
Array.prototype.push = nativePush;

export default pdfjs;

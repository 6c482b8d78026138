/**
 * A PDF to the text form the parser reads, rebuilt from where its text is drawn and from the
 * borders of its tables (pdf-text.ts). Only a PDF with a text layer can be read: a scan is
 * pictures of pages, and the methodologist is asked for the original instead.
 */
import { PlanInputError } from "./errors.ts";
import { withPdfjsInflate } from "./pdf-inflate.ts";
import { MAX_PDF_PAGES } from "./limits.ts";
import { pagesToPlanText } from "./pdf-text.ts";
import { readPage, type PageContent } from "./pdf-page.ts";

// A PDF may have bytes before its header; readers look for it within the first kilobyte.
const HEADER_WITHIN = 1024;

export const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, HEADER_WITHIN)).includes("%PDF-");

// A scan may carry a stray word or two (a stamp, a page number); a plan has hundreds of letters.
const MIN_LETTERS = 40;

const letterCount = (pages: readonly PageContent[]) =>
  pages.reduce((sum, page) => sum + page.runs.reduce((count, run) => count + (run.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);

function openingError(error: unknown): PlanInputError {
  const name = (error as { name?: string } | null)?.name;
  if (name === "PasswordException") return new PlanInputError("pdf-encrypted", "The PDF is protected by a password.");
  return new PlanInputError("not-a-document", `A damaged PDF: ${(error as Error)?.message ?? String(error)}.`);
}

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/**
 * pdfjs, through pdfjs.mjs. Node needs the legacy build; the minified one, since under tsx Node
 * reads the source maps of every module, and the full build's are 8 MB. A reader thread loads
 * pdfjs.mjs before tsx when the file is a PDF (read-in-worker.ts): through tsx's loader pdfjs
 * takes seconds more.
 */
export const PDFJS_MODULES = [new URL("./pdfjs.mjs", import.meta.url).href] as const;

/** Loaded on the first PDF, not at start-up, as mammoth is for .docx. */
async function loadPdfJs(): Promise<PdfJs> {
  const loaded = (await import(PDFJS_MODULES[0])) as { default: PdfJs };
  return loaded.default;
}

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await loadPdfJs();
  return withPdfjsInflate(() => readPdf(pdfjs, bytes));
}

async function readPdf(pdfjs: PdfJs, bytes: Uint8Array): Promise<string> {
  // pdfjs takes the buffer over (transfers it), so it gets a copy.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    // Fonts are only read for their text, never compiled to code (CVE-2024-4367).
    isEvalSupported: false,
    // Pictures (a scan's pages, a coat of arms, a signature) are never decoded: they hold no text.
    // A scan of eight A4 pages (bench/read-plans.ts) was refused in 660 ms with them decoded, in 6 ms without.
    maxImageSize: 0,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let document;
  try {
    document = await task.promise;
  } catch (error) {
    await task.destroy();
    throw openingError(error);
  }
  try {
    if (document.numPages > MAX_PDF_PAGES) throw new PlanInputError("too-many-pages", `The PDF has ${document.numPages} pages.`);
    const pages: PageContent[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      pages.push(await readPage(page, pdfjs));
      page.cleanup();
    }
    if (letterCount(pages) < MIN_LETTERS) throw new PlanInputError("no-text-layer", "The PDF has no text layer: it is a scan.");
    return pagesToPlanText(pages);
  } finally {
    await document.destroy();
  }
}

/**
 * A file a user sends to the plan it holds, or a PlanInputError that says why not. The bot runs
 * this in a worker thread (../read-in-worker.ts); the CLI calls it directly.
 */
import { decodePlanText } from "./decode.ts";
import { docxToText } from "./docx.ts";
import { PlanInputError } from "./errors.ts";
import { MAX_PLAN_BYTES, MAX_PLAN_LINES, MAX_PLAN_MEASURES } from "./limits.ts";
import { parsePlan } from "./parse-plan.ts";
import type { ParsedPlan } from "./types.ts";
import { checkUnpackedSize } from "./zip-size.ts";

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);

const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97–2003 .doc (and .xls, .ppt)
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf: markup we do not read
];

// A .docx is a ZIP whose entry names (stored uncompressed) include word/document.xml.
const isDocx = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes("word/document.xml");
const isUtf16 = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

async function documentText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (startsWith(bytes, OLE)) throw new PlanInputError("old-doc", `${fileName} is a Word 97–2003 document.`);
  if (startsWith(bytes, ZIP)) {
    if (!isDocx(bytes)) throw new PlanInputError("not-a-document", `${fileName} is an archive that is not a .docx.`);
    checkUnpackedSize(bytes);
    try {
      return await docxToText(bytes);
    } catch {
      throw new PlanInputError("not-a-document", `${fileName} is a damaged .docx.`);
    }
  }
  if (BINARY_MAGICS.some((magic) => startsWith(bytes, magic)) || (!isUtf16(bytes) && bytes.includes(0))) {
    throw new PlanInputError("not-a-document", `${fileName} is not a text or .docx document.`);
  }
  return decodePlanText(bytes);
}

function lineCount(text: string): number {
  let count = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

export async function readPlanDocument(bytes: Uint8Array, fileName: string): Promise<ParsedPlan> {
  if (bytes.length === 0) throw new PlanInputError("empty", `${fileName} is empty.`);
  if (bytes.length > MAX_PLAN_BYTES) throw new PlanInputError("too-large", `${fileName} is over 5 MB.`);
  const text = await documentText(bytes, fileName);
  if (text.trim() === "") throw new PlanInputError("empty", `${fileName} holds no text.`);
  if (lineCount(text) > MAX_PLAN_LINES) throw new PlanInputError("too-many-lines", `${fileName} has over ${MAX_PLAN_LINES} lines.`);
  const plan = parsePlan(text);
  if (plan.measures.length === 0) throw new PlanInputError("no-measures-table", `${fileName} has no table of measures.`);
  if (plan.measures.length > MAX_PLAN_MEASURES) throw new PlanInputError("too-many-measures", `${fileName} has ${plan.measures.length} measures.`);
  return plan;
}

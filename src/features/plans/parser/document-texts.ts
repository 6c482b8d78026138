/**
 * What a file holds, as the text form the parser reads, told by its content (and, for CSV, by
 * its name): Word (.docx), Excel (.xlsx), PDF with a text layer, CSV, or plain text. A workbook
 * gives a text for each sheet; a text without tabs is also tried as CSV sent under another name.
 */
import { csvToText } from "./csv.ts";
import { decodePlanText } from "./decode.ts";
import { docxToText } from "./docx.ts";
import { PlanInputError } from "./errors.ts";
import { isPdf, pdfToText } from "./pdf.ts";
import { xlsxToTexts } from "./xlsx.ts";
import { checkUnpackedSize } from "./zip-size.ts";

/** Texts to try in turn, and how many characters of a text file could not be decoded. */
export type DocumentTexts = { texts: string[]; replaced: number };

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
const holds = (bytes: Uint8Array, text: string, encoding: BufferEncoding = "latin1") =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, encoding));

const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // Word 97–2003 .doc, Excel 97–2003 .xls
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const BINARY_MAGICS: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf: markup we do not read
];

const isUtf16 = (bytes: Uint8Array) => startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]);

/** The name of an entry is stored uncompressed in a ZIP: a .docx has word/document.xml, an .xlsx xl/workbook.xml. */
async function officeTexts(bytes: Uint8Array, fileName: string): Promise<string[]> {
  const kind = holds(bytes, "word/document.xml") ? ".docx" : holds(bytes, "xl/workbook.xml") ? ".xlsx" : null;
  if (!kind) throw new PlanInputError("not-a-document", `${fileName} is an archive that is neither a .docx nor an .xlsx.`);
  checkUnpackedSize(bytes);
  try {
    return kind === ".docx" ? [await docxToText(bytes)] : await xlsxToTexts(bytes);
  } catch {
    throw new PlanInputError("not-a-document", `${fileName} is a damaged ${kind}.`);
  }
}

export async function documentTexts(bytes: Uint8Array, fileName: string): Promise<DocumentTexts> {
  if (startsWith(bytes, OLE)) {
    // The stream that holds an .xls workbook is named "Workbook" (UTF-16 in the file's directory).
    if (/\.xls$/i.test(fileName) || holds(bytes, "Workbook", "utf16le")) throw new PlanInputError("old-xls", `${fileName} is an Excel 97–2003 workbook.`);
    throw new PlanInputError("old-doc", `${fileName} is a Word 97–2003 document.`);
  }
  if (startsWith(bytes, ZIP)) return { texts: await officeTexts(bytes, fileName), replaced: 0 };
  if (isPdf(bytes)) return { texts: [await pdfToText(bytes)], replaced: 0 };
  if (BINARY_MAGICS.some((magic) => startsWith(bytes, magic)) || (!isUtf16(bytes) && bytes.includes(0))) {
    throw new PlanInputError("not-a-document", `${fileName} is not a document the importer reads.`);
  }
  const { text, replaced } = decodePlanText(bytes);
  if (/\.(?:csv|tsv)$/i.test(fileName)) return { texts: [csvToText(text)], replaced };
  return { texts: text.includes("\t") ? [text] : [text, csvToText(text)], replaced };
}

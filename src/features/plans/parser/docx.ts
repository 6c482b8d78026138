/** A .docx to the text form the parser reads, through mammoth's HTML (which keeps tables). */
import { htmlToPlanText } from "./html-text.ts";

export async function docxToText(buffer: Uint8Array): Promise<string> {
  const input = { buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  // Empty paragraphs stay: in text they are the blank lines a page break leaves between table rows.
  // Loaded on the first document, not at start-up: it takes most of a second to import.
  const { default: mammoth } = await import("mammoth");
  const { value: html } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false });
  return htmlToPlanText(html);
}

/** A .docx to the text form the parser reads, through mammoth's HTML (which keeps tables). */
import { htmlToPlanText } from "./html-text.ts";

export async function docxToText(buffer: Uint8Array): Promise<string> {
  const input = { buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  // Loaded on the first document, not at start-up: it takes most of a second to import.
  const { default: mammoth } = await import("mammoth");
  // Pictures (a coat of arms, a scanned signature) hold no text: they are left unread, not written
  // into the HTML in base64 (a plan signed with a 4.7 MB scan, bench/read-plans.ts: 320 ms → 86–100 ms).
  const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
  // Empty paragraphs stay: in text they are the blank lines a page break leaves between table rows.
  const { value: html } = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: false, convertImage });
  return htmlToPlanText(html);
}

/** Bytes of a text file to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251. */
import iconv from "iconv-lite";
import { PlanInputError } from "./errors.ts";

// Letters, digits, spaces and the punctuation Russian documents use.
const PLAUSIBLE = /[А-Яа-яЁёA-Za-z0-9\s.,;:!?()[\]{}«»"'„“”‘’\-–—−№%/\\*+=<>&_…•·°§@#|~^$]/u;
const MIN_PLAUSIBLE_SHARE = 0.95;

/**
 * Windows-1251 text reads as Cyrillic, Latin and punctuation. KOI8-R read as Windows-1251 does
 * too, but with its cases swapped, so mostly capitals: Russian prose is mostly lower case.
 */
function looksLikeCp1251Text(text: string): boolean {
  const chars = [...text];
  const plausible = chars.filter((char) => PLAUSIBLE.test(char)).length;
  const cyrillic = text.match(/[А-Яа-яЁё]/g) ?? [];
  const lower = cyrillic.filter((letter) => letter === letter.toLocaleLowerCase("ru")).length;
  return chars.length > 0 && plausible / chars.length >= MIN_PLAUSIBLE_SHARE && (cyrillic.length < 20 || lower / cyrillic.length >= 0.5);
}

export function decodePlanText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    // Not UTF-8: Word and Notepad on a Russian Windows save text as Windows-1251.
  }
  const text = iconv.decode(Buffer.from(bytes), "win1251");
  if (looksLikeCp1251Text(text)) return text;
  throw new PlanInputError("unknown-encoding", "The text is neither UTF-8 nor Windows-1251.");
}

/**
 * Bytes of a text file to text: UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1251.
 * A UTF-8 file with a few bytes that are no character (a stray byte from another program) is
 * read with each such byte replaced by U+FFFD, and how many is told, rather than refused.
 */
import iconv from "iconv-lite";
import { PlanInputError } from "./errors.ts";

/** `replaced`: characters that were no character of the encoding, now U+FFFD. */
export type DecodedText = { text: string; replaced: number };

// Letters, digits, spaces and the punctuation Russian documents use.
const PLAUSIBLE = /[А-Яа-яЁёA-Za-z0-9\s.,;:!?()[\]{}«»"'„“”‘’\-–—−№%/\\*+=<>&_…•·°§@#|~^$]/u;
const MIN_PLAUSIBLE_SHARE = 0.95;
// UTF-8 with errors: at least this many of its characters beyond ASCII read right for each that does not.
const MIN_VALID_PER_REPLACED = 10;
const REPLACEMENT = "\ufffd";

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

/** UTF-8 read leniently: how many bytes (or broken sequences) became U+FFFD, one written as such aside. */
function lenientUtf8(bytes: Uint8Array): DecodedText & { validBeyondAscii: number } {
  const text = new TextDecoder("utf-8").decode(bytes);
  const written = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1").split("\xef\xbf\xbd").length - 1;
  let replaced = -written;
  let validBeyondAscii = written;
  for (const char of text) {
    if (char === REPLACEMENT) replaced++;
    else if (char > "\x7f") validBeyondAscii++;
  }
  return { text, replaced, validBeyondAscii };
}

export function decodePlanText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes), replaced: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes), replaced: 0 };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), replaced: 0 }; // drops a BOM
  } catch {
    // Not UTF-8 throughout: mostly UTF-8 with stray bytes, or Windows-1251 as Word and Notepad on a Russian Windows save it.
  }
  const utf8 = lenientUtf8(bytes);
  if (utf8.validBeyondAscii >= MIN_VALID_PER_REPLACED * utf8.replaced) return { text: utf8.text, replaced: utf8.replaced };
  const text = iconv.decode(Buffer.from(bytes), "win1251");
  if (looksLikeCp1251Text(text)) return { text, replaced: 0 };
  throw new PlanInputError("unknown-encoding", "The text is neither UTF-8 nor Windows-1251.");
}

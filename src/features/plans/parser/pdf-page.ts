/**
 * What a PDF page holds for reading a plan: its runs of text with their positions, and the
 * straight rules drawn on it (table borders), both from one pass over pdfjs's operator list.
 * Coordinates are the page as seen: points from its top-left corner, y growing downwards, whatever
 * rotation or scaling the PDF applies.
 */
import type { PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { defaultStyle, moveText, newTextObject, setTextMatrix, showGlyphs, type FontMetrics, type Glyph, type TextRun, type TextStyle } from "./pdf-glyphs.ts";
import { multiply, type Matrix } from "./pdf-matrix.ts";
import { pathRules, type Rule } from "./pdf-rules.ts";

export type { TextRun } from "./pdf-glyphs.ts";
export type { Rule } from "./pdf-rules.ts";
export type PageContent = { width: number; height: number; runs: TextRun[]; rules: Rule[] };

/** What readPage needs of pdfjs's module: its operator numbers, and how its text content normalises text. */
export type PdfJsOps = Pick<typeof import("pdfjs-dist/legacy/build/pdf.mjs"), "OPS" | "AnnotationMode" | "normalizeUnicode">;

/** The fonts the page sets, by pdfjs's name, once pdfjs has them (they may arrive after the operator list). */
async function pageFonts(page: PDFPageProxy, names: Set<string>): Promise<Map<string, FontMetrics>> {
  const fonts = new Map<string, FontMetrics>();
  await Promise.all(
    [...names].map(
      (name) => new Promise<void>((resolve) => page.commonObjs.get(name, (font: FontMetrics) => resolve(void fonts.set(name, font)))),
    ),
  );
  return fonts;
}

export async function readPage(page: PDFPageProxy, pdfjs: PdfJsOps): Promise<PageContent> {
  const { OPS } = pdfjs;
  const viewport = page.getViewport({ scale: 1 });
  // Annotations (links, form fields) are no part of the page's text, as in pdfjs's text content.
  const { fnArray, argsArray } = await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE });
  const fontNames = new Set<string>();
  for (const [index, op] of fnArray.entries()) if (op === OPS.setFont) fontNames.add(argsArray[index][0] as string);
  const fonts = await pageFonts(page, fontNames);

  const runs: TextRun[] = [];
  const rules: Rule[] = [];
  const stack: { ctm: Matrix; style: TextStyle }[] = [];
  let ctm = viewport.transform as Matrix;
  let style = defaultStyle();
  let at = newTextObject();
  for (const [index, op] of fnArray.entries()) {
    const args = argsArray[index];
    switch (op) {
      case OPS.save:
        stack.push({ ctm, style: { ...style } });
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        ({ ctm, style } = stack.pop() ?? { ctm, style });
        break;
      case OPS.transform:
        ctm = multiply(ctm, args as Matrix);
        break;
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, style: { ...style } });
        if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) ctm = multiply(ctm, Array.from(args[0] as ArrayLike<number>) as Matrix);
        break;
      case OPS.constructPath:
        pathRules(args, ctm, rules);
        break;
      case OPS.beginText:
        at = newTextObject();
        break;
      case OPS.setFont:
        style.font = fonts.get(args[0] as string) ?? null;
        style.size = args[1] as number;
        break;
      case OPS.setCharSpacing:
        style.charSpacing = args[0] as number;
        break;
      case OPS.setWordSpacing:
        style.wordSpacing = args[0] as number;
        break;
      case OPS.setHScale:
        style.hScale = (args[0] as number) / 100;
        break;
      case OPS.setLeading:
        style.leading = -(args[0] as number);
        break;
      case OPS.setTextRise:
        style.rise = args[0] as number;
        break;
      case OPS.moveText:
        moveText(at, args[0] as number, args[1] as number);
        break;
      case OPS.setLeadingMoveText:
        style.leading = args[1] as number;
        moveText(at, args[0] as number, args[1] as number);
        break;
      case OPS.setTextMatrix:
        setTextMatrix(at, Array.isArray(args[0]) || ArrayBuffer.isView(args[0]) ? (args[0] as ArrayLike<number>) : (args as number[]));
        break;
      case OPS.nextLine:
        moveText(at, 0, style.leading);
        break;
      case OPS.showText:
        showGlyphs(args[0] as (Glyph | number)[], style, at, ctm, runs, pdfjs.normalizeUnicode);
        break;
    }
  }
  return { width: viewport.width, height: viewport.height, runs, rules };
}

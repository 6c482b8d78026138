// A questionnaire file as a methodologist uploads it: YAML or JSON (JSON is YAML, so one parser
// reads both), checked against definitionSchema. Every error names its line, so the author can
// find it: a syntax error where the parser stopped, a schema issue at the node it is about.
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { definitionSchema, type Definition } from "./definition.ts";

export const MAX_QUESTIONNAIRE_BYTES = 1024 * 1024;

/** Whole-file problems, each with its own locale key where the bot shows it. */
export type FileProblem = "too-large" | "not-utf8" | "empty" | "not-object";

export type FileError = { line?: number; path: string; message: string; problem?: FileProblem };
export type ParsedFile = { definition: Definition } | { errors: FileError[] };

const PROBLEM_MESSAGES: Record<FileProblem, string> = {
  "too-large": `the file is over ${MAX_QUESTIONNAIRE_BYTES / 1024 / 1024} MB`,
  "not-utf8": "the file is not UTF-8 text",
  empty: "the file is empty",
  "not-object": "the file is not a questionnaire: its top level must be keys and values (id, title, areas, questions…)",
};

const problem = (kind: FileProblem, line?: number): ParsedFile => ({ errors: [{ ...(line === undefined ? {} : { line }), path: "", message: PROBLEM_MESSAGES[kind], problem: kind }] });

export function parseQuestionnaireFile(input: Uint8Array | string): ParsedFile {
  let text: string;
  if (typeof input === "string") {
    text = input;
    if (Buffer.byteLength(text, "utf8") > MAX_QUESTIONNAIRE_BYTES) return problem("too-large");
  } else {
    if (input.byteLength > MAX_QUESTIONNAIRE_BYTES) return problem("too-large");
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return problem("not-utf8");
    }
  }
  text = text.replace(/^\uFEFF/, "");
  if (!text.trim()) return problem("empty");

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      errors: doc.errors.map((error) => ({
        line: lineCounter.linePos(error.pos[0]).line,
        path: "",
        message: error.message.split("\n")[0]!,
      })),
    };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return problem("empty");
  if (typeof value !== "object" || Array.isArray(value)) return problem("not-object", 1);

  const parsed = definitionSchema.safeParse(value);
  if (parsed.success) return { definition: parsed.data };
  const errors = parsed.error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const line = lineOf(doc, lineCounter, path);
    return { ...(line === undefined ? {} : { line }), path: formatPath(path), message: issue.message };
  });
  return { errors: errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** The line of the deepest node on the path that the file has (a missing key: the map that lacks it). */
function lineOf(doc: Document, lineCounter: LineCounter, path: (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** `questions[3].options`, as the format's documentation names places. */
export function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? key : `.${key}`)).join("");
}

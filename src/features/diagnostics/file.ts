// A questionnaire file as a methodologist uploads it: YAML or JSON (JSON is YAML, so one parser
// reads both), checked against definitionSchema. Every error names its line, so the author can
// find it: a syntax error where the parser stopped, a schema issue at the node it is about.
import { z } from "zod";
import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { definitionSchema, type Definition } from "./definition.ts";

export const MAX_QUESTIONNAIRE_BYTES = 1024 * 1024;

/** Whole-file problems, each with its own locale key where the bot shows it. */
export type FileProblem = "too-large" | "not-utf8" | "empty" | "not-object";

/** What the reply names in the author's language: our own checks, and the YAML syntax by its kind. */
export type FileIssue =
  | "duplicate-area"
  | "duplicate-question"
  | "duplicate-option"
  | "unknown-area"
  | "no-options"
  | "empty-area"
  | "id-format"
  | "yaml-indent"
  | "yaml-tab"
  | "yaml-duplicate-key"
  | "yaml-missing-char"
  | "yaml-syntax";

/** `message` is zod's words (in the language asked for) or the parser's; `issue` and `id`, when set, say it in words of our own. */
export type FileError = { line?: number; path: string; message: string; problem?: FileProblem; issue?: FileIssue; id?: string };

const YAML_ISSUES: Record<string, FileIssue> = {
  BAD_INDENT: "yaml-indent",
  TAB_AS_INDENT: "yaml-tab",
  DUPLICATE_KEY: "yaml-duplicate-key",
  MISSING_CHAR: "yaml-missing-char",
};
const OWN_ISSUES = new Set<string>(["duplicate-area", "duplicate-question", "duplicate-option", "unknown-area", "no-options", "empty-area"]);
export type ParsedFile = { definition: Definition } | { errors: FileError[] };

const PROBLEM_MESSAGES: Record<FileProblem, string> = {
  "too-large": `the file is over ${MAX_QUESTIONNAIRE_BYTES / 1024 / 1024} MB`,
  "not-utf8": "the file is not UTF-8 text",
  empty: "the file is empty",
  "not-object": "the file is not a questionnaire: its top level must be keys and values (id, title, areas, questions…)",
};

const problem = (kind: FileProblem, line?: number): ParsedFile => ({ errors: [{ ...(line === undefined ? {} : { line }), path: "", message: PROBLEM_MESSAGES[kind], problem: kind }] });

/** `lang`: the language of zod's own messages (a wrong type, a missing field, a list too short). */
export function parseQuestionnaireFile(input: Uint8Array | string, lang: "ru" | "en" = "en"): ParsedFile {
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
        issue: YAML_ISSUES[error.code] ?? "yaml-syntax",
      })),
    };
  }
  const value: unknown = doc.toJS({ maxAliasCount: 100 });
  if (value === null || value === undefined) return problem("empty");
  if (typeof value !== "object" || Array.isArray(value)) return problem("not-object", 1);

  const parsed = definitionSchema.safeParse(value, lang === "ru" ? { error: z.locales.ru().localeError } : undefined);
  if (parsed.success) return { definition: parsed.data };
  const errors = parsed.error.issues.map((issue): FileError => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const line = lineOf(doc, lineCounter, path);
    const own = issue.code === "custom" && typeof issue.params?.issue === "string" && OWN_ISSUES.has(issue.params.issue) ? issue.params : undefined;
    const named = own ? { issue: own.issue as FileIssue, id: String(own.id ?? "") } : issue.code === "invalid_format" ? { issue: "id-format" as const } : {};
    return { ...(line === undefined ? {} : { line }), path: formatPath(path), message: issue.message, ...named };
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

// Keeps the locale files and the code that uses them in step, without a database or a bot:
// both .ftl files parse and carry the same messages with the same variables and tags, every key
// src/ asks for exists, and src/ shows people no text that bypasses the locale files.
import { EVENT_NUDGES } from "../../src/features/events/nudges.ts";
import { REMINDER_KINDS } from "../../src/features/settings/nudges-kinds.ts";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { MEASURE_KINDS, RECURRENCES } from "../../src/features/plans/parser/types.ts";
import { SUBJECTS } from "../../src/features/profile/subjects.ts";
import { EVENT_KINDS } from "../../src/features/events/kinds.ts";
import { ROLES } from "../../src/features/roles/service.ts";
import { planPreviewsPurge } from "../../src/features/plans/purge-job.ts";
import { REFERENCE_KINDS } from "../../src/features/directory/delete-or-merge.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = path.join(ROOT, "src");
const LOCALES = ["ru", "en"] as const;
type Locale = (typeof LOCALES)[number];

// ---------------------------------------------------------------------------------------------
// Locale files

type Pattern = string | readonly PatternElement[];
type PatternElement = string | Expression;
type Expression = {
  type: string;
  name?: string;
  value?: unknown;
  selector?: Expression;
  variants?: { key: { type: string; value: string | number }; value: Pattern }[];
  args?: Expression[];
};
type Entry = { id: string; value: Pattern | null; attributes: Record<string, Pattern> };

const ID_LINE = /^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/;

function readLocale(locale: Locale) {
  const source = readFileSync(path.join(ROOT, "locales", `${locale}.ftl`), "utf8");
  const resource = new FluentResource(source);
  const entries = new Map<string, Entry>();
  for (const entry of resource.body as unknown as Entry[]) entries.set(entry.id, entry);
  return { source, resource, entries };
}

const files = Object.fromEntries(LOCALES.map((locale) => [locale, readLocale(locale)])) as Record<
  Locale,
  ReturnType<typeof readLocale>
>;
const ru = files.ru.entries;

/** `id =` lines and `## section` comments, in file order. */
function outline(source: string): string[] {
  return source.split(/\r?\n/).flatMap((line) => {
    const id = ID_LINE.exec(line)?.[1];
    if (id) return [id];
    return line.startsWith("## ") ? [line.trim()] : [];
  });
}

function walkPattern(pattern: Pattern | null, visit: (node: Expression | string) => void) {
  if (pattern === null) return;
  if (typeof pattern === "string") return visit(pattern);
  for (const element of pattern) walkExpression(element, visit);
}

function walkExpression(node: PatternElement, visit: (node: Expression | string) => void) {
  visit(node);
  if (typeof node === "string") return;
  if (node.selector) walkExpression(node.selector, visit);
  for (const variant of node.variants ?? []) walkPattern(variant.value, visit);
  for (const arg of node.args ?? []) walkExpression(arg, visit);
}

function walkEntry(entry: Entry, visit: (node: Expression | string) => void) {
  walkPattern(entry.value, visit);
  for (const attribute of Object.values(entry.attributes)) walkPattern(attribute, visit);
}

function variablesOf(entry: Entry): string[] {
  const names = new Set<string>();
  walkEntry(entry, (node) => {
    if (typeof node !== "string" && node.type === "var" && node.name) names.add(node.name);
  });
  return [...names].sort();
}

function tagsOf(entry: Entry): string[] {
  const tags: string[] = [];
  walkEntry(entry, (node) => {
    if (typeof node === "string") tags.push(...(node.match(/<\/?[a-zA-Z][^<>]*>/g) ?? []));
  });
  return tags.sort();
}

const PLURAL_WORDS = new Set(["zero", "one", "two", "few", "many", "other"]);

describe("locale files", () => {
  it("parse without Fluent syntax errors", () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const { source, resource, entries } = files[locale];
      const lines = source.split(/\r?\n/);
      // FluentResource silently drops an entry it cannot parse, so an `id =` line without a
      // parsed message is a syntax error, and so is any unindented line that is neither an
      // entry, a comment, nor the closing brace / variant of a multi-line placeable.
      lines.forEach((line, index) => {
        const where = `locales/${locale}.ftl:${index + 1}`;
        const id = ID_LINE.exec(line)?.[1];
        if (id && !entries.has(id)) problems.push(`${where}: message "${id}" does not parse`);
        if (!id && line.trim() && !/^(#|\s|\}|\*?\[)/.test(line)) problems.push(`${where}: stray line "${line}"`);
      });
      const bundle = new FluentBundle(locale, { useIsolating: false });
      for (const error of bundle.addResource(resource)) problems.push(`locales/${locale}.ftl: ${error.message}`);
      // Resolving each message (every variable set) catches bad references and missing defaults.
      for (const entry of entries.values()) {
        if (entry.id.startsWith("-")) continue;
        const message = bundle.getMessage(entry.id);
        if (!message?.value) {
          problems.push(`locales/${locale}.ftl: "${entry.id}" has no value`);
          continue;
        }
        for (const sample of [-1, 0, 1, 2, 5, 21, "yes", "no"]) {
          const args = Object.fromEntries(variablesOf(entry).map((name) => [name, sample]));
          const errors: Error[] = [];
          bundle.formatPattern(message.value, args, errors);
          for (const error of errors) problems.push(`locales/${locale}.ftl: "${entry.id}" with ${sample}: ${error.message}`);
        }
      }
    }
    expect(problems, `Fluent syntax errors:\n${problems.join("\n")}`).toEqual([]);
  });

  it("define the same message ids", () => {
    const problems: string[] = [];
    for (const [here, there] of [
      ["ru", "en"],
      ["en", "ru"],
    ] as const) {
      for (const id of files[here].entries.keys()) {
        if (!files[there].entries.has(id)) problems.push(`"${id}" is in ${here}.ftl but not in ${there}.ftl`);
      }
    }
    expect(problems, `Message ids differ between locales:\n${problems.join("\n")}`).toEqual([]);
  });

  it("keep the same order of messages and ## sections", () => {
    expect(outline(files.en.source), "en.ftl should list messages and ## sections in ru.ftl's order").toEqual(
      outline(files.ru.source),
    );
  });

  it("use the same variables in every message", () => {
    const problems: string[] = [];
    for (const [id, entry] of ru) {
      const other = files.en.entries.get(id);
      if (!other) continue; // reported by the id check
      const mine = variablesOf(entry).join(", ");
      const theirs = variablesOf(other).join(", ");
      if (mine !== theirs) problems.push(`"${id}": ru { ${mine} } vs en { ${theirs} }`);
    }
    expect(problems, `Messages whose variables differ:\n${problems.join("\n")}`).toEqual([]);
  });

  it("use the same HTML tags in every message", () => {
    const problems: string[] = [];
    for (const [id, entry] of ru) {
      const other = files.en.entries.get(id);
      if (!other) continue;
      const mine = tagsOf(entry).join(" ");
      const theirs = tagsOf(other).join(" ");
      if (mine !== theirs) problems.push(`"${id}": ru [${mine}] vs en [${theirs}]`);
    }
    expect(problems, `Messages whose HTML tags differ:\n${problems.join("\n")}`).toEqual([]);
  });

  it("use only plural categories the language has", () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const categories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
      for (const entry of files[locale].entries.values()) {
        walkEntry(entry, (node) => {
          if (typeof node === "string" || node.type !== "select") return;
          const keys = (node.variants ?? []).map((variant) => variant.key);
          // Only plural selects: a select over words like yes/no is left alone.
          if (!keys.some((key) => key.type === "str" && PLURAL_WORDS.has(String(key.value)))) return;
          for (const key of keys) {
            if (key.type === "str" && !categories.has(String(key.value))) {
              problems.push(`${locale}.ftl "${entry.id}": [${key.value}] is not a plural category of ${locale}`);
            }
          }
        });
      }
    }
    expect(problems, `Invalid plural variants:\n${problems.join("\n")}`).toEqual([]);
  });

  it("have no untranslated Russian text in en.ftl", () => {
    // The Russian language name, and the bilingual line before a language is chosen.
    const bilingual = new Set(["language-ru", "profile-ask-language"]);
    const problems: string[] = [];
    for (const entry of files.en.entries.values()) {
      if (bilingual.has(entry.id)) continue;
      walkEntry(entry, (node) => {
        if (typeof node === "string" && /\p{Script=Cyrillic}/u.test(node)) problems.push(`"${entry.id}": ${node.trim()}`);
      });
    }
    expect(problems, `Russian text in en.ftl:\n${problems.join("\n")}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Source code

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(dir, item.name);
    if (item.isDirectory()) return full === path.join(SRC, "generated") ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(item.name) && !item.name.endsWith(".d.ts") ? [full] : [];
  });
}

type Found = { text: string; where: string };

const KEY_LIKE = /^[a-z]+(-[a-z0-9]+)+$/;
const keyPrefixes = new Set([...ru.keys()].map((id) => id.split("-")[0]));

/** Constant string arrays and unions read from source text, where importing is not an option. */
function quotedIn(file: string, start: RegExp, end: string): string[] {
  const text = readFileSync(path.join(ROOT, file), "utf8");
  const from = text.search(start);
  if (from < 0) throw new Error(`${start} not found in ${file}`);
  const rest = text.slice(from);
  const to = rest.indexOf(end);
  const values = [...rest.slice(0, to < 0 ? undefined : to).matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
  if (values.length === 0) throw new Error(`no strings found after ${start} in ${file}`);
  return values;
}

const ERROR_CODES = quotedIn("src/errors.ts", /export type AppErrorCode\s*=/, ";");

/**
 * Key-shaped strings in src/ that are not locale keys, though they start with a prefix that
 * locale keys use. Conversation, menu and action ids ("edit-profile", "create-invite",
 * "add-municipality", "native-language") need no entry: their prefixes are no key prefixes, or
 * they are keys as well ("profile-delete", "admin-directory").
 */
const NOT_KEYS = new Set<string>([
  // AppError codes such as "invite-expired" (src/errors.ts): shown through `error-<code>`, checked below.
  ...ERROR_CODES,
  // Names of periodic jobs (their lease rows), not texts.
  planPreviewsPurge.name,
  // Names of kinds of nudge (stored in preferences and outbox keys), not texts.
  ...EVENT_NUDGES.map((kind) => kind.name),
  // …and the kinds /settings switches, plan deadlines among them (src/features/settings/nudges-kinds.ts).
  ...REMINDER_KINDS.map((kind) => kind.name),
  // Units of a school year the schedule reader counts in (src/features/plans/parser/schedule-parts.ts), not texts.
  "school-year",
  "school-half",
]);

/** Language buttons name each language in itself, whatever the current locale. */
const LANGUAGE_NAMES = new Set(["Русский", "English"]);

/** Families of keys built at run time: each is asserted below against its source of truth. */
const KEY_FAMILIES = ["subject-", "role-", "language-", "timezone-", "error-", "profile-rule-", "command-", "plan-error-", "plan-warning-", "measure-kind-", "recurrence-", "events-filter-", "events-range-", "directory-n-", "broadcast-status-"];

type Scan = {
  /** Literal keys passed to t(...), ternary branches included. */
  tKeys: Found[];
  /** Every key-shaped string literal with a locale prefix, anywhere in src/. */
  keyLike: Found[];
  /** Fixed heads of template literals used as keys: t(`subject-${x}`) gives "subject-". */
  templateHeads: Found[];
  /** Literal text shown to people directly. */
  shown: Found[];
};

function scanSource(): Scan {
  const scan: Scan = { tKeys: [], keyLike: [], templateHeads: [], shown: [] };
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, "utf8");
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const where = (node: ts.Node) =>
      `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const isLiteral = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
    /** The literal text of a string or template (placeholders dropped), or undefined. */
    const literalText = (node: ts.Node): string | undefined => {
      if (isLiteral(node)) return node.text;
      if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => span.literal.text).join("");
      return undefined;
    };
    const shows = (node: ts.Node | undefined) => {
      if (!node) return;
      const shown = literalText(node);
      const at = where(node);
      if (shown === undefined || !/\p{L}/u.test(shown) || LANGUAGE_NAMES.has(shown)) return;
      if (!scan.shown.some((found) => found.where === at && found.text === shown)) scan.shown.push({ text: shown, where: at });
    };
    /** Keys an argument of t(...) can evaluate to: literals, either ternary branch, a ?? b. */
    const collectKeys = (node: ts.Node) => {
      if (isLiteral(node)) scan.tKeys.push({ text: node.text, where: where(node) });
      else if (ts.isTemplateExpression(node)) scan.templateHeads.push({ text: node.head.text, where: where(node) });
      else if (ts.isParenthesizedExpression(node)) collectKeys(node.expression);
      else if (ts.isConditionalExpression(node)) {
        collectKeys(node.whenTrue);
        collectKeys(node.whenFalse);
      } else if (
        ts.isBinaryExpression(node) &&
        [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)
      ) {
        collectKeys(node.left);
        collectKeys(node.right);
      }
    };

    const visit = (node: ts.Node): void => {
      if (ts.isTypeNode(node) || ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
      if (isLiteral(node) && KEY_LIKE.test(node.text) && keyPrefixes.has(node.text.split("-")[0]!)) {
        scan.keyLike.push({ text: node.text, where: where(node) });
      }
      if (ts.isTemplateExpression(node) && /^[a-z]+(-[a-z0-9]+)*-$/.test(node.head.text) && keyPrefixes.has(node.head.text.split("-")[0]!)) {
        scan.templateHeads.push({ text: node.head.text, where: where(node) });
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : "";
        const args = node.arguments;
        // t("key"), ctx.t("key"), flow.t("key"), i18n.t(locale, "key"): a literal argument is a key.
        if (name === "t") for (const arg of args) collectKeys(arg);
        if (["reply", "say", "editMessageText", "sendMessage"].includes(name)) args.forEach(shows);
        if (["text", "url", "submenu", "back"].includes(name) && ts.isPropertyAccessExpression(callee)) shows(args[0]);
        if (name === "answerCallbackQuery") {
          const arg = args[0];
          if (arg && ts.isObjectLiteralExpression(arg)) {
            for (const property of arg.properties) {
              if (ts.isPropertyAssignment(property) && property.name.getText(sf) === "text") shows(property.initializer);
            }
          } else shows(arg);
        }
      }
      // Flow screens and refusals ({ text: ... }, { refuse: ... }) reach people too.
      if (ts.isPropertyAssignment(node) && ["text", "refuse"].includes(node.name.getText(sf))) shows(node.initializer);
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return scan;
}

const scan = scanSource();
const list = (found: Found[]) => found.map((item) => `${item.where}: "${item.text}"`).join("\n");

function missingKeys(keys: string[]): string[] {
  return LOCALES.flatMap((locale) => keys.filter((key) => !files[locale].entries.has(key)).map((key) => `${locale}: ${key}`));
}

describe("src/ and the locale keys", () => {
  it("passes only existing keys to t(...)", () => {
    const missing = scan.tKeys.filter((key) => !ru.has(key.text));
    expect(missing, `t(...) keys missing from ru.ftl:\n${list(missing)}`).toEqual([]);
  });

  it("has no key-shaped string that is not a locale key", () => {
    const missing = scan.keyLike.filter((key) => !ru.has(key.text) && !NOT_KEYS.has(key.text));
    expect(
      missing,
      `Strings that look like locale keys but are not in ru.ftl (add the key, or add the string to NOT_KEYS if it is no key):\n${list(missing)}`,
    ).toEqual([]);
  });

  it("builds keys at run time only from families checked here", () => {
    const unchecked = scan.templateHeads.filter((head) => !KEY_FAMILIES.includes(head.text));
    expect(unchecked, `Run-time keys with no family check in this test:\n${list(unchecked)}`).toEqual([]);
  });

  it("has subject-<code> for every subject", () => {
    expect(missingKeys(SUBJECTS.map((code) => `subject-${code}`))).toEqual([]);
  });

  it("has role-<role> for every role and for teachers", () => {
    expect(missingKeys(["teacher", ...ROLES].map((role) => `role-${role}`))).toEqual([]);
  });

  it("has language-<lang> for both languages", () => {
    expect(missingKeys(["language-ru", "language-en"])).toEqual([]);
  });

  it("has error-<code> for every AppErrorCode", () => {
    expect(missingKeys(ERROR_CODES.map((code) => `error-${code}`))).toEqual([]);
  });

  it("has profile-rule-<rule> for every name rule", () => {
    expect(missingKeys(["profile-rule-name-length", "profile-rule-name-letters"])).toEqual([]);
  });

  it("has timezone-<zone> for every time zone offered", () => {
    const zones = quotedIn("src/features/directory/timezones.ts", /const TIMEZONES\s*=\s*\[/, "]");
    expect(missingKeys(zones.map((zone) => `timezone-${zone.replace("/", "-").toLowerCase()}`))).toEqual([]);
  });

  it("has command-<command> for every bot command", () => {
    const commands = quotedIn("src/bot/commands.ts", /const COMMANDS\s*=\s*\[/, "]");
    expect(missingKeys(commands.map((command) => `command-${command}`))).toEqual([]);
  });

  it("has plan-error-<code> for every way a plan document can be refused", () => {
    const codes = quotedIn("src/features/plans/parser/errors.ts", /export type PlanInputErrorCode\s*=/, ";");
    expect(codes.length).toBeGreaterThan(3);
    expect(missingKeys(codes.map((code) => `plan-error-${code}`))).toEqual([]);
  });

  it("has plan-warning-<code>, measure-kind-<kind> and recurrence-<recurrence> for the parser's vocabulary", () => {
    const warnings = quotedIn("src/features/plans/parser/types.ts", /export type WarningCode\s*=/, ";");
    expect(warnings.length).toBe(9);
    const keys = [
      ...warnings.map((code) => `plan-warning-${code}`),
      ...MEASURE_KINDS.map((kind) => `measure-kind-${kind}`),
      ...RECURRENCES.map((recurrence) => `recurrence-${recurrence}`),
    ];
    expect(missingKeys(keys)).toEqual([]);
  });

  it("has broadcast-status-<status> for every status of an announcement", () => {
    const statuses = quotedIn("src/features/broadcasts/service.ts", /export type BroadcastStatus\s*=/, ";");
    expect(statuses.length).toBe(5);
    expect(missingKeys(statuses.map((status) => `broadcast-status-${status}`))).toEqual([]);
  });

  it("has events-filter-<kind> for every event kind and events-range-<range> for every range", () => {
    expect(missingKeys([...EVENT_KINDS.map((kind) => `events-filter-${kind}`), ...["all", "week", "month"].map((range) => `events-range-${range}`)])).toEqual([]);
    expect(EVENT_KINDS.every((kind) => (MEASURE_KINDS as readonly string[]).includes(kind))).toBe(true);
  });

  it("has directory-n-<kind> for everything that can point at a directory entry", () => {
    expect(missingKeys(REFERENCE_KINDS.map((kind) => `directory-n-${kind}`))).toEqual([]);
  });

  it("shows people no literal text outside the locale files", () => {
    expect(scan.shown, `Literal text shown to people; move it to locales/*.ftl:\n${list(scan.shown)}`).toEqual([]);
  });
});

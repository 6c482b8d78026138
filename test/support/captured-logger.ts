import { pino, type Logger } from "pino";

export type CapturedLine = { level: number; msg: string; [field: string]: unknown };

/** A pino logger whose lines are kept, parsed, for the test to read. */
export function capturedLogger(): { logger: Logger; lines: CapturedLine[] } {
  const lines: CapturedLine[] = [];
  const logger = pino({ level: "debug", base: undefined }, { write: (line: string) => void lines.push(JSON.parse(line) as CapturedLine) });
  return { logger, lines };
}

export const LEVEL = { info: 30, warn: 40, error: 50 } as const;

import { pino, type Logger } from "pino";

export type { Logger };

/**
 * Errors are logged without the API call's payload: it carries people's names and messages,
 * which must not outlive "delete my data" in the logs.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: {
      err: (error: Error) => {
        const { payload: _payload, ...rest } = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> & { payload?: unknown };
        return rest;
      },
    },
  });
}

// Pure helpers on DATABASE_URL, shared by prisma.config.ts and the app.
export const DEFAULT_SQLITE_URL = "file:./data/profrost.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/** The file behind a `file:` URL, or undefined for an in-memory or non-file URL. */
export function sqliteFilePath(url: string): string | undefined {
  if (!url.startsWith("file:")) return undefined;
  const file = url.slice("file:".length).split("?")[0];
  return file && file !== ":memory:" ? file : undefined;
}

export function pgConnectionFields(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.slice(1)),
    // Session settings, as libpq takes them: "?options=-c statement_timeout=5000".
    options: parsed.searchParams.get("options") ?? undefined,
  };
}

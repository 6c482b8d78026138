/**
 * One kind of button's callback data, built and parsed from the same description:
 * `prefix:field:field…`, each field with its own bounded pattern, so data made up by a client
 * (letters for a number, ten digits for an id, one field too many) matches no handler.
 */

/** Telegram refuses callback data longer than this, in bytes. */
const MAX_DATA_BYTES = 64;

/** How one value sits in the data; `source` must not capture (the codec adds the group). */
export type Field<T> = {
  source: string;
  /** The longest text `source` matches, ASCII, for the 64-byte check. */
  maxLength: number;
  read(text: string): T;
  write(value: T): string;
};

/** Up to `max` decimal digits: ids are 9 (below 2^31), pages fewer. */
export function digits(max: number): Field<number> {
  return { source: `\\d{1,${max}}`, maxLength: max, read: Number, write: String };
}

export function oneOf<const V extends string>(...values: V[]): Field<V> {
  return {
    source: values.join("|"),
    maxLength: Math.max(...values.map((value) => value.length)),
    read: (text) => text as V,
    write: (value) => value,
  };
}

/** A lowercase word such as an event kind, or "-" for none. */
export function wordOrNone(maxLength: number): Field<string | null> {
  return {
    source: `[a-z-]{1,${maxLength}}`,
    maxLength,
    read: (text) => (text === "-" ? null : text),
    write: (value) => value ?? "-",
  };
}

type ValuesOf<F extends Field<unknown>[]> = { [K in keyof F]: F[K] extends Field<infer T> ? T : never };
type AllButLast<V extends unknown[]> = V extends [...infer Head, unknown] ? Head : never;

/** Called, it builds the data; `pattern` routes it (`bot.callbackQuery(codec.pattern, …)`), `parse` reads the values back. */
export type CallbackCodec<V extends unknown[]> = ((...values: V) => string) & {
  pattern: RegExp;
  /** `ctx.match` of a handler routed by `pattern`, or the data itself. */
  parse(match: string | RegExpMatchArray): V;
  /** The data without its last field, for `addPager`, which appends the page number. */
  pagerPrefix(...values: AllButLast<V>): string;
};

export function callbackCodec<F extends Field<unknown>[]>(prefix: string, ...fields: F): CallbackCodec<ValuesOf<F>> {
  type V = ValuesOf<F>;
  const longest = prefix.length + fields.reduce((sum, field) => sum + 1 + field.maxLength, 0);
  // Fails at start-up (and in every test) rather than on the first long id.
  if (longest > MAX_DATA_BYTES) throw new Error(`Callback data "${prefix}:…" can reach ${longest} bytes, over Telegram's ${MAX_DATA_BYTES}`);
  const pattern = new RegExp(`^${[prefix, ...fields.map((field) => `(${field.source})`)].join(":")}$`);
  const write = (values: unknown[]) => values.map((value, index) => fields[index]!.write(value));
  const build = (...values: V) => [prefix, ...write(values)].join(":");
  return Object.assign(build, {
    pattern,
    parse(match: string | RegExpMatchArray): V {
      const groups = typeof match === "string" ? pattern.exec(match) : match;
      if (!groups) throw new Error(`"${match}" is not "${prefix}:…" data`);
      return fields.map((field, index) => field.read(groups[index + 1]!)) as V;
    },
    pagerPrefix: (...values: AllButLast<V>) => `${[prefix, ...write(values)].join(":")}:`,
  });
}

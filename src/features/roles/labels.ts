import type { Role } from "../../generated/sqlite/enums.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** The role as it reads inside a sentence: "методист". */
export function roleLabel(t: Translate, role: Role): string {
  return t(`role-${role}`);
}

/** The role on a button or at the start of a line: "Методист". */
export function roleTitle(t: Translate, role: Role): string {
  const label = roleLabel(t, role);
  return label.charAt(0).toLocaleUpperCase() + label.slice(1);
}

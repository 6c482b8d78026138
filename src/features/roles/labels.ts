import type { Role } from "../../generated/sqlite/enums.ts";

type Translate = (key: string, vars?: Record<string, string | number>) => string;

export function roleLabel(t: Translate, role: Role): string {
  return t(`role-${role}`);
}

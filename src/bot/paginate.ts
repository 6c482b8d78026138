import type { InlineKeyboard } from "grammy";

export const PAGE_SIZE = 8;

export type Page<T> = { items: T[]; page: number; pages: number };

/** The page'th slice of a list, the page number clamped into range. */
export function pageOf<T>(items: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(Math.max(0, page), pages - 1);
  return { items: items.slice(current * size, (current + 1) * size), page: current, pages };
}

/** A "‹ 2/5 ›" row, with data `<prefix><page>` on the arrows; nothing when there is one page. */
export function addPager(keyboard: InlineKeyboard, page: Page<unknown>, prefix: string): InlineKeyboard {
  if (page.pages <= 1) return keyboard;
  const previous = (page.page - 1 + page.pages) % page.pages;
  const next = (page.page + 1) % page.pages;
  return keyboard
    .row()
    .text("‹", `${prefix}${previous}`)
    .text(`${page.page + 1}/${page.pages}`, `${prefix}${page.page}`)
    .text("›", `${prefix}${next}`);
}

/** The number of the last page of `total` items, 0 when there are none. */
export function lastPage(total: number, size = PAGE_SIZE): number {
  return Math.max(0, Math.ceil(total / size) - 1);
}

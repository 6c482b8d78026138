import { Composer, type MiddlewareFn } from "grammy";
import type { MenuRange } from "@grammyjs/menu";
import type { Context } from "./context.ts";
import { reloadMember } from "./middlewares/deps.ts";
import { AppMenu } from "./menu.ts";
import { editScreen, type Screen } from "./screen.ts";

/** What a main-menu button does. */
type MenuAction =
  /** Replaces the menu with one of the feature's screens (none: nothing happens). */
  | { screen(ctx: Context): Promise<Screen | null> }
  /** Opens a submenu in place, with its title; the main menu registers it. */
  | { submenu: AppMenu; title(ctx: Context): string }
  /** Anything else: a reply, a conversation. */
  | { run(ctx: Context): Promise<unknown> };

/** One button a feature puts in the main menu. */
export type MenuEntry = MenuAction & {
  /** Locale key of the label. */
  label: string;
  /** Rows go top to bottom by number, a row's buttons left to right by `order`; a row with nothing shown is left out. */
  row: number;
  order?: number;
  /** Who sees the button (roles, or whether there is anything to open); every registered person when absent. */
  shows?(ctx: Context): boolean | Promise<boolean>;
};

/**
 * The main menu of the features' entries. One dynamic range lays out all of them, so each
 * press re-renders the menu for the person and a button they may no longer see is "outdated".
 */
export function createMainMenu(entries: readonly MenuEntry[]): AppMenu {
  const sorted = [...entries].sort((a, b) => a.row - b.row || (a.order ?? 0) - (b.order ?? 0));
  const menu = new AppMenu("main").dynamic(async (ctx, range) => {
    let row: number | undefined;
    for (const entry of sorted) {
      if (entry.shows && !(await entry.shows(ctx))) continue;
      if (row !== undefined && row !== entry.row) range.row();
      row = entry.row;
      addButton(range, entry);
    }
  });
  menu.register(entries.flatMap((entry) => ("submenu" in entry ? [entry.submenu] : [])));
  return menu;
}

function addButton(range: MenuRange<Context>, entry: MenuEntry): void {
  const label = (ctx: Context) => ctx.t(entry.label);
  if ("submenu" in entry) {
    range.submenu(label, entry.submenu.id, async (ctx) => {
      await ctx.editMessageText(entry.title(ctx), { parse_mode: "HTML" });
    });
  } else if ("screen" in entry) {
    range.text(label, async (ctx) => {
      const screen = await entry.screen(ctx);
      if (screen) await editScreen(ctx, screen);
    });
  } else {
    range.text(label, async (ctx) => {
      await entry.run(ctx);
    });
  }
}

/** Puts the main menu on the context, so showHome works everywhere, the end of a conversation included. */
export function attachMainMenu(menu: AppMenu): MiddlewareFn<Context> {
  return (ctx, next) => {
    ctx.mainMenu = menu;
    return next();
  };
}

/** The main menu's buttons and /menu, for registered people; others are sent to /start. */
export function mainMenuFeature(menu: AppMenu): Composer<Context> {
  const feature = new Composer<Context>();
  const registered = feature.filter((ctx) => ctx.member?.onboarded === true);
  registered.use(menu);
  registered.command("menu", (ctx) => showHome(ctx));
  feature.command("menu", async (ctx) => {
    await ctx.reply(ctx.t("error-not-registered"));
  });
  return feature;
}

/**
 * The one way home: every "back to the menu" and the end of every flow shows the main menu
 * through here, as a new message or, with `edit`, in place of the pressed one. With `lang`,
 * the person is loaded afresh first: the caller (the end of onboarding) has just changed what
 * the menu depends on.
 */
export async function showHome(ctx: Context, opts: { edit?: boolean; lang?: string } = {}): Promise<void> {
  if (opts.lang) {
    await reloadMember(ctx);
    ctx.i18n.useLocale(opts.lang);
  }
  const message = { parse_mode: "HTML" as const, reply_markup: await ctx.mainMenu.markup(ctx) };
  if (opts.edit) await ctx.editMessageText(ctx.t("menu-main-title"), message);
  else await ctx.reply(ctx.t("menu-main-title"), message);
}

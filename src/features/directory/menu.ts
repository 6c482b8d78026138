import type { Context } from "../../bot/context.ts";
import { AppMenu } from "../../bot/menu.ts";
import { pickLocale } from "../../i18n/index.ts";
import { EDIT_DIRECTORY, type DirectoryAction, type EditDirectoryArgs } from "../admin/ids.ts";

export function directoryMenuText(ctx: Context): string {
  return ctx.t("directory-title");
}

async function start(ctx: Context, action: DirectoryAction) {
  const args: EditDirectoryArgs = { action, lang: pickLocale(ctx.member?.lang, undefined) };
  await ctx.menu.close({ immediate: true });
  await ctx.conversation.enter(EDIT_DIRECTORY, args);
}

export const directoryMenu = new AppMenu("admin-directory")
  .text((ctx) => ctx.t("directory-add-municipality"), (ctx) => start(ctx, "add-municipality"))
  .text((ctx) => ctx.t("directory-add-school"), (ctx) => start(ctx, "add-school"))
  .row()
  .text((ctx) => ctx.t("directory-rename-municipality"), (ctx) => start(ctx, "rename-municipality"))
  .text((ctx) => ctx.t("directory-rename-school"), (ctx) => start(ctx, "rename-school"))
  .row()
  .back((ctx) => ctx.t("button-back"), async (ctx) => {
    await ctx.editMessageText(ctx.t("admin-title"), { parse_mode: "HTML" });
  });

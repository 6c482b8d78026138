import { Composer } from "grammy";
import type { Context } from "../../bot/context.ts";
import { editScreen, type Screen } from "../../bot/screen.ts";
import { AppError } from "../../errors.ts";
import { pickLocale } from "../../i18n/index.ts";
import { EDIT_DIRECTORY, type DirectoryAction, type EditDirectoryArgs } from "../admin/ids.ts";
import { ANY_DIRECTORY_DATA, DIRECTORY_DATA } from "./callbacks.ts";
import { deleteEntry } from "./delete-or-merge.ts";
import { deleteScreen, directoryScreen, municipalityScreen, pageOfSchool, schoolScreen } from "./screens.ts";
import { findSchool } from "./service.ts";
import { onlyWith } from "../roles/guard.ts";

/** The admin's directory screens: every button re-checks the permission on the server. */
export const directoryFeature = new Composer<Context>();

const admin = directoryFeature.callbackQuery(ANY_DIRECTORY_DATA);

admin.use(onlyWith("directory.manage"));

admin.callbackQuery(DIRECTORY_DATA.list.pattern, async (ctx) => {
  const [page] = DIRECTORY_DATA.list.parse(ctx.match);
  await ctx.answerCallbackQuery();
  await editScreen(ctx, await directoryScreen(ctx, page));
});

admin.callbackQuery(DIRECTORY_DATA.municipality.pattern, async (ctx) => {
  const [id, page] = DIRECTORY_DATA.municipality.parse(ctx.match);
  await show(ctx, await municipalityScreen(ctx, id, page));
});

admin.callbackQuery(DIRECTORY_DATA.school.pattern, async (ctx) => {
  const [id] = DIRECTORY_DATA.school.parse(ctx.match);
  await show(ctx, await schoolScreen(ctx, id));
});

admin.callbackQuery(DIRECTORY_DATA.addMunicipality, (ctx) => edit(ctx, { action: "add-municipality" }));

admin.callbackQuery(DIRECTORY_DATA.addSchool.pattern, async (ctx) => {
  const [municipalityId] = DIRECTORY_DATA.addSchool.parse(ctx.match);
  await edit(ctx, { action: "add-school", municipalityId });
});

admin.callbackQuery(DIRECTORY_DATA.rename.pattern, async (ctx) => {
  const [kind, id] = DIRECTORY_DATA.rename.parse(ctx.match);
  await edit(ctx, { action: "rename", kind, id });
});

admin.callbackQuery(DIRECTORY_DATA.merge.pattern, async (ctx) => {
  const [kind, id] = DIRECTORY_DATA.merge.parse(ctx.match);
  await edit(ctx, { action: "merge", kind, id });
});

admin.callbackQuery(DIRECTORY_DATA.delete.pattern, async (ctx) => {
  const [kind, id] = DIRECTORY_DATA.delete.parse(ctx.match);
  await show(ctx, await deleteScreen(ctx, kind, id));
});

admin.callbackQuery(DIRECTORY_DATA.deleteConfirmed.pattern, async (ctx) => {
  const [kind, id] = DIRECTORY_DATA.deleteConfirmed.parse(ctx.match);
  // Where the admin lands: a school's municipality, read before the school is gone.
  const school = kind === "school" ? await findSchool(ctx.deps.db, id) : null;
  try {
    await deleteEntry(ctx.deps.db, { kind, id, now: ctx.deps.clock.now() });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // Someone picked it meanwhile (in-use) or deleted it first (not-found): the screen says which.
    await ctx.answerCallbackQuery({ text: ctx.t(`error-${error.code}`), show_alert: true });
    return show(ctx, await deleteScreen(ctx, kind, id), { answered: true });
  }
  await ctx.answerCallbackQuery({ text: ctx.t("directory-deleted") });
  const landing = school && (await municipalityScreen(ctx, school.municipalityId, await pageOfSchool(ctx, school.municipalityId, id)));
  await editScreen(ctx, landing ?? (await directoryScreen(ctx, 0)));
});

/** Shows a screen of an entry, or says it is gone and shows the directory. */
async function show(ctx: Context, screen: Screen | null, opts: { answered?: boolean } = {}): Promise<void> {
  if (!opts.answered) await ctx.answerCallbackQuery(screen ? undefined : { text: ctx.t("error-not-found") });
  await editScreen(ctx, screen ?? (await directoryScreen(ctx, 0)));
}

async function edit(ctx: Context, action: DirectoryAction): Promise<void> {
  await ctx.answerCallbackQuery();
  // The screen's buttons would act behind the conversation's back: take them off.
  await ctx.editMessageReplyMarkup();
  const args: EditDirectoryArgs = { ...action, lang: pickLocale(ctx.member?.lang, undefined) };
  await ctx.conversation.enter(EDIT_DIRECTORY, args);
}

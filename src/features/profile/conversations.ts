import type { ConversationContext } from "../../bot/context.ts";
import { CANCELLED, Flow, type Conv } from "../../bot/flow.ts";
import { getProfile, setSubjects, updateProfile } from "./service.ts";
import { askExperience, askLanguage, askName, askOwnPlace, askSubjects } from "./steps.ts";
import { saveOwnPlace } from "./save-place.ts";
import type { EditProfileArgs } from "./ids.ts";
import { showProfile } from "./show.ts";


/** Changes one profile field; "Cancel" leaves it as it was. Either way the profile is shown again. */
export async function editProfile(conversation: Conv, ctx: ConversationContext, args: EditProfileArgs) {
  const flow = new Flow(conversation, ctx, args.lang, { leave: "profile-edit-left" });
  const userId = await conversation.external((outer) => outer.member?.userId ?? 0);
  if (!userId) return;
  const options = { cancellable: true };
  let saved = false;
  if (args.field === "name") {
    const fullName = await askName(flow, options);
    if (fullName !== CANCELLED) saved = await save(flow, userId, { fullName });
  } else if (args.field === "place") {
    const current = await conversation.external(async (outer) => {
      const profile = await getProfile(outer.deps.db, userId);
      return { municipalityId: profile?.municipality?.id ?? null, schoolId: profile?.school?.id ?? null };
    });
    const place = await askOwnPlace(flow, { ...options, current });
    if (place !== CANCELLED) {
      await saveOwnPlace(flow, userId, place);
      saved = true;
    }
  } else if (args.field === "experience") {
    const years = await askExperience(flow, options);
    if (years !== CANCELLED) saved = await save(flow, userId, { experienceYears: years });
  } else if (args.field === "language") {
    const lang = await askLanguage(flow, { ...options, promptKey: "settings-choose-language" });
    if (lang !== CANCELLED) {
      saved = await save(flow, userId, { lang });
      flow.setLang(lang);
    }
  } else {
    const current = await conversation.external(async (outer) => (await getProfile(outer.deps.db, userId))?.subjects ?? []);
    const subjects = await askSubjects(flow, current, options);
    if (subjects !== CANCELLED) {
      await conversation.external((outer) => setSubjects(outer.deps.db, userId, subjects));
      saved = true;
    }
  }
  await flow.say(flow.t(saved ? "profile-saved" : "profile-unchanged"));
  await conversation.external((outer) => showProfile(outer, flow.lang));
}

async function save(flow: Flow, userId: number, patch: Parameters<typeof updateProfile>[2]): Promise<boolean> {
  await flow.conversation.external((outer) => updateProfile(outer.deps.db, userId, patch, outer.deps.clock.now()));
  return true;
}

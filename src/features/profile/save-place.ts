import type { Flow } from "../../bot/flow.ts";
import { esc } from "../../bot/html.ts";
import { requestSchool } from "../school-requests/service.ts";
import { updateProfile } from "./service.ts";
import type { OwnPlace } from "./steps.ts";

/**
 * Stores the workplace a teacher chose. A school missing from the list becomes a request to the
 * admins (the person hears they will add it), unless it was in the list under another spelling.
 */
export async function saveOwnPlace(flow: Flow, userId: number, place: OwnPlace): Promise<void> {
  if ("schoolId" in place) {
    await flow.conversation.external((outer) => updateProfile(outer.deps.db, userId, { place }, outer.deps.clock.now()));
    return;
  }
  const at = new Date(await flow.conversation.now());
  const outcome = await flow.conversation.external((outer) =>
    requestSchool(outer.deps.db, { userId, municipalityId: place.municipalityId, name: place.missingSchool, now: at }),
  );
  if (outcome.kind === "found") await flow.say(flow.t("profile-school-found", { school: esc(outcome.school.name) }));
  else await flow.say(flow.t("profile-school-requested", { school: esc(place.missingSchool) }));
}

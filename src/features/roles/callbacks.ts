import { callbackCodec, digits } from "../../bot/callback-codec.ts";

/*
 * Callback data of the admin's role and invite lists: each button kind built and parsed here,
 * nowhere else. Revoking is two buttons: the first asks, the second ("…y") does it.
 */

const id = digits(9);
const page = digits(6);

export const ROLES_DATA = {
  roles: callbackCodec("adm:rg:p", page),
  revokeGrant: callbackCodec("adm:rg:rv", id, page),
  revokeGrantConfirmed: callbackCodec("adm:rg:rvy", id, page),
  invites: callbackCodec("adm:iv:p", page),
  revokeInvite: callbackCodec("adm:iv:rv", id, page),
  revokeInviteConfirmed: callbackCodec("adm:iv:rvy", id, page),
};

/** Every button of the lists, for their permission guard. */
export const ANY_ROLES_DATA = /^adm:(rg|iv):/;

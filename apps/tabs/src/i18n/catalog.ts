// Every module's Swedish messages, in one list: a module adds one line here (and its
// English one line in catalog.en.ts, which loads only for English). Messages are listed
// apart from `modules.ts` so that the public results page and the first paint take the
// words without the modules' code.
import * as dialogue from "../dialogue/messages.js";
import * as directory from "../directory/messages.js";
import * as documents from "../documents/messages.js";
import * as followup from "../followup/messages.js";
import * as goals from "../goals/messages.js";
import * as home from "../home/messages.js";
import * as internalControl from "../internal-control/messages.js";
import * as meetings from "../meetings/messages.js";
import * as notifications from "../notifications/messages.js";
import * as overview from "../overview/messages.js";
import * as reporting from "../reporting/messages.js";
import * as shared from "../shared/messages.js";

const all = [
  shared,
  home,
  directory,
  goals,
  reporting,
  followup,
  documents,
  notifications,
  overview,
  internalControl,
  dialogue,
  meetings,
] as const;

type Keys<T> = T extends { readonly sv: infer S } ? keyof S : never;
/** Every message key of the tabs. */
export type MessageKey = Keys<(typeof all)[number]>;

export const sv = Object.assign({}, ...all.map((m) => m.sv)) as Readonly<Record<MessageKey, string>>;

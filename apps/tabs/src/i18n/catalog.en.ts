// Every module's English messages: loaded when the Teams locale (or `?lang=en`) asks for
// English, so the Swedish default does not carry them. A module adds one line here.

import { en as dialogue } from "../dialogue/messages.en.js";
import { en as directory } from "../directory/messages.en.js";
import { en as documents } from "../documents/messages.en.js";
import { en as followup } from "../followup/messages.en.js";
import { en as goals } from "../goals/messages.en.js";
import { en as home } from "../home/messages.en.js";
import { en as internalControl } from "../internal-control/messages.en.js";
import { en as meetings } from "../meetings/messages.en.js";
import { en as notifications } from "../notifications/messages.en.js";
import { en as overview } from "../overview/messages.en.js";
import { en as reporting } from "../reporting/messages.en.js";
import { en as shared } from "../shared/messages.en.js";
import type { MessageKey } from "./catalog.js";

export const en = Object.assign(
  {},
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
) as Readonly<Record<MessageKey, string>>;

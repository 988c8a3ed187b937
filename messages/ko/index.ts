import type { messages as english } from "../en";
import api from "./api.json";
import campaign from "./campaign.json";
import core from "./core.json";
import dates from "./dates.json";
import embed from "./embed.json";
import following from "./following.json";
import letter from "./letter.json";
import organisation from "./organisation.json";
import privacy from "./privacy.json";
import publicSite from "./public.json";
import resolutions from "./resolutions.json";
import signing from "./signing.json";
import staffCampaigns from "./staff-campaigns.json";
import staffLetters from "./staff-letters.json";
import staffNav from "./staff-nav.json";
import staffOps from "./staff-ops.json";
import staffResolutions from "./staff-resolutions.json";
import staffUsers from "./staff-users.json";
import states from "./states.json";
import translations from "./translations.json";

/*
 * The Korean catalog: one file per area, mirroring the English one key for key (the type
 * below makes a missing key a compile error; tests/unit/catalog-languages.test.ts also
 * checks each message's arguments and tags).
 */
export const messages: typeof english = {
  ...core,
  ...dates,
  ...publicSite,
  ...campaign,
  ...letter,
  ...organisation,
  ...resolutions,
  ...states,
  ...staffNav,
  ...staffCampaigns,
  ...staffLetters,
  ...staffOps,
  ...staffResolutions,
  ...staffUsers,
  ...signing,
  ...privacy,
  ...api,
  ...embed,
  ...following,
  ...translations,
};

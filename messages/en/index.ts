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
 * The English catalog, one file per area of the app so work on one area never touches
 * another's strings. Top-level namespaces must not repeat across files (a unit test
 * checks).
 */
export const messages = {
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

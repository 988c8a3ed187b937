import campaign from "./campaign.json";
import core from "./core.json";
import letter from "./letter.json";
import organisation from "./organisation.json";
import publicSite from "./public.json";

/*
 * The English catalog, one file per area of the app so work on one area never touches
 * another's strings. Top-level namespaces must not repeat across files.
 */
export const messages = { ...core, ...publicSite, ...campaign, ...letter, ...organisation };

/** The colour of the browser's bar on phones and of the installed app: the site's accent (globals.css --color-accent). */
export const THEME_COLOR = "#1d5a85";

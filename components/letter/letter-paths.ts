/** Public addresses of a letter and its sub-pages. */
export const letterPaths = {
  letter: (campaignSlug: string, letterSlug: string) =>
    `/campaigns/${encodeURIComponent(campaignSlug)}/letters/${encodeURIComponent(letterSlug)}`,
  signatories: (campaignSlug: string, letterSlug: string) =>
    `${letterPaths.letter(campaignSlug, letterSlug)}/signatories`,
  print: (campaignSlug: string, letterSlug: string) =>
    `${letterPaths.letter(campaignSlug, letterSlug)}/print`,
  sign: (campaignSlug: string, letterSlug: string) => `${letterPaths.letter(campaignSlug, letterSlug)}/sign`,
  campaign: (campaignSlug: string) => `/campaigns/${encodeURIComponent(campaignSlug)}`,
};

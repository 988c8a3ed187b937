/*
 * Limits on signing as an individual, read from the environment on each use so they
 * can be changed without a rebuild. One address is often many people: an office's or a
 * conference's Wi-Fi, a university, a mobile carrier, Tor. E-mail confirmation already
 * proves each signer, so the per-address limits are set for a busy shared connection,
 * and signatures beyond them wait in the approval queue instead of being refused; only
 * past SHARED_CONNECTION_CEILING times the limit is a signature refused, with the time
 * to try again. 0 turns a limit off.
 */

export type SigningLimits = {
  /** Signatures from one IP address on one letter per minute. */
  perIpPerLetterPerMinute: number;
  /** Signatures from one IP address on any letter per five minutes. */
  perIpPer5Minutes: number;
  /** Signing attempts (and so confirmation e-mails) for one e-mail address per hour. */
  perEmailPerHour: number;
};

export const SIGNING_LIMIT_DEFAULTS: SigningLimits = {
  perIpPerLetterPerMinute: 10,
  perIpPer5Minutes: 30,
  perEmailPerHour: 5,
};

/** Past this many times a per-address limit, a signature is refused rather than queued for approval. */
export const SHARED_CONNECTION_CEILING = 10;

const ENV_NAMES: Record<keyof SigningLimits, string> = {
  perIpPerLetterPerMinute: "SIGNING_LIMIT_PER_IP_PER_LETTER_PER_MINUTE",
  perIpPer5Minutes: "SIGNING_LIMIT_PER_IP_PER_5_MINUTES",
  perEmailPerHour: "SIGNING_LIMIT_PER_EMAIL_PER_HOUR",
};

function readLimit(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  // A typo must not silently switch protection off: anything but a whole number ≥ 0 is ignored.
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** The signing limits in force; 0 means no limit. */
export function signingLimits(env: Record<string, string | undefined> = process.env): SigningLimits {
  const limits = { ...SIGNING_LIMIT_DEFAULTS };
  for (const key of Object.keys(ENV_NAMES) as Array<keyof SigningLimits>) {
    limits[key] = readLimit(env[ENV_NAMES[key]], SIGNING_LIMIT_DEFAULTS[key]);
  }
  return limits;
}

/** Accounts one IP address may create per hour (each costs a deliberately slow password hash); 0: no limit. */
export function signUpLimitPerHour(env: Record<string, string | undefined> = process.env): number {
  return readLimit(env.SIGN_UP_LIMIT_PER_IP_PER_HOUR, 5);
}

/** Limits on asking to follow, and on asking for a link to manage one's subscriptions; 0 means no limit. */
export type FollowingLimits = {
  /** Requests from one IP address per five minutes. */
  perIpPer5Minutes: number;
  /** Requests (and so e-mails) for one e-mail address per hour. */
  perEmailPerHour: number;
};

export const FOLLOWING_LIMIT_DEFAULTS: FollowingLimits = { perIpPer5Minutes: 30, perEmailPerHour: 5 };

/** The following limits in force: FOLLOWING_LIMIT_PER_IP_PER_5_MINUTES, FOLLOWING_LIMIT_PER_EMAIL_PER_HOUR. */
export function followingLimits(env: Record<string, string | undefined> = process.env): FollowingLimits {
  return {
    perIpPer5Minutes: readLimit(
      env.FOLLOWING_LIMIT_PER_IP_PER_5_MINUTES,
      FOLLOWING_LIMIT_DEFAULTS.perIpPer5Minutes,
    ),
    perEmailPerHour: readLimit(
      env.FOLLOWING_LIMIT_PER_EMAIL_PER_HOUR,
      FOLLOWING_LIMIT_DEFAULTS.perEmailPerHour,
    ),
  };
}

/**
 * Who runs the site, for the imprint (/impressum/, § 5 DDG) and the address
 * for error reports on /methodik/. A build for a public address (SITE_URL)
 * takes them from the environment beside SITE_URL and refuses to build
 * without them, naming what is missing; a build for local preview (no
 * SITE_URL) has none and shows a clear placeholder instead. Nothing is made
 * up: the site never names an operator it was not given.
 *
 * Pure and browser-safe: the caller passes the environment.
 */

export interface Operator {
  /** Name of the person or organisation responsible (SITE_OPERATOR). */
  name: string;
  /** Postal address, its lines separated by commas or line breaks (SITE_ADDRESS). */
  address: string[];
  /** E-mail address for contact and error reports (SITE_EMAIL). */
  email: string;
}

/** The variables, in the order the message names them, with what each holds. */
export const OPERATOR_VARIABLES = {
  SITE_OPERATOR: 'name of the person or organisation that runs the site',
  SITE_ADDRESS: 'postal address, lines separated by commas',
  SITE_EMAIL: 'e-mail address for contact and error reports',
} as const;

type Env = Readonly<Record<string, string | undefined>>;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * The operator from the environment: undefined for a local preview (no
 * SITE_URL); for a public build every variable is required, else an error
 * naming each missing or malformed one.
 */
export function operatorFromEnv(env: Env): Operator | undefined {
  const value = (name: keyof typeof OPERATOR_VARIABLES) => env[name]?.trim() ?? '';
  if ((env['SITE_URL']?.trim() ?? '') === '') return undefined;
  const missing = (Object.keys(OPERATOR_VARIABLES) as (keyof typeof OPERATOR_VARIABLES)[]).filter((name) => value(name) === '');
  if (missing.length > 0) {
    throw new Error(
      `SITE_URL is set, so this build is for the public, and a public site needs an imprint (§ 5 DDG). Missing: ${missing
        .map((name) => `${name} (${OPERATOR_VARIABLES[name]})`)
        .join(', ')}. See docs/deploying.md.`,
    );
  }
  const email = value('SITE_EMAIL');
  if (!EMAIL.test(email)) throw new Error(`SITE_EMAIL: "${email}" is not an e-mail address; write it like redaktion@example.org`);
  const address = value('SITE_ADDRESS')
    .split(/\s*(?:,|\n|\\n)\s*/)
    .filter((line) => line !== '');
  return { name: value('SITE_OPERATOR'), address, email };
}

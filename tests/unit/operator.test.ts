import { describe, expect, it } from 'vitest';
import { operatorFromEnv } from '../../src/site/operator.ts';

const full = {
  SITE_URL: 'https://nebeneinander.example',
  SITE_OPERATOR: 'Beispiel-Redaktion',
  SITE_ADDRESS: 'Beispielweg 1, 00000 Teststadt',
  SITE_EMAIL: 'post@example.org',
};

describe('operatorFromEnv (the imprint)', () => {
  it('reads name, address lines and e-mail for a public build', () => {
    expect(operatorFromEnv(full)).toEqual({ name: 'Beispiel-Redaktion', address: ['Beispielweg 1', '00000 Teststadt'], email: 'post@example.org' });
    expect(operatorFromEnv({ ...full, SITE_ADDRESS: 'c/o X\nBeispielweg 1\n00000 Teststadt' })?.address).toEqual(['c/o X', 'Beispielweg 1', '00000 Teststadt']);
  });

  it('has none for a local preview (no SITE_URL), whatever else is set', () => {
    expect(operatorFromEnv({})).toBeUndefined();
    expect(operatorFromEnv({ ...full, SITE_URL: ' ' })).toBeUndefined();
  });

  it('refuses a public build without them, naming each missing variable', () => {
    expect(() => operatorFromEnv({ SITE_URL: full.SITE_URL })).toThrow(
      /Missing: SITE_OPERATOR \(name of the person or organisation that runs the site\), SITE_ADDRESS \(postal address, lines separated by commas\), SITE_EMAIL \(e-mail address for contact and error reports\)\. See docs\/deploying\.md\.$/,
    );
    expect(() => operatorFromEnv({ ...full, SITE_ADDRESS: '  ' })).toThrow(/Missing: SITE_ADDRESS \(/);
    expect(() => operatorFromEnv({ ...full, SITE_OPERATOR: undefined, SITE_EMAIL: '' })).toThrow(/Missing: SITE_OPERATOR \(.*\), SITE_EMAIL \(/);
  });

  it('refuses an e-mail address that is none', () => {
    expect(() => operatorFromEnv({ ...full, SITE_EMAIL: 'post at example.org' })).toThrow(/^SITE_EMAIL: "post at example.org" is not an e-mail address/);
  });
});

/**
 * Publication dates as texts state them, in the German and English forms the
 * received texts use: „19. Juni 2024“, „Juni 19, 2024“ (German month, English
 * order), „Sep 15, 2023 11:52 Europe/Berlin“, „19.06.2024“, „2024-06-19“.
 * A time and a time zone after the date belong to what the text states.
 * Pure; only real calendar days are returned.
 */

const MONTHS: Record<string, number> = {};
const monthNames: [number, string[]][] = [
  [1, ['januar', 'jänner', 'jan', 'january']],
  [2, ['februar', 'feb', 'february']],
  [3, ['märz', 'mär', 'maerz', 'mar', 'march']],
  [4, ['april', 'apr']],
  [5, ['mai', 'may']],
  [6, ['juni', 'jun', 'june']],
  [7, ['juli', 'jul', 'july']],
  [8, ['august', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'okt', 'oct', 'october']],
  [11, ['november', 'nov']],
  [12, ['dezember', 'dez', 'dec', 'december']],
];
for (const [month, names] of monthNames) for (const name of names) MONTHS[name] = month;

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
/** „, 11:52 Uhr“, „11:52 Europe/Berlin“, „um 9.30 Uhr MESZ“. */
const TIME = String.raw`(?:,?\s+(?:um\s+)?\d{1,2}[:.]\d{2}(?:\s*Uhr)?(?:\s+(?:[A-Z][A-Za-z]+\/[A-Za-z_]+(?:\/[A-Za-z_]+)?|[A-Z]{3,5}|MES?Z)\b)?)?`;

const FORMS: { pattern: RegExp; parts: (match: RegExpExecArray) => [year: string, month: number, day: string] }[] = [
  // 19. Juni 2024
  { pattern: new RegExp(String.raw`\b(\d{1,2})\.\s*${MONTH}\s+(\d{4})${TIME}`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[2]!.toLowerCase()]!, m[1]!] },
  // Juni 19, 2024 / Sep 15, 2023 11:52 Europe/Berlin
  { pattern: new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(\d{1,2}),?\s+(\d{4})${TIME}`, 'iu'), parts: (m) => [m[3]!, MONTHS[m[1]!.toLowerCase()]!, m[2]!] },
  // 2024-06-19
  { pattern: new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})${TIME}`, 'u'), parts: (m) => [m[1]!, Number(m[2]), m[3]!] },
  // 19.06.2024
  { pattern: new RegExp(String.raw`\b(\d{1,2})\.(\d{1,2})\.(\d{4})${TIME}`, 'u'), parts: (m) => [m[3]!, Number(m[2]), m[1]!] },
];

export interface StatedDate {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** The words of the text that state it, verbatim (with time and zone if given). */
  asStated: string;
  /** The text gives a time of day too. */
  withTime: boolean;
}

function isoDay(year: string, month: number, day: string): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The first date stated in `line`, or undefined. */
export function findDate(line: string): StatedDate | undefined {
  let best: { index: number; found: StatedDate } | undefined;
  for (const { pattern, parts } of FORMS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const date = isoDay(...parts(match));
    if (!date) continue;
    const asStated = match[0].trim();
    if (!best || match.index < best.index) best = { index: match.index, found: { date, asStated, withTime: /\d[:.]\d{2}/.test(asStated.replace(/^\d{1,2}\.\d{1,2}\.\d{4}/, '')) } };
  }
  return best?.found;
}

/** A line that is a date and nothing else (a dateline of its own): „Juni 19, 2024“, „Publiziert: 19.06.2024“. */
export function isDateLine(line: string): boolean {
  const found = findDate(line);
  if (!found) return false;
  const rest = line.replace(found.asStated, '').replace(/^\s*(Publiziert|Veröffentlicht|Aktualisiert|Stand|Datum|Published|Updated)\s*:?\s*(am\s*)?/i, '');
  return rest.replace(/[\s,|–-]/g, '') === '';
}

/** The texts exactly as received (content/originals/), by file name. */
const files = import.meta.glob<string>('/content/originals/*.txt', { query: '?raw', import: 'default', eager: true });

export function original(fileName: string): string {
  const text = files[`/content/originals/${fileName}`];
  if (text === undefined) throw new Error(`content/originals/${fileName} is missing`);
  return text;
}

// hyphen is CommonJS without an exports map: Node's ESM loader cannot import its
// folder entry `hyphen/de`, so src/site/hyphenate.ts imports the file itself.
// These are @types/hyphen's typings for it.
declare module 'hyphen/de-1996/index.js' {
  import type { HyphenationFunctionAsync, HyphenationFunctionSync } from 'hyphen';

  const de: { hyphenate: HyphenationFunctionAsync; hyphenateHTML: HyphenationFunctionAsync; hyphenateSync: HyphenationFunctionSync };
  export default de;
}

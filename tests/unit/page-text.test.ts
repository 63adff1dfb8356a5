/**
 * A saved web page as text (src/text/page-text.ts): what a reader sees, one
 * block per line, blocks apart by a blank line; decoded by the charset the
 * page declares.
 */
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodePage, originalText, pageLines, pageText } from '../../src/text/page-text.ts';

describe('pageText', () => {
  it('writes a block per line, a <br> as a line break, inline markup as its text', () => {
    expect(pageText('<h1>Titel</h1><p>Ein <b>fetter</b> und <a href="#">verlinkter</a> Satz.</p><p>Zeile eins<br>Zeile zwei</p>')).toBe(
      'Titel\n\nEin fetter und verlinkter Satz.\n\nZeile eins\nZeile zwei\n',
    );
  });

  it('leaves out what a reader does not see: scripts, styles, hidden elements, form fields, the head', () => {
    const html = '<html><head><title>Kopf</title><style>p{}</style></head><body><script>var x = 1;</script><p hidden>versteckt</p><p aria-hidden="true">auch</p><input value="Feld"><p>Sichtbar</p><noscript>ohne JS</noscript></body></html>';
    expect(pageText(html)).toBe('Sichtbar\n');
  });

  it('collapses whitespace as a browser does, and keeps the lines of <pre>', () => {
    expect(pageText('<p>  viel\n   Raum&nbsp; hier </p><pre>a  b\nc</pre>')).toBe('viel Raum hier\n\na b\nc\n');
  });

  it('says which block a line is in and whether it is all link text', () => {
    expect(pageLines('<ul><li><a href="#">Nur ein Link</a></li></ul><h2>Zwischentitel</h2><p>Text mit <a href="#">Link</a></p>')).toEqual([
      { text: 'Nur ein Link', block: 'LI', linkOnly: true },
      undefined,
      { text: 'Zwischentitel', block: 'H2', linkOnly: false },
      undefined,
      { text: 'Text mit Link', block: 'P', linkOnly: false },
    ]);
  });
});

describe('decoding by the declared charset', () => {
  const latin1 = (html: string) => Buffer.from(html, 'latin1');

  it('reads <meta charset>, <meta http-equiv> and a byte-order mark', () => {
    expect(declaredCharset(latin1('<meta charset="ISO-8859-1"><p>x</p>'))).toBe('iso-8859-1');
    expect(declaredCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(Buffer.from('\uFEFF<p>x</p>', 'utf8'))).toBe('utf-8');
    expect(declaredCharset(latin1('<p>nichts erklärt</p>'))).toBeUndefined();
  });

  it('decodes umlauts in ISO-8859-1 and refuses bytes that are not the declared charset', () => {
    expect(decodePage(latin1('<meta charset="iso-8859-1"><p>Brücke</p>')).html).toContain('Brücke');
    expect(() => decodePage(latin1('<p>Brücke</p>'))).toThrow(/not valid utf-8 as it declares \(it declares no charset/);
    expect(() => decodePage(latin1('<meta charset="klingonisch"><p>x</p>'))).toThrow(/declares the charset "klingonisch"/);
  });

  it('gives a plain text as its UTF-8 text and a page as its text', () => {
    expect(originalText('text.txt', Buffer.from('<p>bleibt</p>\n'))).toBe('<p>bleibt</p>\n');
    expect(originalText('seite.html', latin1('<meta charset="iso-8859-1"><p>Grüße</p>'))).toBe('Grüße\n');
  });
});

import { describe, expect, it } from 'vitest';
import { coverageSentence, formatDate, isoDate } from '../../src/site/format.ts';

describe('coverageSentence', () => {
  it('uses the singular for one text', () => {
    expect(coverageSentence(1, 3, 'zum Vertrag von Pjöngjang')).toBe('1 von 3 Texten zum Vertrag von Pjöngjang berichtet das.');
  });

  it('uses the plural otherwise', () => {
    expect(coverageSentence(2, 2, 'zum Gipfel von Wostotschny')).toBe('2 von 2 Texten zum Gipfel von Wostotschny berichten das.');
    expect(coverageSentence(0, 3, 'zum Vertrag von Pjöngjang')).toBe('0 von 3 Texten zum Vertrag von Pjöngjang berichten das.');
  });

  it('counts a single text in the singular', () => {
    expect(coverageSentence(1, 1, 'zum Vertrag von Pjöngjang')).toBe('1 von 1 Text zum Vertrag von Pjöngjang berichtet das.');
  });

  it('says how many texts appeared before the event, apart from those that do not mention it', () => {
    expect(coverageSentence(1, 3, 'zum Vertrag von Pjöngjang', 0, 2)).toBe(
      '1 von 3 Texten zum Vertrag von Pjöngjang berichtet das. 2 Texte erschienen vor dem Ereignis.',
    );
    expect(coverageSentence(0, 4, 'zum Vertrag von Pjöngjang', 0, 1)).toBe(
      '0 von 4 Texten zum Vertrag von Pjöngjang berichten das. 1 Text erschien vor dem Ereignis.',
    );
  });

  it('adds texts about the other event that report it all the same', () => {
    expect(coverageSentence(3, 3, 'zum Vertrag von Pjöngjang', 1)).toBe(
      '3 von 3 Texten zum Vertrag von Pjöngjang berichten das. Außerdem berichtet es 1 Text zu einem anderen Ereignis.',
    );
    expect(coverageSentence(1, 2, 'zum Gipfel von Wostotschny', 2)).toBe(
      '1 von 2 Texten zum Gipfel von Wostotschny berichtet das. Außerdem berichten es 2 Texte zu einem anderen Ereignis.',
    );
  });
});

describe('dates', () => {
  it('formats a UTC calendar day in German and as ISO, whatever the machine time zone', () => {
    const day = new Date('2024-06-19T00:00:00Z');
    expect(formatDate(day)).toBe('19. Juni 2024');
    expect(isoDate(day)).toBe('2024-06-19');
  });
});

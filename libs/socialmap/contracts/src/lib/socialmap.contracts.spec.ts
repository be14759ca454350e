import { formatPostcodeAreas, parsePostcodeAreas } from './socialmap.contracts';

describe('postcode areas as admins write them', () => {
  it('reads single areas and ranges, separated by spaces or |', () => {
    expect(parsePostcodeAreas('2311-2313 2341|2801')).toEqual([2311, 2312, 2313, 2341, 2801]);
  });

  it('reads empty text as the whole country (no areas)', () => {
    expect(parsePostcodeAreas('  ')).toEqual([]);
  });

  it.each(['231', '2312 AB', '2313-2311', '1000-2500', '0123'])('refuses "%s"', (text) => {
    expect(parsePostcodeAreas(text)).toBeNull();
  });

  it('writes neighbours as ranges and reads back the same areas', () => {
    const areas = [2341, 2311, 2312, 2313, 2801];
    expect(formatPostcodeAreas(areas)).toBe('2311-2313 2341 2801');
    expect(parsePostcodeAreas(formatPostcodeAreas(areas))).toEqual([2311, 2312, 2313, 2341, 2801]);
  });
});

import { isValidPostcode, parsePostcode } from './postcode';

describe('parsePostcode', () => {
  it.each([
    ['2312AB', '2312 AB', 2312],
    ['2312 ab', '2312 AB', 2312],
    ['  9999zz ', '9999 ZZ', 9999],
    ['1000 AA', '1000 AA', 1000],
  ])('reads %p as %p', (input, formatted, digits) => {
    expect(parsePostcode(input)).toEqual({ formatted, digits });
  });

  it.each(['', '0999 AA', '2312', '2312 A', '2312  AB', '2312 A1', '23122 AB', '2312 SA', '2312 sd', '2312 SS'])('rejects %p', (input) => {
    expect(isValidPostcode(input)).toBe(false);
  });
});

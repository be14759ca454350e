import { nameWords, redactRemark } from './remark-redaction';

describe('remarks without names', () => {
  const names = nameWords(['Sanne de Vries', 'Youssef Amrani', 'Anne-Marie van der Berg', null, 'J. Bakker']);

  it('collects the name words without particles and initials', () => {
    expect([...names].sort()).toEqual(['amrani', 'anne', 'bakker', 'berg', 'marie', 'sanne', 'vries', 'youssef']);
  });

  it('replaces every known name word, whatever its case, and keeps the rest', () => {
    expect(redactRemark('Youssef hielp mij goed, beter dan die van YOUSSEF amrani ooit.', names)).toBe(
      '[…] hielp mij goed, beter dan die van […] […] ooit.',
    );
    expect(redactRemark('Anne-Marie was aardig; ik ben Sanne de Vries', names)).toBe('[…]-[…] was aardig; ik ben […] de […]');
  });

  it('does not replace a name inside a longer word', () => {
    expect(redactRemark('De bergen werk waren voorbij', names)).toBe('De bergen werk waren voorbij');
  });

  it('replaces e-mail addresses and phone numbers', () => {
    expect(redactRemark('Mail mij op iemand@example.nl of bel 06-12345678 of +31 6 1234 5678.', names)).toBe(
      'Mail mij op […] of bel […] of […].',
    );
  });

  it('keeps short numbers like scores and dates', () => {
    expect(redactRemark('Ik geef een 8, gesprek op 12 maart', names)).toBe('Ik geef een 8, gesprek op 12 maart');
  });
});

import { forumFlags } from './forum-flags';

describe('forumFlags', () => {
  it('publishes a kind, ordinary post (with emoji) without flags', () => {
    expect(forumFlags('Bedankt voor je tip! Ik ga het morgen proberen 😊 Bel 113 als het niet gaat.')).toEqual([]);
  });

  it.each([
    ['phone', 'Bel me gerust op 06-12345678'],
    ['phone', 'Mijn nummer is +31 71 123 4567'],
    ['email', 'Mail me: sanne.devries@example.nl'],
    ['word', 'Wat een KLOOTZAK is die man'],
    ['word', 'Mijn BSN staat op de brief'],
    ['crisis', 'Soms denk ik aan zelfmoord'],
    ['crisis', 'Ik wil niet meer leven.'],
    ['crisis', 'Ik denk erover er een eind aan te maken... nee: er een eind aan maken'],
    ['crisis', 'suïcide'],
  ])('flags %s in "%s"', (flag, text) => {
    expect(forumFlags(text)).toContain(flag);
  });

  it('does not flag a date, an amount or a word that merely contains a listed word', () => {
    expect(forumFlags('Op 12-12-2026 betaal ik € 1.250,00 terug. Een kuttervoetbal? Nee: kutter.')).toEqual([]);
    expect(forumFlags('Ik zag een mooie film over de dood van een koning.')).toEqual([]);
  });
});

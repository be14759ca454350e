import { callTextForDossier, guestLabel } from './video-text';

describe('the text of a call as the dossier keeps it', () => {
  const names = { client: 'Sanne de Vries', worker: 'Youssef Amrani', guest: 'Amira (tolk)' };

  it('has a heading with the day and time of the call, then the lines in time order, signed with names and Dutch times', () => {
    const text = callTextForDossier(
      new Date('2026-03-02T14:00:00Z'),
      [
        { from: 'client', body: ' Dank je, tot dan. ', at: '2026-03-02T14:21:00Z' },
        { from: 'worker', body: 'Het adres van de schuldhulp is Stationsweg 12.', at: '2026-03-02T14:19:30Z' },
        { from: 'guest', body: 'Ik vertaal het straks ook op papier.', at: '2026-03-02T14:20:00Z' },
      ],
      names,
    );
    expect(text).toBe(
      [
        'Tekst uit het videogesprek van maandag 2 maart 15:00',
        '',
        '15:19 Youssef Amrani: Het adres van de schuldhulp is Stationsweg 12.',
        '15:20 Amira (tolk): Ik vertaal het straks ook op papier.',
        '15:21 Sanne de Vries: Dank je, tot dan.',
      ].join('\n'),
    );
  });

  it('names a guest by first name and what they are, or just "Gast"', () => {
    expect(guestLabel({ first_name: 'Amira', kind: 'interpreter' })).toBe('Amira (tolk)');
    expect(guestLabel({ first_name: 'Bas', kind: 'colleague' })).toBe('Bas (collega)');
    expect(guestLabel(undefined)).toBe('Gast');
  });
});

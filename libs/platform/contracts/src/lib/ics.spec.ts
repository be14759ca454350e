import { icsFold, icsText, toIcs } from './ics';

describe('iCalendar writer (RFC 5545)', () => {
  const event = {
    uid: 'sessie-1@nabij.nl',
    start: new Date('2026-12-08T18:30:00Z'),
    end: new Date('2026-12-08T20:30:00Z'),
    stamp: new Date('2026-12-01T10:00:00Z'),
    summary: 'Grip op geld, bijeenkomst 1',
    location: 'Zaal 2, Breestraat 10; Leiden',
  };

  it('writes one VEVENT in a VCALENDAR with UTC times and CRLF line ends', () => {
    const ics = toIcs([event]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics).toContain('\r\nDTSTART:20261208T183000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20261208T203000Z\r\n');
    expect(ics).toContain('\r\nUID:sessie-1@nabij.nl\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(icsText('Zaal 2, Breestraat 10; Leiden\nbel aan\\')).toBe('Zaal 2\\, Breestraat 10\\; Leiden\\nbel aan\\\\');
    expect(toIcs([event])).toContain('LOCATION:Zaal 2\\, Breestraat 10\\; Leiden');
  });

  it('folds lines longer than 75 octets without splitting a character', () => {
    const long = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = icsFold(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
  });
});

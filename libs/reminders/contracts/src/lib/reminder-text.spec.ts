import { normaliseMobile } from './reminders.contracts';
import { reminderLine, reminderMail } from './reminder-text';

describe('reminder text', () => {
  it('says "morgen" a day ahead and "vandaag" the same Amsterdam day, in Amsterdam time', () => {
    const starts = new Date('2026-03-04T13:00:00Z'); // 14:00 in Amsterdam (winter time)
    expect(reminderLine(starts, new Date('2026-03-03T13:00:00Z'))).toBe('Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.');
    expect(reminderLine(starts, new Date('2026-03-04T11:00:00Z'))).toBe('Je hebt vandaag om 14:00 een afspraak. Kijk in Nabij.');
    expect(reminderLine(new Date('2026-07-01T12:30:00Z'), new Date('2026-06-30T12:30:00Z'), 'en')).toBe(
      'You have an appointment tomorrow at 14:30. Look in Nabij.',
    );
  });

  it('counts days in Amsterdam: 00:30 the next morning is "morgen" even when sent at 22:30 the evening before', () => {
    // 23:30 UTC on 3 March is 00:30 on 4 March in Amsterdam; two hours before is 22:30 on 3 March.
    expect(reminderLine(new Date('2026-03-03T23:30:00Z'), new Date('2026-03-03T21:30:00Z'))).toBe(
      'Je hebt morgen om 00:30 een afspraak. Kijk in Nabij.',
    );
  });

  it('names the day when the appointment is further away, and mails only the line and where to look', () => {
    expect(reminderLine(new Date('2026-03-06T09:00:00Z'), new Date('2026-03-03T09:00:00Z'))).toBe(
      'Je hebt vrijdag 6 maart om 10:00 een afspraak. Kijk in Nabij.',
    );
    const mail = reminderMail(new Date('2026-03-04T13:00:00Z'), new Date('2026-03-03T13:00:00Z'), 'https://nabij.example');
    expect(mail.subject).toBe('Herinnering: je hebt een afspraak');
    expect(mail.text).toBe(
      'Je hebt morgen om 14:00 een afspraak. Kijk in Nabij.\n\nLog in op Nabij om je afspraak te zien, af te zeggen of te verzetten: https://nabij.example/login\n',
    );
  });
});

describe('normaliseMobile', () => {
  it.each([
    ['06 12345678', '+31612345678'],
    ['06-1234 5678', '+31612345678'],
    ['+31 6 1234 5678', '+31612345678'],
    ['0031612345678', '+31612345678'],
    ['(06) 12 34 56 78', '+31612345678'],
  ])('reads %s as %s', (input, expected) => expect(normaliseMobile(input)).toBe(expected));

  it.each(['071 5123456', '0612345', '06123456789', 'bel mij', '+32 470 12 34 56', ''])('refuses %s', (input) =>
    expect(normaliseMobile(input)).toBeNull(),
  );
});

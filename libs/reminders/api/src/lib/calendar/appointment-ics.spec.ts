import type { AppointmentWithCase } from '@nabij/dossier/api';
import { amsterdamIcsTime, appointmentIcs } from './appointment-ics';

const appointment = (over: Partial<AppointmentWithCase> = {}): AppointmentWithCase => ({
  appointmentId: '6b0a8a43-8a3c-4a43-9a57-0b8f3e1c0d11',
  caseId: 'c',
  kind: 'phone',
  startsAt: new Date('2026-10-25T00:30:00Z'),
  durationMinutes: 60,
  status: 'planned',
  organisationId: 'o',
  clientId: 'client',
  assignedWorkerId: 'w',
  usesOnlineDossier: true,
  caseClosed: false,
  clientName: 'Sanne de Vries',
  workerName: 'Fatima; de Wit',
  ...over,
});

describe('appointment .ics', () => {
  it('writes Amsterdam wall-clock times, also across the change to winter time', () => {
    // 25 October 2026, 00:30 UTC = 02:30 summer time; 01:30 UTC = 02:30 winter time.
    expect(amsterdamIcsTime(new Date('2026-10-25T00:30:00Z'))).toBe('20261025T023000');
    expect(amsterdamIcsTime(new Date('2026-10-25T01:30:00Z'))).toBe('20261025T023000');
    expect(amsterdamIcsTime(new Date('2026-03-04T13:00:00Z'))).toBe('20260304T140000');
  });

  it('is a CRLF VCALENDAR with the zone, escaped text, no client name and CANCELLED for a cancelled one', () => {
    const ics = appointmentIcs(appointment({ status: 'cancelled' }), new Date('2026-10-01T08:00:00Z'), 'https://nabij.example');
    const lines = ics.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('TZID:Europe/Amsterdam');
    expect(lines).toContain('DTSTAMP:20261001T080000Z');
    expect(lines).toContain('DTSTART;TZID=Europe/Amsterdam:20261025T023000');
    expect(lines).toContain('DTEND;TZID=Europe/Amsterdam:20261025T023000');
    expect(lines).toContain('SUMMARY:Afspraak in Nabij: telefoongesprek met Fatima\\; de Wit');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('Sanne');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

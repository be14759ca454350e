import { Injectable, NotFoundException } from '@nestjs/common';
import { Clock } from '@nabij/platform/api';
import { ContactType, DEFAULT_CONTACT_MINUTES, MAX_ENTRY_MINUTES, PrefillSource, TimeEntry } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { TimeEntryChangeEntity, TimeEntryEntity } from './time-entry.entities';
import { dutchToday, toTimeEntry } from './time-rules';

export interface PrefillInput {
  source: PrefillSource;
  /** The id of the chat session, sent message, homework feedback or appointment. */
  sourceId: string;
  workerId: string;
  caseId: string;
  /** The day of the contact; defaults to today (Dutch calendar day). */
  occurredOn?: string;
  /** Defaults per source: chat → chat, message → message, homework → homework_feedback, appointment → face_to_face. */
  contactType?: ContactType;
  /** E.g. a chat's real duration; defaults to the organisation's default minutes for the contact type. */
  minutes?: number;
}

const CONTACT_OF_SOURCE: Record<PrefillSource, ContactType> = {
  chat: 'chat',
  message: 'message',
  homework: 'homework_feedback',
  appointment: 'face_to_face',
};

/**
 * Runs when a contact happened (chat ended, reply sent, feedback given, appointment held): the
 * ContactOccurred event's handler calls it. The entry waits for the worker to confirm or correct
 * it. Calling it twice for the same source id registers nothing new — no double registration.
 */
@Injectable()
export class TimePrefillService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async prefill(input: PrefillInput, manager?: EntityManager): Promise<{ entry: TimeEntry; created: boolean }> {
    const db = manager ?? this.dataSource.manager;
    const contactType = input.contactType ?? CONTACT_OF_SOURCE[input.source];
    // Given minutes (a chat's real duration) win; else the organisation's setting; else built-in.
    const given = input.minutes === undefined ? null : Math.min(MAX_ENTRY_MINUTES, Math.max(1, Math.round(input.minutes)));
    const builtIn = DEFAULT_CONTACT_MINUTES[contactType] ?? 15;
    const now = this.clock.now();
    const occurredOn = input.occurredOn ?? dutchToday(now);
    const inserted: Array<{ id: string; minutes: number }> = await db.query(
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, source_id, status, created_at, updated_at)
       SELECT c.organisation_id, $2, c.id, $3,
              coalesce($4::int, (SELECT d.minutes FROM time_contact_default d WHERE d.organisation_id = c.organisation_id AND d.contact_type = $3), $9::int),
              $5, $6, $7, 'to_confirm', $8, $8
         FROM care_case c WHERE c.id = $1
       ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO NOTHING
       RETURNING id, minutes`,
      [input.caseId, input.workerId, contactType, given, occurredOn, input.source, input.sourceId, now, builtIn],
    );
    if (inserted.length) {
      await db.getRepository(TimeEntryChangeEntity).insert({
        timeEntryId: inserted[0].id,
        changedBy: null,
        changedAt: now,
        action: 'prefill',
        oldValues: null,
        newValues: {
          caseId: input.caseId,
          contactType,
          minutes: inserted[0].minutes,
          occurredOn,
          status: 'to_confirm',
          source: input.source,
          sourceId: input.sourceId,
        },
      });
    }
    const entry = await db.getRepository(TimeEntryEntity).findOneBy({ source: input.source, sourceId: input.sourceId });
    if (!entry) throw new NotFoundException('The case for this contact does not exist.');
    return { entry: toTimeEntry(entry, now), created: inserted.length > 0 };
  }
}

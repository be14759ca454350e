import { Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import { Clock } from '@nabij/platform/api';
import {
  ContactType,
  DEFAULT_CONTACT_MINUTES,
  MAX_ENTRY_MINUTES,
  PrefillSource,
  REPORT_LINE_SUFFIX,
  REPORT_LINE_TYPES,
  TimeEntry,
} from '@nabij/time/contracts';
import { EntityManager } from 'typeorm';
import { ConversationLimitRepository } from './conversation-limit.repository';
import { TimeEntriesRepository } from './time-entries.repository';
import { dutchToday, toTimeEntry } from './time-rules';

export interface PrefillInput {
  source: PrefillSource;
  /** The id of the chat session, sent message, homework feedback or appointment. */
  sourceId: string;
  workerId: string;
  /** Null for a contact without a case yet (an anonymous chat); then `organisationId` is required. */
  caseId: string | null;
  organisationId?: string;
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
  outreach: 'phone',
  group_session: 'group_training',
};

/**
 * Runs when a contact happened (chat ended, reply sent, feedback given, appointment held): the
 * ContactOccurred event's handler calls it. The entry waits for the worker to confirm or correct
 * it. Calling it twice for the same source id registers nothing new — no double registration.
 */
@Injectable()
export class TimePrefillService {
  constructor(
    private readonly repository: TimeEntriesRepository,
    private readonly reportLines: ConversationLimitRepository,
    private readonly cases: CaseLookupService,
    private readonly clock: Clock,
  ) {}

  async prefill(input: PrefillInput, manager?: EntityManager): Promise<{ entry: TimeEntry; created: boolean }> {
    const contactType = input.contactType ?? CONTACT_OF_SOURCE[input.source];
    // Given minutes (a chat's real duration) win; else the organisation's setting; else built-in.
    const given = input.minutes === undefined ? null : Math.min(MAX_ENTRY_MINUTES, Math.max(1, Math.round(input.minutes)));
    const builtIn = DEFAULT_CONTACT_MINUTES[contactType] ?? 15;
    const now = this.clock.now();
    const occurredOn = input.occurredOn ?? dutchToday(now);
    // The case's organisation (dossier owns care_case); an unknown case, no entry (404 below).
    const careCase = input.caseId ? await this.cases.caseById(input.caseId, manager) : null;
    const organisationId = input.caseId ? careCase?.organisationId : input.organisationId;
    // A contact without a case that is now linked to one (an anonymous chat): its entry moves there.
    if (careCase && input.caseId) await this.moveToCase(input, input.caseId, careCase.organisationId, now, manager);
    const inserted =
      organisationId &&
      (await this.repository.insertPrefill(
        {
          caseId: input.caseId,
          organisationId,
          workerId: input.workerId,
          contactType,
          minutes: given,
          builtInMinutes: builtIn,
          occurredOn,
          source: input.source,
          sourceId: input.sourceId,
          now,
        },
        manager,
      ));
    if (inserted) {
      await this.recordPrefill(inserted, input, contactType, occurredOn, input.sourceId, now, manager);
      // "1 uur gesprek + 1 uur verslag": the organisation's report line, prefilled with the contact (once).
      if (organisationId && input.caseId) await this.prefillReportLine(input, organisationId, contactType, occurredOn, now, manager);
    }
    const entry = await this.repository.entryBySource(input.source, input.sourceId, manager);
    if (!entry) throw new NotFoundException({ message: 'The case for this contact does not exist.', code: 'time.case_contact_not' });
    return { entry: toTimeEntry(entry, now), created: !!inserted };
  }

  /**
   * The second line of a contact type with report minutes set by the organisation: contact type
   * `report`, the same source with the source id plus REPORT_LINE_SUFFIX, so it is registered once
   * (a repeated event, or a line the worker removed, never comes back). The worker confirms, changes
   * or removes it like any prefilled entry.
   */
  private async prefillReportLine(
    input: PrefillInput,
    organisationId: string,
    contactType: ContactType,
    occurredOn: string,
    now: Date,
    manager?: EntityManager,
  ): Promise<void> {
    if (!(REPORT_LINE_TYPES as readonly string[]).includes(contactType)) return;
    const minutes = await this.reportLines.reportLineMinutes(organisationId, contactType, manager);
    if (minutes === null) return;
    const sourceId = `${input.sourceId}${REPORT_LINE_SUFFIX}`;
    const inserted = await this.repository.insertPrefill(
      {
        caseId: input.caseId,
        organisationId,
        workerId: input.workerId,
        contactType: 'report',
        minutes,
        builtInMinutes: minutes,
        occurredOn,
        source: input.source,
        sourceId,
        now,
      },
      manager,
    );
    if (inserted) await this.recordPrefill(inserted, input, 'report', occurredOn, sourceId, now, manager);
  }

  private async recordPrefill(
    inserted: { id: string; minutes: number },
    input: PrefillInput,
    contactType: ContactType,
    occurredOn: string,
    sourceId: string,
    now: Date,
    manager?: EntityManager,
  ): Promise<void> {
    await this.repository.insertChange(
      {
        timeEntryId: inserted.id,
        changedBy: null,
        changedAt: now,
        action: 'prefill',
        oldValues: null,
        newValues: {
          caseId: input.caseId,
          contactType,
          minutes: inserted.minutes,
          occurredOn,
          status: 'to_confirm',
          source: input.source,
          sourceId,
        },
      },
      manager,
    );
  }

  private async moveToCase(input: PrefillInput, caseId: string, organisationId: string, now: Date, manager?: EntityManager): Promise<void> {
    const moved = await this.repository.moveToCase(input.source, input.sourceId, caseId, organisationId, now, manager);
    if (!moved) return;
    await this.repository.insertChange(
      { timeEntryId: moved.id, changedBy: null, changedAt: now, action: 'update', oldValues: { caseId: null }, newValues: { caseId } },
      manager,
    );
  }
}

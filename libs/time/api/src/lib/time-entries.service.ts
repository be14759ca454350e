import { CaseLookupService } from '@nabij/dossier/api';
import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuthUser, Clock } from '@nabij/platform/api';
import { isNonClientContact, TimeEntry, TimeEntryChange, UNLOCK_DAYS } from '@nabij/time/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ConfirmTimeEntryDto, CreateTimeEntryDto, TimeRangeQueryDto, UpdateTimeEntryDto } from './dto/time-entry.dto';
import { ConversationLimitService, isConversation } from './conversation-limit.service';
import { TimeEntriesRepository } from './time-entries.repository';
import { TimeEntryEntity } from './time-entry.entities';
import { dutchToday, isLocked, toTimeEntry } from './time-rules';

const DAY_MS = 86_400_000;
const TRACKED = ['caseId', 'contactType', 'minutes', 'occurredOn', 'status', 'unlockedUntil', 'deletedAt'] as const;

function snapshot(e: Partial<TimeEntryEntity>, fields: readonly string[] = TRACKED): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, (e as Record<string, unknown>)[f] ?? null]));
}

/** A worker's own time entries: register, correct within 14 days, confirm prefills, delete. */
@Injectable()
export class TimeEntriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TimeEntriesRepository,
    private readonly cases: CaseLookupService,
    private readonly accounts: AccountDirectoryService,
    private readonly limits: ConversationLimitService,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser, range: TimeRangeQueryDto): Promise<TimeEntry[]> {
    const rows = await this.repository.listOfWorker(user.id, range.from, range.to);
    const now = this.clock.now();
    return rows.map((e) => toTimeEntry(e, now));
  }

  async create(user: AuthUser, dto: CreateTimeEntryDto): Promise<TimeEntry> {
    this.assertNotFuture(dto.occurredOn);
    const caseId = dto.caseId ?? null;
    await this.assertCaseFits(user, dto.contactType, caseId);
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      // One conversation more than the case may have is refused (409) until the team lead approves more.
      if (caseId) await this.limits.assertRoomFor(caseId, dto.contactType, db);
      const entry = await this.repository.insertEntry(
        {
          organisationId: user.organisationId!,
          workerId: user.id,
          caseId,
          contactType: dto.contactType,
          minutes: dto.minutes,
          occurredOn: dto.occurredOn,
          source: 'manual',
          sourceId: null,
          status: 'confirmed',
          createdAt: now,
          updatedAt: now,
          unlockedUntil: null,
          deletedAt: null,
        },
        db,
      );
      await this.record(db, entry.id, user.id, 'create', null, snapshot(entry));
      return toTimeEntry(entry, now);
    });
  }

  async update(user: AuthUser, id: string, dto: UpdateTimeEntryDto): Promise<TimeEntry> {
    if (dto.occurredOn) this.assertNotFuture(dto.occurredOn);
    return this.change(user, id, 'update', async (entry, db) => {
      if (dto.contactType && isNonClientContact(dto.contactType) !== isNonClientContact(entry.contactType)) {
        throw new BadRequestException({
          message: 'A contact with a client and non-client time cannot be swapped; delete this entry and register a new one.',
          fields: { contactType: ['must stay a client contact for an entry on a case, and non-client time otherwise'] },
        });
      }
      // Turning another contact into a conversation counts against the case's limit too.
      if (dto.contactType && entry.caseId && isConversation(dto.contactType) && !isConversation(entry.contactType))
        await this.limits.assertRoomFor(entry.caseId, dto.contactType, db);
      return { ...dto };
    });
  }

  /** Confirms a prefilled entry, optionally with corrected minutes. */
  confirm(user: AuthUser, id: string, dto: ConfirmTimeEntryDto): Promise<TimeEntry> {
    return this.change(user, id, 'confirm', async () => ({
      status: 'confirmed' as const,
      ...(dto.minutes ? { minutes: dto.minutes } : {}),
    }));
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.change(user, id, 'delete', async () => ({ deletedAt: this.clock.now() }));
  }

  async history(user: AuthUser, id: string): Promise<TimeEntryChange[]> {
    await this.visibleEntry(user, id);
    const rows = await this.repository.changesOf(id);
    return rows.map((c) => ({
      action: c.action,
      changedBy: c.changedBy,
      changedAt: c.changedAt.toISOString(),
      oldValues: c.oldValues,
      newValues: c.newValues,
    }));
  }

  /** A team lead reopens a locked entry of a worker in their team for UNLOCK_DAYS days. */
  async unlock(lead: AuthUser, id: string): Promise<TimeEntry> {
    const entry = await this.visibleEntry(lead, id);
    const now = this.clock.now();
    const unlockedUntil = new Date(now.getTime() + UNLOCK_DAYS * DAY_MS);
    return this.dataSource.transaction(async (db) => {
      await this.repository.updateEntry(id, { unlockedUntil, updatedAt: now }, db);
      await this.record(db, id, lead.id, 'unlock', { unlockedUntil: entry.unlockedUntil }, { unlockedUntil });
      return toTimeEntry({ ...entry, unlockedUntil, updatedAt: now }, now);
    });
  }

  /** Applies a change to the caller's own, unlocked entry and keeps the old values. */
  private async change(
    user: AuthUser,
    id: string,
    action: 'update' | 'confirm' | 'delete',
    patchOf: (entry: TimeEntryEntity, db: EntityManager) => Promise<Partial<TimeEntryEntity>>,
  ): Promise<TimeEntry> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (db) => {
      const entry = await this.repository.lockOwnEntry(id, user.id, db);
      if (!entry)
        throw new NotFoundException({ message: 'This time entry does not exist or is not yours.', code: 'time.time_entry_not_2' });
      if (isLocked(entry, now)) {
        throw new ConflictException({
          message: 'This entry is older than 14 days and locked. Ask your team lead to unlock it.',
          code: 'time.entry_locked',
        });
      }
      const patch = await patchOf(entry, db);
      const fields = Object.keys(patch).filter((k) => (patch as Record<string, unknown>)[k] !== undefined);
      await this.repository.updateEntry(id, { ...patch, updatedAt: now }, db);
      await this.record(db, id, user.id, action, snapshot(entry, fields), snapshot(patch, fields));
      return toTimeEntry({ ...entry, ...patch, updatedAt: now }, now);
    });
  }

  /** The worker's own entry, or for a team lead an entry of someone in their team (identity's directory). */
  private async visibleEntry(user: AuthUser, id: string): Promise<TimeEntryEntity> {
    const workerIds = [user.id];
    const teamId = user.role === 'team_lead' && user.organisationId ? (await this.accounts.byId(user.id))?.teamId : null;
    if (teamId && user.organisationId) {
      const team = await this.accounts.accountsOf(user.organisationId, ['worker', 'team_lead', 'admin'], { teamId });
      workerIds.push(...team.map((a) => a.id));
    }
    const entry = await this.repository.entryOfWorkers(id, user.organisationId, workerIds);
    if (!entry)
      throw new NotFoundException({ message: 'This time entry does not exist or is not visible to you.', code: 'time.time_entry_not' });
    return entry;
  }

  private assertNotFuture(occurredOn: string): void {
    if (occurredOn > dutchToday(this.clock.now())) {
      throw new BadRequestException({
        message: 'Time cannot be registered for a day in the future.',
        fields: { occurredOn: ['must not be in the future'] },
      });
    }
  }

  /** Client contacts need a case assigned to the worker; non-client time has none. */
  private async assertCaseFits(user: AuthUser, contactType: CreateTimeEntryDto['contactType'], caseId: string | null): Promise<void> {
    if (isNonClientContact(contactType)) {
      if (caseId)
        throw new BadRequestException({
          message: 'Non-client time is not registered on a case.',
          fields: { caseId: ['must be left out for non-client time'] },
        });
      return;
    }
    if (!caseId)
      throw new BadRequestException({
        message: 'A contact with a client is registered on a case.',
        fields: { caseId: ['is required for a client contact'] },
      });
    if (!(await this.cases.caseOfWorker(caseId, user.id, user.organisationId)))
      throw new NotFoundException({ message: 'This case does not exist or is not assigned to you.', code: 'time.case_not_exist' });
  }

  private async record(
    db: EntityManager,
    entryId: string,
    by: string | null,
    action: TimeEntryChange['action'],
    oldValues: Record<string, unknown> | null,
    newValues: Record<string, unknown> | null,
  ): Promise<void> {
    await this.repository.insertChange(
      { timeEntryId: entryId, changedBy: by, changedAt: this.clock.now(), action, oldValues, newValues },
      db,
    );
  }
}

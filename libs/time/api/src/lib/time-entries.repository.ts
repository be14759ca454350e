import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ContactDefaults, ContactType, PrefillSource } from '@nabij/time/contracts';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { TimeEntryChangeEntity, TimeEntryEntity } from './time-entry.entities';

export interface PrefillRow {
  /** Null for a contact without a case yet (an anonymous chat). */
  caseId: string | null;
  /** The case's organisation (or the named one without a case): the entry is that organisation's. */
  organisationId: string;
  workerId: string;
  contactType: ContactType;
  /** Given minutes, or null for the organisation's default (else `builtInMinutes`). */
  minutes: number | null;
  builtInMinutes: number;
  occurredOn: string;
  source: PrefillSource;
  sourceId: string;
  now: Date;
}

export interface WeekDayRow {
  day: string;
  minutes: number;
  client: number;
}

type NewTimeEntry = Omit<TimeEntryEntity, 'id'>;
type NewTimeEntryChange = Omit<TimeEntryChangeEntity, 'id'>;

/**
 * Every SQL statement of time registration: entries, their change history and the organisation's
 * contact defaults. Methods that take an `EntityManager` run in the caller's transaction (and its
 * row locks); without one they use the pool.
 */
@Injectable()
export class TimeEntriesRepository {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(TimeEntryEntity) private readonly entries: Repository<TimeEntryEntity>,
    @InjectRepository(TimeEntryChangeEntity) private readonly changes: Repository<TimeEntryChangeEntity>,
  ) {}

  /** The worker's not deleted entries between two days (inclusive), oldest first. */
  listOfWorker(workerId: string, from: string, to: string): Promise<TimeEntryEntity[]> {
    return this.entries
      .createQueryBuilder('e')
      .where('e.worker_id = :worker AND e.deleted_at IS NULL AND e.occurred_on BETWEEN :from AND :to', { worker: workerId, from, to })
      .orderBy('e.occurred_on', 'ASC')
      .addOrderBy('e.created_at', 'ASC')
      .getMany();
  }

  insertEntry(values: NewTimeEntry, manager: EntityManager): Promise<TimeEntryEntity> {
    const repo = manager.getRepository(TimeEntryEntity);
    return repo.save(repo.create(values));
  }

  async updateEntry(id: string, patch: Partial<TimeEntryEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(TimeEntryEntity).update(id, patch);
  }

  /** The worker's own not deleted entry, locked (FOR UPDATE) in the caller's transaction. */
  lockOwnEntry(id: string, workerId: string, manager: EntityManager): Promise<TimeEntryEntity | null> {
    return manager
      .getRepository(TimeEntryEntity)
      .findOne({ where: { id, workerId, deletedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });
  }

  /** An entry (deleted ones too) of the organisation by one of these workers: the viewer, and a team lead's team. */
  entryOfWorkers(id: string, organisationId: string | null, workerIds: string[]): Promise<TimeEntryEntity | null> {
    return this.entries
      .createQueryBuilder('e')
      .where('e.id = :id AND e.organisation_id = :org', { id, org: organisationId })
      .andWhere('e.worker_id = ANY(:workers::uuid[])', { workers: workerIds })
      .getOne();
  }

  changesOf(entryId: string): Promise<TimeEntryChangeEntity[]> {
    return this.changes.find({ where: { timeEntryId: entryId }, order: { id: 'ASC' } });
  }

  /** A history row, in the caller's transaction when given (the event handler's for a prefill). */
  async insertChange(values: NewTimeEntryChange, manager?: EntityManager): Promise<void> {
    const repo = (manager ?? this.dataSource.manager).getRepository(TimeEntryChangeEntity);
    await repo.save(repo.create(values));
  }

  /**
   * Inserts a prefilled entry for the case's organisation unless one exists for the source id
   * (ON CONFLICT DO NOTHING: no double registration). Returns the new row, or nothing.
   */
  async insertPrefill(row: PrefillRow, manager?: EntityManager): Promise<{ id: string; minutes: number } | undefined> {
    const db = manager ?? this.dataSource.manager;
    const inserted: Array<{ id: string; minutes: number }> = await db.query(
      `INSERT INTO time_entry (organisation_id, worker_id, case_id, contact_type, minutes, occurred_on, source, source_id, status, created_at, updated_at)
       SELECT $10::uuid, $2, $1, $3,
              coalesce($4::int, (SELECT d.minutes FROM time_contact_default d WHERE d.organisation_id = $10 AND d.contact_type = $3), $9::int),
              $5, $6, $7, 'to_confirm', $8, $8
       ON CONFLICT (source, source_id) WHERE source_id IS NOT NULL DO NOTHING
       RETURNING id, minutes`,
      [
        row.caseId,
        row.workerId,
        row.contactType,
        row.minutes,
        row.occurredOn,
        row.source,
        row.sourceId,
        row.now,
        row.builtInMinutes,
        row.organisationId,
      ],
    );
    return inserted[0];
  }

  /**
   * Moves a prefilled entry that has no case yet (an anonymous chat) to the case it was linked to,
   * within the organisation; answers the moved row's id, or nothing when it had a case already.
   */
  async moveToCase(
    source: PrefillSource,
    sourceId: string,
    caseId: string,
    organisationId: string,
    now: Date,
    manager?: EntityManager,
  ): Promise<{ id: string } | undefined> {
    const db = manager ?? this.dataSource.manager;
    const [rows]: [Array<{ id: string }>, number] = await db.query(
      `UPDATE time_entry SET case_id = $3, updated_at = $5
        WHERE source = $1 AND source_id = $2 AND case_id IS NULL AND organisation_id = $4
        RETURNING id`,
      [source, sourceId, caseId, organisationId, now],
    );
    return rows[0];
  }

  entryBySource(source: PrefillSource, sourceId: string, manager?: EntityManager): Promise<TimeEntryEntity | null> {
    const db = manager ?? this.dataSource.manager;
    return db.getRepository(TimeEntryEntity).findOneBy({ source, sourceId });
  }

  /** Minutes per day of the week (every day, zero when empty) and the client-bound part. */
  weekDays(workerId: string, start: string, end: string): Promise<WeekDayRow[]> {
    return this.dataSource.query(
      `SELECT to_char(d, 'YYYY-MM-DD') AS day,
              coalesce(sum(e.minutes), 0)::int AS minutes,
              -- Client-bound: every contact with a client, also an anonymous chat that has no case yet.
              coalesce(sum(e.minutes) FILTER (WHERE e.contact_type NOT IN ('preparation', 'consultation', 'group_training')), 0)::int AS client
         FROM generate_series($2::date, $3::date, interval '1 day') AS d
         LEFT JOIN time_entry e ON e.worker_id = $1 AND e.occurred_on = d::date AND e.deleted_at IS NULL
        GROUP BY d ORDER BY d`,
      [workerId, start, end],
    );
  }

  toConfirmOf(workerId: string): Promise<TimeEntryEntity[]> {
    return this.entries.find({
      where: { workerId, status: 'to_confirm', deletedAt: IsNull() },
      order: { occurredOn: 'ASC', createdAt: 'ASC' },
    });
  }

  contactDefaults(
    organisationId: string,
    types: readonly (keyof ContactDefaults)[],
  ): Promise<Array<{ contact_type: keyof ContactDefaults; minutes: number }>> {
    return this.dataSource.query(
      `SELECT contact_type, minutes FROM time_contact_default WHERE organisation_id = $1 AND contact_type = ANY ($2)`,
      [organisationId, types],
    );
  }

  async upsertContactDefault(
    organisationId: string,
    type: keyof ContactDefaults,
    minutes: number,
    now: Date,
    by: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO time_contact_default (organisation_id, contact_type, minutes, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (organisation_id, contact_type) DO UPDATE SET minutes = EXCLUDED.minutes, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
      [organisationId, type, minutes, now, by],
    );
  }
}

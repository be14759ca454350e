import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DeletionRequestStatus } from '@nabij/privacy/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { DeletionRequestEntity } from './deletion-request.entity';

export type NewDeletionRequest = Pick<DeletionRequestEntity, 'clientId' | 'organisationId' | 'reason' | 'createdAt'>;

/** Deletion requests (privacy's own table). */
@Injectable()
export class DeletionRequestsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.db.manager).getRepository(DeletionRequestEntity);
  }

  /** Inserts an open request; the partial unique index refuses a second open one (23505). */
  insert(values: NewDeletionRequest): Promise<DeletionRequestEntity> {
    const repo = this.repo();
    return repo.save(repo.create({ ...values, status: 'requested', handledBy: null, handledAt: null, decisionNote: null }));
  }

  findOpenOfClient(clientId: string): Promise<DeletionRequestEntity | null> {
    return this.repo().findOne({ where: { clientId, status: 'requested' } });
  }

  ofClient(clientId: string): Promise<DeletionRequestEntity[]> {
    return this.repo().find({ where: { clientId }, order: { createdAt: 'DESC' } });
  }

  find(id: string, manager?: EntityManager): Promise<DeletionRequestEntity | null> {
    return this.repo(manager).findOne({ where: { id } });
  }

  /** Locks the row for the decision, so two admins cannot execute and decline at once. */
  lock(id: string, manager: EntityManager): Promise<DeletionRequestEntity | null> {
    return this.repo(manager).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Open requests of the organisation, optionally only of these clients (a worker's own), oldest first. */
  open(organisationId: string, clientIds?: string[]): Promise<DeletionRequestEntity[]> {
    return this.repo().find({
      where: { organisationId, status: 'requested', ...(clientIds ? { clientId: In(clientIds) } : {}) },
      order: { createdAt: 'ASC' },
    });
  }

  async decide(
    id: string,
    status: Exclude<DeletionRequestStatus, 'requested'>,
    by: string | null,
    at: Date,
    note: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.repo(manager).update(id, { status, handledBy: by, handledAt: at, decisionNote: note });
  }

  /** Marks the client's open request executed by the retention run (no person decided it). */
  async executeOpenOfClient(clientId: string, at: Date, note: string, manager: EntityManager): Promise<string | null> {
    const open = await this.repo(manager).findOne({ where: { clientId, status: 'requested' } });
    if (!open) return null;
    await this.decide(open.id, 'executed', null, at, note, manager);
    return open.id;
  }
}

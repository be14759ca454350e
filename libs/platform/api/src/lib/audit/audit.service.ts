import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Clock } from '../clock/clock';
import type { AuthUser } from '../auth/auth-user';
import { AuditEntry } from './audit-entry.entity';

export interface AuditEvent {
  actor: Pick<AuthUser, 'id' | 'role'> | null;
  action: AuditEntry['action'];
  resourceType: string;
  resourceId?: string | null;
  clientId?: string | null;
  onBehalfOf?: string | null;
  reason?: string | null;
  ip?: string | null;
  userAgent?: string | null;
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>,
    private readonly clock: Clock,
  ) {}

  /** Writes the entry; pass the transaction's manager so the entry commits with the change. */
  async record(event: AuditEvent, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEntry) : this.entries;
    await repo.insert({
      occurredAt: this.clock.now(),
      actorId: event.actor?.id ?? null,
      actorRole: event.actor?.role ?? null,
      action: event.action,
      resourceType: event.resourceType,
      resourceId: event.resourceId ?? null,
      clientId: event.clientId ?? null,
      onBehalfOf: event.onBehalfOf ?? null,
      reason: event.reason ?? null,
      ip: event.ip ?? null,
      userAgent: event.userAgent ?? null,
    });
  }

  forClient(clientId: string): Promise<AuditEntry[]> {
    return this.entries.find({ where: { clientId }, order: { occurredAt: 'DESC' }, take: 500 });
  }
}

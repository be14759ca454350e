import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { NotificationKind } from '@nabij/messages/contracts';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { NotificationEntity } from './entities/message.entities';

/**
 * Every SQL statement about in-app notifications.
 * Methods that take an `EntityManager` run in the caller's transaction; the others use the pool.
 */
@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(NotificationEntity) private readonly notifications: Repository<NotificationEntity>) {}

  async insertUnread(db: EntityManager, recipientIds: string[], kind: NotificationKind, threadId: string, createdAt: Date): Promise<void> {
    await db
      .getRepository(NotificationEntity)
      .insert(recipientIds.map((recipientId) => ({ recipientId, kind, threadId, createdAt, readAt: null })));
  }

  /** Newest first, at most `take`. */
  latestFor(recipientId: string, take: number): Promise<NotificationEntity[]> {
    return this.notifications.find({ where: { recipientId }, order: { createdAt: 'DESC' }, take });
  }

  ownNotification(id: string, recipientId: string): Promise<NotificationEntity | null> {
    return this.notifications.findOneBy({ id, recipientId });
  }

  async markRead(id: string, at: Date): Promise<void> {
    await this.notifications.update(id, { readAt: at });
  }

  async markThreadRead(db: EntityManager, recipientId: string, threadId: string, at: Date): Promise<void> {
    await db.getRepository(NotificationEntity).update({ recipientId, threadId, readAt: IsNull() }, { readAt: at });
  }

  unreadCount(recipientId: string): Promise<number> {
    return this.notifications.countBy({ recipientId: In([recipientId]), readAt: IsNull() });
  }
}

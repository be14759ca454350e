import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErasureOutcome,
  ErasureScope,
  PersonalDataEraser,
  PersonalDataEraserRegistry,
  PersonalDataRegistry,
  PersonalDataSource,
} from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The forum's part of "download my data" and of erasure (ERASURE_RULES kind `forum`): the nickname,
 * every post with where it stands, and the reports the client made. Forum posts belong to no case,
 * so only erasing the whole client (scope `all`) takes them: the text of each post goes (a topic the
 * client started disappears with its replies), and with it the nickname, reactions, reports and read marks.
 */
@Injectable()
export class ForumPersonalDataRepository implements PersonalDataSource, PersonalDataEraser, OnModuleInit {
  readonly section = 'forum';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sources: PersonalDataRegistry,
    private readonly erasers: PersonalDataEraserRegistry,
  ) {}

  onModuleInit(): void {
    this.sources.register(this);
    this.erasers.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const [member] = await this.db.query(`SELECT nickname, created_at FROM forum_member WHERE user_id = $1`, [clientId]);
    const posts: Array<{ forum: string; topic: string; body: string; status: string; created_at: Date; edited_at: Date | null }> =
      await this.db.query(
        `SELECT f.title AS forum, COALESCE(p.title, t.title) AS topic, p.body, p.status, p.created_at, p.edited_at
           FROM forum_post p JOIN forum f ON f.id = p.forum_id LEFT JOIN forum_post t ON t.id = p.topic_id
          WHERE p.author_id = $1 AND p.status <> 'deleted' ORDER BY p.created_at, p.id`,
        [clientId],
      );
    const reports: Array<{ reason: string; created_at: Date }> = await this.db.query(
      `SELECT reason, created_at FROM forum_report WHERE reporter_id = $1 ORDER BY created_at`,
      [clientId],
    );
    return {
      nickname: member?.nickname ?? null,
      memberSince: member?.created_at?.toISOString() ?? null,
      posts: posts.map((p) => ({
        forum: p.forum,
        topic: p.topic,
        text: p.body,
        status: p.status,
        writtenAt: p.created_at.toISOString(),
        editedAt: p.edited_at?.toISOString() ?? null,
      })),
      reports: reports.map((r) => ({ reason: r.reason, reportedAt: r.created_at.toISOString() })),
    };
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    if (scope.cases !== 'all') return { forum: 0 };
    const [row] = await manager.query(`SELECT count(*)::int AS n FROM forum_post WHERE author_id = $1 AND status <> 'deleted'`, [
      scope.clientId,
    ]);
    return { forum: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') return { counts: { forum: 0 } };
    const [, erased] = await manager.query(
      `UPDATE forum_post SET body = '-', title = CASE WHEN topic_id IS NULL THEN '-' END, status = 'deleted' WHERE author_id = $1 AND status <> 'deleted'`,
      [scope.clientId],
    );
    await manager.query(`DELETE FROM forum_reaction WHERE user_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM forum_report WHERE reporter_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM forum_read WHERE user_id = $1`, [scope.clientId]);
    // The nickname goes; a row without it keeps the erased posts' author join (shown nowhere: they are deleted).
    await manager.query(
      `UPDATE forum_member SET nickname = 'verwijderd-' || left(md5(user_id::text), 8), mute_reason = NULL WHERE user_id = $1`,
      [scope.clientId],
    );
    return { counts: { forum: Number(erased ?? 0) } };
  }
}

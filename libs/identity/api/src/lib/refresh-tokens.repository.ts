import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, MoreThan, Repository } from 'typeorm';
import { RefreshTokenEntity } from './entities/token.entities';

/** Every SQL statement on refresh tokens (one family per login). */
@Injectable()
export class RefreshTokensRepository {
  constructor(@InjectRepository(RefreshTokenEntity) private readonly tokens: Repository<RefreshTokenEntity>) {}

  findByHash(tokenHash: string): Promise<RefreshTokenEntity | null> {
    return this.tokens.findOne({ where: { tokenHash } });
  }

  /** Revokes the token if nobody did yet; false when another request rotated it first. */
  async rotate(id: string, now: Date): Promise<boolean> {
    const rotated = await this.tokens.update({ id, revokedAt: IsNull() }, { revokedAt: now });
    return !!rotated.affected;
  }

  async insert(values: Omit<RefreshTokenEntity, 'id'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).insert(values);
  }

  async revokeFamily(familyId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: now });
  }

  async revokeAllOfAccount(accountId: string, now: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ accountId, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** Logins (families) whose every refresh token expired before `before`, at most `limit`. */
  async familiesExpiredBefore(before: Date, limit: number): Promise<string[]> {
    const rows: Array<{ family_id: string }> = await this.tokens.query(
      `SELECT family_id FROM refresh_token GROUP BY family_id HAVING max(expires_at) < $1 LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.family_id);
  }

  async deleteFamilies(familyIds: string[], manager: EntityManager): Promise<number> {
    const [, removed]: [unknown, number] = await manager.query(`DELETE FROM refresh_token WHERE family_id = ANY($1::uuid[])`, [familyIds]);
    return removed;
  }

  /** The families (logins) among these with a refresh token that still works at `now`. */
  async familiesWithUsableToken(familyIds: string[], now: Date): Promise<Set<string>> {
    if (familyIds.length === 0) return new Set();
    const rows = await this.tokens.find({
      select: { familyId: true },
      where: { familyId: In(familyIds), revokedAt: IsNull(), expiresAt: MoreThan(now) },
    });
    return new Set(rows.map((r) => r.familyId));
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Clock,
  ErasureOutcome,
  ErasureScope,
  MailService,
  PersonalDataEraser,
  PersonalDataEraserRegistry,
  SessionRegistry,
} from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { AccountDirectoryService } from './directory/account-directory.service';

/** What an erased account's e-mail column holds: unique, never deliverable (`.invalid`, RFC 2606). */
export function erasedEmail(accountId: string): string {
  return `verwijderd-${accountId}@anoniem.invalid`;
}

/**
 * The account part of erasing a whole client (ERASURE_RULES kind `account`); a case-level erasure
 * leaves the account alone. The row stays (cases and time entries point at it) without name,
 * e-mail, login name, birth date, postcode or password, and deactivated, so nobody can log in as it; every
 * login ends at once, and open verification, reset and activation codes, failed logins of the address, the
 * authenticator secret and recovery codes, and the outbox's copies of mails to the address, go.
 */
@Injectable()
export class AccountErasureRepository implements PersonalDataEraser, OnModuleInit {
  readonly section = 'account';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataEraserRegistry,
    private readonly sessions: SessionRegistry,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly clock: Clock,
    private readonly mail: MailService,
    private readonly directory: AccountDirectoryService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async inventory(scope: ErasureScope, manager: EntityManager = this.db.manager): Promise<Record<string, number>> {
    if (scope.cases !== 'all') return {};
    const [row] = await manager.query(
      `SELECT count(*)::int AS n FROM account WHERE id = $1 AND role = 'client' AND email IS DISTINCT FROM $2`,
      [scope.clientId, erasedEmail(scope.clientId)],
    );
    return { account: row.n };
  }

  async erase(scope: ErasureScope, manager: EntityManager): Promise<ErasureOutcome> {
    if (scope.cases !== 'all') return { counts: {} };
    const now = this.clock.now();
    const [old]: { email: string | null }[] = await manager.query(
      `SELECT email FROM account WHERE id = $1 AND role = 'client' FOR UPDATE`,
      [scope.clientId],
    );
    if (!old) return { counts: { account: 0 } };
    await manager.query(
      `UPDATE account SET email = $2, name = NULL, birth_date = NULL, postcode = NULL, password_hash = NULL, admission_reason = NULL, login_name = NULL,
              deactivated_at = coalesce(deactivated_at, $3)
       WHERE id = $1`,
      [scope.clientId, erasedEmail(scope.clientId), now],
    );
    // This instance shows no cached name any more; others at most CARD_TTL_MS longer.
    this.directory.forgetCard(scope.clientId);
    await manager.query(`DELETE FROM email_verification WHERE account_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM password_reset WHERE account_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM activation_code WHERE account_id = $1`, [scope.clientId]);
    if (old.email) {
      await manager.query(`DELETE FROM login_failure WHERE lower(email) = lower($1)`, [old.email]);
      // Our copies of the mails sent to the address (the erasure's own confirmation is stored after this).
      await this.mail.forgetAddress(old.email, manager);
    }
    // Two-factor authentication: the authenticator secret, recovery codes, half-done logins and counted wrong codes.
    await manager.query(`DELETE FROM account_recovery_code WHERE account_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM account_totp WHERE account_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM login_challenge WHERE account_id = $1`, [scope.clientId]);
    await manager.query(`DELETE FROM login_failure WHERE email = $1`, [`second-factor:${scope.clientId}`]);
    await this.refreshTokens.revokeAllOfAccount(scope.clientId, now, manager);
    await this.sessions.revokeAllOfAccount(scope.clientId, now, manager);
    return { counts: { account: 1 } };
  }
}

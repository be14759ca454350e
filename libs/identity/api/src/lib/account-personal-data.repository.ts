import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PersonalDataRegistry, PersonalDataSource } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/**
 * The account part of "download my data": the client's own details, their logins (devices
 * started, ended) and whether two-step verification is on. Left out: the password hash, token and
 * recovery-code hashes and the authenticator secret (secrets, not information about the person) and
 * failed logins of the address (they may be someone else's attempts).
 */
@Injectable()
export class AccountPersonalDataRepository implements PersonalDataSource, OnModuleInit {
  readonly section = 'account';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: PersonalDataRegistry,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    const [account] = await this.db.query(
      `SELECT a.email, a.login_name AS "loginName", a.name, to_char(a.birth_date, 'YYYY-MM-DD') AS "birthDate", a.postcode, a.created_at AS "createdAt",
              a.email_verified_at AS "emailVerifiedAt", o.name AS organisation, f.name AS financier, a.admission_reason AS "admissionReason"
       FROM account a
       LEFT JOIN organisation o ON o.id = a.organisation_id
       LEFT JOIN financier f ON f.id = a.financier_id
       WHERE a.id = $1`,
      [clientId],
    );
    const sessions = await this.db.query(
      `SELECT created_at AS "startedAt", revoked_at AS "endedAt" FROM auth_session WHERE account_id = $1 ORDER BY created_at`,
      [clientId],
    );
    const [twoFactor] = await this.db.query(
      `SELECT t.confirmed_at AS "turnedOnAt",
              (SELECT count(*)::int FROM account_recovery_code r WHERE r.account_id = t.account_id AND r.used_at IS NULL) AS "recoveryCodesLeft"
         FROM account_totp t WHERE t.account_id = $1 AND t.confirmed_at IS NOT NULL`,
      [clientId],
    );
    return { details: account ?? null, sessions, twoFactor: twoFactor ?? { turnedOnAt: null, recoveryCodesLeft: 0 } };
  }
}

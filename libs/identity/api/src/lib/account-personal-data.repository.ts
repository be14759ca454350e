import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrganisationNames, PersonalDataRegistry, PersonalDataSource, SessionRegistry } from '@nabij/platform/api';
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
    private readonly sessions: SessionRegistry,
    private readonly names: OrganisationNames,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  async collect(clientId: string): Promise<Record<string, unknown>> {
    // The organisation and financier names are intake's, the logins platform's: asked, not joined.
    const [row] = await this.db.query(
      `SELECT a.email, a.login_name AS "loginName", a.name, to_char(a.birth_date, 'YYYY-MM-DD') AS "birthDate", a.postcode, a.created_at AS "createdAt",
              a.email_verified_at AS "emailVerifiedAt", a.organisation_id, a.financier_id, a.admission_reason AS "admissionReason"
       FROM account a
       WHERE a.id = $1`,
      [clientId],
    );
    let account: Record<string, unknown> | null = null;
    if (row) {
      const { organisation_id: organisationId, financier_id: financierId, admissionReason, ...details } = row;
      const [organisations, financiers] = await Promise.all([
        this.names.organisationNamesByIds([organisationId]),
        this.names.financierNamesByIds([financierId]),
      ]);
      account = {
        ...details,
        organisation: organisations.get(organisationId) ?? null,
        financier: financiers.get(financierId) ?? null,
        admissionReason,
      };
    }
    const sessions = await this.sessions.historyOf(clientId);
    const [twoFactor] = await this.db.query(
      `SELECT t.confirmed_at AS "turnedOnAt",
              (SELECT count(*)::int FROM account_recovery_code r WHERE r.account_id = t.account_id AND r.used_at IS NULL) AS "recoveryCodesLeft"
         FROM account_totp t WHERE t.account_id = $1 AND t.confirmed_at IS NOT NULL`,
      [clientId],
    );
    return { details: account ?? null, sessions, twoFactor: twoFactor ?? { turnedOnAt: null, recoveryCodesLeft: 0 } };
  }
}

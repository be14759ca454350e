import { Injectable, NotFoundException } from '@nestjs/common';
import { SessionsService, StaffAccountsService, TwoFactorService } from '@nabij/identity/api';
import { AuthUser, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { organisationOf } from './organisation-of';

/**
 * An admin resets a colleague's two-factor authentication (a lost or new phone). Identity's
 * TwoFactorService owns the tables; this side checks that the account is staff of the admin's own
 * organisation (another organisation's id or a client's id answers 404, like one that does not exist).
 */
@Injectable()
export class StaffTwoFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly staff: StaffAccountsService,
    private readonly twoFactor: TwoFactorService,
    private readonly sessions: SessionsService,
  ) {}

  async reset(admin: AuthUser, accountId: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      await this.staff.lock(db, accountId);
      const member = await this.staff.find(db, organisationOf(admin), accountId);
      if (!member)
        throw new NotFoundException({ message: 'This colleague does not exist in your organisation.', code: 'common.colleague_not_found' });
      await this.twoFactor.reset(admin, member.id, meta, db);
    });
    // After the commit: every login of the person ends (a login made with the old phone included).
    await this.sessions.revokeAll(accountId);
  }
}

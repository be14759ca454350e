import type { Language, Role } from '@nabij/platform/contracts';
import { TEST_TOTP_SECRET, TestAccount, TestApp, totpCode, totpStep, uniqueEmail } from '@nabij/platform/testing';
import { AccountsService } from '../accounts.service';
import { PasswordService } from '../password.service';
import { AccountEntity } from '../entities/account.entity';
import { AccountTotpEntity } from '../two-factor/two-factor.entities';
import { TwoFactorService } from '../two-factor/two-factor.service';

export interface MakeClientOptions {
  organisationId: string;
  financierId: string;
  name?: string;
  email?: string;
  /** Only when the test logs in with it: hashing costs real CPU time (argon2). */
  password?: string;
  postcode?: string | null;
  birthDate?: string;
  /** Two-factor authentication turned on with TEST_TOTP_SECRET (clients choose; staff always have it). */
  twoFactor?: boolean;
  /** The language the client reads (issue 17); Dutch when left out. */
  language?: Language;
}

/**
 * A verified client of the organisation, made the way registration makes one
 * (AccountsService.createClient), with a token to act as them.
 */
export async function makeClient(t: TestApp, options: MakeClientOptions): Promise<TestAccount> {
  const accounts = t.app.get(AccountsService);
  const email = options.email ?? uniqueEmail('client');
  const account = await t.dataSource.transaction(async (db) => {
    const created = await accounts.createClient(
      {
        email,
        password: options.password ?? null,
        name: options.name ?? 'Test Client',
        birthDate: options.birthDate ?? '1990-01-01',
        postcode: options.postcode === undefined ? '2312 AB' : options.postcode,
        organisationId: options.organisationId,
        financierId: options.financierId,
        language: options.language,
      },
      db,
    );
    // Registration confirms the address by a mailed link; tests start after that step.
    await db.getRepository(AccountEntity).update(created.id, { emailVerifiedAt: t.clock.now() });
    return created;
  });
  if (options.twoFactor) await giveAuthenticator(t, account.id);
  return toTestAccount(t, account);
}

export interface MakeStaffOptions {
  organisationId: string;
  teamId?: string | null;
  /** Staff capabilities an admin sets under Medewerkers (false by default, as for a new account). */
  canTrain?: boolean;
  chatDuty?: boolean;
  libraryEditor?: boolean;
  name?: string;
  email?: string;
  /**
   * Only when the test logs in with it: hashing costs real CPU time (argon2). Staff with a password
   * also get a confirmed authenticator with TEST_TOTP_SECRET (two-factor is mandatory for staff), so
   * `TestApp.login` can type the code; `twoFactor: false` leaves it out (first login sets it up).
   */
  password?: string;
  twoFactor?: boolean;
}

/** A worker of the organisation (staff accounts are made by an admin, there is no sign-up). */
export function makeWorker(t: TestApp, options: MakeStaffOptions): Promise<TestAccount> {
  return makeStaff(t, 'worker', options);
}

/** A team lead of the organisation; give a teamId for the team they lead. */
export function makeTeamLead(t: TestApp, options: MakeStaffOptions): Promise<TestAccount> {
  return makeStaff(t, 'team_lead', options);
}

/** An admin (of the organisation, for the routes that need one). */
export function makeAdmin(t: TestApp, options: MakeStaffOptions): Promise<TestAccount> {
  return makeStaff(t, 'admin', options);
}

async function makeStaff(t: TestApp, role: Role, options: MakeStaffOptions): Promise<TestAccount> {
  const repo = t.dataSource.getRepository(AccountEntity);
  const passwordHash = options.password ? await t.app.get(PasswordService).hash(options.password) : null;
  const account = await repo.save(
    repo.create({
      email: options.email ?? uniqueEmail(role),
      passwordHash,
      role,
      name: options.name ?? `Test ${role}`,
      birthDate: null,
      postcode: null,
      organisationId: options.organisationId,
      financierId: null,
      teamId: options.teamId ?? null,
      emailVerifiedAt: t.clock.now(),
      admittedBy: null,
      admissionReason: null,
      createdAt: t.clock.now(),
      canTrain: options.canTrain ?? false,
      chatDuty: options.chatDuty ?? false,
      libraryEditor: options.libraryEditor ?? false,
    }),
  );
  if (options.password && options.twoFactor !== false) await giveAuthenticator(t, account.id);
  return toTestAccount(t, account);
}

/** A confirmed authenticator with TEST_TOTP_SECRET; no code used yet before the clock's step. */
export async function giveAuthenticator(t: TestApp, accountId: string, secret = TEST_TOTP_SECRET): Promise<void> {
  await t.dataSource.getRepository(AccountTotpEntity).save({
    accountId,
    secret,
    confirmedAt: t.clock.now(),
    lastTimeStep: String(totpStep(t.clock) - 2),
    createdAt: t.clock.now(),
  });
}

/**
 * Ten fresh recovery codes for an account with an authenticator (giveAuthenticator), through
 * TwoFactorService as POST /api/auth/two-factor/recovery-codes makes them, with a code from the app:
 * this time step's, or the next one's when a login just used it (the check accepts both).
 */
export async function giveRecoveryCodes(t: TestApp, account: TestAccount): Promise<string[]> {
  const twoFactor = t.app.get(TwoFactorService);
  const meta = { ip: null, userAgent: 'test-factory' };
  try {
    return (await twoFactor.renewRecoveryCodes(account, totpCode(t.clock), meta)).recoveryCodes;
  } catch {
    return (await twoFactor.renewRecoveryCodes(account, totpCode(t.clock, TEST_TOTP_SECRET, 1), meta)).recoveryCodes;
  }
}

function toTestAccount(t: TestApp, account: AccountEntity): TestAccount {
  const auth = { id: account.id, role: account.role, organisationId: account.organisationId };
  // `email` is what the account logs in with: its login name when it has no e-mail address.
  return { ...auth, email: account.email ?? account.loginName ?? '', name: account.name, token: t.tokenFor(auth) };
}

import type { Role } from '@nabij/platform/contracts';
import { TestAccount, TestApp, uniqueEmail } from '@nabij/platform/testing';
import { AccountsService } from '../accounts.service';
import { PasswordService } from '../password.service';
import { AccountEntity } from '../entities/account.entity';

export interface MakeClientOptions {
  organisationId: string;
  financierId: string;
  name?: string;
  email?: string;
  /** Only when the test logs in with it: hashing costs real CPU time (argon2). */
  password?: string;
  postcode?: string | null;
  birthDate?: string;
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
      },
      db,
    );
    // Registration confirms the address by a mailed link; tests start after that step.
    await db.getRepository(AccountEntity).update(created.id, { emailVerifiedAt: t.clock.now() });
    return created;
  });
  return toTestAccount(t, account);
}

export interface MakeStaffOptions {
  organisationId: string;
  teamId?: string | null;
  /** Staff capabilities an admin sets under Medewerkers (false by default, as for a new account). */
  canTrain?: boolean;
  chatDuty?: boolean;
  name?: string;
  email?: string;
  /** Only when the test logs in with it: hashing costs real CPU time (argon2). */
  password?: string;
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
    }),
  );
  return toTestAccount(t, account);
}

function toTestAccount(t: TestApp, account: AccountEntity): TestAccount {
  const auth = { id: account.id, role: account.role, organisationId: account.organisationId };
  // `email` is what the account logs in with: its login name when it has no e-mail address.
  return { ...auth, email: account.email ?? account.loginName ?? '', name: account.name, token: t.tokenFor(auth) };
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountEntity, AccountsService, ActivationService, type IssuedActivationCode } from '@nabij/identity/api';
import { CLIENT_HAS_EMAIL, type ActivationLetter, type AdmissionCreated, type LoginNameClient } from '@nabij/intake/contracts';
import { AppConfig, AuditService, AuthUser, MailService, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import type { Language } from '@nabij/platform/contracts';
import { AdmissionDto } from './dto/intake.dto';
import { FinancierEntity } from './entities/organisation.entities';
import { IntakeRepository } from './intake.repository';
import { admissionMail } from './intake-mails';

/** A client admitted without an e-mail address: who, born when, with which financier, and why. */
export interface AdmissionWithoutEmail {
  name: string;
  birthDate: string;
  financierId: string;
  reason: string;
  /** The language the client reads (the account, its mails and the printed letter); Dutch when left out. */
  language?: Language;
}

const NOT_YOUR_CLIENT = 'There is no client with this id in your organisation.';

/**
 * A worker admits a client who cannot pass the postcode check (no fixed address, staying with
 * friends). The reason is required and goes into the audit log. With an e-mail address the client
 * gets a mail to choose a password; without one the client gets a login name and the worker a
 * letter with a one-time activation code to print and hand over.
 */
@Injectable()
export class AdmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntakeRepository,
    private readonly accounts: AccountsService,
    private readonly activation: ActivationService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async admit(worker: AuthUser, dto: AdmissionDto, meta: RequestMeta): Promise<AdmissionCreated> {
    const email = dto.email?.trim() || null;
    const { account, outgoing, letter } = await this.dataSource.transaction(async (manager) => {
      const financier = await this.financierOf(worker, dto.financierId, manager);
      if (email && (await this.accounts.findByEmail(email, manager))) {
        throw new ConflictException({
          message: 'There is already an account with this e-mail address.',
          fields: { email: ['already has an account'] },
        });
      }
      const account = await this.createAccount(worker, financier, { ...dto, email }, meta, manager);
      if (!email) return { account, outgoing: null, letter: await this.firstLetter(worker, account, financier, meta, manager) };
      const token = await this.accounts.issueVerification(account.id, manager);
      const outgoing = await this.mail.enqueue(
        admissionMail(email, `${this.config.publicUrl}/verify?token=${encodeURIComponent(token)}`, account.language),
        manager,
      );
      return { account, outgoing, letter: null };
    });
    if (outgoing) await this.mail.deliver(outgoing);
    return { id: account.id, email: account.email, loginName: account.loginName, letter };
  }

  /**
   * The same admission without an e-mail address, inside the caller's transaction: for another
   * domain that makes a client of somebody it already knows (outreach's "Maak een dossier" for a
   * family on a call list). The account gets a login name, the worker the letter with the one-time
   * code; both audit-logged like an admission. 404 naming `financierId` for a financier of another
   * organisation.
   */
  async admitWithoutEmailIn(
    manager: EntityManager,
    worker: AuthUser,
    input: AdmissionWithoutEmail,
    meta: RequestMeta,
  ): Promise<ActivationLetter> {
    const financier = await this.financierOf(worker, input.financierId, manager);
    const account = await this.createAccount(worker, financier, { ...input, email: null }, meta, manager);
    return this.firstLetter(worker, account, financier, meta, manager);
  }

  private async financierOf(worker: AuthUser, financierId: string, manager: EntityManager): Promise<FinancierEntity> {
    const financier = await this.repository.financierOfOrganisation(financierId, worker.organisationId, manager);
    if (!financier || !worker.organisationId) {
      throw new NotFoundException({
        message: 'This financier is not one of your organisation.',
        fields: { financierId: ['unknown financier'] },
      });
    }
    return financier;
  }

  private async createAccount(
    worker: AuthUser,
    financier: FinancierEntity,
    input: AdmissionWithoutEmail & { email: string | null },
    meta: RequestMeta,
    manager: EntityManager,
  ): Promise<AccountEntity> {
    const account = await this.accounts.createClient(
      {
        email: input.email,
        loginName: input.email ? null : await this.activation.newLoginName(financier.name, manager),
        password: null,
        name: input.name,
        birthDate: input.birthDate,
        postcode: null,
        organisationId: financier.organisationId,
        financierId: financier.id,
        admittedBy: worker.id,
        admissionReason: input.reason,
        language: input.language,
      },
      manager,
    );
    await this.audit.record(
      {
        actor: worker,
        action: 'admit',
        resourceType: 'account',
        resourceId: account.id,
        clientId: account.id,
        reason: input.reason,
        ...meta,
      },
      manager,
    );
    return account;
  }

  private async firstLetter(
    worker: AuthUser,
    account: AccountEntity,
    financier: FinancierEntity,
    meta: RequestMeta,
    manager: EntityManager,
  ): Promise<ActivationLetter> {
    const issued = await this.activation.issue(account.id, worker.id, manager);
    await this.auditCode(worker, account.id, 'activation code printed at admission', meta, manager);
    return this.letter(worker, account, financier, issued, manager);
  }

  /**
   * A new activation code for a client of the worker's organisation who logs in with a login name
   * (lost the letter, the code expired, or forgot the password: without an e-mail address there is
   * no reset mail). Every older code stops working.
   */
  async newCode(worker: AuthUser, clientId: string, meta: RequestMeta): Promise<ActivationLetter> {
    return this.dataSource.transaction(async (manager) => {
      const client = await this.accounts.findById(clientId, manager);
      // An erased client's account is deactivated: there is nobody left to print a code for.
      if (
        !client ||
        client.role !== 'client' ||
        client.deactivatedAt ||
        !worker.organisationId ||
        client.organisationId !== worker.organisationId
      ) {
        throw new NotFoundException({ message: NOT_YOUR_CLIENT, code: 'intake.no_client_organisation' });
      }
      if (!client.loginName || !client.financierId) {
        throw new ConflictException({
          message: 'This client logs in with an e-mail address and can ask for a new password by mail.',
          code: CLIENT_HAS_EMAIL,
        });
      }
      const financier = await this.repository.financierOrFail(client.financierId, manager);
      const issued = await this.activation.issue(client.id, worker.id, manager);
      await this.auditCode(worker, client.id, 'new activation code printed; older codes stopped working', meta, manager);
      return this.letter(worker, client, financier, issued, manager);
    });
  }

  /** The clients of the worker's organisation without an e-mail address: who still has to activate, and whose code has run out. */
  async loginNameClients(worker: AuthUser, meta: RequestMeta): Promise<LoginNameClient[]> {
    if (!worker.organisationId) return [];
    const rows = await this.activation.loginNameClients(worker.organisationId);
    await this.audit.record({
      actor: worker,
      action: 'read',
      resourceType: 'login_name_clients',
      reason: `${rows.length} client(s)`,
      ...meta,
    });
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      loginName: r.login_name,
      activated: r.activated,
      codeValidUntil: r.code_valid_until ? new Date(r.code_valid_until).toISOString() : null,
    }));
  }

  private auditCode(worker: AuthUser, clientId: string, reason: string, meta: RequestMeta, manager: EntityManager): Promise<void> {
    return this.audit.record(
      { actor: worker, action: 'create', resourceType: 'activation_code', resourceId: clientId, clientId, reason, ...meta },
      manager,
    );
  }

  private async letter(
    worker: AuthUser,
    client: AccountEntity,
    financier: FinancierEntity,
    issued: IssuedActivationCode,
    manager: EntityManager,
  ): Promise<ActivationLetter> {
    const workerAccount = await this.accounts.findById(worker.id, manager);
    return {
      clientId: client.id,
      clientName: client.name ?? '',
      loginName: client.loginName ?? '',
      code: issued.code,
      expiresAt: issued.expiresAt.toISOString(),
      activationUrl: `${this.config.publicUrl}/activeren`,
      loginUrl: `${this.config.publicUrl}/login`,
      organisation: await this.repository.organisationName(financier.organisationId, manager),
      worker: workerAccount?.name ?? workerAccount?.email ?? '',
      financier: { name: financier.name, socialTeamName: financier.socialTeamName, socialTeamPhone: financier.socialTeamPhone },
      language: client.language,
    };
  }
}

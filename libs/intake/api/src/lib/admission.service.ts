import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { AccountsService } from '@nabij/identity/api';
import type { AdmissionCreated } from '@nabij/intake/contracts';
import { AppConfig, AuditService, AuthUser, MailService, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { AdmissionDto } from './dto/intake.dto';
import { IntakeRepository } from './intake.repository';
import { admissionMail } from './intake-mails';

/**
 * A worker admits a client who cannot pass the postcode check (no fixed address, staying with
 * friends). The reason is required and goes into the audit log.
 */
@Injectable()
export class AdmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IntakeRepository,
    private readonly accounts: AccountsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async admit(worker: AuthUser, dto: AdmissionDto, meta: RequestMeta): Promise<AdmissionCreated> {
    const { account, outgoing } = await this.dataSource.transaction(async (manager) => {
      const financier = await this.repository.financierOfOrganisation(dto.financierId, worker.organisationId, manager);
      if (!financier || !worker.organisationId) {
        throw new NotFoundException({
          message: 'This financier is not one of your organisation.',
          fields: { financierId: ['unknown financier'] },
        });
      }
      if (await this.accounts.findByEmail(dto.email, manager)) {
        throw new ConflictException({
          message: 'There is already an account with this e-mail address.',
          fields: { email: ['already has an account'] },
        });
      }
      const account = await this.accounts.createClient(
        {
          email: dto.email,
          password: null,
          name: dto.name,
          birthDate: dto.birthDate,
          postcode: null,
          organisationId: financier.organisationId,
          financierId: financier.id,
          admittedBy: worker.id,
          admissionReason: dto.reason,
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
          reason: dto.reason,
          ...meta,
        },
        manager,
      );
      const token = await this.accounts.issueVerification(account.id, manager);
      const outgoing = await this.mail.enqueue(
        admissionMail(account.email, `${this.config.publicUrl}/verify?token=${encodeURIComponent(token)}`),
        manager,
      );
      return { account, outgoing };
    });
    await this.mail.deliver(outgoing);
    return { id: account.id, email: account.email };
  }
}

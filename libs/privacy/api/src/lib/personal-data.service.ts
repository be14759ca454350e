import { Injectable } from '@nestjs/common';
import { AccountDirectoryService } from '@nabij/identity/api';
import { AuditLogReader, AuditService, AuthUser, Clock, OrganisationNames, PersonalDataRegistry, RequestMeta } from '@nabij/platform/api';
import type { PersonalDataAccess, PersonalDataExport } from '@nabij/privacy/contracts';

/** "Download my data": collects every domain's part through the platform registry. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly log: AuditLogReader,
    private readonly accounts: AccountDirectoryService,
    private readonly organisations: OrganisationNames,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(user: AuthUser, format: 'json' | 'html', meta: RequestMeta): Promise<PersonalDataExport> {
    const sections: PersonalDataExport['sections'] = {};
    for (const source of this.registry.sources()) sections[source.section] = await source.collect(user.id);
    // Read before the export's own entry is written, so the file shows the log as it stood.
    const accessLog = await this.accessLog(user.id);
    await this.audit.record({ actor: user, action: 'export', resourceType: 'personal_data', clientId: user.id, reason: format, ...meta });
    return { generatedAt: this.clock.now().toISOString(), clientId: user.id, sections, accessLog };
  }

  /**
   * Everything the log says about this client, newest first, with who acted (name, role and
   * organisation as they are now). Staff IP addresses and browsers are left out: they are the staff
   * member's personal data, and the name and role already say who it was.
   */
  private async accessLog(clientId: string): Promise<PersonalDataAccess[]> {
    const lines = await this.log.aboutClient(clientId);
    const actors = await this.accounts.byIds(lines.map((l) => l.actorId));
    const organisations = await this.organisations.organisationNamesByIds([...actors.values()].map((a) => a.organisationId));
    return lines.map((l) => {
      const actor = l.actorId ? actors.get(l.actorId) : undefined;
      return {
        occurredAt: l.occurredAt,
        actorName: actor?.name ?? null,
        actorRole: l.actorRole,
        actorOrganisation: actor?.organisationId ? (organisations.get(actor.organisationId) ?? null) : null,
        action: l.action,
        resourceType: l.resourceType,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { AuditService, AuthUser, Clock, PersonalDataRegistry, RequestMeta } from '@nabij/platform/api';
import type { PersonalDataExport } from '@nabij/privacy/contracts';
import { PersonalDataRepository } from './personal-data.repository';

/** "Download my data": collects every domain's part through the platform registry. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly registry: PersonalDataRegistry,
    private readonly repo: PersonalDataRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async export(user: AuthUser, format: 'json' | 'html', meta: RequestMeta): Promise<PersonalDataExport> {
    const sections: PersonalDataExport['sections'] = {};
    for (const source of this.registry.sources()) sections[source.section] = await source.collect(user.id);
    // Read before the export's own entry is written, so the file shows the log as it stood.
    const accessLog = await this.repo.accessLog(user.id);
    await this.audit.record({ actor: user, action: 'export', resourceType: 'personal_data', clientId: user.id, reason: format, ...meta });
    return { generatedAt: this.clock.now().toISOString(), clientId: user.id, sections, accessLog };
  }
}

import { Injectable } from '@nestjs/common';

/**
 * One domain's part of a client's "download my data" (AVG art. 15 and 20): what that domain holds
 * about the client, as plain JSON. Each domain implements this in its own lib and registers it with
 * the PersonalDataRegistry on start, so the privacy domain collects every part without importing
 * any domain, and a new domain with client data adds a source instead of editing privacy.
 */
export interface PersonalDataSource {
  /** Key of this part in the export, e.g. `dossier`; unique across domains. */
  readonly section: string;
  /**
   * Everything about this client that is the client's data. Leave out what is another person's
   * (a worker's private notes, a colleague's internal remarks) and say so in the source.
   */
  collect(clientId: string): Promise<Record<string, unknown>>;
}

/**
 * The sources of all loaded domains. Nest has no multi-providers, so each source registers itself
 * in `onModuleInit` (all done before the app listens): platform stays below the domains.
 */
@Injectable()
export class PersonalDataRegistry {
  private readonly list: PersonalDataSource[] = [];

  register(source: PersonalDataSource): void {
    if (this.list.some((s) => s.section === source.section)) throw new Error(`Personal data section registered twice: ${source.section}`);
    this.list.push(source);
  }

  sources(): readonly PersonalDataSource[] {
    return [...this.list].sort((a, b) => a.section.localeCompare(b.section));
  }
}

import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A financier as domains below intake need it: its name and whose it is. */
export interface FinancierRef {
  id: string;
  name: string;
  organisationId: string;
}

/**
 * Where the names of organisations and financiers come from. Intake owns both tables and registers
 * its source on start (`OrganisationNames.provide`), so the domains that may not import intake
 * (identity sits below it; dossier and privacy do not depend on it) get names without reading its
 * tables. Unknown ids are left out. `manager`: read inside the caller's transaction.
 */
export interface OrganisationNamesSource {
  organisations(ids: string[], manager?: EntityManager): Promise<Array<{ id: string; name: string }>>;
  financiers(ids: string[], manager?: EntityManager): Promise<FinancierRef[]>;
}

/** How long a name stays cached in this instance: organisation and financier names change only by the operator. */
export const ORGANISATION_NAME_TTL_MS = 60_000;
/** A bound on each cache; when full it starts again empty. */
const CACHE_MAX = 5_000;

const unique = (ids: Iterable<string | null | undefined>): string[] => [...new Set([...ids].filter((id): id is string => !!id))];

/** A cache of names by id for showing them (null: no such row), read in one statement for the ids it lacks. */
class NameCache {
  private readonly names = new Map<string, { name: string | null; until: number }>();

  async get(ids: Iterable<string | null | undefined>, read: (ids: string[]) => Promise<Array<{ id: string; name: string }>>) {
    const now = Date.now();
    const result = new Map<string, string>();
    const missing: string[] = [];
    for (const id of unique(ids)) {
      const cached = this.names.get(id);
      if (cached && cached.until > now) {
        if (cached.name !== null) result.set(id, cached.name);
      } else missing.push(id);
    }
    if (missing.length === 0) return result;
    const found = new Map((await read(missing)).map((row) => [row.id, row.name]));
    if (this.names.size + missing.length > CACHE_MAX) this.names.clear();
    for (const id of missing) {
      const name = found.get(id) ?? null;
      if (name !== null) result.set(id, name);
      this.names.set(id, { name, until: now + ORGANISATION_NAME_TTL_MS });
    }
    return result;
  }
}

/**
 * Names of organisations and financiers for showing them (a case's financier, the organisation on
 * /api/auth/me and in a client's data export, an invite), cached per instance for
 * ORGANISATION_NAME_TTL_MS like identity's account cards; `financiersByIds` (whose a financier is,
 * for a check) is never cached. Intake provides the source: without it every call fails loudly.
 */
@Injectable()
export class OrganisationNames {
  private source: OrganisationNamesSource | null = null;
  private readonly organisationCache = new NameCache();
  private readonly financierCache = new NameCache();

  /** Called once, by intake, when its module starts. */
  provide(source: OrganisationNamesSource): void {
    if (this.source) throw new Error('OrganisationNames: a source was provided twice');
    this.source = source;
  }

  /** Organisation names by id; unknown ids are left out. */
  organisationNamesByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, string>> {
    return this.organisationCache.get(ids, (missing) => this.required().organisations(missing, manager));
  }

  /** Financier names by id; unknown ids are left out. */
  financierNamesByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, string>> {
    return this.financierCache.get(ids, (missing) => this.required().financiers(missing, manager));
  }

  /** The financiers with these ids and whose they are, read now (not cached): for checks. */
  async financiersByIds(ids: Iterable<string | null | undefined>, manager?: EntityManager): Promise<Map<string, FinancierRef>> {
    const wanted = unique(ids);
    if (wanted.length === 0) return new Map();
    return new Map((await this.required().financiers(wanted, manager)).map((f) => [f.id, f]));
  }

  private required(): OrganisationNamesSource {
    if (!this.source) throw new Error('OrganisationNames has no source: import IntakeModule or its OrganisationDirectoryModule');
    return this.source;
  }
}

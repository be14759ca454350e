import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import type { AdminSocialService, CsvLineError, ImportSocialServicesResult, SaveSocialService } from '@nabij/socialmap/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource } from 'typeorm';
import { toService } from '../socialmap.service';
import { SocialMapRepository, SocialServiceRow } from '../socialmap.repository';
import { parseServicesCsv } from './services-csv';

/**
 * An organisation's admins keep its part of the social map: add, change and remove services, or
 * import many from a CSV at once. Another organisation's service does not exist for them (404).
 * Every change is in the audit log. An import is all or nothing: one bad line and none is written.
 */
@Injectable()
export class SocialMapAdminService {
  constructor(
    private readonly repository: SocialMapRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  async list(user: AuthUser): Promise<AdminSocialService[]> {
    return (await this.repository.listForOrganisation(organisationOf(user))).map(toAdmin);
  }

  async create(user: AuthUser, input: SaveSocialService, meta: RequestMeta): Promise<AdminSocialService> {
    const id = await this.dataSource.transaction(async (db) => {
      const serviceId = await this.repository.insert(db, organisationOf(user), input, this.clock.now());
      await this.audit.record({ actor: user, action: 'create', resourceType: 'social_service', resourceId: serviceId, ...meta }, db);
      return serviceId;
    });
    return this.one(user, id);
  }

  async update(user: AuthUser, id: string, input: SaveSocialService, meta: RequestMeta): Promise<AdminSocialService> {
    await this.dataSource.transaction(async (db) => {
      if (!(await this.repository.update(db, organisationOf(user), id, input, this.clock.now()))) throw notFound();
      await this.audit.record({ actor: user, action: 'update', resourceType: 'social_service', resourceId: id, ...meta }, db);
    });
    return this.one(user, id);
  }

  async remove(user: AuthUser, id: string, meta: RequestMeta): Promise<void> {
    await this.dataSource.transaction(async (db) => {
      if (!(await this.repository.delete(db, organisationOf(user), id))) throw notFound();
      await this.audit.record({ actor: user, action: 'delete', resourceType: 'social_service', resourceId: id, ...meta }, db);
    });
  }

  async import(user: AuthUser, csv: string, meta: RequestMeta): Promise<ImportSocialServicesResult> {
    const parsed = await parseServicesCsv(csv);
    if (parsed.errors.length) throw csvRefused(parsed.errors);
    await this.dataSource.transaction(async (db) => {
      const now = this.clock.now();
      for (const service of parsed.services) {
        const id = await this.repository.insert(db, organisationOf(user), service, now);
        await this.audit.record(
          { actor: user, action: 'create', resourceType: 'social_service', resourceId: id, reason: 'csv import', ...meta },
          db,
        );
      }
    });
    return { imported: parsed.services.length };
  }

  private async one(user: AuthUser, id: string): Promise<AdminSocialService> {
    const row = await this.repository.findForOrganisation(organisationOf(user), id);
    if (!row) throw notFound();
    return toAdmin(row);
  }
}

function toAdmin(row: SocialServiceRow): AdminSocialService {
  return { ...toService(row), locationPc4: row.location_pc4, updatedAt: row.updated_at.toISOString() };
}

function notFound(): NotFoundException {
  return new NotFoundException({
    message: 'Your organisation has no service with this id on the social map.',
    code: 'socialmap.organisation_no_service',
  });
}

/** One 400 naming every refused cell, as `fields` (line.field → messages) and as a list in `details.lines`. */
function csvRefused(errors: CsvLineError[]): BadRequestException {
  const fields: Record<string, string[]> = {};
  for (const e of errors) (fields[`line ${e.line}.${e.field}`] ??= []).push(e.message);
  const lines = [...new Set(errors.map((e) => e.line))];
  return new BadRequestException({
    message: `Nothing was imported. Check line${lines.length === 1 ? '' : 's'} ${lines.join(', ')} of the CSV.`,
    code: 'csv_invalid',
    fields,
    details: { lines: errors },
  });
}

/** Admins always belong to an organisation; a token without one sees nothing rather than everything. */
function organisationOf(user: AuthUser): string {
  if (!user.organisationId)
    throw new NotFoundException({ message: 'Your account belongs to no organisation.', code: 'common.no_organisation' });
  return user.organisationId;
}

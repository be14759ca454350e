import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Financier, ServiceArea } from '@nabij/intake/contracts';
import { AuditService, AuthUser } from '@nabij/platform/api';
import { DataSource, Repository } from 'typeorm';
import { ServiceAreaDto } from './dto/intake.dto';
import { FinancierEntity, ServiceAreaEntity } from './entities/organisation.entities';

/** Postcode ranges are data: an admin edits them for the financiers of their own organisation. */
@Injectable()
export class ServiceAreasService {
  constructor(
    @InjectRepository(ServiceAreaEntity) private readonly areas: Repository<ServiceAreaEntity>,
    @InjectRepository(FinancierEntity) private readonly financiers: Repository<FinancierEntity>,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async financiersOf(user: AuthUser): Promise<Financier[]> {
    const rows = await this.dataSource.query(
      `SELECT f.id, f.name, o.name AS organisation FROM financier f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.organisation_id = $1 ORDER BY f.name`,
      [user.organisationId],
    );
    return rows;
  }

  async list(user: AuthUser): Promise<ServiceArea[]> {
    const rows = await this.dataSource.query(
      `SELECT s.id, s.financier_id, f.name AS financier, s.postcode_from, s.postcode_to
         FROM service_area s JOIN financier f ON f.id = s.financier_id
        WHERE f.organisation_id = $1
        ORDER BY s.postcode_from, s.postcode_to`,
      [user.organisationId],
    );
    return rows.map((r: Record<string, unknown>) => ({
      id: r['id'],
      financierId: r['financier_id'],
      financier: r['financier'],
      postcodeFrom: r['postcode_from'],
      postcodeTo: r['postcode_to'],
    }));
  }

  async create(user: AuthUser, dto: ServiceAreaDto): Promise<ServiceArea> {
    await this.ownFinancier(user, dto.financierId);
    const saved = await this.areas.save(this.areas.create(this.normalised(dto)));
    await this.audit.record({ actor: user, action: 'create', resourceType: 'service_area', resourceId: saved.id });
    return this.one(user, saved.id);
  }

  async update(user: AuthUser, id: string, dto: ServiceAreaDto): Promise<ServiceArea> {
    await this.one(user, id);
    await this.ownFinancier(user, dto.financierId);
    await this.areas.update(id, this.normalised(dto));
    await this.audit.record({ actor: user, action: 'update', resourceType: 'service_area', resourceId: id });
    return this.one(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.one(user, id);
    await this.areas.delete(id);
    await this.audit.record({ actor: user, action: 'delete', resourceType: 'service_area', resourceId: id });
  }

  private normalised(dto: ServiceAreaDto) {
    // "2334 to 2311" is what someone meant as 2311 to 2334.
    return {
      financierId: dto.financierId,
      postcodeFrom: Math.min(dto.postcodeFrom, dto.postcodeTo),
      postcodeTo: Math.max(dto.postcodeFrom, dto.postcodeTo),
    };
  }

  private async ownFinancier(user: AuthUser, financierId: string): Promise<void> {
    const found = await this.financiers.findOneBy({ id: financierId, organisationId: user.organisationId ?? undefined });
    if (!found || !user.organisationId) {
      throw new NotFoundException({
        message: 'This financier is not one of your organisation.',
        fields: { financierId: ['unknown financier'] },
      });
    }
  }

  private async one(user: AuthUser, id: string): Promise<ServiceArea> {
    const found = (await this.list(user)).find((a) => a.id === id);
    if (!found) throw new NotFoundException('This service area does not exist.');
    return found;
  }
}

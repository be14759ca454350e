import { Injectable, NotFoundException } from '@nestjs/common';
import type { Financier, ServiceArea } from '@nabij/intake/contracts';
import { AuditService, AuthUser } from '@nabij/platform/api';
import { ServiceAreaDto } from './dto/intake.dto';
import { IntakeRepository } from './intake.repository';

/** Postcode ranges are data: an admin edits them for the financiers of their own organisation. */
@Injectable()
export class ServiceAreasService {
  constructor(
    private readonly repository: IntakeRepository,
    private readonly audit: AuditService,
  ) {}

  financiersOf(user: AuthUser): Promise<Financier[]> {
    return this.repository.financiersOfOrganisation(user.organisationId);
  }

  async list(user: AuthUser): Promise<ServiceArea[]> {
    const rows = await this.repository.serviceAreasOfOrganisation(user.organisationId);
    return rows.map((r) => ({
      id: r.id,
      financierId: r.financier_id,
      financier: r.financier,
      postcodeFrom: r.postcode_from,
      postcodeTo: r.postcode_to,
    }));
  }

  async create(user: AuthUser, dto: ServiceAreaDto): Promise<ServiceArea> {
    await this.ownFinancier(user, dto.financierId);
    const saved = await this.repository.insertServiceArea(this.normalised(dto));
    await this.audit.record({ actor: user, action: 'create', resourceType: 'service_area', resourceId: saved.id });
    return this.one(user, saved.id);
  }

  async update(user: AuthUser, id: string, dto: ServiceAreaDto): Promise<ServiceArea> {
    await this.one(user, id);
    await this.ownFinancier(user, dto.financierId);
    await this.repository.updateServiceArea(id, this.normalised(dto));
    await this.audit.record({ actor: user, action: 'update', resourceType: 'service_area', resourceId: id });
    return this.one(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.one(user, id);
    await this.repository.deleteServiceArea(id);
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
    const found = await this.repository.financierOfOrganisation(financierId, user.organisationId);
    if (!found || !user.organisationId) {
      throw new NotFoundException({
        message: 'This financier is not one of your organisation.',
        fields: { financierId: ['unknown financier'] },
      });
    }
  }

  private async one(user: AuthUser, id: string): Promise<ServiceArea> {
    const found = (await this.list(user)).find((a) => a.id === id);
    if (!found) throw new NotFoundException({ message: 'This service area does not exist.', code: 'intake.service_area_not' });
    return found;
  }
}

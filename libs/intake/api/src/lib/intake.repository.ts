import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Financier } from '@nabij/intake/contracts';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { FinancierEntity, OrganisationEntity, PostcodeCheckEntity, ServiceAreaEntity } from './entities/organisation.entities';

/** A service area row joined with its financier's name, as the database returns it. */
export interface ServiceAreaRow {
  id: string;
  financier_id: string;
  financier: string;
  postcode_from: number;
  postcode_to: number;
}

/** The financier (and its organisation) whose service area covers a postcode. */
export interface CoveringArea {
  financier_id: string;
  financier: string;
  organisation: string;
  organisation_slug: string;
}

/**
 * Every SQL statement of intake: financiers, service areas and postcode checks. Methods that take
 * an `EntityManager` run in the caller's transaction (and its locks); the others use the pool.
 */
@Injectable()
export class IntakeRepository {
  constructor(
    @InjectRepository(ServiceAreaEntity) private readonly areas: Repository<ServiceAreaEntity>,
    @InjectRepository(FinancierEntity) private readonly financiers: Repository<FinancierEntity>,
    @InjectRepository(PostcodeCheckEntity) private readonly checks: Repository<PostcodeCheckEntity>,
    private readonly dataSource: DataSource,
  ) {}

  financiersOfOrganisation(organisationId: string | null): Promise<Financier[]> {
    return this.dataSource.query(
      `SELECT f.id, f.name, o.name AS organisation FROM financier f JOIN organisation o ON o.id = f.organisation_id
        WHERE f.organisation_id = $1 ORDER BY f.name`,
      [organisationId],
    );
  }

  /** The financier if it belongs to the organisation; `manager` when inside a transaction. */
  financierOfOrganisation(financierId: string, organisationId: string | null, manager?: EntityManager): Promise<FinancierEntity | null> {
    const repo = manager ? manager.getRepository(FinancierEntity) : this.financiers;
    return repo.findOneBy({ id: financierId, organisationId: organisationId ?? undefined });
  }

  /** The organisation's name, for the activation letter. */
  async organisationName(organisationId: string, manager: EntityManager): Promise<string> {
    return (await manager.getRepository(OrganisationEntity).findOneByOrFail({ id: organisationId })).name;
  }

  financierOrFail(financierId: string, manager: EntityManager): Promise<FinancierEntity> {
    return manager.getRepository(FinancierEntity).findOneByOrFail({ id: financierId });
  }

  serviceAreasOfOrganisation(organisationId: string | null): Promise<ServiceAreaRow[]> {
    return this.dataSource.query(
      `SELECT s.id, s.financier_id, f.name AS financier, s.postcode_from, s.postcode_to
         FROM service_area s JOIN financier f ON f.id = s.financier_id
        WHERE f.organisation_id = $1
        ORDER BY s.postcode_from, s.postcode_to`,
      [organisationId],
    );
  }

  insertServiceArea(values: Pick<ServiceAreaEntity, 'financierId' | 'postcodeFrom' | 'postcodeTo'>): Promise<ServiceAreaEntity> {
    return this.areas.save(this.areas.create(values));
  }

  async updateServiceArea(id: string, values: Pick<ServiceAreaEntity, 'financierId' | 'postcodeFrom' | 'postcodeTo'>): Promise<void> {
    await this.areas.update(id, values);
  }

  async deleteServiceArea(id: string): Promise<void> {
    await this.areas.delete(id);
  }

  /** The narrowest service area covering the postcode digits (ties: financier name). */
  async areaCovering(postcodeDigits: number): Promise<CoveringArea | undefined> {
    const [area] = await this.dataSource.query(
      `SELECT f.id AS financier_id, f.name AS financier, o.name AS organisation, o.slug AS organisation_slug
         FROM service_area s
         JOIN financier f ON f.id = s.financier_id
         JOIN organisation o ON o.id = f.organisation_id
        WHERE $1 BETWEEN s.postcode_from AND s.postcode_to
        ORDER BY s.postcode_to - s.postcode_from, f.name
        LIMIT 1`,
      [postcodeDigits],
    );
    return area;
  }

  insertPostcodeCheck(values: Omit<PostcodeCheckEntity, 'id'>): Promise<PostcodeCheckEntity> {
    return this.checks.save(this.checks.create(values));
  }

  /** A served check with the organisation of its financier, or undefined (unknown or not served). */
  async servedCheck(
    id: string,
  ): Promise<{ id: string; postcode: string; financier_id: string; organisation_id: string; expires_at: Date } | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT c.id, c.postcode, c.financier_id, f.organisation_id, c.expires_at
         FROM postcode_check c JOIN financier f ON f.id = c.financier_id WHERE c.id = $1 AND c.served`,
      [id],
    );
    return row;
  }

  /** Of these checks, the ones used to register with the account they led to. */
  usedChecks(ids: string[]): Promise<Array<{ id: string; account_id: string; created_at: Date }>> {
    return this.dataSource.query(
      `SELECT id, account_id, created_at FROM postcode_check WHERE id = ANY($1::uuid[]) AND used_at IS NOT NULL AND account_id IS NOT NULL`,
      [ids],
    );
  }

  /** Financier names by id. */
  async financierNames(ids: string[]): Promise<Array<{ id: string; name: string }>> {
    return this.dataSource.query(`SELECT id, name FROM financier WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the check row (FOR UPDATE) in the caller's transaction so it is used once. */
  lockPostcodeCheck(id: string, manager: EntityManager): Promise<PostcodeCheckEntity | null> {
    return manager.getRepository(PostcodeCheckEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updatePostcodeCheck(
    id: string,
    values: Partial<Pick<PostcodeCheckEntity, 'usedAt' | 'accountId'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(PostcodeCheckEntity).update(id, values);
  }
}

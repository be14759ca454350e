import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

/** The municipality that pays for the help of its residents. */
@Entity('financier')
export class FinancierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', name: 'social_team_name', nullable: true })
  socialTeamName: string | null;

  @Column({ type: 'text', name: 'social_team_phone', nullable: true })
  socialTeamPhone: string | null;

  @Column({ type: 'text', name: 'social_team_url', nullable: true })
  socialTeamUrl: string | null;

  /** The shorter name the caseload report (Table B) uses; null means `name`. */
  @Column({ type: 'text', name: 'report_name', nullable: true })
  reportName: string | null;
}

/** A range of four-digit postcodes a financier pays for, inclusive on both ends. */
@Entity('service_area')
export class ServiceAreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'financier_id' })
  financierId: string;

  @Column({ type: 'int', name: 'postcode_from' })
  postcodeFrom: number;

  @Column({ type: 'int', name: 'postcode_to' })
  postcodeTo: number;
}

@Entity('postcode_check')
export class PostcodeCheckEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  postcode: string;

  @Column({ type: 'boolean' })
  served: boolean;

  @Column({ type: 'uuid', name: 'financier_id', nullable: true })
  financierId: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'expires_at' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'uuid', name: 'account_id', nullable: true })
  accountId: string | null;
}

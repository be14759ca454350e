import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's retention term after a case closes; no row means the default (7 years). */
@Entity('retention_setting')
export class RetentionSettingEntity {
  @PrimaryColumn({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'smallint', name: 'retention_years' })
  retentionYears: number;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'uuid', name: 'updated_by', nullable: true })
  updatedBy: string | null;
}

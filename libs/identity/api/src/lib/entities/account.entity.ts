import type { Role } from '@nabij/platform/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('account')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', name: 'password_hash', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text' })
  role: Role;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'date', name: 'birth_date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'text', nullable: true })
  postcode: string | null;

  @Column({ type: 'uuid', name: 'organisation_id', nullable: true })
  organisationId: string | null;

  @Column({ type: 'uuid', name: 'financier_id', nullable: true })
  financierId: string | null;

  @Column({ type: 'uuid', name: 'team_id', nullable: true })
  teamId: string | null;

  @Column({ type: 'timestamptz', name: 'email_verified_at', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'uuid', name: 'admitted_by', nullable: true })
  admittedBy: string | null;

  @Column({ type: 'text', name: 'admission_reason', nullable: true })
  admissionReason: string | null;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  /** Set by an admin (organisation domain): login and refresh refuse the account while it is set. */
  @Column({ type: 'timestamptz', name: 'deactivated_at', nullable: true })
  deactivatedAt: Date | null;
}

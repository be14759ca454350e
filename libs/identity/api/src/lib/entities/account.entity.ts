import type { Language, Role } from '@nabij/platform/contracts';
import { Check, Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('account')
@Check('account_email_or_login_name', 'email IS NOT NULL OR login_name IS NOT NULL')
@Check('account_login_name_lower', 'login_name = lower(login_name)')
@Check('account_language', "language IN ('nl', 'en', 'ar', 'tr', 'pl')")
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Empty only for a client admitted without an e-mail address, who has a login name instead. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Lower case, unique, like `leiden-k7m4q`: for clients admitted without an e-mail address. */
  @Column({ type: 'text', name: 'login_name', nullable: true })
  loginName: string | null;

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

  /** Staff capability (set by an admin): may be the trainer of a training. */
  @Column({ type: 'boolean', name: 'can_train', default: false })
  canTrain: boolean;

  /** Staff capability (set by an admin): may be put on the chat duty rota. */
  @Column({ type: 'boolean', name: 'chat_duty', default: false })
  chatDuty: boolean;

  /** Staff capability (set by an admin): may write and publish library content (issue 14). */
  @Column({ type: 'boolean', name: 'library_editor', default: false })
  libraryEditor: boolean;

  /** The language the account reads: pages, and a client's or parent's mails and SMS (issue 17). */
  @Column({ type: 'text', default: 'nl' })
  language: Language;
}

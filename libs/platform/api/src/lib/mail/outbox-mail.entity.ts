import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every mail Nabij sends is stored first, so a failed delivery is never lost and can be retried. */
@Entity('outbox_mail')
export class OutboxMailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', name: 'to_address' })
  to: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'sent_at', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', name: 'last_error', nullable: true })
  lastError: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Set while someone delivers it (see MailService): nobody else sends it until then. */
  @Column({ type: 'timestamptz', name: 'claimed_until', nullable: true })
  claimedUntil: Date | null;
}

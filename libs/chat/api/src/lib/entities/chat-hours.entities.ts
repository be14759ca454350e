import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A weekly chat opening in Europe/Amsterdam local time (weekday 1 = Monday). */
@Entity('chat_hours_slot')
export class ChatHoursSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'smallint' })
  weekday: number;

  @Column({ type: 'time', name: 'starts_at' })
  startsAt: string;

  @Column({ type: 'time', name: 'ends_at' })
  endsAt: string;
}

@Entity('chat_hours_exception')
export class ChatHoursExceptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'date', name: 'on_date' })
  onDate: string;

  @Column({ type: 'text' })
  kind: 'extra' | 'cancelled';

  @Column({ type: 'time', name: 'starts_at', nullable: true })
  startsAt: string | null;

  @Column({ type: 'time', name: 'ends_at', nullable: true })
  endsAt: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** Duty roster (bureaudienst): every week on `weekday`, or once on `onDate`. */
@Entity('chat_duty')
export class ChatDutyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'organisation_id' })
  organisationId: string;

  @Column({ type: 'uuid', name: 'worker_id' })
  workerId: string;

  @Column({ type: 'smallint', nullable: true })
  weekday: number | null;

  @Column({ type: 'date', name: 'on_date', nullable: true })
  onDate: string | null;

  @Column({ type: 'time', name: 'starts_at' })
  startsAt: string;

  @Column({ type: 'time', name: 'ends_at' })
  endsAt: string;
}

import { ForbiddenException, Injectable } from '@nestjs/common';
import { AuthUser, Clock } from '@nabij/platform/api';
import { ContactDefaults, DEFAULT_CONTACT_MINUTES, ORGANISATION_DEFAULT_TYPES } from '@nabij/time/contracts';
import { DataSource } from 'typeorm';
import { ContactDefaultsDto } from './dto/contact-defaults.dto';

/** The built-in defaults, for organisations that never changed theirs. */
export const BUILT_IN_DEFAULTS = Object.fromEntries(
  ORGANISATION_DEFAULT_TYPES.map((t) => [t, DEFAULT_CONTACT_MINUTES[t]!]),
) as ContactDefaults;

/** Default minutes of prefilled contacts, per organisation (TimePrefillService reads the same table). */
@Injectable()
export class ContactDefaultsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async get(user: AuthUser): Promise<ContactDefaults> {
    const organisationId = this.organisationOf(user);
    const rows: Array<{ contact_type: keyof ContactDefaults; minutes: number }> = await this.dataSource.query(
      `SELECT contact_type, minutes FROM time_contact_default WHERE organisation_id = $1 AND contact_type = ANY ($2)`,
      [organisationId, ORGANISATION_DEFAULT_TYPES],
    );
    return { ...BUILT_IN_DEFAULTS, ...Object.fromEntries(rows.map((r) => [r.contact_type, r.minutes])) };
  }

  async update(user: AuthUser, change: ContactDefaultsDto): Promise<ContactDefaults> {
    const organisationId = this.organisationOf(user);
    const now = this.clock.now();
    await this.dataSource.transaction(async (db) => {
      for (const type of ORGANISATION_DEFAULT_TYPES) {
        const minutes = change[type];
        if (minutes === undefined) continue;
        await db.query(
          `INSERT INTO time_contact_default (organisation_id, contact_type, minutes, updated_at, updated_by) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (organisation_id, contact_type) DO UPDATE SET minutes = EXCLUDED.minutes, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by`,
          [organisationId, type, minutes, now, user.id],
        );
      }
    });
    return this.get(user);
  }

  private organisationOf(user: AuthUser): string {
    if (!user.organisationId) throw new ForbiddenException('Your account belongs to no organisation.');
    return user.organisationId;
  }
}

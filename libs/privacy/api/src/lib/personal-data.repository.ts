import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PersonalDataAccess } from '@nabij/privacy/contracts';
import { DataSource } from 'typeorm';

/** The access-log part of a client's export. */
@Injectable()
export class PersonalDataRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Everything the log says about this client. Staff IP addresses and browsers are left out: they
   * are the staff member's personal data, and the name and role already say who it was.
   */
  async accessLog(clientId: string): Promise<PersonalDataAccess[]> {
    const rows = await this.db.query(
      `SELECT e.occurred_at, a.name AS actor_name, e.actor_role, o.name AS actor_organisation, e.action, e.resource_type
       FROM audit_entry e LEFT JOIN account a ON a.id = e.actor_id LEFT JOIN organisation o ON o.id = a.organisation_id
       WHERE e.client_id = $1 ORDER BY e.occurred_at DESC, e.id DESC`,
      [clientId],
    );
    return rows.map(
      (r: {
        occurred_at: Date;
        actor_name: string | null;
        actor_role: string | null;
        actor_organisation: string | null;
        action: string;
        resource_type: string;
      }) => ({
        occurredAt: new Date(r.occurred_at).toISOString(),
        actorName: r.actor_name,
        actorRole: r.actor_role,
        actorOrganisation: r.actor_organisation,
        action: r.action,
        resourceType: r.resource_type,
      }),
    );
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ExtensionCountRow {
  team_id: string | null;
  team_name: string | null;
  requested: number;
  approved: number;
  refused: number;
  pending: number;
  extra_approved: number;
}

/** Requests of the organisation ($1) made on a Dutch day in $2..$3, of team $4 (null: all), per team. */
const PER_TEAM = `
SELECT e.team_id, t.name AS team_name,
       count(*)::int AS requested,
       count(*) FILTER (WHERE e.status = 'approved')::int AS approved,
       count(*) FILTER (WHERE e.status = 'refused')::int AS refused,
       count(*) FILTER (WHERE e.status = 'pending')::int AS pending,
       coalesce(sum(e.extra) FILTER (WHERE e.status = 'approved'), 0)::int AS extra_approved
  FROM time_limit_extension e
  LEFT JOIN team t ON t.id = e.team_id
 WHERE e.organisation_id = $1
   AND (e.requested_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN $2::date AND $3::date
   AND ($4::uuid IS NULL OR e.team_id = $4::uuid)
 GROUP BY e.team_id, t.name
 ORDER BY t.name NULLS LAST, e.team_id`;

@Injectable()
export class ExtensionReportRepository {
  constructor(private readonly dataSource: DataSource) {}

  perTeam(organisationId: string, from: string, to: string, teamId: string | null): Promise<ExtensionCountRow[]> {
    return this.dataSource.query(PER_TEAM, [organisationId, from, to, teamId]);
  }
}

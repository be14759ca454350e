import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface ScoreRow {
  submitted_at: Date;
  key: string;
  text: string;
  min_value: number | null;
  max_value: number | null;
  value: number;
}

/** The 1–10 answers a client gave in calls (entries that point at the client), oldest first. */
@Injectable()
export class ScoresRepository {
  constructor(private readonly dataSource: DataSource) {}

  scalesOfClient(clientId: string, organisationId: string): Promise<ScoreRow[]> {
    return this.dataSource.query(
      `SELECT r.submitted_at, q.key, q.text, q.min_value, q.max_value, (r.answers->>q.key)::int AS value
         FROM outreach_response r
         JOIN outreach_entry e ON e.id = r.entry_id
         JOIN outreach_question q ON q.version_id = r.version_id AND q.type = 'scale' AND r.answers ? q.key
         JOIN outreach_section s ON s.id = q.section_id
        WHERE e.client_id = $1 AND e.organisation_id = $2
        ORDER BY r.submitted_at, s.position, q.position`,
      [clientId, organisationId],
    );
  }
}

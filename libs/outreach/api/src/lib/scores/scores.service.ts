import { Injectable } from '@nestjs/common';
import { CaseAccessService } from '@nabij/dossier/api';
import { SCALE_MAX, SCALE_MIN } from '@nabij/outreach/contracts';
import type { CaseScores, ScoreSeries } from '@nabij/outreach/contracts';
import { AuditService, AuthUser, RequestMeta } from '@nabij/platform/api';
import { dutchDate } from '@nabij/time/contracts';
import { ScoresRepository } from './scores.repository';

/**
 * Scores in the dossier (issue 15): the 1–10 answers a client gave in outreach calls, per question
 * over time. Only the case's worker and the client (their own, in their online dossier) may see
 * them: dossier's CaseAccessService decides, anyone else gets 404. A worker's read is logged.
 */
@Injectable()
export class ScoresService {
  constructor(
    private readonly cases: CaseAccessService,
    private readonly scores: ScoresRepository,
    private readonly audit: AuditService,
  ) {}

  async ofCase(user: AuthUser, caseId: string, meta: RequestMeta): Promise<CaseScores> {
    const c = await this.cases.caseFor(user, caseId);
    const rows = await this.scores.scalesOfClient(c.clientId, c.organisationId);
    if (user.role !== 'client')
      await this.audit.record({
        actor: user,
        action: 'read',
        resourceType: 'outreach_scores',
        resourceId: c.id,
        clientId: c.clientId,
        ...meta,
      });
    const series = new Map<string, ScoreSeries>();
    for (const row of rows) {
      const found = series.get(row.key) ?? { key: row.key, text: row.text, min: SCALE_MIN, max: SCALE_MAX, points: [] };
      // Rows come oldest first: the newest version's wording and range win.
      found.text = row.text;
      found.min = row.min_value ?? SCALE_MIN;
      found.max = row.max_value ?? SCALE_MAX;
      found.points.push({ on: dutchDate(row.submitted_at), value: row.value });
      series.set(row.key, found);
    }
    return { series: [...series.values()] };
  }
}

import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { TeamCasesService } from '@nabij/dossier/api';
import { TeamRecordsService, type TeamRow } from '@nabij/identity/api';
import { TEAM_HAS_OPEN_CASES, TEAM_NAME_TAKEN, type TeamView } from '@nabij/organisation/contracts';
import { AuditService, AuthUser, Clock, RequestMeta } from '@nabij/platform/api';
import { DataSource, EntityManager } from 'typeorm';
import { CreateTeamDto, RenameTeamDto } from './dto/team.dto';
import { organisationOf } from './organisation-of';

/** Teams of the admin's own organisation: list, create, rename, archive. Every change is audited. */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly teams: TeamRecordsService,
    private readonly teamCases: TeamCasesService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(admin: AuthUser): Promise<TeamView[]> {
    const rows = await this.teams.list(this.dataSource.manager, organisationOf(admin));
    return rows.map(toView);
  }

  create(admin: AuthUser, dto: CreateTeamDto, meta: RequestMeta): Promise<TeamView> {
    return this.dataSource.transaction(async (db) => {
      await this.assertNameFree(db, admin, dto.name, null);
      const id = await this.teams.insert(db, organisationOf(admin), dto.name);
      await this.audit.record({ actor: admin, action: 'create', resourceType: 'team', resourceId: id, ...meta }, db);
      return toView((await this.teams.find(db, organisationOf(admin), id)) as TeamRow);
    });
  }

  rename(admin: AuthUser, teamId: string, dto: RenameTeamDto, meta: RequestMeta): Promise<TeamView> {
    return this.dataSource.transaction(async (db) => {
      const team = await this.teamFor(db, admin, teamId);
      await this.assertNameFree(db, admin, dto.name, team.id);
      await this.teams.rename(db, team.id, dto.name);
      await this.audit.record({ actor: admin, action: 'update', resourceType: 'team', resourceId: team.id, ...meta }, db);
      return toView((await this.teams.find(db, organisationOf(admin), team.id)) as TeamRow);
    });
  }

  /**
   * Archiving a team with open cases would leave those clients with a team nobody plans for, so it
   * waits until the cases are closed or handed to another team. Archiving twice is a no-op.
   */
  archive(admin: AuthUser, teamId: string, meta: RequestMeta): Promise<TeamView> {
    return this.dataSource.transaction(async (db) => {
      const team = await this.teamFor(db, admin, teamId);
      if (team.archived_at) return toView(team);
      const openCases = await this.teamCases.openCaseCount(team.id, db);
      if (openCases > 0) {
        throw new ConflictException({
          code: TEAM_HAS_OPEN_CASES,
          openCases,
          message: `This team still has ${openCases} open case(s). Close them or hand them over to another team first.`,
        });
      }
      await this.teams.archive(db, team.id, this.clock.now());
      await this.audit.record(
        { actor: admin, action: 'delete', resourceType: 'team', resourceId: team.id, reason: 'archived', ...meta },
        db,
      );
      return toView((await this.teams.find(db, organisationOf(admin), team.id)) as TeamRow);
    });
  }

  /** Another organisation's team answers like a team that does not exist. */
  private async teamFor(db: EntityManager, admin: AuthUser, teamId: string): Promise<TeamRow> {
    const team = await this.teams.findForUpdate(db, organisationOf(admin), teamId);
    if (!team)
      throw new NotFoundException({ message: 'This team does not exist in your organisation.', code: 'organisation.team_not_exist_2' });
    return team;
  }

  private async assertNameFree(db: EntityManager, admin: AuthUser, name: string, exceptTeamId: string | null): Promise<void> {
    await this.teams.lockNames(db, organisationOf(admin));
    if (await this.teams.nameTaken(db, organisationOf(admin), name, exceptTeamId)) {
      throw new ConflictException({
        code: TEAM_NAME_TAKEN,
        fields: { name: ['name is already used by another team of your organisation'] },
        message: 'Your organisation already has a team with this name.',
      });
    }
  }
}

function toView(row: TeamRow): TeamView {
  return {
    id: row.id,
    name: row.name,
    archivedAt: row.archived_at ? new Date(row.archived_at).toISOString() : null,
    staffCount: row.staff_count,
  };
}

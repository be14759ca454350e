import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CasesRepository } from './cases.repository';

/** What other domains may ask about a team's cases without reading care_case themselves. */
@Injectable()
export class TeamCasesService {
  constructor(
    private readonly cases: CasesRepository,
    private readonly dataSource: DataSource,
  ) {}

  openCaseCount(teamId: string, manager?: EntityManager): Promise<number> {
    return this.cases.openCaseCountOfTeam(manager ?? this.dataSource.manager, teamId);
  }
}

import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Colleague } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { DataSource } from 'typeorm';

/** Who a worker can hand a case over to: the other workers of their organisation, id and name only. */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker')
@Controller('dossier/colleagues')
export class ColleaguesController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  async colleagues(@CurrentUser() user: AuthUser): Promise<Colleague[]> {
    if (!user.organisationId) return [];
    const rows: Colleague[] = await this.dataSource.query(
      `SELECT id, name FROM account WHERE role = 'worker' AND organisation_id = $1 AND id <> $2 ORDER BY name NULLS LAST, id`,
      [user.organisationId, user.id],
    );
    return rows.map((r) => ({ id: r.id, name: r.name }));
  }
}

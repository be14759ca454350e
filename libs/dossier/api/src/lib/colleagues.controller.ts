import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Colleague } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
import { CasesService } from './cases.service';

/** Who a worker can hand a case over to: the other workers of their organisation, id and name only. */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker')
@Controller('dossier/colleagues')
export class ColleaguesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  colleagues(@CurrentUser() user: AuthUser): Promise<Colleague[]> {
    return this.cases.colleagues(user);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { ClientSearchResult } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import { ClientSearchService } from './client-search.service';
import { ClientSearchQueryDto } from './dto/client-search.dto';

@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker')
@Controller('dossier/clients')
export class ClientSearchController {
  constructor(private readonly clients: ClientSearchService) {}

  @Get()
  search(@CurrentUser() user: AuthUser, @Query() dto: ClientSearchQueryDto, @ReqMeta() meta: RequestMeta): Promise<ClientSearchResult[]> {
    return this.clients.search(user, dto.query, meta);
  }
}

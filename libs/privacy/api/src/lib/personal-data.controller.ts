import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { PersonalDataExport } from '@nabij/privacy/contracts';
import type { Response } from 'express';
import { MyDataQueryDto } from './dto/my-data-query.dto';
import { personalDataHtml } from './personal-data-html';
import { PersonalDataService } from './personal-data.service';

@ApiTags('privacy')
@Controller('privacy/my-data')
export class PersonalDataController {
  constructor(private readonly data: PersonalDataService) {}

  /** Everything Nabij holds about the calling client, as a JSON file or a printable HTML page. */
  @Roles('client')
  @Get()
  @ApiProduces('application/json', 'text/html')
  async myData(
    @CurrentUser() user: AuthUser,
    @Query() query: MyDataQueryDto,
    @ReqMeta() meta: RequestMeta,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PersonalDataExport | string> {
    const format = query.format ?? 'json';
    const data = await this.data.export(user, format, meta);
    const day = data.generatedAt.slice(0, 10);
    res.setHeader('Content-Disposition', `attachment; filename="mijn-gegevens-${day}.${format}"`);
    if (format === 'json') return data;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    return personalDataHtml(data);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { CaseSummary, Dossier, DossierAccessPage, PrivateNote } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, IntInRangePipe, Roles } from '@nabij/platform/api';
import { ClientDossierService } from './client-dossier.service';
import { PrivateNoteDto, UpdatePrivateNoteDto } from './dto/dossier-items.dto';

/** "Mijn dossier" for the client: own cases, private notes and who looked at the dossier. */
@ApiTags('dossier')
@ApiBearerAuth()
@Roles('client')
@Controller('dossier')
export class ClientDossierController {
  constructor(private readonly dossier: ClientDossierService) {}

  @Get('mine')
  myCases(@CurrentUser() user: AuthUser): Promise<CaseSummary[]> {
    return this.dossier.myCases(user);
  }

  @Get('mine/:caseId')
  myDossier(@CurrentUser() user: AuthUser, @Param('caseId') caseId: string): Promise<Dossier> {
    return this.dossier.myDossier(user, caseId);
  }

  /** Who read or changed the client's data, per day, person and kind of data (paged, newest first). */
  @Get('access-log')
  @ApiQuery({ name: 'page', required: false, type: 'integer', minimum: 1, maximum: 10000 })
  accessLog(
    @CurrentUser() user: AuthUser,
    @Query('page', new IntInRangePipe({ fallback: 1, min: 1, max: 10000 })) page: number,
  ): Promise<DossierAccessPage> {
    return this.dossier.accessLog(user, page);
  }

  @Get('notes')
  notes(@CurrentUser() user: AuthUser): Promise<PrivateNote[]> {
    return this.dossier.notes(user);
  }

  @Post('notes')
  addNote(@CurrentUser() user: AuthUser, @Body() body: PrivateNoteDto): Promise<PrivateNote> {
    return this.dossier.addNote(user, body);
  }

  @Patch('notes/:noteId')
  updateNote(@CurrentUser() user: AuthUser, @Param('noteId') noteId: string, @Body() body: UpdatePrivateNoteDto): Promise<PrivateNote> {
    return this.dossier.updateNote(user, noteId, body);
  }

  @Delete('notes/:noteId')
  @HttpCode(204)
  removeNote(@CurrentUser() user: AuthUser, @Param('noteId') noteId: string): Promise<void> {
    return this.dossier.removeNote(user, noteId);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { CaseSummary, Dossier, DossierAccess, PrivateNote } from '@nabij/dossier/contracts';
import { AuthUser, CurrentUser, Roles } from '@nabij/platform/api';
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

  @Get('access-log')
  accessLog(@CurrentUser() user: AuthUser): Promise<DossierAccess[]> {
    return this.dossier.accessLog(user);
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

import { Controller, Get, Param, Post, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { DossierDocument } from '@nabij/dossier/contracts';
import { DOCUMENT_MAX_BYTES } from '@nabij/dossier/contracts';
import {
  AuthUser,
  CurrentUser,
  ReqMeta,
  RequestMeta,
  Roles,
  TooLargeAsBadRequest,
  UploadedDocument,
  UTF8_FILE_NAMES,
} from '@nabij/platform/api';
import { DocumentsService } from './documents.service';

@ApiTags('dossier')
@ApiBearerAuth()
@Roles('worker', 'client')
@Controller('dossier/cases/:caseId/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @UseInterceptors(
    TooLargeAsBadRequest,
    FileInterceptor('file', { ...UTF8_FILE_NAMES, limits: { fileSize: DOCUMENT_MAX_BYTES, files: 1, fields: 5 } }),
  )
  upload(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @UploadedFile() file: UploadedDocument | undefined,
    @ReqMeta() meta: RequestMeta,
  ): Promise<DossierDocument> {
    return this.documents.upload(user, caseId, file, meta);
  }

  @Get(':documentId/content')
  download(
    @CurrentUser() user: AuthUser,
    @Param('caseId') caseId: string,
    @Param('documentId') documentId: string,
    @ReqMeta() meta: RequestMeta,
  ): Promise<StreamableFile> {
    return this.documents.download(user, caseId, documentId, meta);
  }
}

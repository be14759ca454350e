import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser, ReqMeta, RequestMeta, Roles } from '@nabij/platform/api';
import type { EditorModuleTranslation } from '@nabij/trainings/contracts';
import { ModuleTranslationDto, ModuleTranslationParamsDto } from './dto/module-translation.dto';
import { ModuleTranslationService } from './module-translation.service';

/** Issue 17: a module's texts in Arabic, Turkish or Polish, for whoever edits the training. */
@ApiTags('trainings (editor)')
@ApiBearerAuth()
@Roles('admin', 'worker')
@Controller('training-modules/:moduleId/translations/:lang')
export class ModuleTranslationController {
  constructor(private readonly translations: ModuleTranslationService) {}

  @Get()
  get(@CurrentUser() user: AuthUser, @Param() params: ModuleTranslationParamsDto): Promise<EditorModuleTranslation> {
    return this.translations.get(user, params.moduleId, params.lang);
  }

  @Put()
  save(
    @CurrentUser() user: AuthUser,
    @Param() params: ModuleTranslationParamsDto,
    @Body() body: ModuleTranslationDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    return this.translations.save(user, params.moduleId, params.lang, body, meta);
  }

  @Post('publish')
  @HttpCode(200)
  publish(
    @CurrentUser() user: AuthUser,
    @Param() params: ModuleTranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    return this.translations.setStatus(user, params.moduleId, params.lang, 'published', meta);
  }

  @Post('unpublish')
  @HttpCode(200)
  unpublish(
    @CurrentUser() user: AuthUser,
    @Param() params: ModuleTranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    return this.translations.setStatus(user, params.moduleId, params.lang, 'draft', meta);
  }

  @Delete('draft')
  discard(
    @CurrentUser() user: AuthUser,
    @Param() params: ModuleTranslationParamsDto,
    @ReqMeta() meta: RequestMeta,
  ): Promise<EditorModuleTranslation> {
    return this.translations.discardDraft(user, params.moduleId, params.lang, meta);
  }
}

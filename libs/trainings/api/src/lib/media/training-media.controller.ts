import {
  CallHandler,
  Controller,
  Get,
  Headers,
  HttpCode,
  Injectable,
  NestInterceptor,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Query,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  AppConfig,
  AuthUser,
  badFile,
  CurrentUser,
  PublicWithOptionalUser,
  ReqMeta,
  RequestMeta,
  Roles,
  UploadedFileOnDisk,
} from '@nabij/platform/api';
import type { AuthoringTraining } from '@nabij/trainings/contracts';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { catchError, Observable, throwError } from 'rxjs';
import { TrainingMediaService } from './training-media.service';

/** Multer stops at the configured video size and says 413; the editor shows a 400 on the file field instead. */
@Injectable()
export class VideoTooLarge implements NestInterceptor {
  constructor(private readonly config: AppConfig) {}

  intercept(_: unknown, next: CallHandler): Observable<unknown> {
    const limit = `${Math.round(this.config.trainingVideoMaxBytes / 1024 / 1024)} MB`;
    return next
      .handle()
      .pipe(
        catchError((error) =>
          throwError(() =>
            error instanceof PayloadTooLargeException ? badFile(`This file is larger than ${limit}.`, 'file', 'too_large') : error,
          ),
        ),
      );
  }
}

const FILE_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

@ApiTags('trainings (editor)')
@ApiBearerAuth()
@Controller()
export class TrainingMediaController {
  constructor(private readonly media: TrainingMediaService) {}

  /** The film of a video step (MP4 or WebM, up to TRAINING_VIDEO_MAX_MB); replaces an earlier one. */
  @Roles('admin', 'worker')
  @Post('training-steps/:stepId/video')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @UseInterceptors(VideoTooLarge, FileInterceptor('file'))
  uploadVideo(
    @CurrentUser() user: AuthUser,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @UploadedFile() file: UploadedFileOnDisk | undefined,
    @ReqMeta() meta: RequestMeta,
  ): Promise<AuthoringTraining> {
    return this.media.upload(user, stepId, 'video', file, meta);
  }

  /** Timed captions of a video step (WebVTT, up to 512 KB); replaces earlier ones. */
  @Roles('admin', 'worker')
  @Post('training-steps/:stepId/captions')
  @HttpCode(201)
  @ApiConsumes('multipart/form-data')
  @ApiBody(FILE_BODY)
  @UseInterceptors(VideoTooLarge, FileInterceptor('file'))
  uploadCaptions(
    @CurrentUser() user: AuthUser,
    @Param('stepId', ParseUUIDPipe) stepId: string,
    @UploadedFile() file: UploadedFileOnDisk | undefined,
    @ReqMeta() meta: RequestMeta,
  ): Promise<AuthoringTraining> {
    return this.media.upload(user, stepId, 'captions', file, meta);
  }

  /**
   * A film or captions file, with range requests (206, 416). A <video> cannot send a login header,
   * so the address from the module view carries `access`; API clients may send their token instead.
   * Who may not watch it gets a 404, as for an unknown id.
   */
  @PublicWithOptionalUser()
  @Get('training-media/:mediaId')
  @ApiQuery({ name: 'access', required: false, description: 'The key in the address the module view gives' })
  async stream(
    @CurrentUser() user: AuthUser | undefined,
    @Param('mediaId', ParseUUIDPipe) mediaId: string,
    @Query('access') access: string | undefined,
    @Headers('range') range: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const answer = await this.media.stream(user, mediaId, typeof access === 'string' ? access : undefined, range);
    res.status(answer.status).set(answer.headers);
    if (!answer.body) {
      res.end();
      return;
    }
    // A viewer who skips ahead closes the connection mid-file: that ends the read, it is no error.
    await pipeline(answer.body, res).catch(() => answer.body?.destroy());
  }
}

import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { CaseLookupService } from '@nabij/dossier/api';
import {
  AppConfig,
  AuditService,
  AuthUser,
  badFile,
  Clock,
  DocumentScanner,
  DocumentStore,
  RequestMeta,
  SessionRegistry,
  UploadedFileOnDisk,
} from '@nabij/platform/api';
import type { MediaKind } from '@nabij/trainings/contracts';
import type { ReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { AuthoringService } from '../authoring.service';
import { TrainingContentRepository } from '../training-content.repository';
import { ByteRange, checkCaptions, checkVideo, CheckedMedia, parseByteRange } from './media-checks';
import { MediaTokens } from './media-token';
import { TrainingMediaRepository } from './training-media.repository';

const NOT_FOUND = 'This video does not exist or is not part of your training.';

/** What the controller sends for one media request. */
export type MediaResponse =
  { status: 200 | 206; headers: Record<string, string>; body: ReadStream } | { status: 416; headers: Record<string, string>; body: null };

/**
 * Films and WebVTT captions of video steps: uploaded by whoever edits the training, stored like
 * dossier documents, streamed with range requests to the training's participants, their case
 * workers, its trainer and the organisation's admins. Everyone else gets a 404.
 */
@Injectable()
export class TrainingMediaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly media: TrainingMediaRepository,
    private readonly content: TrainingContentRepository,
    private readonly authoring: AuthoringService,
    private readonly store: DocumentStore,
    private readonly scanner: DocumentScanner,
    private readonly tokens: MediaTokens,
    private readonly sessions: SessionRegistry,
    private readonly cases: CaseLookupService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  /** Stores a film (MP4/WebM) or captions (WebVTT) for a video step; a refused file leaves no trace. */
  async upload(user: AuthUser, stepId: string, kind: MediaKind, file: UploadedFileOnDisk | undefined, meta: RequestMeta) {
    try {
      return await this.checkAndStore(user, stepId, kind, file, meta);
    } finally {
      // Moved into the store when all went well; a refused or failed upload leaves no temporary file.
      if (file?.path) await rm(file.path, { force: true });
    }
  }

  private async checkAndStore(user: AuthUser, stepId: string, kind: MediaKind, file: UploadedFileOnDisk | undefined, meta: RequestMeta) {
    const step = await this.content.findStep(stepId);
    if (!step)
      throw new NotFoundException({
        message: 'This step does not exist or you do not edit its training.',
        code: 'trainings.step_not_exist',
      });
    const module = await this.content.module(step.moduleId);
    await this.authoring.editable(user, module.trainingId);
    if (step.kind !== 'video')
      throw new BadRequestException({
        message: 'Only a video step takes a film or captions.',
        fields: { kind: ['make this a video step first'] },
      });
    const checked: CheckedMedia = kind === 'video' ? await checkVideo(file, this.config.trainingVideoMaxBytes) : await checkCaptions(file);
    const scan = await this.scanner.scanFile(checked.path, checked.contentType);
    if (!scan.clean) throw badFile('This file was refused by the virus scan.', 'file', 'virus');
    const key = await this.store.putFile(checked.path);
    let replacedKey: string | null;
    try {
      replacedKey = await this.dataSource.transaction(async (db) => {
        const saved = await this.media.replace(db, {
          stepId,
          kind,
          fileName: checked.fileName,
          contentType: checked.contentType,
          sizeBytes: checked.sizeBytes,
          sha256: checked.sha256,
          storageKey: key,
          uploadedBy: user.id,
          uploadedAt: this.clock.now(),
        });
        if (kind === 'video') {
          // The step's content names its film, so the editor and an export see that it has one.
          step.content = { ...(step.content as object), fileRef: saved.id } as typeof step.content;
          await this.content.saveStep(db, step);
        }
        await this.audit.record({ actor: user, action: 'create', resourceType: 'training_media', resourceId: saved.id, ...meta }, db);
        return saved.replacedKey;
      });
    } catch (error) {
      await this.store.remove(key);
      throw error;
    }
    if (replacedKey) await this.store.remove(replacedKey);
    return this.authoring.full(user, module.trainingId);
  }

  /**
   * The file, whole or the asked byte range. The caller is the logged-in user (API clients) or the
   * login named by the address's key (a <video>); either way access is checked again now, so a
   * key outlives neither the login nor the place in the training.
   */
  async stream(
    bearer: AuthUser | undefined,
    mediaId: string,
    token: string | undefined,
    range: string | undefined,
  ): Promise<MediaResponse> {
    const media = await this.media.withTraining(mediaId);
    if (!media) throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.video_not_exist' });
    const user = bearer ?? (await this.fromToken(token, mediaId));
    if (!user || !(await this.mayWatch(user, media)))
      throw new NotFoundException({ message: NOT_FOUND, code: 'trainings.video_not_exist' });
    const size = media.sizeBytes;
    const headers: Record<string, string> = {
      'Content-Type': media.contentType === 'text/vtt' ? 'text/vtt; charset=utf-8' : media.contentType,
      'Accept-Ranges': 'bytes',
      'Content-Disposition': 'inline',
    };
    const wanted: ByteRange = parseByteRange(range, size);
    if (wanted.kind === 'unsatisfiable') return { status: 416, headers: { ...headers, 'Content-Range': `bytes */${size}` }, body: null };
    if (wanted.kind === 'full')
      return { status: 200, headers: { ...headers, 'Content-Length': String(size) }, body: this.store.open(media.storageKey) };
    return {
      status: 206,
      headers: {
        ...headers,
        'Content-Length': String(wanted.end - wanted.start + 1),
        'Content-Range': `bytes ${wanted.start}-${wanted.end}/${size}`,
      },
      body: this.store.open(media.storageKey, { start: wanted.start, end: wanted.end }),
    };
  }

  private async fromToken(token: string | undefined, mediaId: string): Promise<AuthUser | null> {
    const user = this.tokens.verify(token, mediaId);
    if (!user || (await this.sessions.isRevoked(user.sessionId))) return null;
    return user;
  }

  private async mayWatch(
    user: AuthUser,
    media: { trainingId: string; organisationId: string; trainerId: string | null },
  ): Promise<boolean> {
    if (!user.organisationId || user.organisationId !== media.organisationId) return false;
    switch (user.role) {
      case 'admin':
        return true;
      case 'client':
        return this.media.isParticipant(user.id, media.trainingId);
      case 'worker':
        return (
          media.trainerId === user.id ||
          this.media.coachesParticipant(media.trainingId, await this.cases.openCaseIdsOfWorker(user.id, user.organisationId))
        );
      default:
        return false;
    }
  }
}

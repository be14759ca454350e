import { Injectable } from '@nestjs/common';
import type { AuthUser } from '@nabij/platform/api';
import type { MediaFileInfo, MediaSources } from '@nabij/trainings/contracts';
import { TrainingMediaEntity } from '../entities/training-content.entities';
import { MediaTokens } from './media-token';
import { TrainingMediaRepository } from './training-media.repository';

export interface StepMedia {
  video: MediaFileInfo | null;
  captions: MediaFileInfo | null;
  sources: MediaSources;
}

function toMediaFileInfo(m: TrainingMediaEntity): MediaFileInfo {
  return { id: m.id, fileName: m.fileName, contentType: m.contentType, sizeBytes: m.sizeBytes, uploadedAt: m.uploadedAt.toISOString() };
}

/** Per video step its uploaded files, and addresses (with a key for this login) to load them from. */
@Injectable()
export class MediaSourcesService {
  constructor(
    private readonly media: TrainingMediaRepository,
    private readonly tokens: MediaTokens,
  ) {}

  /** Call it only after checking that `user` may see these steps: the addresses let them load the files. */
  async forSteps(user: AuthUser, stepIds: string[]): Promise<Map<string, StepMedia>> {
    const rows = await this.media.ofSteps(stepIds);
    const url = (m: TrainingMediaEntity | undefined) =>
      m ? `/api/training-media/${m.id}?access=${encodeURIComponent(this.tokens.sign(user, m.id))}` : null;
    return new Map(
      stepIds.map((id) => {
        const video = rows.find((r) => r.stepId === id && r.kind === 'video');
        const captions = rows.find((r) => r.stepId === id && r.kind === 'captions');
        const media: StepMedia = {
          video: video ? toMediaFileInfo(video) : null,
          captions: captions ? toMediaFileInfo(captions) : null,
          sources: { videoUrl: url(video), captionsUrl: url(captions) },
        };
        return [id, media];
      }),
    );
  }
}

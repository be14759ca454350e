import { Injectable } from '@nestjs/common';
import type { MediaKind } from '@nabij/trainings/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { TrainingMediaEntity } from '../entities/training-content.entities';

/** A media row with the training it belongs to (through step and module). */
export type MediaWithTraining = TrainingMediaEntity & { trainingId: string; organisationId: string; trainerId: string | null };

/** SQL of uploaded training films and captions (table training_media). */
@Injectable()
export class TrainingMediaRepository {
  constructor(private readonly dataSource: DataSource) {}

  ofSteps(stepIds: string[]): Promise<TrainingMediaEntity[]> {
    if (stepIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(TrainingMediaEntity).findBy({ stepId: In(stepIds) });
  }

  async withTraining(mediaId: string): Promise<MediaWithTraining | null> {
    const { raw, entities } = await this.dataSource
      .getRepository(TrainingMediaEntity)
      .createQueryBuilder('media')
      .innerJoin('training_step', 'st', 'st.id = media.step_id')
      .innerJoin('training_module', 'm', 'm.id = st.module_id')
      .innerJoin('training', 't', 't.id = m.training_id')
      .addSelect(['t.id AS training_id', 't.organisation_id AS organisation_id', 't.trainer_id AS trainer_id'])
      .where('media.id = :mediaId', { mediaId })
      .getRawAndEntities();
    if (!entities[0]) return null;
    return Object.assign(entities[0], {
      trainingId: raw[0].training_id as string,
      organisationId: raw[0].organisation_id as string,
      trainerId: raw[0].trainer_id as string | null,
    });
  }

  /** Replaces the step's file of this kind; returns the storage key of the one it replaced, to remove after the commit. */
  async replace(db: EntityManager, media: Omit<TrainingMediaEntity, 'id'>): Promise<{ id: string; replacedKey: string | null }> {
    const repo = db.getRepository(TrainingMediaEntity);
    const old = await repo.findOne({ where: { stepId: media.stepId, kind: media.kind as MediaKind }, lock: { mode: 'pessimistic_write' } });
    if (old) await repo.delete(old.id);
    const saved = await repo.save(repo.create(media));
    return { id: saved.id, replacedKey: old?.storageKey ?? null };
  }

  /** Whether the client takes part in the training. */
  async isParticipant(clientId: string, trainingId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM training_enrolment WHERE training_id = $1 AND client_id = $2) AS found`,
      [trainingId, clientId],
    );
    return row.found;
  }

  /** Whether a participant of the training was enrolled in one of these (the worker's open) cases. */
  async coachesParticipant(trainingId: string, openCaseIds: string[]): Promise<boolean> {
    if (openCaseIds.length === 0) return false;
    const [row] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM training_enrolment WHERE training_id = $1 AND case_id = ANY($2::uuid[])) AS found`,
      [trainingId, openCaseIds],
    );
    return row.found;
  }
}

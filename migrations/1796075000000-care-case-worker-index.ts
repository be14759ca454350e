import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every case of a worker, open or closed, by index: the worker inbox starts from the worker's cases
 * and finds their threads through `message_thread_case`, instead of hashing every case of every
 * organisation (`care_case_worker_open` only holds open cases, and closed cases keep their thread).
 */
export class CareCaseWorkerIndex1796075000000 implements MigrationInterface {
  name = 'CareCaseWorkerIndex1796075000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX care_case_worker ON care_case (assigned_worker_id, organisation_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX IF EXISTS care_case_worker`);
  }
}

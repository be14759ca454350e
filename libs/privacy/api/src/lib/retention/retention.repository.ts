import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RetentionSettingEntity } from './retention-setting.entity';

@Injectable()
export class RetentionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async years(organisationId: string): Promise<number | null> {
    const row = await this.db.getRepository(RetentionSettingEntity).findOne({ where: { organisationId } });
    return row?.retentionYears ?? null;
  }

  async upsert(organisationId: string, retentionYears: number, by: string, at: Date): Promise<void> {
    await this.db
      .getRepository(RetentionSettingEntity)
      .upsert({ organisationId, retentionYears, updatedBy: by, updatedAt: at }, ['organisationId']);
  }
}

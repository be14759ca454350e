import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import { parsePostcode } from '@nabij/intake/contracts';
import { Clock } from '@nabij/platform/api';
import { DataSource, Repository } from 'typeorm';
import { PostcodeCheckEntity } from './entities/organisation.entities';
import { NATIONAL_REFERRALS } from './referral-places';

/** How long a served check may be used to register. */
export const CHECK_VALID_MINUTES = 120;

@Injectable()
export class PostcodeCheckService {
  constructor(
    @InjectRepository(PostcodeCheckEntity) private readonly checks: Repository<PostcodeCheckEntity>,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async check(input: string): Promise<PostcodeCheckResponse> {
    const postcode = parsePostcode(input);
    if (!postcode) {
      throw new BadRequestException({
        message: 'Check these fields: postcode',
        fields: { postcode: ['postcode must be a Dutch postcode like 2312 AB'] },
      });
    }
    const [area] = await this.dataSource.query(
      `SELECT f.id AS financier_id, f.name AS financier, o.name AS organisation
         FROM service_area s
         JOIN financier f ON f.id = s.financier_id
         JOIN organisation o ON o.id = f.organisation_id
        WHERE $1 BETWEEN s.postcode_from AND s.postcode_to
        ORDER BY s.postcode_to - s.postcode_from, f.name
        LIMIT 1`,
      [postcode.digits],
    );
    const now = this.clock.now();
    const saved = await this.checks.save(
      this.checks.create({
        postcode: postcode.formatted,
        served: !!area,
        financierId: area?.financier_id ?? null,
        createdAt: now,
        expiresAt: new Date(now.getTime() + CHECK_VALID_MINUTES * 60_000),
        usedAt: null,
        accountId: null,
      }),
    );
    if (!area) {
      return { served: false, postcode: postcode.formatted, referral: { places: NATIONAL_REFERRALS } };
    }
    return {
      served: true,
      postcode: postcode.formatted,
      checkId: saved.id,
      expiresAt: saved.expiresAt.toISOString(),
      financier: area.financier,
      financierId: area.financier_id,
      organisation: area.organisation,
    };
  }
}

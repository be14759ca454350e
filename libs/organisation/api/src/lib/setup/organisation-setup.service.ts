import { BadRequestException, Injectable } from '@nestjs/common';
import { TeamRecordsService } from '@nabij/identity/api';
import { OrganisationRecordsService } from '@nabij/intake/api';
import { plainToInstance } from 'class-transformer';
import { validate, ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import { InvitesService } from '../invites/invites.service';
import { OrganisationPlanDto } from './organisation-plan.dto';

export interface OrganisationSetUp {
  organisationId: string;
  teams: number;
  financiers: number;
  serviceAreas: number;
  /** The first admin's invitation link (also mailed): one use, 7 days. */
  inviteLink: string;
}

/**
 * A new organisation from a plan (see OrganisationPlanDto and deploy/organisation.example.json):
 * the organisation, its financiers with their postcodes, its teams and an invitation for its first
 * admin, all in one transaction; a plan with any problem leaves nothing behind.
 */
@Injectable()
export class OrganisationSetupService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly records: OrganisationRecordsService,
    private readonly teams: TeamRecordsService,
    private readonly invites: InvitesService,
  ) {}

  /** Checks a plan as read from JSON; a 400 names every field that is wrong. */
  async parse(input: unknown): Promise<OrganisationPlanDto> {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      throw new BadRequestException({ message: 'The plan must be a JSON object.', code: 'organisation.plan_must_json' });
    const plan = plainToInstance(OrganisationPlanDto, input);
    const errors = await validate(plan, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length > 0) {
      const fields = Object.fromEntries(flatten(errors).map(([path, messages]) => [path, messages]));
      throw new BadRequestException({ message: `The plan is not valid: ${Object.keys(fields).join(', ')}`, fields });
    }
    return plan;
  }

  async setUp(input: unknown): Promise<OrganisationSetUp> {
    const plan = await this.parse(input);
    const financiers = plan.financiers.map((f) => ({
      name: f.name,
      reportName: f.reportName ?? null,
      socialTeam: f.socialTeam ? { name: f.socialTeam.name, phone: f.socialTeam.phone ?? null, url: f.socialTeam.url ?? null } : null,
      areas: f.postcodes.map(range),
    }));
    const done = await this.dataSource.transaction(async (db) => {
      const organisationId = await this.records.create(db, { name: plan.name, slug: plan.slug, financiers });
      for (const team of plan.teams) await this.teams.insert(db, organisationId, team);
      const invite = await this.invites.inviteFirstAdmin(db, organisationId, { name: plan.admin.name, email: plan.admin.email });
      return { organisationId, invite };
    });
    await done.invite.deliver();
    return {
      organisationId: done.organisationId,
      teams: plan.teams.length,
      financiers: financiers.length,
      serviceAreas: financiers.reduce((n, f) => n + f.areas.length, 0),
      inviteLink: done.invite.link,
    };
  }
}

/** "2311-2334" → [2311, 2334]; "2340" → [2340, 2340]. A reversed range is read the right way round. */
function range(postcodes: string): [number, number] {
  const [from, to = from] = postcodes.split('-').map(Number);
  return from <= to ? [from, to] : [to, from];
}

/** class-validator's nested errors as dotted field paths ("financiers.0.postcodes"). */
function flatten(errors: ValidationError[], prefix = ''): Array<[string, string[]]> {
  return errors.flatMap((e) => {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    const own: Array<[string, string[]]> = e.constraints ? [[path, Object.values(e.constraints)]] : [];
    return [...own, ...flatten(e.children ?? [], path)];
  });
}

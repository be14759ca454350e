import { BadRequestException, Injectable } from '@nestjs/common';
import { AccountsService } from '@nabij/identity/api';
import type { LocalReferralService, PostcodeCheckResponse } from '@nabij/intake/contracts';
import { LocalServicesService } from '@nabij/socialmap/api';
import { parsePostcode } from '@nabij/intake/contracts';
import { Clock } from '@nabij/platform/api';
import { IntakeRepository } from './intake.repository';
import { NATIONAL_REFERRALS } from './referral-places';

/** How long a served check may be used to register. */
export const CHECK_VALID_MINUTES = 120;

/** A served postcode check as other domains see it (the anonymous first question of the library). */
export interface ServedPostcodeCheck {
  checkId: string;
  /** As the person typed it (chat shows it to the worker). */
  postcode: string;
  organisationId: string;
  financierId: string;
  expired: boolean;
}

@Injectable()
export class PostcodeCheckService {
  constructor(
    private readonly repository: IntakeRepository,
    private readonly clock: Clock,
    private readonly socialMap: LocalServicesService,
    private readonly accounts: AccountsService,
  ) {}

  async check(input: string): Promise<PostcodeCheckResponse> {
    const postcode = parsePostcode(input);
    if (!postcode) {
      throw new BadRequestException({
        message: 'Check these fields: postcode',
        fields: { postcode: ['postcode must be a Dutch postcode like 2312 AB'] },
      });
    }
    const area = await this.repository.areaCovering(postcode.digits);
    const now = this.clock.now();
    const saved = await this.repository.insertPostcodeCheck({
      postcode: postcode.formatted,
      served: !!area,
      financierId: area?.financier_id ?? null,
      createdAt: now,
      expiresAt: new Date(now.getTime() + CHECK_VALID_MINUTES * 60_000),
      usedAt: null,
      accountId: null,
    });
    if (!area) {
      // The social map of the person's own municipality where it has one; the national places always.
      const localServices: LocalReferralService[] = (await this.socialMap.servingArea(postcode.digits)).map((s) => ({
        id: s.id,
        providerName: s.providerName,
        name: s.name,
        description: s.description,
        municipality: s.municipality,
        address: s.address,
        openingHours: s.openingHours,
        phone: s.phone,
        website: s.website,
        referral: s.referral,
        distanceKm: s.distanceKm,
      }));
      return { served: false, postcode: postcode.formatted, referral: { localServices, places: NATIONAL_REFERRALS } };
    }
    return {
      served: true,
      postcode: postcode.formatted,
      checkId: saved.id,
      expiresAt: saved.expiresAt.toISOString(),
      financier: area.financier,
      financierId: area.financier_id,
      organisation: area.organisation,
      organisationSlug: area.organisation_slug,
    };
  }

  /**
   * The served check with this id and whose organisation serves it, or null for an unknown id or a
   * check outside the region. Exported for domains that ask "does one of our organisations serve
   * this person?" without registering them; it does not use the check up.
   */
  async servedCheck(checkId: string): Promise<ServedPostcodeCheck | null> {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(checkId)) return null;
    const row = await this.repository.servedCheck(checkId);
    if (!row) return null;
    return {
      checkId: row.id,
      postcode: row.postcode,
      organisationId: row.organisation_id,
      financierId: row.financier_id,
      expired: row.expires_at.getTime() <= this.clock.now().getTime(),
    };
  }

  /**
   * The client accounts that registering with these checks created: check id → account id. A check
   * used with an address that already had an account (that person gets a mail, no new account) is
   * left out: only an account made after the check was done can have been made with it. The library
   * links an invited anonymous asker's question to the client they became.
   */
  async accountsCreatedWith(checkIds: string[]): Promise<Map<string, string>> {
    const uuids = checkIds.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));
    if (uuids.length === 0) return new Map();
    const created = new Map<string, string>();
    for (const check of await this.repository.usedChecks(uuids)) {
      const account = await this.accounts.findById(check.account_id);
      if (account?.role === 'client' && account.createdAt.getTime() >= check.created_at.getTime()) created.set(check.id, account.id);
    }
    return created;
  }

  /** The names of the financiers a check can lead to, by id (chat's queue shows whose a waiting client is). */
  async financierNames(ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
    const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
    if (wanted.length === 0) return new Map();
    return new Map((await this.repository.financierNames(wanted)).map((r) => [r.id, r.name]));
  }
}

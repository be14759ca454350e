import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { LocalReferralService, PostcodeCheckResponse, ReferralPlace } from '@nabij/intake/contracts';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { intakeTexts } from '../i18n';
import { IntakeStore } from '../intake.store';

/** `/referral`: a postcode outside our region still gets real places to go: its own municipality's social map first, where Nabij has one. */
@Component({
  selector: 'nb-referral-page',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './referral.page.html',
})
export class ReferralPage {
  protected readonly i18n = useTexts(intakeTexts);
  protected readonly result = inject(IntakeStore).notServed;

  /** The own municipality's services; none in a check this tab kept from before the gate sent them. */
  protected localServices(result: Extract<PostcodeCheckResponse, { served: false }>): LocalReferralService[] {
    return (result.referral as { localServices?: LocalReferralService[] }).localServices ?? [];
  }

  /** 2.5 → "2,5" in Dutch, "2.5" in English, in the reader's language. */
  protected km(value: number): string {
    return new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 1 }).format(value);
  }

  /** "088 0767 000" → "tel:0880767000". */
  protected telHref(phone: string): string {
    return `tel:${phone.replace(/[^\d+]/g, '')}`;
  }

  /**
   * The place's name in the page's language where it is not a proper name (the API sends Dutch);
   * "De Luisterlijn" or "Geldfit" stay as they are.
   */
  protected name(place: ReferralPlace): string {
    const key = `intake.placeName.${place.id}`;
    const text = this.i18n.t(key);
    return text === key ? place.name : text;
  }

  /** A description exists for the known ids; an unknown new place still shows name and links. */
  protected description(id: string): string | null {
    const key = `intake.place.${id}`;
    const text = this.i18n.t(key);
    return text === key ? null : text;
  }
}

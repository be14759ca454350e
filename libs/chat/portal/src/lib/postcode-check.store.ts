import { Injectable, computed, inject } from '@angular/core';
import { POSTCODE_CHECK_PATH, POSTCODE_CHECK_TAB_KEY } from '@nabij/intake/contracts';
import type { PostcodeCheckResponse } from '@nabij/intake/contracts';
import { ApiClient, tabStoredSignal } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';

type Served = Extract<PostcodeCheckResponse, { served: true }>;

/**
 * The postcode check an anonymous chat needs, through intake's public contract: the same endpoint
 * and the same tab-stored check as registration, so a check made on the start page carries over
 * and a check used up by a chat is gone for registration too.
 */
@Injectable({ providedIn: 'root' })
export class PostcodeCheckStore {
  private readonly api = inject(ApiClient);
  private readonly check = tabStoredSignal<PostcodeCheckResponse>(POSTCODE_CHECK_TAB_KEY);

  readonly served = computed<Served | null>(() => {
    const check = this.check.value();
    return check?.served ? check : null;
  });
  readonly notServed = computed(() => this.check.value()?.served === false);

  async checkPostcode(postcode: string): Promise<void> {
    this.check.set(await firstValueFrom(this.api.post<PostcodeCheckResponse>(POSTCODE_CHECK_PATH, { postcode })));
  }

  /** The check was used by a chat (or expired): the next chat or registration needs a new one. */
  forget(): void {
    this.check.set(null);
  }
}

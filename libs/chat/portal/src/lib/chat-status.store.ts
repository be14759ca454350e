import { Injectable, inject } from '@angular/core';
import type { ChatStatusResponse } from '@nabij/chat/contracts';
import { FreshLoad } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { ChatApi } from './chat.api';

/**
 * Whether the chat is open now (and when it opens next), for the menu and the client home's chat
 * tile: both ask when a page opens, one request answers both (FreshLoad: 2 s).
 */
@Injectable({ providedIn: 'root' })
export class ChatStatusStore {
  private readonly api = inject(ChatApi);
  private readonly loads = new FreshLoad<ChatStatusResponse>();

  status(): Promise<ChatStatusResponse> {
    return this.loads.run(() => firstValueFrom(this.api.status()));
  }
}

import { Injectable, inject } from '@angular/core';
import type {
  AddChatClosureRequest,
  AddChatDutyRequest,
  ChatHoursView,
  ChatRotaView,
  ReplaceChatHoursRequest,
} from '@nabij/chat/contracts';
import { ApiClient } from '@nabij/platform/portal';
import { Observable } from 'rxjs';

/** Chat hours, closures and the duty rota as admins and team leads edit them. */
@Injectable({ providedIn: 'root' })
export class ChatAdminApi {
  private readonly api = inject(ApiClient);

  hours(): Observable<ChatHoursView> {
    return this.api.get('/chat/hours');
  }

  replaceHours(body: ReplaceChatHoursRequest): Observable<ChatHoursView> {
    return this.api.put('/chat/hours', body);
  }

  addClosure(body: AddChatClosureRequest): Observable<ChatHoursView> {
    return this.api.post('/chat/hours/closures', body);
  }

  removeClosure(id: string): Observable<void> {
    return this.api.delete(`/chat/hours/closures/${encodeURIComponent(id)}`);
  }

  rota(week: string | null): Observable<ChatRotaView> {
    return this.api.get(`/chat/rota${week ? `?week=${encodeURIComponent(week)}` : ''}`);
  }

  addDuty(body: AddChatDutyRequest): Observable<ChatRotaView> {
    return this.api.post('/chat/rota', body);
  }

  removeDuty(id: string): Observable<void> {
    return this.api.delete(`/chat/rota/${encodeURIComponent(id)}`);
  }
}

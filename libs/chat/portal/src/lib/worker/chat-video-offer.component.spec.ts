import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { ChatSessionView } from '@nabij/chat/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { Observable, of, throwError } from 'rxjs';
import { ChatApi } from '../chat.api';
import type { ChatRoom } from '../chat-room';
import { SESSION_ID, sessionView } from '../testing/chat-fixtures';
import { ChatVideoOfferComponent } from './chat-video-offer.component';

const CASE_ID = '9b2d7c10-1111-4222-8333-444455556666';
const APPOINTMENT_ID = '0c4e6a20-aaaa-4bbb-8ccc-ddddeeeeffff';

function fakeRoom(over: Partial<ChatSessionView>) {
  const session = signal(sessionView({ status: 'active', queue: null, anonymous: false, caseId: CASE_ID, ...over }));
  return { id: SESSION_ID, me: 'worker', session, update: (v: ChatSessionView) => session.set(v) };
}

@Component({ imports: [ChatVideoOfferComponent], template: `<nb-chat-video-offer [room]="room" />` })
class Host {
  room = fakeRoom({}) as unknown as ChatRoom;
}

describe('ChatVideoOfferComponent ("Verder met video")', () => {
  let answer: () => Observable<ChatSessionView>;
  const offered: string[] = [];

  function render(over: Partial<ChatSessionView> = {}) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.room = fakeRoom(over) as unknown as ChatRoom;
    fixture.detectChanges();
    return fixture;
  }
  const settle = async (fixture: ReturnType<typeof render>) => {
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
  };

  beforeEach(() => {
    offered.length = 0;
    answer = () =>
      of(sessionView({ status: 'active', queue: null, anonymous: false, caseId: CASE_ID, videoAppointmentId: APPOINTMENT_ID }));
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: ChatApi, useValue: { offerVideo: (id: string) => (offered.push(id), answer()) } }],
    });
  });

  it('books the call for a case chat and then links the worker to it, telling that the client sees "Deelnemen"', async () => {
    const fixture = render();
    const el = fixture.nativeElement as HTMLElement;
    const button = el.querySelector<HTMLButtonElement>('button')!;
    expect(button.textContent?.trim()).toBe('Verder met video');
    expect(el.querySelector(`#${button.getAttribute('aria-describedby')}`)?.textContent).toContain('De chat blijft open');
    button.click();
    await settle(fixture);
    expect(offered).toEqual([SESSION_ID]);
    expect(el.querySelector('[role=status]')?.textContent).toContain('De cliënt ziet nu "Deelnemen" in de chat.');
    expect(el.querySelector('a')?.getAttribute('href')).toBe(`/video/${APPOINTMENT_ID}`);
    expect(el.querySelector('button')).toBeNull();
  });

  it('offers no button in an anonymous chat and says why', () => {
    const el = render({ anonymous: true, caseId: null }).nativeElement as HTMLElement;
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('Videobellen kan alleen met een cliënt die is ingelogd en een dossier heeft.');
  });

  it("explains a refusal when the worker is not the client's own worker", async () => {
    answer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 409,
            error: { statusCode: 409, message: "Only the client's own worker can continue with video." },
          }),
      );
    const fixture = render();
    const el = fixture.nativeElement as HTMLElement;
    el.querySelector<HTMLButtonElement>('button')!.click();
    await settle(fixture);
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Videobellen kan alleen de eigen hulpverlener van deze cliënt');
    expect(el.querySelector('a')).toBeNull();
  });

  it('shows nothing once the chat has ended', () => {
    const el = render({ status: 'ended' }).nativeElement as HTMLElement;
    expect(el.textContent?.trim()).toBe('');
  });
});

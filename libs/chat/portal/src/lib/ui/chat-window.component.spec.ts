import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Drafts, I18n } from '@nabij/platform/portal';
import type { ChatRoom } from '../chat-room';
import { chatTexts } from '../i18n';
import { message, SESSION_ID, sessionView } from '../testing/chat-fixtures';
import { ChatWindowComponent } from './chat-window.component';

class FakeDrafts {
  readonly kept = new Map<string, string>();
  has = (name: string) => this.kept.has(name);
  read = async (name: string) => this.kept.get(name) ?? null;
  save = async (name: string, text: string) => void (text ? this.kept.set(name, text) : this.kept.delete(name));
  clear = (name: string) => void this.kept.delete(name);
}

function fakeRoom() {
  return {
    me: 'client',
    session: signal(sessionView({ status: 'active', queue: null })),
    messages: signal([message(1, 'worker', 'Hoi, waar kan ik je mee helpen?'), message(2, 'client', 'Ik heb schulden.')]),
    otherTyping: signal(false),
    send: jest.fn(async () => null),
    typing: jest.fn(),
  };
}

@Component({ imports: [ChatWindowComponent], template: `<nb-chat-window [room]="room" />` })
class Host {
  readonly room = fakeRoom() as unknown as ChatRoom;
}

describe('ChatWindowComponent', () => {
  let drafts: FakeDrafts;
  let coarse = false;

  beforeEach(() => {
    drafts = new FakeDrafts();
    window.matchMedia = ((query: string) => ({ matches: coarse && query === '(pointer: coarse)' })) as unknown as typeof window.matchMedia;
    TestBed.configureTestingModule({ providers: [{ provide: Drafts, useValue: drafts }] });
    TestBed.inject(I18n).register(chatTexts);
  });
  afterEach(() => (coarse = false));

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    return {
      fixture,
      el,
      box: el.querySelector('textarea')!,
      room: fixture.componentInstance.room as unknown as ReturnType<typeof fakeRoom>,
    };
  }

  const enter = (box: HTMLTextAreaElement) =>
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));

  it('with a keyboard: sends on Enter, says so, keeps the focus in the box and forgets the draft', async () => {
    const { fixture, el, box, room } = await render();
    expect(el.textContent).toContain('Shift + Enter');
    box.value = 'Kan ik een afspraak maken?';
    box.dispatchEvent(new Event('input'));
    await Promise.resolve();
    expect(drafts.kept.get(`chat:${SESSION_ID}`)).toBe('Kan ik een afspraak maken?');
    box.focus();
    enter(box);
    await fixture.whenStable();
    expect(room.send).toHaveBeenCalledWith('Kan ik een afspraak maken?');
    expect(drafts.kept.has(`chat:${SESSION_ID}`)).toBe(false);
    expect(document.activeElement).toBe(box);
    expect(box.value).toBe('');
  });

  it('on a touch screen: no "Shift + Enter" hint, Enter is a new line and the button sends', async () => {
    coarse = true;
    const { el, box, room } = await render();
    expect(el.textContent).not.toContain('Shift + Enter');
    expect(box.getAttribute('aria-describedby')).toBeNull();
    box.value = 'Eerste regel';
    box.dispatchEvent(new Event('input'));
    enter(box);
    expect(room.send).not.toHaveBeenCalled();
  });

  it('puts back what was typed in this chat before (a kept draft), and shows the messages oldest first', async () => {
    drafts.kept.set(`chat:${SESSION_ID}`, 'Ik wilde nog zeggen');
    const { fixture, el, box } = await render();
    await fixture.whenStable();
    expect(box.value).toBe('Ik wilde nog zeggen');
    expect([...el.querySelectorAll('.chat-body')].map((b) => b.textContent)).toEqual([
      'Hoi, waar kan ik je mee helpen?',
      'Ik heb schulden.',
    ]);
  });
});

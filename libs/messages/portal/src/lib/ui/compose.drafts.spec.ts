import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Drafts } from '@nabij/platform/portal';
import { ComposeComponent } from './compose.component';

/** Platform's Drafts (encrypted, per account) has its own spec; here only what the box does with it. */
class FakeDrafts {
  readonly kept = new Map<string, string>();
  has = (name: string) => this.kept.has(name);
  read = async (name: string) => this.kept.get(name) ?? null;
  save = async (name: string, text: string) => void (text ? this.kept.set(name, text) : this.kept.delete(name));
  clear = (name: string) => void this.kept.delete(name);
}

@Component({
  imports: [ComposeComponent],
  template: `@if (open()) {
    <nb-compose label="Je bericht" [draft]="draft()" (send)="sent.set($event.body)" />
  }`,
})
class Host {
  readonly open = signal(true);
  readonly draft = signal<string | null>('messages:new');
  readonly sent = signal<string | null>(null);
  readonly compose = viewChild(ComposeComponent);
}

describe('ComposeComponent drafts', () => {
  let drafts: FakeDrafts;

  beforeEach(() => {
    drafts = new FakeDrafts();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), { provide: Drafts, useValue: drafts }] });
  });

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return {
      fixture,
      el: fixture.nativeElement as HTMLElement,
      box: () => fixture.nativeElement.querySelector('textarea') as HTMLTextAreaElement,
    };
  }

  async function type(box: HTMLTextAreaElement, text: string) {
    box.value = text;
    box.dispatchEvent(new Event('input'));
    await Promise.resolve();
  }

  it('keeps every typed word as the draft and puts it back in a new box (after a logout and login)', async () => {
    const first = await render();
    await type(first.box(), 'Ik heb een brief van de belasting gekregen');
    expect(drafts.kept.get('messages:new')).toBe('Ik heb een brief van de belasting gekregen');
    first.fixture.destroy();

    const again = await render();
    await again.fixture.whenStable();
    expect(again.box().value).toBe('Ik heb een brief van de belasting gekregen');
    // What was put back is what will be sent.
    again.el.querySelector('form')!.dispatchEvent(new Event('submit'));
    expect(again.fixture.componentInstance.sent()).toBe('Ik heb een brief van de belasting gekregen');
  });

  it('forgets the draft once the message is stored, and keeps the keyboard in the empty box', async () => {
    const { fixture, box } = await render();
    await type(box(), 'Kunt u mij bellen?');
    box().focus();
    fixture.componentInstance.compose()!.clear();
    await fixture.whenStable();
    expect(drafts.kept.has('messages:new')).toBe(false);
    expect(box().value).toBe('');
    expect(document.activeElement).toBe(box());
  });

  it('shows each conversation its own draft when the same box moves to another one', async () => {
    drafts.kept.set('messages:reply:b', 'Antwoord aan B');
    const { fixture, box } = await render();
    await type(box(), 'Tekst voor het nieuwe bericht');
    fixture.componentInstance.draft.set('messages:reply:b');
    await fixture.whenStable();
    await fixture.whenStable();
    expect(box().value).toBe('Antwoord aan B');
    expect(drafts.kept.get('messages:new')).toBe('Tekst voor het nieuwe bericht');
  });
});

import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumPost, PostResult, TopicView } from '@nabij/forum/contracts';
import { TopicPage } from './topic.page';

const TOPIC = '11111111-1111-4111-8111-111111111111';
const post = (over: Partial<ForumPost>): ForumPost => ({
  id: TOPIC,
  topicId: TOPIC,
  authorNickname: 'Vlinder',
  mine: false,
  byModerator: false,
  body: 'Hoe zeggen jullie nee?',
  status: 'published',
  createdAt: '2026-12-01T09:00:00.000Z',
  editedAt: null,
  editableUntil: null,
  helpfulCount: 0,
  helpedMe: false,
  moderationReason: null,
  flags: [],
  ...over,
});
const view = (posts: ForumPost[]): TopicView => ({
  forum: { id: 'f1', kind: 'closed', title: 'Groep: Assertiviteit' },
  topic: {
    id: TOPIC,
    forumId: 'f1',
    title: 'Nee zeggen',
    authorNickname: 'Vlinder',
    mine: false,
    byModerator: false,
    status: 'published',
    createdAt: '2026-12-01T09:00:00.000Z',
    lastActivityAt: '2026-12-01T09:00:00.000Z',
    replyCount: posts.length - 1,
    unread: false,
    step: { stepId: 's1', trainingId: 't1', title: 'Lezen: grenzen voelen', moduleTitle: 'Grenzen voelen' },
  },
  posts,
});

describe('TopicPage', () => {
  let http: HttpTestingController;

  async function open(data: TopicView) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'forum/onderwerp/:topicId', component: TopicPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create(`/forum/onderwerp/${TOPIC}`);
    http.expectOne(`/api/forum/topics/${TOPIC}`).flush(data);
    await harness.fixture.whenStable();
    harness.detectChanges();
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  it('shows the help numbers, the step it belongs to and the posts under nicknames', async () => {
    const { el } = await open(view([post({}), post({ id: 'r1', authorNickname: 'Boomhut', body: 'Oefenen helpt 🙂', helpfulCount: 2 })]));
    expect(el.querySelector('nb-forum-help')?.textContent).toContain('Hulp nodig? Bel 113');
    expect(el.textContent).toContain('Hoort bij: Grenzen voelen · Lezen: grenzen voelen');
    expect([...el.querySelectorAll('article.post h2')].map((h) => h.textContent?.trim())).toEqual(['Vlinder', 'Boomhut']);
    expect(el.textContent).toContain('2 keer geholpen');
  });

  it('marks another member\'s post "Dit hielp mij" and shows the new count, pressed', async () => {
    const { harness, el } = await open(view([post({})]));
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Dit hielp mij'))!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    const req = http.expectOne(`/api/forum/posts/${TOPIC}/helped`);
    expect(req.request.method).toBe('PUT');
    req.flush({ helpfulCount: 1, helpedMe: true });
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.textContent).toContain('1 keer geholpen');
    expect([...el.querySelectorAll('button')].find((b) => b.textContent?.includes('Dit hielp mij'))!.getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('offers edit and delete on an own post within its window, and no "Dit hielp mij" or report there', async () => {
    const { el } = await open(view([post({ mine: true, editableUntil: '2026-12-01T09:15:00.000Z' })]));
    const labels = [...el.querySelectorAll('article.post button')].map((b) => b.textContent?.trim());
    expect(labels).toEqual(['Bewerken', 'Verwijderen']);
    expect(el.textContent).toContain('Bewerken kan tot 10:15.');
  });

  it('saves an edit of an own post with PATCH and shows the new text', async () => {
    const own = post({ mine: true, editableUntil: '2026-12-01T09:15:00.000Z' });
    const { harness, el } = await open(view([own]));
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Bewerken')!.click();
    harness.detectChanges();
    const text = el.querySelector<HTMLTextAreaElement>(`#edit-${TOPIC}`)!;
    expect(text.value).toBe('Hoe zeggen jullie nee?');
    text.value = 'Hoe zeggen jullie nee tegen familie?';
    text.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('article.post form button[type=submit]')!.click();
    const req = http.expectOne(`/api/forum/posts/${TOPIC}`);
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ body: 'Hoe zeggen jullie nee tegen familie?' });
    req.flush({
      post: { ...own, body: 'Hoe zeggen jullie nee tegen familie?', editedAt: '2026-12-01T09:05:00.000Z' },
    } satisfies Partial<PostResult>);
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.querySelector('article.post')?.textContent).toContain('Hoe zeggen jullie nee tegen familie?');
    expect(el.querySelector(`#edit-${TOPIC}`)).toBeNull();
  });

  it('sends a report with its reason and thanks the reporter', async () => {
    const { harness, el } = await open(view([post({})]));
    [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Melden')!.click();
    harness.detectChanges();
    const reason = el.querySelector<HTMLTextAreaElement>(`#report-${TOPIC}`)!;
    reason.value = 'Dit is gemeen';
    reason.dispatchEvent(new Event('input'));
    el.querySelector<HTMLButtonElement>('article.post form button[type=submit]')!.click();
    const req = http.expectOne(`/api/forum/posts/${TOPIC}/reports`);
    expect(req.request.body).toEqual({ reason: 'Dit is gemeen' });
    req.flush(null);
    await harness.fixture.whenStable();
    harness.detectChanges();
    expect(el.textContent).toContain('Dank je. Een moderator bekijkt het bericht.');
  });

  it('shows the crisis help at once when a reply is held for crisis words', async () => {
    const { harness, el } = await open(view([post({})]));
    const body = el.querySelector<HTMLTextAreaElement>('#reply-body')!;
    body.value = 'Ik wil niet meer leven';
    body.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('section.card form')!.dispatchEvent(new Event('submit'));
    const result: PostResult = { post: post({ id: 'r2', mine: true, status: 'pending', flags: ['crisis'] }), pending: true, crisis: true };
    http.expectOne(`/api/forum/topics/${TOPIC}/replies`).flush(result);
    await harness.fixture.whenStable();
    http.expectOne(`/api/forum/topics/${TOPIC}`).flush(view([post({})]));
    await harness.fixture.whenStable();
    harness.detectChanges();
    const alert = el.querySelector('section.card nb-message[role=alert]');
    expect(alert?.textContent).toContain('bel 113 of 0800-0113');
  });
});

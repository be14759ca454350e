import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { ForumMe, ForumSummary } from '@nabij/forum/contracts';
import { ForumHomePage } from './forum-home.page';

const forum = (over: Partial<ForumSummary>): ForumSummary => ({
  id: 'f1',
  kind: 'open',
  title: 'Geld en rondkomen',
  description: 'Over rekeningen.',
  topicCount: 3,
  unreadTopics: 0,
  ...over,
});

describe('ForumHomePage', () => {
  let http: HttpTestingController;
  /** The page's loads are plain promises: let them finish, then render. */
  const settle = async (harness: RouterTestingHarness) => {
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r));
      await harness.fixture.whenStable();
      harness.detectChanges();
    }
  };

  async function open(me: ForumMe, forums: ForumSummary[]) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([{ path: 'forum', component: ForumHomePage }])],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create('/forum');
    http.expectOne('/api/forum/me').flush(me);
    http.expectOne('/api/forum/forums').flush(forums);
    await settle(harness);
    return { harness, el: harness.routeNativeElement as HTMLElement };
  }

  const member: ForumMe = { nickname: 'Vlinder', moderator: false, mutedUntil: null, approved: true };

  it('lists the groups first and then the open forums, with what is new', async () => {
    const { el } = await open(member, [forum({ unreadTopics: 2 }), forum({ id: 'g1', kind: 'closed', title: 'Groep: Assertiviteit' })]);
    expect([...el.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['Jouw groepen', 'Voor iedereen', 'Afspraken in het forum']);
    expect([...el.querySelectorAll('.forum-list a')].map((a) => a.getAttribute('href'))).toEqual(['/forum/g1', '/forum/f1']);
    expect(el.querySelector('.forum-list a[href="/forum/f1"]')?.parentElement?.textContent).toContain('2 nieuw');
    expect(el.textContent).toContain('Je bijnaam is Vlinder.');
    expect(el.textContent).toContain('Hulp nodig? Bel 113');
  });

  it('asks for a nickname once, explains a refused one, and saves a good one', async () => {
    const { harness, el } = await open({ ...member, nickname: null, approved: false }, [forum({})]);
    const input = el.querySelector<HTMLInputElement>('#forum-nickname')!;
    const submit = () => el.querySelector<HTMLFormElement>('section.card form')!.dispatchEvent(new Event('submit'));
    input.value = 'x';
    input.dispatchEvent(new Event('input'));
    submit();
    harness.detectChanges();
    expect(el.textContent).toContain('Gebruik 3 tot 30 letters of cijfers.');
    http.expectNone('/api/forum/me/nickname');

    input.value = 'Sanne';
    input.dispatchEvent(new Event('input'));
    submit();
    http.expectOne('/api/forum/me/nickname').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Check these fields: nickname',
        fields: { nickname: ['nickname must not contain your real name'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle(harness);
    expect(el.textContent).toContain('Je bijnaam lijkt op je echte naam.');

    input.value = 'Koolmees';
    input.dispatchEvent(new Event('input'));
    submit();
    const req = http.expectOne('/api/forum/me/nickname');
    expect(req.request.body).toEqual({ nickname: 'Koolmees' });
    req.flush({ ...member, nickname: 'Koolmees' });
    await settle(harness);
    expect(el.textContent).toContain('Je bijnaam is Koolmees.');
    expect(el.querySelector('#forum-nickname')).toBeNull();
  });

  it('gives a moderator the way to the moderation list with the number waiting', async () => {
    const { harness, el } = await open({ ...member, moderator: true }, [forum({})]);
    http.expectOne('/api/forum/counts').flush({ unreadTopics: 0, moderationQueue: 3 });
    await settle(harness);
    expect(el.querySelector('a[href="/forum/moderatie"]')?.textContent).toContain('3 wachten');
  });
});

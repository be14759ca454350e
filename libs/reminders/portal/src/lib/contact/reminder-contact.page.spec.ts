import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ReminderContactPage } from './reminder-contact.page';

describe('ReminderContactPage', () => {
  let fixture: ComponentFixture<ReminderContactPage>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function settle(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }

  async function render(contact: { mobile: string | null; smsOptIn: boolean }): Promise<void> {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReminderContactPage);
    el = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/reminders/contact').flush(contact);
    await settle();
  }
  const input = () => el.querySelector('input[type="tel"]') as HTMLInputElement;
  const check = () => el.querySelector('input[type="checkbox"]') as HTMLInputElement;
  const type = (value: string) => {
    input().value = value;
    input().dispatchEvent(new Event('input'));
  };

  afterEach(() => http.verify());

  it('shows the stored number and saves a new one with SMS on', async () => {
    await render({ mobile: '+31611111111', smsOptIn: false });
    expect(input().value).toBe('+31611111111');
    expect(el.querySelector(`label[for="${input().id}"]`)?.textContent).toContain('Je mobiele nummer');
    type('06 12345678');
    check().click();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    const req = http.expectOne('/api/reminders/contact');
    expect(req.request.method).toBe('PUT');
    expect(req.request.body).toEqual({ mobile: '06 12345678', smsOptIn: true });
    req.flush({ mobile: '+31612345678', smsOptIn: true });
    await settle();
    expect(input().value).toBe('+31612345678');
    expect(el.querySelector('div[aria-live="polite"]')?.textContent).toContain('Opgeslagen.');
  });

  it('asks for a number before SMS, and says in Dutch when the API refuses the number', async () => {
    await render({ mobile: null, smsOptIn: false });
    check().click();
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await settle();
    expect(el.textContent).toContain('Vul eerst je mobiele nummer in.');
    http.expectNone('/api/reminders/contact');

    type('071 5123456');
    (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    http
      .expectOne('/api/reminders/contact')
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Check these fields: mobile', fields: { mobile: ['x'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    await settle();
    expect(el.textContent).toContain('Dit is geen mobiel nummer.');
  });
});

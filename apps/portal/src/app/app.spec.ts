import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';

describe('App', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [App], providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()] });
  });

  it('renders the shell: skip link, header with name and language switch, main landmark', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('.skip-link')?.textContent).toContain('Ga direct naar de inhoud');
    expect(el.querySelector('header .logo')?.textContent).toContain('Nabij');
    expect(el.querySelector('header label[for=language-select]')?.textContent).toContain('Taal');
    expect(el.querySelector<HTMLSelectElement>('header select#language-select')?.value).toBe('nl');
    expect(el.querySelector('main#main')).not.toBeNull();
  });
});

import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { I18n } from '../i18n/i18n.service';
import { READ_ALOUD_HIGHLIGHT, ReadAloudComponent, contentLangOf, pickVoice, readingLang } from './read-aloud.component';
import { splitSentences } from './sentences';

/** A test double of the browser's speech synthesis: records what is spoken and lets a test end an utterance. */
class FakeSynth extends EventTarget {
  voices: Partial<SpeechSynthesisVoice>[] = [];
  spoken: FakeUtterance[] = [];
  paused = false;
  speaking = false;
  cancelled = 0;
  getVoices = () => this.voices as SpeechSynthesisVoice[];
  speak = (u: FakeUtterance) => void this.spoken.push(u);
  pause = () => void (this.paused = true);
  resume = () => void (this.paused = false);
  cancel = () => void this.cancelled++;
  /** The browser finished the last utterance. */
  finish(): void {
    this.spoken.at(-1)?.onend?.();
  }
}

class FakeUtterance {
  lang = '';
  voice: unknown = null;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {}
}

class FakeHighlight {
  readonly ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

@Component({
  imports: [ReadAloudComponent],
  template: `
    <div #body>
      <h2>Geld</h2>
      <p>Heb je schulden? Vraag hulp. Dat is slim!</p>
    </div>
    <nb-read-aloud [target]="body" />
  `,
})
class TargetHost {}

@Component({
  imports: [ReadAloudComponent],
  template: `<nb-read-aloud [text]="text()" about="bericht van Sanne" />`,
})
class TextHost {
  readonly text = signal('Hoi. Tot morgen.');
}

/** An article without an Arabic translation, shown in Dutch (lang="nl" on its section) on an Arabic page. */
@Component({
  imports: [ReadAloudComponent],
  template: `
    <nb-read-aloud [target]="body" />
    <section lang="nl" dir="ltr">
      <div #body><p>Heb je schulden? Vraag hulp.</p></div>
    </section>
  `,
})
class DutchFallbackHost {}

const w = window as unknown as Record<string, unknown>;
let synth: FakeSynth;

beforeEach(() => {
  localStorage.clear();
  synth = new FakeSynth();
  w['speechSynthesis'] = synth;
  w['SpeechSynthesisUtterance'] = FakeUtterance;
  TestBed.configureTestingModule({ providers: [provideRouter([{ path: 'elders', children: [] }])] });
});

afterEach(() => {
  delete w['speechSynthesis'];
  delete w['SpeechSynthesisUtterance'];
  delete w['Highlight'];
  delete (window as unknown as { CSS: { highlights?: unknown } }).CSS?.highlights;
});

const dutch = { lang: 'nl-NL', name: 'Xander', default: false, localService: true, voiceURI: 'x' };

async function render<T>(host: new () => T) {
  const fixture = TestBed.createComponent(host);
  await fixture.whenStable();
  const el = fixture.nativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('nb-read-aloud button')).find((b) => b.textContent?.trim().endsWith(name));
  const click = async (name: string) => {
    const b = button(name);
    if (!b) throw new Error(`no button ${name}`);
    b.click();
    await fixture.whenStable();
  };
  return { fixture, el, button, click };
}

describe('ReadAloudComponent', () => {
  it('is hidden when the browser has no speech synthesis', async () => {
    delete w['speechSynthesis'];
    const { el } = await render(TargetHost);
    expect(el.querySelectorAll('nb-read-aloud button')).toHaveLength(0);
  });

  it('is hidden without a voice for the page language, and appears when one arrives (voiceschanged)', async () => {
    synth.voices = [{ ...dutch, lang: 'en-US' }];
    const { el, fixture } = await render(TargetHost);
    expect(el.querySelectorAll('nb-read-aloud button')).toHaveLength(0);

    synth.voices = [{ ...dutch, lang: 'en-US' }, dutch];
    synth.dispatchEvent(new Event('voiceschanged'));
    await fixture.whenStable();
    expect(el.querySelector('nb-read-aloud button')?.textContent?.trim()).toContain('Lees voor');
  });

  it('reads the sentences in order in the page language with its voice', async () => {
    synth.voices = [dutch];
    const { click } = await render(TargetHost);
    await click('Lees voor');
    expect(synth.spoken.map((u) => [u.text, u.lang])).toEqual([['Geld', 'nl-NL']]);
    expect(synth.spoken[0].voice).toBe(synth.voices[0]);
    synth.finish();
    synth.finish();
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Geld', 'Heb je schulden?', 'Vraag hulp.', 'Dat is slim!']);
    synth.finish();
    expect(synth.spoken).toHaveLength(4);
  });

  it('asks for a Turkish voice (tr-TR) when the page is Turkish, and hides without one', async () => {
    TestBed.inject(I18n).setLang('tr');
    synth.voices = [dutch];
    const { el, fixture, click } = await render(TextHost);
    expect(el.querySelectorAll('nb-read-aloud button')).toHaveLength(0);
    synth.voices = [dutch, { ...dutch, lang: 'tr_TR', name: 'Yelda' }];
    synth.dispatchEvent(new Event('voiceschanged'));
    await fixture.whenStable();
    await TestBed.inject(I18n).ready();
    await fixture.whenStable();
    await click('Sesli oku');
    expect(synth.spoken.map((u) => [u.text, u.lang, (u.voice as SpeechSynthesisVoice).name])).toEqual([['Hoi.', 'tr-TR', 'Yelda']]);
  });

  it('reads a Dutch fallback article on an Arabic page with a Dutch voice, its buttons staying Arabic', async () => {
    TestBed.inject(I18n).setLang('ar');
    await TestBed.inject(I18n).ready();
    const arabic = { ...dutch, lang: 'ar-SA', name: 'Maged' };
    synth.voices = [arabic, dutch];
    const { el, click } = await render(DutchFallbackHost);
    expect(el.querySelector('.read-aloud')?.getAttribute('lang')).toBe('ar');
    await click('اقرأ لي');
    expect(synth.spoken.map((u) => [u.text, u.lang, (u.voice as SpeechSynthesisVoice).name])).toEqual([
      ['Heb je schulden?', 'nl-NL', 'Xander'],
    ]);
  });

  it('hides for a Dutch fallback article when the browser has only a voice for the page language', async () => {
    TestBed.inject(I18n).setLang('ar');
    synth.voices = [{ ...dutch, lang: 'ar-SA', name: 'Maged' }];
    const { el } = await render(DutchFallbackHost);
    expect(el.querySelectorAll('nb-read-aloud button')).toHaveLength(0);
  });

  it('pauses, resumes and stops', async () => {
    synth.voices = [dutch];
    const { el, click, button } = await render(TextHost);
    const start = button('Lees voor')!;
    expect(start.getAttribute('aria-pressed')).toBe('false');
    expect(start.getAttribute('aria-label')).toBe('Lees voor: bericht van Sanne');
    await click('Lees voor');
    expect(start.getAttribute('aria-pressed')).toBe('true');

    await click('Pauze');
    expect(synth.paused).toBe(true);
    expect(button('Pauze')).toBeUndefined();
    await click('Doorgaan');
    expect(synth.paused).toBe(false);

    const cancelled = synth.cancelled;
    await click('Stop');
    expect(synth.cancelled).toBe(cancelled + 1);
    expect(start.getAttribute('aria-pressed')).toBe('false');
    expect(button('Stop')).toBeUndefined();
    // An utterance that ends after the stop does not start the next sentence.
    synth.finish();
    expect(synth.spoken.map((u) => u.text)).toEqual(['Hoi.']);
    expect(el.querySelector('.read-aloud__now')).toBeNull();
  });

  it('moves the highlight from sentence to sentence in the target (CSS Custom Highlight API)', async () => {
    synth.voices = [dutch];
    const highlights = new Map<string, FakeHighlight>();
    (window as unknown as { CSS: object }).CSS = { ...((window as unknown as { CSS?: object }).CSS ?? {}), highlights };
    w['Highlight'] = FakeHighlight;
    const { click } = await render(TargetHost);
    const marked = () => highlights.get(READ_ALOUD_HIGHLIGHT)?.ranges[0].toString();

    await click('Lees voor');
    expect(marked()).toBe('Geld');
    synth.finish();
    expect(marked()).toBe('Heb je schulden?');
    synth.finish();
    expect(marked()).toBe('Vraag hulp.');
    await click('Stop');
    expect(highlights.has(READ_ALOUD_HIGHLIGHT)).toBe(false);
  });

  it('without the Highlight API shows the sentence being read in a marked copy', async () => {
    synth.voices = [dutch];
    const { el, fixture, click } = await render(TextHost);
    await click('Lees voor');
    expect(el.querySelector('.read-aloud__now mark')?.textContent).toBe('Hoi.');
    synth.finish();
    await fixture.whenStable();
    expect(el.querySelector('.read-aloud__now mark')?.textContent).toBe('Tot morgen.');
  });

  it('stops when the route changes', async () => {
    synth.voices = [dutch];
    const { fixture, button, click } = await render(TextHost);
    await click('Lees voor');
    const cancelled = synth.cancelled;
    await TestBed.inject(Router).navigateByUrl('/elders');
    await fixture.whenStable();
    expect(synth.cancelled).toBe(cancelled + 1);
    expect(button('Lees voor')?.getAttribute('aria-pressed')).toBe('false');
  });

  it('stops when the target shows other text (the next step)', async () => {
    synth.voices = [dutch];
    const { el, fixture, click } = await render(TargetHost);
    await click('Lees voor');
    const cancelled = synth.cancelled;
    el.querySelector('p')!.textContent = 'Andere stap.';
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    expect(synth.cancelled).toBe(cancelled + 1);
  });

  it('stops when the text changes or the reader goes away', async () => {
    synth.voices = [dutch];
    const { fixture, click } = await render(TextHost);
    await click('Lees voor');
    let cancelled = synth.cancelled;
    fixture.componentInstance.text.set('Iets anders.');
    await fixture.whenStable();
    expect(synth.cancelled).toBe(cancelled + 1);

    await click('Lees voor');
    cancelled = synth.cancelled;
    fixture.destroy();
    expect(synth.cancelled).toBe(cancelled + 1);
  });
});

describe('pickVoice', () => {
  const voice = (lang: string) => ({ lang, name: lang }) as SpeechSynthesisVoice;

  it('prefers the exact language tag, then the same language elsewhere', () => {
    expect(pickVoice([voice('nl-BE'), voice('nl-NL')], 'nl-NL')?.name).toBe('nl-NL');
    expect(pickVoice([voice('en-US')], 'en-GB')?.name).toBe('en-US');
    expect(pickVoice([voice('ar-SA')], 'ar')?.name).toBe('ar-SA');
    expect(pickVoice([voice('en-US')], 'pl-PL')).toBeNull();
  });
});

describe('contentLangOf', () => {
  it("finds the nearest lang on the element or an ancestor, but not the page's own on <html>", () => {
    document.documentElement.lang = 'ar';
    const section = document.createElement('section');
    section.lang = 'nl';
    section.innerHTML = '<div><p id="deep">Tekst</p></div><p id="own" lang="en">Text</p>';
    const loose = document.createElement('p');
    document.body.append(section, loose);
    expect(contentLangOf(section.querySelector('#deep'))).toBe('nl');
    expect(contentLangOf(section.querySelector('#own'))).toBe('en');
    expect(contentLangOf(loose)).toBeNull();
    expect(contentLangOf(null)).toBeNull();
    section.remove();
    loose.remove();
  });
});

describe('readingLang', () => {
  it("uses the content's language when it has one, else the page's, with the usual region", () => {
    expect(readingLang('nl', 'ar')).toBe('nl-NL');
    expect(readingLang('NL', 'tr')).toBe('nl-NL');
    expect(readingLang(null, 'tr')).toBe('tr-TR');
    expect(readingLang(null, 'ar')).toBe('ar');
    expect(readingLang('en-US', 'nl')).toBe('en-US');
  });
});

describe('splitSentences', () => {
  it('splits on sentence ends and line breaks, keeping each place in the text', () => {
    const text = 'Kop\nEen zin. Nog een?  Laatste';
    expect(splitSentences(text, 'nl-NL')).toEqual([
      { text: 'Kop', start: 0, end: 3 },
      { text: 'Een zin.', start: 4, end: 12 },
      { text: 'Nog een?', start: 13, end: 21 },
      { text: 'Laatste', start: 23, end: 30 },
    ]);
  });
});

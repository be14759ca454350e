import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  ElementRef,
  ViewEncapsulation,
  afterEveryRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NavigationStart, Router } from '@angular/router';
import { TranslatePipe } from '../i18n/t.pipe';
import { useTexts } from '../i18n/i18n.service';
import { Lang } from '../i18n/texts';
import { readAloudTexts } from './read-aloud.i18n';
import { Sentence, TextIndex, indexText, rangeOf, splitSentences } from './sentences';

/** The language tag a voice is asked for, per page language (BCP-47). */
export const SPEECH_LANGS: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB', ar: 'ar', tr: 'tr-TR', pl: 'pl-PL' };

/**
 * The `lang` of the content itself: the nearest `lang` attribute on the element or an ancestor below
 * `<html>` (whose `lang` is the page's). Content shown in Dutch as a fallback (an article without a
 * translation) carries `lang="nl"`; null when nothing below the page says otherwise.
 */
export function contentLangOf(element: Element | null): string | null {
  const root = element?.ownerDocument?.documentElement;
  for (let el: Element | null = element; el && el !== root; el = el.parentElement) {
    const lang = el.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  return null;
}

/**
 * The language tag to read in: the content's own `lang` when it has one (a voice for Dutch reads a
 * Dutch fallback article on an Arabic page), else the page's. A bare portal language ("nl") gets its
 * usual region ("nl-NL"); any other tag is used as written.
 */
export function readingLang(contentLang: string | null, pageLang: Lang): string {
  if (!contentLang) return SPEECH_LANGS[pageLang];
  const known = (Object.keys(SPEECH_LANGS) as Lang[]).find((l) => l === contentLang.toLowerCase());
  return known ? SPEECH_LANGS[known] : contentLang;
}

/** Name of the CSS Custom Highlight that marks the sentence being read. */
export const READ_ALOUD_HIGHLIGHT = 'nb-read-aloud';

type Status = 'idle' | 'playing' | 'paused';

/** speechSynthesis is one per browser tab: how to stop the reader that speaks now, so a second one stops it first. */
let speaking: (() => void) | null = null;

/**
 * "Lees voor": reads a text aloud with the browser's own speech synthesis (Web Speech API) in the
 * language of the text: the page's, unless the target (or, for `[text]`, this component) sits in an
 * element with another `lang`, like a Dutch fallback article on an Arabic page. Nothing is sent to a
 * server by Nabij; the voice is one the browser has.
 *
 * Give it `[target]` (the element whose text is read, e.g. an article body) or `[text]`. It reads
 * sentence by sentence and marks the sentence being read: in the target itself with the CSS Custom
 * Highlight API where the browser has it, else in a marked copy under the buttons. The buttons are
 * not shown at all when the browser has no voice for the text's language (no speech synthesis, or
 * none of its voices speaks it). Reading stops when the route or the language changes, or the
 * component goes away.
 */
@Component({
  selector: 'nb-read-aloud',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // `::highlight()` applies to the target's text, outside this component: the styles are global.
  encapsulation: ViewEncapsulation.None,
  template: `
    @if (voice()) {
      <div class="read-aloud" role="group" [attr.aria-label]="'readAloud.group' | t" [attr.lang]="i18n.lang()" [attr.dir]="i18n.dir()">
        <button
          type="button"
          class="button button--quiet button--small"
          [attr.aria-pressed]="status() !== 'idle'"
          [attr.aria-label]="about() ? ('readAloud.startAbout' | t: { about: about() }) : null"
          (click)="status() === 'idle' ? start() : stop()"
        >
          <span aria-hidden="true">🔊 </span>{{ 'readAloud.start' | t }}
        </button>
        @if (status() !== 'idle') {
          <button type="button" class="button button--quiet button--small" (click)="togglePause()">
            {{ (status() === 'paused' ? 'readAloud.resume' : 'readAloud.pause') | t }}
          </button>
          <button type="button" class="button button--quiet button--small" (click)="stop()">{{ 'readAloud.stop' | t }}</button>
        }
      </div>
      @if (copy(); as sentence) {
        <p class="read-aloud__now">
          <span class="visually-hidden" [attr.lang]="i18n.lang()">{{ 'readAloud.now' | t }}</span>
          <mark [attr.lang]="contentLang()">{{ sentence }}</mark>
        </p>
      }
    }
  `,
  styles: `
    nb-read-aloud {
      display: block;
      margin-block: 0.5rem;
    }
    .read-aloud {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .read-aloud__now {
      margin-block: 0.5rem 0;
      padding-inline: 0.5rem;
      border-inline-start: 4px solid var(--focus, #1f4e9c);
    }
    .read-aloud__now mark,
    ::highlight(nb-read-aloud) {
      background-color: #ffd873;
      color: #1a1a1a;
    }
  `,
})
export class ReadAloudComponent {
  protected readonly i18n = useTexts(readAloudTexts);
  private readonly document = inject(DOCUMENT);
  private readonly synth: SpeechSynthesis | null = this.document.defaultView?.speechSynthesis ?? null;
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  /** Watches the target while reading: a page that shows other text there (next step) stops the reading. */
  private observer: MutationObserver | null = null;

  /** The element whose text is read; its sentences are highlighted in place. */
  readonly target = input<HTMLElement | null>(null);
  /** Or a plain text to read (shown marked under the buttons while it is read). */
  readonly text = input('');
  /** What is read, for the button's accessible name when a page has several ("bericht van Sanne"). */
  readonly about = input('');

  protected readonly status = signal<Status>('idle');
  private readonly voices = signal<readonly SpeechSynthesisVoice[]>(this.synth?.getVoices() ?? []);
  /** The `lang` of what is read (see `contentLangOf`), looked up again after each render, as a page may set it late. */
  protected readonly contentLang = signal<string | null>(null);
  private readonly speechLang = computed(() => readingLang(this.contentLang(), this.i18n.lang()));
  protected readonly voice = computed(() => pickVoice(this.voices(), this.speechLang()));

  private sentences: Sentence[] = [];
  private index: TextIndex | null = null;
  private readonly current = signal(-1);
  private readonly stopThis = () => this.stop();
  /** Each start gets a new run; events of an utterance from an earlier run are ignored. */
  private run = 0;
  private readonly useHighlight = signal(false);
  private readonly sentencesText = signal<string[]>([]);
  /** The sentence shown marked under the buttons when it cannot be highlighted in place. */
  protected readonly copy = computed(() => {
    const i = this.current();
    if (i < 0 || this.useHighlight() || this.status() === 'idle') return '';
    return this.sentencesText()[i] ?? '';
  });

  constructor() {
    const synth = this.synth;
    if (synth) {
      // Chrome fills the voice list later and says so with `voiceschanged`.
      const refresh = () => this.voices.set(synth.getVoices());
      synth.addEventListener?.('voiceschanged', refresh);
      inject(DestroyRef).onDestroy(() => synth.removeEventListener?.('voiceschanged', refresh));
    }
    inject(DestroyRef).onDestroy(() => this.stop());
    const router = inject(Router, { optional: true });
    const navigation = router?.events.subscribe((event) => event instanceof NavigationStart && this.stop());
    inject(DestroyRef).onDestroy(() => navigation?.unsubscribe());
    // Another language or another text: what was being read no longer matches the page.
    effect(() => {
      this.speechLang();
      this.target();
      this.text();
      untracked(() => this.stop());
    });
    afterEveryRender({ read: () => this.readContentLang() });
    const pagehide = () => this.stop();
    this.document.defaultView?.addEventListener('pagehide', pagehide);
    inject(DestroyRef).onDestroy(() => this.document.defaultView?.removeEventListener('pagehide', pagehide));
  }

  start(): void {
    const synth = this.synth;
    const voice = this.voice();
    if (!synth || !voice) return;
    speaking?.();
    const target = this.target();
    const lang = this.speechLang();
    this.index = target ? indexText(target) : null;
    this.sentences = splitSentences(this.index?.text ?? this.text(), lang);
    this.sentencesText.set(this.sentences.map((s) => s.text));
    if (!this.sentences.length) return;
    this.useHighlight.set(!!this.index && highlightsOf(this.document) !== null);
    speaking = this.stopThis;
    synth.cancel();
    // A browser paused before stays paused for the next utterance (Chrome) unless resumed.
    if (synth.paused) synth.resume();
    this.status.set('playing');
    this.speak(++this.run, 0);
    const Observer = this.document.defaultView?.MutationObserver;
    if (target && Observer) {
      this.observer = new Observer((changes) => {
        if (changes.some((c) => !this.host.contains(c.target))) this.stop();
      });
      this.observer.observe(target, { childList: true, characterData: true, subtree: true });
    }
  }

  togglePause(): void {
    if (!this.synth) return;
    if (this.status() === 'playing') {
      this.synth.pause();
      this.status.set('paused');
    } else if (this.status() === 'paused') {
      this.synth.resume();
      this.status.set('playing');
    }
  }

  stop(): void {
    if (this.status() === 'idle') return;
    this.run++;
    this.observer?.disconnect();
    this.observer = null;
    this.status.set('idle');
    this.current.set(-1);
    this.mark(null);
    if (speaking === this.stopThis) {
      speaking = null;
      this.synth?.cancel();
    }
  }

  private speak(run: number, i: number): void {
    const sentence = this.sentences[i];
    const Utterance = (this.document.defaultView as (Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }) | null)
      ?.SpeechSynthesisUtterance;
    if (!sentence || !Utterance || !this.synth) {
      this.stop();
      return;
    }
    this.current.set(i);
    this.mark(this.index ? rangeOf(this.index, sentence.start, sentence.end) : null);
    const utterance = new Utterance(sentence.text);
    utterance.lang = this.speechLang();
    utterance.voice = this.voice();
    utterance.onend = () => {
      if (run === this.run) this.speak(run, i + 1);
    };
    utterance.onerror = () => {
      if (run === this.run) this.stop();
    };
    this.synth.speak(utterance);
  }

  private readContentLang(): void {
    const lang = contentLangOf(this.target() ?? this.host);
    if (lang !== untracked(this.contentLang)) this.contentLang.set(lang);
  }

  private mark(range: Range | null): void {
    const highlights = highlightsOf(this.document);
    if (!highlights || !this.useHighlight()) return;
    const Highlight = (this.document.defaultView as unknown as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
    if (range && Highlight) highlights.set(READ_ALOUD_HIGHLIGHT, new Highlight(range));
    else highlights.delete(READ_ALOUD_HIGHLIGHT);
  }
}

/** A voice for the language: the exact tag first (nl-NL), else the same language in another country (nl-BE). */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | null {
  const norm = (tag: string) => tag.replace('_', '-').toLowerCase();
  const wanted = norm(lang);
  const primary = wanted.split('-')[0];
  return voices.find((v) => norm(v.lang) === wanted) ?? voices.find((v) => norm(v.lang).split('-')[0] === primary) ?? null;
}

function highlightsOf(document: Document): Map<string, unknown> | null {
  const css = (document.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> } } | null)?.CSS;
  return css?.highlights ?? null;
}

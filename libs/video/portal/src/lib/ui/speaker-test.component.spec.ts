import { TestBed } from '@angular/core/testing';
import { SpeakerTestComponent } from './speaker-test.component';

/** A stand-in for the Web Audio API (jsdom has none): records the tone that was played. */
class FakeAudioContext {
  static last: FakeAudioContext | null = null;
  currentTime = 10;
  destination = {};
  readonly tones: Array<{ frequency: number; startedAt: number; stoppedAt: number; end(): void }> = [];
  constructor() {
    FakeAudioContext.last = this;
  }
  resume = jest.fn(async () => undefined);
  close = jest.fn(async () => undefined);
  createGain() {
    return { gain: { setValueAtTime: jest.fn(), linearRampToValueAtTime: jest.fn() }, connect: (next: unknown) => next };
  }
  createOscillator() {
    const tone = {
      frequency: { value: 0 },
      onended: null as null | (() => void),
      startedAt: -1,
      stoppedAt: -1,
      connect: (next: unknown) => next,
      start: (at: number) => (tone.startedAt = at),
      stop: (at: number) => (tone.stoppedAt = at),
    };
    this.tones.push({
      get frequency() {
        return tone.frequency.value;
      },
      get startedAt() {
        return tone.startedAt;
      },
      get stoppedAt() {
        return tone.stoppedAt;
      },
      end: () => tone.onended?.(),
    });
    return tone;
  }
}

describe('SpeakerTestComponent (device check)', () => {
  const original = (globalThis as { AudioContext?: unknown }).AudioContext;
  afterEach(() => ((globalThis as { AudioContext?: unknown }).AudioContext = original));

  async function render(): Promise<{ el: HTMLElement; settle: () => Promise<void> }> {
    localStorage.clear();
    const fixture = TestBed.createComponent(SpeakerTestComponent);
    fixture.detectChanges();
    const settle = async () => {
      await fixture.whenStable();
      fixture.detectChanges();
    };
    return { el: fixture.nativeElement as HTMLElement, settle };
  }

  it('plays a short tone and then asks whether it was heard', async () => {
    (globalThis as { AudioContext?: unknown }).AudioContext = FakeAudioContext;
    const { el, settle } = await render();
    const button = el.querySelector('button')!;
    expect(button.textContent?.trim()).toBe('Geluid testen');
    button.click();
    await settle();
    const [tone] = FakeAudioContext.last!.tones;
    expect(tone.startedAt).toBe(10);
    expect(tone.stoppedAt).toBe(11.5);
    expect(button.disabled).toBe(true);
    expect(el.querySelector('[aria-live]')?.textContent?.trim()).toBe('');
    tone.end();
    await settle();
    expect(button.disabled).toBe(false);
    expect(el.querySelector('[aria-live]')?.textContent).toContain('Hoorde je een toon? Dan werkt je geluid.');
  });

  it('says so in plain words when the browser plays no sound', async () => {
    (globalThis as { AudioContext?: unknown }).AudioContext = undefined;
    const { el, settle } = await render();
    el.querySelector('button')!.click();
    await settle();
    expect(el.querySelector('[aria-live]')?.textContent).toContain('Je browser speelt geen geluid af.');
  });
});

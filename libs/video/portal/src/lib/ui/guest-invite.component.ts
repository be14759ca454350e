import { ChangeDetectionStrategy, Component, ElementRef, Injector, OnInit, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import {
  FormControlDirective,
  FormFieldComponent,
  MessageComponent,
  TranslatePipe,
  focusFirstInvalid,
  generalErrorKey,
  toApiError,
  useTexts,
} from '@nabij/platform/portal';
import {
  CreatedVideoGuestLink,
  VIDEO_GUEST_FIRST_NAME_MAX,
  VIDEO_GUEST_KINDS,
  VideoGuestKind,
  VideoGuestLinkView,
} from '@nabij/video/contracts';
import { firstValueFrom } from 'rxjs';
import { videoTexts } from '../i18n';
import { VideoApi } from '../video.api';

/**
 * The worker's "Tolk of collega uitnodigen" in a call: a one-time link for this appointment only,
 * shown once to copy and pass on, and withdrawn with one button. The guest then waits in the
 * waiting room like the client and is let in from the call.
 */
@Component({
  selector: 'nb-video-guest-invite',
  imports: [ReactiveFormsModule, TranslatePipe, FormFieldComponent, FormControlDirective, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .kinds {
      border: 0;
      padding: 0;
      margin: 0 0 var(--space, 1rem);
    }
    .kinds legend {
      font-weight: 600;
      padding: 0;
    }
    .kinds label {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      min-height: 44px;
    }
    .link {
      width: 100%;
      font-family: monospace;
    }
  `,
  template: `
    <section class="card" aria-labelledby="guest-title">
      <h2 id="guest-title">{{ 'video.guest.title' | t }}</h2>
      @if (inUse(); as link) {
        @if (made(); as made) {
          <p>{{ 'video.guest.madeText' | t: { name: made.firstName } }}</p>
          <label for="guest-link">{{ 'video.guest.link' | t }}</label>
          <input id="guest-link" class="input link" type="text" readonly [value]="made.url" (focus)="select($event)" />
          <div class="button-row">
            <button type="button" class="button button--secondary" (click)="copy(made.url)">{{ 'video.guest.copy' | t }}</button>
          </div>
        } @else {
          <p>{{ 'video.guest.inUse' | t: { name: link.firstName, kind: ('video.guest.kind.' + link.kind | t) } }}</p>
        }
        <button type="button" class="button button--secondary" [disabled]="busy()" (click)="revoke(link)">
          {{ 'video.guest.revoke' | t: { name: link.firstName } }}
        </button>
      } @else {
        <p>{{ 'video.guest.intro' | t }}</p>
        <form [formGroup]="form" (ngSubmit)="create()" novalidate>
          <fieldset class="kinds">
            <legend>{{ 'video.guest.who' | t }}</legend>
            @for (kind of kinds; track kind) {
              <label><input type="radio" formControlName="kind" [value]="kind" /> {{ 'video.guest.kind.' + kind | t }}</label>
            }
          </fieldset>
          <nb-form-field fieldId="guest-first-name" [label]="'video.guest.firstName' | t" [hint]="'video.guest.firstNameHint' | t" [error]="nameError() ? ('video.guest.firstNameError' | t) : null">
            <input nbControl class="input" type="text" formControlName="firstName" autocomplete="off" [attr.maxlength]="nameMax" />
          </nb-form-field>
          <button type="submit" class="button" [attr.aria-busy]="busy()">{{ (busy() ? 'platform.busy' : 'video.guest.make') | t }}</button>
        </form>
      }
      <div aria-live="polite">
        @if (notice(); as key) {
          <nb-message kind="success">{{ key | t }}</nb-message>
        }
        @if (errorKey(); as key) {
          <nb-message kind="error">{{ key | t }}</nb-message>
        }
      </div>
    </section>
  `,
})
export class GuestInviteComponent implements OnInit {
  readonly appointmentId = input.required<string>();
  protected readonly i18n = useTexts(videoTexts);
  private readonly api = inject(VideoApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  protected readonly kinds = VIDEO_GUEST_KINDS;
  protected readonly nameMax = VIDEO_GUEST_FIRST_NAME_MAX;
  protected readonly form = new FormGroup({
    kind: new FormControl<VideoGuestKind>('interpreter', { nonNullable: true }),
    firstName: new FormControl('', { nonNullable: true }),
  });
  /** The link in use for this call (at most one). */
  protected readonly inUse = signal<VideoGuestLinkView | null>(null);
  /** The link just made, with its token: shown this once. */
  protected readonly made = signal<CreatedVideoGuestLink | null>(null);
  protected readonly nameError = signal(false);
  protected readonly busy = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly errorKey = signal<string | null>(null);

  async ngOnInit(): Promise<void> {
    try {
      const links = await firstValueFrom(this.api.guestLinks(this.appointmentId()));
      this.inUse.set(links.find((l) => !l.revokedAt) ?? null);
    } catch (err) {
      this.errorKey.set(generalErrorKey(toApiError(err)));
    }
  }

  protected async create(): Promise<void> {
    if (this.busy()) return;
    const { kind, firstName } = this.form.getRawValue();
    const name = firstName.trim();
    this.nameError.set(!name || name.length > VIDEO_GUEST_FIRST_NAME_MAX);
    this.notice.set(null);
    this.errorKey.set(null);
    if (this.nameError()) {
      focusFirstInvalid(this.host.nativeElement, this.injector);
      return;
    }
    this.busy.set(true);
    try {
      const made = await firstValueFrom(this.api.createGuestLink(this.appointmentId(), { kind, firstName: name }));
      this.made.set(made);
      this.inUse.set(made);
      this.form.reset();
    } catch (err) {
      const e = toApiError(err);
      if (e.statusCode === 400 && e.fields?.['firstName']) {
        this.nameError.set(true);
        focusFirstInvalid(this.host.nativeElement, this.injector);
      } else this.errorKey.set(e.code === 'guest_link_in_use' ? 'video.guest.alreadyInUse' : generalErrorKey(e));
    } finally {
      this.busy.set(false);
    }
  }

  protected async revoke(link: VideoGuestLinkView): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errorKey.set(null);
    try {
      await firstValueFrom(this.api.revokeGuestLink(this.appointmentId(), link.id));
      this.inUse.set(null);
      this.made.set(null);
      this.notice.set('video.guest.revoked');
    } catch (err) {
      this.errorKey.set(generalErrorKey(toApiError(err)));
    } finally {
      this.busy.set(false);
    }
  }

  protected select(event: Event): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      this.notice.set('video.guest.copied');
    } catch {
      // No clipboard (an older browser, no permission): the link stays selectable in the field.
      this.notice.set('video.guest.copyByHand');
    }
  }
}

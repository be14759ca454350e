import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import type { OutboxMail } from '@nabij/platform/contracts';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts } from '@nabij/platform/portal';
import { firstValueFrom } from 'rxjs';
import { intakeTexts } from '../i18n';
import { IntakeApi } from '../intake.api';

/** A mail text cut into plain text and links, so links are clickable without innerHTML. */
export interface TextPart {
  text: string;
  href: string | null;
}

export function linkify(text: string): TextPart[] {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, href: /^https?:\/\//.test(part) ? part : null }));
}

/** `/dev/mail`: the demo outbox, so a newcomer can finish registering without a real mailbox. */
@Component({
  selector: 'nb-dev-mail-page',
  styleUrls: ['./dev-mail.page.css', '../intake.shared.css'],
  imports: [TranslatePipe, MessageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './dev-mail.page.html',
})
export class DevMailPage implements OnInit {
  protected readonly i18n = useTexts(intakeTexts);
  private readonly api = inject(IntakeApi);

  protected readonly mails = signal<(OutboxMail & { parts: TextPart[] })[] | null>(null);
  protected readonly off = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly busy = signal(false);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      const mails = await firstValueFrom(this.api.outbox());
      this.mails.set(mails.map((m) => ({ ...m, parts: linkify(m.text) })));
    } catch (err) {
      const error = toApiError(err);
      if (error.statusCode === 404) this.off.set(true);
      else this.error.set(generalErrorKey(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected time(iso: string): string {
    return new Intl.DateTimeFormat(this.i18n.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  }
}

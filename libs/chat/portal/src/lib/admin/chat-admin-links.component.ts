import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe, useTexts } from '@nabij/platform/portal';
import { chatAdminTexts } from './chat-admin.i18n';

/** Links from the admin and team lead home pages to the chat hours (admin) and the chat rota. */
@Component({
  selector: 'nb-chat-admin-links',
  styleUrl: './chat-admin-links.component.css',
  imports: [RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="chat-admin-links">
      @if (hours()) {
        <li><a routerLink="/chat/tijden">{{ 'chatAdmin.hours.title' | t }}</a></li>
      }
      <li><a routerLink="/chat/rooster">{{ 'chatAdmin.rota.title' | t }}</a></li>
    </ul>
  `,
})
export class ChatAdminLinksComponent {
  protected readonly i18n = useTexts(chatAdminTexts);
  /** Admins also edit the hours; team leads only plan the rota. */
  readonly hours = input(false);
}

import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MessageComponent, TranslatePipe, generalErrorKey, toApiError, useTexts, formatAmsterdamDate } from '@nabij/platform/portal';
import { MyGuardiansComponent } from '@nabij/guardians/portal/lib/my-guardians.component';
import { ClientDossierStore } from '../client-dossier.store';
import { dossierTexts } from '../i18n';
import { ClientCaseComponent } from './client-case.component';
import { DossierAccessComponent } from './dossier-access.component';

/** `/dossier` for a client: open help first, then private notes, finished help and who looked. */
@Component({
  selector: 'nb-client-dossier-page',
  styleUrls: ['./client-dossier.page.css', '../dossier.shared.css'],
  imports: [RouterLink, TranslatePipe, MessageComponent, ClientCaseComponent, DossierAccessComponent, MyGuardiansComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back-link"><a routerLink="/home">{{ 'dossier.client.home' | t }}</a></p>
    <h1 tabindex="-1">{{ 'dossier.client.title' | t }}</h1>
    <p class="lead">{{ 'dossier.client.intro' | t }}</p>
    <nb-message kind="error" [show]="!!loadError()">{{ loadError() ?? '' | t }}</nb-message>
    @if (store.dossiers(); as all) {
      @if (all.length === 0) {
        <p>{{ 'dossier.client.none' | t }}</p>
      }
      @for (d of store.open(); track d.case.id) {
        <nb-client-case [dossier]="d" />
      }

      <nb-my-guardians />

      <section class="card" aria-labelledby="notes-title">
        <h2 id="notes-title">{{ 'dossier.notes' | t }}</h2>
        <p class="small">{{ 'dossier.notes.private' | t }}</p>
        <form (submit)="$event.preventDefault(); addNote(noteBox)">
          <label class="field-label" for="note-text">{{ 'dossier.notes.label' | t }}</label>
          <textarea id="note-text" #noteBox class="input" rows="3" maxlength="4000"></textarea>
          <p><button type="submit" class="button button--secondary">{{ 'dossier.notes.add' | t }}</button></p>
        </form>
        <ul class="plain-list">
          @for (note of store.notes(); track note.id) {
            <li class="item-line">
              <p class="prewrap">{{ note.text }}</p>
              <span class="small">{{ date(note.updatedAt) }}</span>
              <button type="button" class="button button--quiet button--small" (click)="removeNote(note.id)">{{ 'dossier.notes.remove' | t }}</button>
            </li>
          }
        </ul>
      </section>

      @for (d of store.closed(); track d.case.id) {
        <details class="card closed-case">
          <summary>
            <strong>{{ 'dossier.closed' | t }}</strong> · {{ 'dossier.closed.on' | t: { date: date(d.case.closedOn ?? d.case.openedOn) } }}
          </summary>
          <p>{{ 'dossier.closed.text' | t }}</p>
          <nb-client-case [dossier]="d" />
        </details>
      }

      <details class="card" (toggle)="onAccessToggle($event)">
        <summary><strong>{{ 'dossier.access' | t }}</strong></summary>
        @if (accessOpen()) {
          <nb-dossier-access />
        }
      </details>
    }
  `,
})
export class ClientDossierPage implements OnInit {
  protected readonly i18n = useTexts(dossierTexts);
  protected readonly store = inject(ClientDossierStore);
  protected readonly loadError = signal<string | null>(null);

  ngOnInit(): void {
    this.store.load().catch((err) => this.loadError.set(generalErrorKey(toApiError(err))));
  }

  /** The access log loads when the client opens it, and stays loaded. */
  protected readonly accessOpen = signal(false);

  protected onAccessToggle(event: Event): void {
    if ((event.target as HTMLDetailsElement).open) this.accessOpen.set(true);
  }

  protected async addNote(box: HTMLTextAreaElement): Promise<void> {
    const text = box.value.trim();
    if (!text) return;
    try {
      await this.store.addNote(text);
      box.value = '';
    } catch (err) {
      this.loadError.set(generalErrorKey(toApiError(err)));
    }
  }

  protected removeNote(id: string): void {
    this.store.removeNote(id).catch((err) => this.loadError.set(generalErrorKey(toApiError(err))));
  }

  protected date(value: string): string {
    return formatAmsterdamDate(value, this.i18n.locale());
  }
}

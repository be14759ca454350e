import { Injector, afterNextRender } from '@angular/core';

/** After the next render, focus the first invalid control inside `root` (errors are then read out). */
export function focusFirstInvalid(root: HTMLElement, injector: Injector): void {
  afterNextRender(() => root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), { injector });
}

/** After the next render, focus `selector` inside `root`, e.g. a new heading after a step change. */
export function focusAfterRender(root: HTMLElement, selector: string, injector: Injector): void {
  afterNextRender(() => root.querySelector<HTMLElement>(selector)?.focus(), { injector });
}

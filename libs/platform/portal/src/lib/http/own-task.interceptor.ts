import { HttpInterceptorFn } from '@angular/common/http';
import { Observable, Subscription } from 'rxjs';

/** Callbacks waiting for a task of their own, oldest first. */
const waiting: Array<() => void> = [];
let channel: MessageChannel | null = null;

function runOne(): void {
  waiting.shift()?.();
}

/**
 * Runs `callback` in a task of its own, after what is queued already (one callback per task, in the
 * order they were queued). Returns a function that takes it out of the queue if it has not run.
 */
export function inOwnTask(callback: () => void): () => void {
  if (typeof MessageChannel === 'undefined') {
    const timer = setTimeout(callback);
    return () => clearTimeout(timer);
  }
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runOne;
  }
  let pending = true;
  const run = () => {
    if (pending) callback();
  };
  waiting.push(run);
  channel.port2.postMessage(null);
  return () => {
    pending = false;
  };
}

/**
 * Starts each API call in a task of its own. Starting a call (Angular's request handling, the
 * browser's fetch) costs a few milliseconds on a phone; a page that asks six things at once while it
 * renders used to pay all of that in the render's task, which kept the phone from answering a tap
 * (Lighthouse's blocking time, issue 12). Each call now starts right after, one per task, in the
 * order asked. Unsubscribing before the call started means it never starts.
 */
export const ownTaskInterceptor: HttpInterceptorFn = (req, next) =>
  new Observable((subscriber) => {
    let call: Subscription | null = null;
    const cancel = inOwnTask(() => {
      // What follows in the chain runs outside the caller's stack now: an error it throws goes to the caller.
      try {
        call = next(req).subscribe(subscriber);
      } catch (error) {
        subscriber.error(error);
      }
    });
    return () => {
      cancel();
      call?.unsubscribe();
    };
  });

import { Directive, ElementRef, effect, inject, input } from '@angular/core';

/** `<video [nbSrcObject]="stream">`: shows a MediaStream (a binding cannot set srcObject). */
@Directive({ selector: 'video[nbSrcObject]' })
export class SrcObjectDirective {
  readonly nbSrcObject = input<MediaStream | null>(null);

  constructor() {
    const video = inject<ElementRef<HTMLVideoElement>>(ElementRef).nativeElement;
    effect(() => {
      const stream = this.nbSrcObject();
      if (video.srcObject !== stream) video.srcObject = stream;
    });
  }
}

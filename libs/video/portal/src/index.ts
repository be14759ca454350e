export * from './lib/i18n';
export * from './lib/video.api';
export * from './lib/call/video-call.page';
export * from './lib/call/video-call.store';
export * from './lib/ui/upcoming-video.component';
export * from './lib/group/group-call.page';

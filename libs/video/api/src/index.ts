export * from './lib/video.module';

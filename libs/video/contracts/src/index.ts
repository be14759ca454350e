export * from './lib/video.contracts';
export * from './lib/video-socket.contracts';

export * from './lib/chat.contracts';
export * from './lib/chat-socket.contracts';
export * from './lib/chat-hours-admin.contracts';

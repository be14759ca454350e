import { AppConfig } from './app-config';

const base = { DATABASE_URL: 'postgres://localhost/nabij' };
const production = {
  ...base,
  NODE_ENV: 'production',
  JWT_SECRET: 'q7Vd1LxP0uZk9rT2bYh6sWn3mEa8cJf5gKo4iRt1',
  PUBLIC_URL: 'https://nabij.example.nl',
};

describe('AppConfig: API docs and log level', () => {
  it('shows the API docs in development and hides them in production unless API_DOCS=true', () => {
    expect(new AppConfig(base).apiDocs).toBe(true);
    expect(new AppConfig(production).apiDocs).toBe(false);
    expect(new AppConfig({ ...production, API_DOCS: 'true' }).apiDocs).toBe(true);
    expect(new AppConfig({ ...base, API_DOCS: 'false' }).apiDocs).toBe(false);
  });

  it('logs at info unless LOG_LEVEL says otherwise, and refuses an unknown level', () => {
    expect(new AppConfig(base).logLevel).toBe('info');
    expect(new AppConfig({ ...base, LOG_LEVEL: 'silent' }).logLevel).toBe('silent');
    expect(() => new AppConfig({ ...base, LOG_LEVEL: 'loud' })).toThrow(
      /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    );
  });
});

describe('AppConfig: training videos', () => {
  it('takes up to 100 MB per training video unless TRAINING_VIDEO_MAX_MB says otherwise, and refuses a nonsense size', () => {
    expect(new AppConfig(base).trainingVideoMaxBytes).toBe(100 * 1024 * 1024);
    expect(new AppConfig({ ...base, TRAINING_VIDEO_MAX_MB: '250' }).trainingVideoMaxBytes).toBe(250 * 1024 * 1024);
    expect(() => new AppConfig({ ...base, TRAINING_VIDEO_MAX_MB: '0' })).toThrow(
      /TRAINING_VIDEO_MAX_MB must be a whole number from 1 to 1024/,
    );
  });
});

// Browser journeys start the built Nabij and drive chromium page by page. A project cannot set
// testTimeout in jest.config.ts (jest reads it from the global config only), so this setup file
// raises the default for the e2e project; hooks get the same timeout.
jest.setTimeout(120_000);

import type { BrowserType, LaunchOptions } from 'playwright-core';

export const EXTRA_DISABLED_FEATURES: string[];
export function mergedDisableFeatures(defaultSwitch: string | undefined, extra?: string[]): string;
export function playwrightDisableFeatures(chromium: BrowserType, executablePath: string): Promise<string | undefined>;
export function launchOptions(chromium: BrowserType, executablePath: string, args: string[]): Promise<LaunchOptions>;

import { describe, expect, it } from 'vitest';
import { languageFromEnvironment } from '../../src/report/text/ui.js';

describe('default language from the locale', () => {
  it('is Japanese for ja_JP.UTF-8', () => {
    expect(languageFromEnvironment({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
  });
  it('follows POSIX precedence: LC_ALL over LC_MESSAGES over LANG', () => {
    expect(languageFromEnvironment({ LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LC_MESSAGES: 'ja_JP', LANG: 'en_US' })).toBe('ja');
  });
  it('is English when nothing is set or the locale is C', () => {
    expect(languageFromEnvironment({})).toBe('en');
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('en');
  });
});

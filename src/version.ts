import { readFileSync } from 'node:fs';

/** The package version and home page, read once from package.json (one level above src/ and dist/). */
const PACKAGE = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; homepage: string };

export const TOOL_VERSION: string = PACKAGE.version;
/** Where amzcheck lives (package.json `homepage`; README.md "Repository" says what it is while unpublished). */
export const TOOL_HOMEPAGE: string = PACKAGE.homepage;

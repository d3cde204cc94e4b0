/**
 * The library API that the CLI uses: all of src/index.ts but the message stage's parsers (parseHeaders,
 * parseMessage), whose charset tables and MIME parser cost ~0.3 s to load. The CLI imports only this module
 * (test/architecture/cli-uses-api.test.ts), so that `amzcheck --version`, `explain` and the main thread of a
 * parallel scan do not load them (the scan loads them where a message is analysed). src/index.ts exports all
 * of it, so everything the CLI does, a program can do.
 */
export { scan, scanEvents, analyzeMessage, ReportCollector, resolveOptions, type ScanEvent } from './pipeline/scan.js';
export type { ScanOptions } from './pipeline/options.js';
export { readInputs } from './input/index.js';
export type { RawMessage, Location, InputEvent, InputOptions } from './input/types.js';
export type { Message, MessageHeaders, Address } from './message/types.js';
export { FINDING_CODES, type Finding, type FindingCode, type Severity, type Evidence } from './findings.js';
export type {
  Report,
  MessageReport,
  ReportedFinding,
  RemediationStep,
  BurstReport,
} from './report/model.js';
export type { Verdict, FailOn } from './verdict/types.js';
export type { MailKind } from './checks/security-code/index.js';
export { SCHEMA_VERSION } from './report/model.js';
export { formatHuman, type HumanOptions } from './report/format/human.js';
export { displayWidth, wrapLine, wrapReport } from './report/format/wrap.js';
export { formatJson, ndjsonInputErrorLine, ndjsonMessageLine, ndjsonMessageLineFromJson, ndjsonSummaryLine } from './report/format/json.js';
export { codeText, type Lang, type CodeText } from './report/text/index.js';
export { CLI_TEXT, localizeReason } from './report/text/cli.js';
export { REMEDIATION_TEXT } from './report/text/remediation.js';
export { languageFromEnvironment } from './report/text/ui.js';
export { REMEDIATION_BY_CODE } from './verdict/remediation.js';
export { parseBurstWindows } from './mailbox/bursts.js';
export { osErrorReason } from './input/read-stream.js';
export { isFindingCode } from './findings.js';
export type { FailOn as FailOnLevel, OverallStatus } from './verdict/types.js';
export type { Effect } from './verdict/policy.js';
export { formatSarif, sarifLines, type SarifOptions } from './report/format/sarif.js';
export { startLines, type LineLookup } from './input/lines.js';
export { safeText } from './report/safe-text.js';
export { exitCodeFor, EXIT_OK, EXIT_FINDINGS, EXIT_ERROR } from './report/exit-codes.js';
export { explainText, listCodes, suggestCodes } from './report/explain.js';
export { VERDICT_POLICY, decideVerdict } from './verdict/index.js';
export { TOOL_VERSION } from './version.js';

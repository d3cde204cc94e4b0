/**
 * A literal string as a RegExp source, for alternations of literals built once from data. Valid with and
 * without the u flag (which forbids needless escapes such as "\-").
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => '\\' + c);
}

// Summarises a V8 .cpuprofile (node --cpu-prof): where the time went, by function and by module, so the
// figures in docs/performance.md point at the code to look at.

/**
 * @typedef {object} CpuProfile
 * @property {{id: number, callFrame: {functionName: string, url: string, lineNumber: number, columnNumber: number}, hitCount?: number, children?: number[]}[]} nodes
 * @property {number} startTime
 * @property {number} endTime
 * @property {number[]} [samples]
 * @property {number[]} [timeDeltas]
 */

/** @typedef {{name: string, where: string, selfMs: number, percent: number}} ProfileEntry */

/**
 * A short "where" for a script URL: the npm package for dependencies, the path from src/ or dist/ for ours.
 * @param {string} url
 */
export function moduleOf(url) {
  if (!url) return '(native)';
  if (url.startsWith('node:')) return url;
  const pkg = /node_modules\/((?:@[^/]{1,100}\/)?[^/]{1,100})\//.exec(url);
  if (pkg) return pkg[1];
  const own = /\/((?:dist|src|bin|bench)\/.{1,300})$/.exec(url);
  return own ? own[1] : url.slice(-80);
}

/**
 * Self time per function and per module, largest first. Self time is the sum of the sampling intervals
 * that landed in the function itself (timeDeltas), which is exact where hitCount x interval is not.
 * @param {CpuProfile} profile
 * @param {number} [top]
 * Inclusive ("total") time counts a sample for every distinct function on its stack, once: it says which
 * stage of the pipeline the time is spent under.
 * @returns {{totalMs: number, functions: ProfileEntry[], modules: ProfileEntry[], inclusive: ProfileEntry[]}}
 */
export function summarizeProfile(profile, top = 25) {
  /** @type {Map<number, number>} node id -> self microseconds */
  const selfUs = new Map();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  if (samples.length > 0 && deltas.length === samples.length) {
    // timeDeltas[i] is the time *before* sample i; the interval after sample i is timeDeltas[i + 1].
    for (let i = 0; i < samples.length; i++) {
      const us = i + 1 < deltas.length ? deltas[i + 1] : 0;
      selfUs.set(samples[i], (selfUs.get(samples[i]) ?? 0) + Math.max(0, us));
    }
  } else {
    const interval = samples.length > 0 ? (profile.endTime - profile.startTime) / samples.length : 0;
    for (const n of profile.nodes) selfUs.set(n.id, (n.hitCount ?? 0) * interval);
  }
  let totalUs = 0;
  for (const v of selfUs.values()) totalUs += v;

  /** @type {Map<string, {name: string, where: string, us: number}>} */
  const byFunction = new Map();
  /** @type {Map<string, number>} */
  const byModule = new Map();
  for (const n of profile.nodes) {
    const us = selfUs.get(n.id) ?? 0;
    if (us === 0) continue;
    const f = n.callFrame;
    const name = f.functionName || (f.url ? '(anonymous)' : '(program)');
    const where = f.url ? `${moduleOf(f.url)}:${f.lineNumber + 1}` : '';
    const key = `${name}\u0000${where}`;
    const entry = byFunction.get(key) ?? { name, where, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
    const mod = f.url ? moduleOf(f.url) : name;
    byModule.set(mod, (byModule.get(mod) ?? 0) + us);
  }
  /** @type {Map<number, number>} */
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const keyOf = (/** @type {CpuProfile['nodes'][number]} */ n) => {
    const f = n.callFrame;
    return { name: f.functionName || (f.url ? '(anonymous)' : '(program)'), where: f.url ? `${moduleOf(f.url)}:${f.lineNumber + 1}` : '' };
  };
  /** @type {Map<string, {name: string, where: string, us: number}>} */
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    /** @type {Set<string>} */
    const seen = new Set();
    for (let at = /** @type {number | undefined} */ (id); at !== undefined; at = parent.get(at)) {
      const n = nodeById.get(at);
      if (!n) break;
      const k = keyOf(n);
      const key = `${k.name}\u0000${k.where}`;
      if (seen.has(key) || k.name === '(root)') continue;
      seen.add(key);
      const entry = inclusive.get(key) ?? { ...k, us: 0 };
      entry.us += us;
      inclusive.set(key, entry);
    }
  }
  const pct = (/** @type {number} */ us) => (totalUs > 0 ? (100 * us) / totalUs : 0);
  const functions = [...byFunction.values()].sort((a, b) => b.us - a.us).slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, percent: pct(e.us) }));
  const modules = [...byModule.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([where, us]) => ({ name: where, where, selfMs: us / 1000, percent: pct(us) }));
  const inclusiveTop = [...inclusive.values()].sort((a, b) => b.us - a.us).slice(0, top)
    .map((e) => ({ name: e.name, where: e.where, selfMs: e.us / 1000, percent: pct(e.us) }));
  return { totalMs: totalUs / 1000, functions, modules, inclusive: inclusiveTop };
}

/** A plain-text table of profile entries. */
export function formatProfileEntries(/** @type {ProfileEntry[]} */ entries, withWhere = true) {
  return entries.map((e) => `${e.selfMs.toFixed(0).padStart(8)} ms ${e.percent.toFixed(1).padStart(5)}%  ${e.name}${withWhere && e.where ? `  (${e.where})` : ''}`).join('\n');
}

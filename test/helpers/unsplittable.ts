/** Addresses, links and host names in a report: what a wrapped line must never split. */
export const UNSPLITTABLE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s「」（）()"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)+\b/gi;

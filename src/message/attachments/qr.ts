/**
 * QR codes in images (issue 21): PNG (pngjs), JPEG (jpeg-js), GIF (omggif, first frame) decoded to pixels in
 * plain JavaScript, then jsQR looks for a code. WebP is not read: no well-kept decoder without a native or
 * WebAssembly build exists on npm (docs/limits.md). The image's dimensions are read from its header before
 * anything is decoded: an image over MAX_IMAGE_PIXELS is reported, never decoded, and the pixels jsQR scans
 * are at most MAX_QR_SCAN_PIXELS (a larger image is sampled down first). Never throws.
 */
import { createRequire } from 'node:module';
import type { ContentKind } from './sniff.js';
import { MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '../limits.js';

export type ImageProblem = 'damaged' | 'too-large' | 'unsupported';

export interface QrResult {
  /** The text of each QR code found (at most one per image: jsQR finds the clearest). */
  codes: string[];
  problem: ImageProblem | null;
  width: number;
  height: number;
}

/** Pixels handed to jsQR: a larger image is sampled down to this first (QR codes in mail are large and clear). */
export const MAX_QR_SCAN_PIXELS = 2_000_000;

const require = createRequire(import.meta.url);
type JsQr = typeof import('jsqr').default;
type PngJs = typeof import('pngjs');
type JpegJs = typeof import('jpeg-js');
type OmgGif = typeof import('omggif');
let libs: { jsqr: JsQr; png: PngJs; jpeg: JpegJs; gif: OmgGif } | null = null;

/** The decoders, loaded on first use (CommonJS packages; most scans meet no image worth decoding). */
function decoders() {
  libs ??= {
    jsqr: require('jsqr') as JsQr,
    png: require('pngjs') as PngJs,
    jpeg: require('jpeg-js') as JpegJs,
    gif: require('omggif') as OmgGif,
  };
  return libs;
}

/** Width and height from the image's header, or null when the header cannot be read. */
export function imageSize(bytes: Buffer, kind: ContentKind): { width: number; height: number } | null {
  if (kind === 'png') return bytes.length >= 24 ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null;
  if (kind === 'gif') return bytes.length >= 10 ? { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) } : null;
  if (kind === 'jpeg') {
    let at = 2;
    while (at + 9 < bytes.length) {
      if (bytes[at] !== 0xff) return null;
      const marker = bytes[at + 1]!;
      if (marker === 0xff) {
        at++;
        continue;
      }
      const length = bytes.readUInt16BE(at + 2);
      // SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC) give the frame's size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) };
      }
      at += 2 + length;
    }
  }
  return null;
}

interface Rgba {
  data: Uint8Array;
  width: number;
  height: number;
}

function decode(bytes: Buffer, kind: ContentKind, width: number, height: number): Rgba {
  const { png, jpeg, gif } = decoders();
  if (kind === 'png') {
    const img = png.PNG.sync.read(bytes);
    return { data: img.data, width: img.width, height: img.height };
  }
  if (kind === 'jpeg') {
    const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: MAX_IMAGE_PIXELS / 1e6, maxMemoryUsageInMB: 256 });
    return { data: img.data, width: img.width, height: img.height };
  }
  const reader = new gif.GifReader(bytes);
  const data = new Uint8Array(width * height * 4);
  reader.decodeAndBlitFrameRGBA(0, data);
  return { data, width, height };
}

/** Every `step`-th pixel of every `step`-th row. */
function sampleDown(img: Rgba, step: number): Rgba {
  const width = Math.floor(img.width / step);
  const height = Math.floor(img.height / step);
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * step * img.width + x * step) * 4;
      data.set(img.data.subarray(from, from + 4), (y * width + x) * 4);
    }
  }
  return { data, width, height };
}

export function findQrCodes(bytes: Buffer, kind: ContentKind): QrResult {
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'gif') return { codes: [], problem: 'unsupported', width: 0, height: 0 };
  const size = imageSize(bytes, kind);
  if (!size || size.width === 0 || size.height === 0) return { codes: [], problem: 'damaged', width: 0, height: 0 };
  const { width, height } = size;
  if (bytes.length > MAX_IMAGE_BYTES || width * height > MAX_IMAGE_PIXELS) return { codes: [], problem: 'too-large', width, height };
  try {
    let img = decode(bytes, kind, width, height);
    if (img.width * img.height > MAX_IMAGE_PIXELS || img.data.length < img.width * img.height * 4) {
      return { codes: [], problem: 'damaged', width, height };
    }
    const pixels = img.width * img.height;
    if (pixels > MAX_QR_SCAN_PIXELS) img = sampleDown(img, Math.ceil(Math.sqrt(pixels / MAX_QR_SCAN_PIXELS)));
    const clamped = new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.width * img.height * 4);
    const code = decoders().jsqr(clamped, img.width, img.height, { inversionAttempts: 'attemptBoth' });
    return { codes: code && code.data ? [code.data.slice(0, 4096)] : [], problem: null, width, height };
  } catch {
    return { codes: [], problem: 'damaged', width, height };
  }
}

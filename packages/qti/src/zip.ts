import { unzipSync } from 'fflate';

/** Size limits for what we read: a package, one XML file, everything unpacked together. */
export const LIMITS = {
  /** A content package (zip) as uploaded. */
  zipBytes: 5 * 1024 * 1024,
  /** One XML file (a lone item, or one file inside a package, unpacked). */
  xmlBytes: 1024 * 1024,
  /** All XML files of a package together, unpacked: the zip-bomb cap. */
  totalBytes: 20 * 1024 * 1024,
  /** Entries in a package. */
  entries: 2000,
} as const;

/** An actual size, exactly: `1,048,577 bytes`. */
export const formatBytes = (n: number) => `${n.toLocaleString('en-US')} bytes`;

/** A limit, readably and exactly: `1 MB (1,048,576 bytes)`. */
export const formatLimit = (n: number) => `${n / (1024 * 1024)} MB (${formatBytes(n)})`;

export interface UnzippedPackage {
  /** Extracted XML files by normalised path. */
  files: Map<string, Uint8Array>;
  /** Every entry's path (files we did not extract too). */
  names: Set<string>;
  /** Paths not extracted, with why (too large, over the total). */
  refused: Map<string, string>;
  errors: string[];
}

/** `./a\\b.xml` → `a/b.xml`. */
const normalizeEntry = (name: string) => name.replace(/\\/g, '/').replace(/^(\.\/)+/, '');

export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  (bytes[2] === 0x03 || bytes[2] === 0x05) &&
  (bytes[3] === 0x04 || bytes[3] === 0x06);

/**
 * Unpacks the XML files of a package within the limits. Sizes are checked from the zip's
 * directory before anything is inflated, and inflating never writes past the size declared
 * there (fflate inflates into a buffer of exactly that size), so a lying header cannot make a
 * bomb: the total unpacked stays under LIMITS.totalBytes.
 */
export function unzipPackage(bytes: Uint8Array): UnzippedPackage {
  const files = new Map<string, Uint8Array>();
  const names = new Set<string>();
  const refused = new Map<string, string>();
  const errors: string[] = [];
  let total = 0;
  let count = 0;
  let tooMany = false;
  try {
    const out = unzipSync(bytes, {
      filter(info) {
        count++;
        if (count > LIMITS.entries) {
          tooMany = true;
          return false;
        }
        const name = normalizeEntry(info.name);
        if (name.endsWith('/')) return false;
        names.add(name);
        if (!/\.xml$/i.test(name)) return false;
        if (info.originalSize > LIMITS.xmlBytes) {
          refused.set(
            name,
            `it is ${formatBytes(info.originalSize)} unpacked; the limit for one XML file is ${formatLimit(LIMITS.xmlBytes)}`,
          );
          return false;
        }
        if (total + info.originalSize > LIMITS.totalBytes) {
          refused.set(
            name,
            `the package unpacks to more than ${formatLimit(LIMITS.totalBytes)} of XML (the limit, against zip bombs)`,
          );
          return false;
        }
        if (info.compression !== 0 && info.compression !== 8) {
          refused.set(
            name,
            `it is compressed with method ${info.compression}; only deflate is read`,
          );
          return false;
        }
        total += info.originalSize;
        return true;
      },
    });
    for (const [name, data] of Object.entries(out)) files.set(normalizeEntry(name), data);
  } catch (error) {
    errors.push(
      `the zip cannot be read (${error instanceof Error ? error.message : String(error)}); is it a complete, unencrypted zip?`,
    );
  }
  if (tooMany) {
    errors.push(
      `the package has more than ${LIMITS.entries} entries (the limit); the rest were not read`,
    );
  }
  if ([...refused.values()].some((r) => r.includes('zip bombs'))) {
    errors.push(
      `the package unpacks to more than ${formatLimit(LIMITS.totalBytes)} of XML (the limit, against zip bombs); some files were not read`,
    );
  }
  return { files, names, refused, errors };
}

/** Resolves `href` against a folder inside the package; null when it leaves the package or is
 * not a relative path (a URL, an absolute path). */
export function resolvePath(baseDir: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('/')) return null;
  let decoded = href.split(/[?#]/)[0] ?? '';
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // keep it as written
  }
  const parts = baseDir ? baseDir.split('/').filter(Boolean) : [];
  for (const part of normalizeEntry(decoded).split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

export const dirOf = (path: string) =>
  path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';

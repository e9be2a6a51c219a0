/**
 * A static file server for built sites, as a typical static host serves them
 * (GitHub Pages, Netlify, Cloudflare, nginx with gzip_static):
 * `/x/` → `x/index.html`, unknown paths → 404.html with status 404, and text,
 * JavaScript and wasm compressed (brotli or gzip, whichever the browser
 * offers; brotli first) unless `compress: false`. Pagefind's own files
 * (`*.pf_*`, `wasm.*.pagefind`) are gzip data already and are sent as they
 * are, as hosts do for types they do not recognise.
 *
 * Every response is logged with the bytes that went over the socket (status
 * line, headers and body as sent) and the body's size before and after
 * content encoding, so a test or the bench can say what a page transferred.
 * Listens on loopback only, on a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Brotli at quality 5 and gzip at level 6: what hosts that compress on the fly
 * typically use (a host serving files precompressed at maximum quality saves
 * another ~6 % on pagefind.js). Asynchronous, so compressing a big page never
 * holds up the other requests.
 */
const ENCODERS = {
  br: (raw: Buffer) => promisify(brotliCompress)(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (raw: Buffer) => promisify(gzip)(raw, { level: 6 }),
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain',
};
/** Types a host compresses on the fly or ships precompressed. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.wasm', '.txt']);

export interface Served {
  /** Path and query as requested. */
  url: string;
  status: number;
  /** Content-Encoding sent, or null for the file as it is. */
  encoding: 'br' | 'gzip' | null;
  /** Bytes written to the socket for this response: status line, headers, body. */
  wire: number;
  /** Body bytes as sent (after content encoding). */
  body: number;
  /** Body bytes after the browser undoes the content encoding (the file's size). */
  decoded: number;
}

export interface StaticServer {
  /** Origin plus base, ending in '/': `http://127.0.0.1:PORT/archive/`. */
  url: string;
  /** Every response so far, in the order they finished. */
  log: Served[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Compress compressible types when the browser accepts it (default true). */
  compress?: boolean;
}

async function fileFor(root: string, pathname: string): Promise<string | null> {
  const target = path.join(root, decodeURIComponent(pathname));
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  for (const candidate of pathname.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

function negotiate(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const offered = new Set((acceptEncoding ?? '').split(',').map((part) => part.split(';')[0]!.trim()));
  return offered.has('br') ? 'br' : offered.has('gzip') ? 'gzip' : null;
}

export async function serveStatic(dist: string, base = '/', { compress = true }: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dist);
  const log: Served[] = [];
  /** Compressed bodies by encoding and file: a host compresses each file once. */
  const encoded = new Map<string, Promise<Buffer>>();
  const server: Server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const { pathname } = new URL(url, 'http://localhost');
    const socketBefore = request.socket.bytesWritten;
    const file = pathname.startsWith(base) ? await fileFor(root, `/${pathname.slice(base.length)}`) : null;
    const status = file ? 200 : 404;
    const ext = file ? path.extname(file) : '.html';
    const raw = file ? await readFile(file) : await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
    const encoding = compress && COMPRESSIBLE.has(ext) ? negotiate(request.headers['accept-encoding']) : null;
    let body: Buffer = raw;
    if (encoding) {
      const key = `${encoding}:${file ?? '404'}`;
      if (!encoded.has(key)) encoded.set(key, ENCODERS[encoding](raw));
      body = await encoded.get(key)!;
    }
    response.on('finish', () => {
      log.push({ url, status, encoding, wire: request.socket.bytesWritten - socketBefore, body: body.length, decoded: raw.length });
    });
    response.writeHead(status, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      ...(compress && COMPRESSIBLE.has(ext) ? { vary: 'Accept-Encoding' } : {}),
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

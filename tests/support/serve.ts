/**
 * A plain static file server for built sites, as a dumb host would serve
 * them: `/x/` → `x/index.html`, unknown paths → 404.html with status 404.
 * Listens on loopback only, on a free port.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.wasm': 'application/wasm', '.png': 'image/png', '.txt': 'text/plain',
};

export interface StaticServer {
  /** Origin plus base, ending in '/': `http://127.0.0.1:PORT/archive/`. */
  url: string;
  close(): Promise<void>;
}

async function fileFor(dist: string, pathname: string): Promise<string | null> {
  const target = path.join(dist, decodeURIComponent(pathname));
  if (!target.startsWith(dist)) return null;
  for (const candidate of pathname.endsWith('/') ? [path.join(target, 'index.html')] : [target, path.join(target, 'index.html')]) {
    const info = await stat(candidate).catch(() => null);
    if (info?.isFile()) return candidate;
  }
  return null;
}

export async function serveStatic(dist: string, base = '/'): Promise<StaticServer> {
  const root = path.resolve(dist);
  const server: Server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = pathname.startsWith(base) ? await fileFor(root, `/${pathname.slice(base.length)}`) : null;
    if (!file) {
      const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('not found'));
      response.writeHead(404, { 'content-type': TYPES['.html']! }).end(notFound);
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server has no port');
  return {
    url: `http://127.0.0.1:${address.port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

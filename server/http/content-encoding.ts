// Compressed replies for bodies we send many times (cached API answers, the widget script): compressed once,
// then the right copy chosen per request from Accept-Encoding.
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Whether the request accepts this content coding (a q=0 means no). */
export function accepts(request: FastifyRequest, encoding: string): boolean {
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return false;
  return header.split(',').some((part) => {
    const [name = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const quality = params.find((p) => p.startsWith('q='));
    return name === encoding && (!quality || Number(quality.slice(2)) > 0);
  });
}

/** One body in its plain, brotli and gzip forms; the compressed ones are made on first use. */
export class Encoded {
  private brotli?: Buffer;
  private gzip?: Buffer;
  constructor(readonly plain: Buffer) {}

  /** Sets Content-Encoding and Vary, and returns the bytes this request should get. */
  for(request: FastifyRequest, reply: FastifyReply): Buffer {
    reply.header('vary', 'accept-encoding');
    // Small bodies are not worth compressing.
    if (this.plain.length < 1024) return this.plain;
    if (accepts(request, 'br')) {
      this.brotli ??= brotliCompressSync(this.plain, { params: { [constants.BROTLI_PARAM_QUALITY]: 6 } });
      reply.header('content-encoding', 'br');
      return this.brotli;
    }
    if (accepts(request, 'gzip')) {
      this.gzip ??= gzipSync(this.plain, { level: 6 });
      reply.header('content-encoding', 'gzip');
      return this.gzip;
    }
    return this.plain;
  }
}

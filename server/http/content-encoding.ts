// Compressed replies for API answers: compressed when first asked for, then the right copy chosen per request from
// Accept-Encoding.
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';
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

// Most answers are sent once (people's situations differ), so the first copy is made at the fastest setting:
// measured on a 16 kB plan, brotli quality 1 takes a quarter of quality 6's time for about 20% more bytes.
// An answer asked for again is worth compressing well, once, for every later request.
// zlib returns a view of its 16 kB output chunk; a copy of the right size lets the chunk go, so a cached 5 kB
// answer holds 5 kB, not 16.
const brotli = (plain: Buffer, quality: number) =>
  Buffer.from(brotliCompressSync(plain, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: plain.length } }));
const gzip = (plain: Buffer, level: number) => Buffer.from(gzipSync(plain, { level }));
const CODINGS = {
  br: { quick: (plain: Buffer) => brotli(plain, 1), best: (plain: Buffer) => brotli(plain, 6), expand: brotliDecompressSync },
  gzip: { quick: (plain: Buffer) => gzip(plain, 1), best: (plain: Buffer) => gzip(plain, 6), expand: gunzipSync },
} as const;
type Coding = keyof typeof CODINGS;

/** One body in its plain form and, once asked for, its brotli and gzip forms. Nearly every client accepts
 *  compression, so once a compressed copy exists the plain bytes are let go (a cache of answers then holds a
 *  third of the memory), and made again from that copy if a client asks for them. */
export class Encoded {
  private readonly copies: Partial<Record<Coding, { bytes: Buffer; best: boolean }>> = {};
  private plainBytes?: Buffer;
  private plainWanted = false;
  private readonly length: number;
  constructor(plain: Buffer) {
    this.plainBytes = plain;
    this.length = plain.length;
  }

  get plain(): Buffer {
    if (!this.plainBytes) {
      const [coding, copy] = Object.entries(this.copies)[0] as [Coding, { bytes: Buffer }];
      this.plainBytes = CODINGS[coding].expand(copy.bytes);
    }
    return this.plainBytes;
  }

  /** Sets Content-Encoding and Vary, and returns the bytes this request should get. */
  for(request: FastifyRequest, reply: FastifyReply): Buffer {
    reply.header('vary', 'accept-encoding');
    // Small bodies are not worth compressing.
    if (this.length < 1024) return this.plain;
    const coding = accepts(request, 'br') ? 'br' : accepts(request, 'gzip') ? 'gzip' : undefined;
    if (!coding) {
      this.plainWanted = true;
      return this.plain;
    }
    reply.header('content-encoding', coding);
    const copy = this.copies[coding];
    if (copy?.best) return copy.bytes;
    const bytes = copy ? CODINGS[coding].best(this.plain) : CODINGS[coding].quick(this.plain);
    this.copies[coding] = { bytes, best: Boolean(copy) };
    return this.release(bytes);
  }

  private release(bytes: Buffer): Buffer {
    if (!this.plainWanted) this.plainBytes = undefined;
    return bytes;
  }
}

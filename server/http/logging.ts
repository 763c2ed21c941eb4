// What the logs may hold: method, path, status and timing. Never a body, a query value or a header that a
// person could have typed into (a postcode in ?postcode=, say).
/** "/api/v1/areas/lookup?postcode=LS1%204AP" -> "/api/v1/areas/lookup?postcode=[redacted]" */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const keys = url.slice(q + 1).split('&').map((pair) => pair.split('=')[0]).filter(Boolean);
  return `${url.slice(0, q)}?${keys.map((k) => `${k}=[redacted]`).join('&')}`;
}

export const serializers = {
  req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: redactUrl(req.url), id: req.id }),
  res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
};

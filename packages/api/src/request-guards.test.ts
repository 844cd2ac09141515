import { describe, expect, it } from 'vitest';
import { checkSameOrigin, jsonDepth, RequestRefused, readBody } from './request-guards';

describe('jsonDepth', () => {
  it.each([
    ['1', 0],
    ['{}', 1],
    ['{"a":[1,{"b":[]}]}', 4],
    ['{"a":"[[[[{{{{"}', 1],
    ['{"a":"\\"[[[["}', 1],
    [`${'['.repeat(100_000)}${']'.repeat(100_000)}`, 100_000],
  ])('%s nests %i deep (brackets in strings do not count)', (text, depth) => {
    expect(jsonDepth(text)).toBe(depth);
  });
});

describe('readBody', () => {
  const request = (body: string, headers: Record<string, string> = {}) =>
    new Request('http://site.test/x', { method: 'POST', body, headers });

  it('reads a body within the limit, and refuses a larger one with 413 whatever it declares', async () => {
    expect(await readBody(request('hello'), 10)).toBe('hello');
    await expect(readBody(request('x'.repeat(11)), 10)).rejects.toMatchObject({ status: 413 });
    await expect(readBody(request('x', { 'content-length': '999999' }), 10)).rejects.toBeInstanceOf(
      RequestRefused,
    );
  });
});

describe('checkSameOrigin', () => {
  const post = (headers: Record<string, string>) =>
    new Request('http://site.test/x', { method: 'POST', headers, body: '{}' });
  const status = (headers: Record<string, string>) => {
    try {
      checkSameOrigin(post(headers), ['http://site.test']);
      return 200;
    } catch (error) {
      return (error as RequestRefused).status;
    }
  };

  it('takes JSON from the app’s own origin only', () => {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    expect(status({ ...json, origin: 'http://site.test' })).toBe(200);
    expect(status({ ...json, 'sec-fetch-site': 'same-origin' })).toBe(200);
    expect(status({ ...json, origin: 'http://evil.example' })).toBe(403);
    expect(status({ ...json, origin: 'null' })).toBe(403);
    expect(status({ ...json, 'sec-fetch-site': 'same-site' })).toBe(403);
    expect(status(json)).toBe(403);
    expect(status({ 'content-type': 'text/plain', origin: 'http://site.test' })).toBe(415);
    expect(status({ 'content-type': 'multipart/form-data; boundary=x' })).toBe(415);
  });
});

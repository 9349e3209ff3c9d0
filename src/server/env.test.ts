import { describe, expect, it } from 'vitest';
import { exposureOf, isLoopbackHost, readEnv, servingProblems } from './env';

describe('where a server can be reached from', () => {
  it('knows loopback names and addresses from everything else', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      'LOCALHOST',
      '::1',
      '[::1]',
      'app.localhost',
    ])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.20',
      '10.0.0.5',
      'reliefpath.example.org',
      '127.0.0.1.nip.io',
      'localhost.example.com',
    ])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it('calls a server local only when bound to loopback, reached by a loopback URL, with no proxy', () => {
    const local = { host: '127.0.0.1', publicUrl: 'http://localhost:3000', trustProxy: 0 };
    expect(exposureOf(local)).toBe('local');
    expect(exposureOf({ ...local, host: '0.0.0.0' })).toBe('reachable');
    expect(exposureOf({ ...local, host: '::' })).toBe('reachable');
    expect(exposureOf({ ...local, publicUrl: 'https://care.example.org' })).toBe('reachable');
    expect(exposureOf({ ...local, trustProxy: 1 })).toBe('reachable');
  });

  it('refuses to serve a reachable server without mail delivery, and says what to set', () => {
    expect(servingProblems(readEnv({}))).toEqual([]);
    const open = servingProblems(readEnv({ HOST: '0.0.0.0' }));
    expect(open.join(' ')).toMatch(/SMTP_URL/);
    expect(open.join(' ')).toMatch(/HOST=0\.0\.0\.0/);
    expect(
      servingProblems(readEnv({ PUBLIC_URL: 'https://care.example.org' })).length,
    ).toBeGreaterThan(0);
    expect(
      servingProblems(readEnv({ HOST: '0.0.0.0', SMTP_URL: 'smtp://mail.example.org' })),
    ).toEqual([]);
  });

  it('seeds the demo only on a local server unless told otherwise', () => {
    expect(readEnv({}).SEED_DEMO).toBe(true);
    expect(readEnv({ HOST: '0.0.0.0', SMTP_URL: 'smtp://m.example.org' }).SEED_DEMO).toBe(false);
    expect(readEnv({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });
});

import type { testApp } from './test-db';

type App = ReturnType<typeof testApp>;

/** A signed-in client for app.request: keeps the session cookie and sends the CSRF token. */
export class Client {
  cookie = '';
  csrf = '';
  constructor(private readonly app: App) {}

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await this.app.request(path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie)
      this.cookie = setCookie.split(';')[0]!.includes('=;') ? '' : setCookie.split(';')[0]!;
    return res;
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const res = await this.request(method, path, body);
    const data = res.status === 204 ? null : ((await res.json()) as T);
    if (data && typeof data === 'object' && 'csrfToken' in data) this.csrf = String(data.csrfToken);
    return { status: res.status, body: data as T, headers: res.headers };
  }

  async signUp(name: string, email: string, password = 'correct horse battery') {
    return this.json('POST', '/api/v1/auth/sign-up', { name, email, password });
  }

  async signIn(email: string, password: string) {
    return this.json('POST', '/api/v1/auth/sign-in', { email, password });
  }
}

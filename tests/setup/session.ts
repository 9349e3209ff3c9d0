import type { testApp } from './test-db';

type App = ReturnType<typeof testApp>;

/**
 * A browser-like client for app.request: keeps its cookies (session and device), sends the
 * CSRF token, and can claim a client address (the test app trusts one proxy hop).
 */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  constructor(
    private readonly app: App,
    readonly headers: Record<string, string> = {},
  ) {}

  get cookie() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) {
    const res = await this.app.request(path, {
      method,
      headers: {
        ...this.headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookies.size > 0 ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      const expired = value === '' || attributes.some((a) => /^\s*max-age=0$/i.test(a));
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
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

import { hash } from '@node-rs/argon2';
import { createUser } from '../../src/server/auth/queries';
import type { Db } from '../../src/server/db/create-db';
import { backgroundOf, type testApp } from './test-db';

type App = ReturnType<typeof testApp>;
export type Mail = { to: string; subject: string; body: string };

let clients = 0;

/**
 * A browser-like client for app.request: keeps its cookies (session and device), sends the
 * CSRF token, and comes from an address of its own (the test app trusts one proxy hop), as
 * different people would.
 */
export class Client {
  cookies = new Map<string, string>();
  csrf = '';
  readonly headers: Record<string, string>;
  constructor(
    private readonly app: App,
    headers: Record<string, string> = {},
    /** Where this client's mail arrives; the demo outbox unless the app sends elsewhere. */
    private readonly mailbox: () => Promise<Mail[]> = async () =>
      (await (await app.request('/api/v1/dev/outbox')).json()) as Mail[],
  ) {
    clients += 1;
    this.headers = {
      'x-forwarded-for': `198.18.${Math.floor(clients / 250) % 250}.${(clients % 250) + 1}`,
      ...headers,
    };
  }

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

  /** A request with a body sent exactly as given, with whatever content type. */
  async raw(
    method: string,
    path: string,
    body: string | undefined,
    contentType?: string,
    headers: Record<string, string> = {},
  ) {
    return this.app.request(path, {
      method,
      headers: {
        ...this.headers,
        ...(contentType ? { 'content-type': contentType } : {}),
        ...(this.cookies.size > 0 ? { cookie: this.cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body }),
    });
  }

  async json<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
    const res = await this.request(method, path, body);
    const data = res.status === 204 ? null : ((await res.json()) as T);
    if (data && typeof data === 'object' && 'csrfToken' in data) this.csrf = String(data.csrfToken);
    return { status: res.status, body: data as T, headers: res.headers };
  }

  /** The newest mail to `email` whose subject matches. */
  async mail(email: string, subject: RegExp): Promise<Mail | undefined> {
    await this.settled();
    return (await this.mailbox()).find((m) => m.to === email && subject.test(m.subject));
  }

  /** Waits for the work the app does after answering (link emails go out then). */
  async settled() {
    await backgroundOf.get(this.app)?.settled();
  }

  /** Signs up as a person would: the form, then the link in the email. */
  async signUp(name: string, email: string, password = 'correct horse battery') {
    const asked = await this.json('POST', '/api/v1/auth/sign-up', { name, email, password });
    if (asked.status !== 202) return asked;
    // The email is in the language the sign-up was made in.
    const mail = await this.mail(email.toLowerCase(), /Finish creating|Termine de crear/);
    if (!mail) throw new Error(`no sign-up email reached ${email}`);
    const token = /token=([\w-]+)/.exec(mail.body)![1]!;
    return this.json('POST', '/api/v1/auth/sign-up/confirm', { token });
  }

  async signIn(email: string, password: string) {
    return this.json('POST', '/api/v1/auth/sign-in', { email, password });
  }
}

/**
 * A staff member created straight in the database (staff are not self-service sign-ups) and
 * signed in with a client of their own.
 */
export async function signedInStaff(
  app: App,
  db: Db,
  id: string,
  { role = 'therapist', at = 0 }: { role?: 'therapist' | 'admin'; at?: number } = {},
): Promise<Client> {
  await createUser(db, {
    id,
    email: `${id}@example.com`,
    name: `PT ${id}`,
    role,
    passwordHash: await hash('staff passphrase'),
    at,
  });
  const client = new Client(app);
  await client.signIn(`${id}@example.com`, 'staff passphrase');
  return client;
}

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BODY_LIMIT, routeIssues, searchPulls, tooLong, type FakeIssue } from './fake-issues.js';

export type { FakeIssue };

/**
 * A local stand-in for the parts of the GitHub REST and GraphQL APIs the Action uses, on
 * 127.0.0.1 and a random port, so tests exercise the real Octokit client (plugins, pagination,
 * error handling) end to end. State lives in memory; faults are injected per route.
 */

export interface FakeIdentity {
  login: string;
  /** Installation tokens (GITHUB_TOKEN, app tokens) get 403 from GET /user, as on GitHub. */
  installation: boolean;
  /** A fork PR's pull_request token is read-only: writes answer 403. */
  canWrite: boolean;
}

export interface FakeComment {
  id: number;
  node_id: string;
  issue: number;
  body: string;
  login: string;
  minimized: boolean;
}

export interface FakePull {
  number: number;
  title: string;
  headSha: string;
  headRef: string;
  headRepo: string;
  baseSha: string;
  labels: string[];
  files: Array<{ filename: string; status: string }>;
  /** Set for merged PRs: what GraphQL search filters `merged:` on. */
  mergedAt?: string;
  mergeCommit?: string;
}

type Entry = { type: 'file'; content: Buffer } | { type: 'symlink'; target: string };

export interface Fault {
  method?: string;
  /** Matched against the path without the query string. */
  path: RegExp;
  status: number;
  /** How many matching requests fail before the route works again. */
  times: number;
  message?: string;
  headers?: Record<string, string>;
}

export interface LoggedRequest {
  method: string;
  path: string;
  status: number;
  ref: string | null;
}

export const ACTIONS_TOKEN = 'ghs_actions_token';
export const READ_ONLY_TOKEN = 'ghs_read_only_fork_token';
export const PAT_TOKEN = 'ghp_personal_token';

const INLINE_LIMIT = 1024 * 1024;

export class FakeGitHub {
  readonly owner = 'acme';
  readonly repo = 'widgets';
  url = '';
  readonly comments: FakeComment[] = [];
  readonly pulls = new Map<number, FakePull>();
  readonly issues: FakeIssue[] = [];
  readonly labels = new Set<string>();
  /** Every GraphQL search query string, in order. */
  readonly searches: string[] = [];
  /** Set: creating a label answers 403 (some organisations reserve labels to admins). */
  labelsForbidden = false;
  readonly requests: LoggedRequest[] = [];
  readonly tokens = new Map<string, FakeIdentity>([
    [ACTIONS_TOKEN, { login: 'github-actions[bot]', installation: true, canWrite: true }],
    [READ_ONLY_TOKEN, { login: 'github-actions[bot]', installation: true, canWrite: false }],
    [PAT_TOKEN, { login: 'cost-bot', installation: false, canWrite: true }],
  ]);
  /** Files per commit: `${sha}\0${path}`. */
  private readonly trees = new Map<string, Entry>();
  private readonly blobs = new Map<string, Buffer>();
  private readonly faults: Fault[] = [];
  private nextCommentId = 1000;
  /** Issues and PRs share numbers on GitHub; the fake keeps issues clear of test PR numbers. */
  private nextIssueNumber = 500;
  private hold: { count: number; waiting: Array<() => void> } | undefined;
  private server: Server | undefined;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  addPull(pull: Partial<FakePull> & Pick<FakePull, 'number' | 'headSha' | 'baseSha'>): FakePull {
    const full: FakePull = {
      title: 'feat: widgets',
      headRef: 'feat/widgets',
      headRepo: `${this.owner}/${this.repo}`,
      labels: [],
      files: [],
      ...pull,
    };
    this.pulls.set(full.number, full);
    return full;
  }

  /** A file at a commit. Returns its git blob SHA, as GitHub computes it. */
  putFile(commit: string, path: string, content: Buffer | string): string {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    this.trees.set(`${commit}\0${path}`, { type: 'file', content: bytes });
    const sha = gitBlobSha(bytes);
    this.blobs.set(sha, bytes);
    return sha;
  }

  putSymlink(commit: string, path: string, target: string): void {
    this.trees.set(`${commit}\0${path}`, { type: 'symlink', target });
  }

  /** A file the PR adds at its head commit. */
  addPullFile(number: number, path: string, content: Buffer | string, status = 'added'): void {
    const pull = this.pulls.get(number);
    if (pull === undefined) throw new Error(`no PR ${number}`);
    this.putFile(pull.headSha, path, content);
    pull.files.push({ filename: path, status });
  }

  addComment(issue: number, login: string, body: string): FakeComment {
    const comment = { id: this.nextCommentId++, node_id: '', issue, body, login, minimized: false };
    comment.node_id = `IC_kwDO${comment.id}`;
    this.comments.push(comment);
    return comment;
  }

  addIssue(issue: Partial<FakeIssue> & Pick<FakeIssue, 'login' | 'body'>): FakeIssue {
    const full: FakeIssue = { number: this.nextIssueNumber++, title: 'An issue', labels: [], state: 'open', ...issue };
    this.issues.push(full);
    return full;
  }

  commentsOn(issue: number): FakeComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  fail(fault: Fault): void {
    this.faults.push({ ...fault });
  }

  clearFaults(): void {
    this.faults.splice(0);
  }

  /** Holds the first `count` comment listings until all of them arrived: forces a race. */
  holdCommentListings(count: number): void {
    this.hold = { count, waiting: [] };
  }

  countRequests(method: string, path: RegExp): number {
    return this.requests.filter((r) => r.method === method && path.test(r.path)).length;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const send = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      this.requests.push({ method, path: url.pathname, status, ref: url.searchParams.get('ref') });
      const text = body === undefined ? '' : JSON.stringify(body);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(text);
    };
    const fault = this.faults.find(
      (f) => f.times > 0 && (f.method === undefined || f.method === method) && f.path.test(url.pathname),
    );
    if (fault !== undefined) {
      fault.times--;
      return send(fault.status, { message: fault.message ?? 'Injected fault' }, fault.headers);
    }
    const identity = this.tokens.get((req.headers.authorization ?? '').replace(/^(token|bearer) /i, ''));
    if (identity === undefined) return send(401, { message: 'Bad credentials' });
    try {
      const routed = await this.route(
        method,
        url,
        raw ? (JSON.parse(raw) as Record<string, unknown>) : {},
        identity,
        send,
      );
      if (!routed) send(404, { message: 'Not Found' });
    } catch (error) {
      send(500, { message: String(error) });
    }
  }

  private async route(
    method: string,
    url: URL,
    body: Record<string, unknown>,
    who: FakeIdentity,
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): Promise<boolean> {
    const path = url.pathname;
    const repoPrefix = `/repos/${this.owner}/${this.repo}`;
    const forbidden = () => send(403, { message: 'Resource not accessible by integration' });
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/user') {
      if (who.installation) forbidden();
      else send(200, { login: who.login, type: 'User' });
      return true;
    }
    if (method === 'POST' && path === '/graphql') {
      send(200, this.graphql(String(body.query ?? ''), (body.variables ?? body) as Record<string, unknown>, who));
      return true;
    }
    if (!path.startsWith(repoPrefix + '/')) return false;
    const rest = path.slice(repoPrefix.length);

    if (method === 'GET' && (m = /^\/pulls\/(\d+)$/.exec(rest))) {
      const pull = this.pulls.get(Number(m[1]));
      if (pull === undefined) return false;
      send(200, this.pullJson(pull));
      return true;
    }
    if (method === 'GET' && rest === '/pulls') {
      const head = url.searchParams.get('head');
      const pulls = [...this.pulls.values()].filter(
        (p) => head === null || `${p.headRepo.split('/')[0]}:${p.headRef}` === head,
      );
      this.page(
        url,
        pulls.map((p) => this.pullJson(p)),
        send,
      );
      return true;
    }
    if (method === 'GET' && (m = /^\/pulls\/(\d+)\/files$/.exec(rest))) {
      const pull = this.pulls.get(Number(m[1]));
      if (pull === undefined) return false;
      // GitHub lists at most 3,000 files per PR.
      const files = pull.files.slice(0, 3000).map((f) => {
        const entry = this.trees.get(`${pull.headSha}\0${f.filename}`);
        return {
          filename: f.filename,
          status: f.status,
          sha: entry?.type === 'file' ? gitBlobSha(entry.content) : null,
        };
      });
      this.page(url, files, send);
      return true;
    }
    if (method === 'GET' && rest.startsWith('/contents/')) {
      const filePath = rest.slice('/contents/'.length).split('/').map(decodeURIComponent).join('/');
      // No ref: the default branch, which tests name `main`.
      const entry = this.trees.get(`${url.searchParams.get('ref') ?? 'main'}\0${filePath}`);
      if (entry === undefined) return false;
      if (entry.type === 'symlink') {
        send(200, {
          type: 'symlink',
          target: entry.target,
          size: entry.target.length,
          sha: gitBlobSha(Buffer.from(entry.target)),
          path: filePath,
        });
        return true;
      }
      const inline = entry.content.length <= INLINE_LIMIT;
      send(200, {
        type: 'file',
        path: filePath,
        size: entry.content.length,
        sha: gitBlobSha(entry.content),
        content: inline ? entry.content.toString('base64') : '',
        encoding: inline ? 'base64' : 'none',
      });
      return true;
    }
    if (method === 'GET' && (m = /^\/git\/blobs\/([0-9a-f]{40})$/.exec(rest))) {
      const blob = this.blobs.get(m[1] ?? '');
      if (blob === undefined) return false;
      send(200, { sha: m[1], size: blob.length, content: blob.toString('base64'), encoding: 'base64' });
      return true;
    }
    if (rest === '/issues' || /^\/issues\/\d+$/.test(rest) || rest.startsWith('/labels')) {
      return routeIssues(this, method, url, rest, body, who, send);
    }
    if ((m = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issue = Number(m[1]);
      if (method === 'GET') {
        if ((url.searchParams.get('page') ?? '1') === '1') await this.waitAtHold();
        this.page(
          url,
          this.commentsOn(issue).map((c) => this.commentJson(c)),
          send,
        );
        return true;
      }
      if (method === 'POST') {
        if (!who.canWrite) return (forbidden(), true);
        const text = String(body.body ?? '');
        if (text.length > BODY_LIMIT) return (tooLong(send), true);
        send(201, this.commentJson(this.addComment(issue, who.login, text)));
        return true;
      }
    }
    if ((m = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const comment = this.comments.find((c) => c.id === Number(m?.[1]));
      if (comment === undefined) return false;
      if (!who.canWrite) return (forbidden(), true);
      if (method === 'PATCH') {
        const text = String(body.body ?? '');
        if (text.length > BODY_LIMIT) return (tooLong(send), true);
        comment.body = text;
        send(200, this.commentJson(comment));
        return true;
      }
      if (method === 'DELETE') {
        this.comments.splice(this.comments.indexOf(comment), 1);
        send(204, undefined);
        return true;
      }
    }
    return false;
  }

  private graphql(query: string, variables: Record<string, unknown>, who: FakeIdentity): unknown {
    if (/\bviewer\b/.test(query)) return { data: { viewer: { login: who.login } } };
    if (/\bsearch\s*\(/.test(query)) return searchPulls(this, query, variables);
    if (/\bminimizeComment\b/.test(query)) {
      if (!who.canWrite)
        return { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] };
      const comment = this.comments.find((c) => c.node_id === variables.id);
      if (comment === undefined)
        return { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] };
      comment.minimized = true;
      return { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } };
    }
    if (/\bnodes\s*\(/.test(query)) {
      const ids = Array.isArray(variables.ids) ? variables.ids : [];
      const nodes = ids.map((id) => {
        const c = this.comments.find((x) => x.node_id === id);
        return c === undefined ? null : { id: c.node_id, isMinimized: c.minimized };
      });
      return { data: { nodes } };
    }
    return { data: null, errors: [{ message: 'Unknown query in the fake' }] };
  }

  /** One page of `items` (per_page, page), with GitHub's Link header when more follow. */
  page(
    url: URL,
    items: unknown[],
    send: (status: number, body: unknown, headers?: Record<string, string>) => void,
  ): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? '30') || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const headers: Record<string, string> = {};
    if (page < last) {
      const link = (n: number) => {
        const next = new URL(url.toString());
        next.searchParams.set('page', String(n));
        next.searchParams.set('per_page', String(perPage));
        return next.toString();
      };
      headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
    }
    send(200, items.slice((page - 1) * perPage, page * perPage), headers);
  }

  private async waitAtHold(): Promise<void> {
    const hold = this.hold;
    if (hold === undefined || hold.count === 0) return;
    hold.count--;
    if (hold.count === 0) {
      for (const release of hold.waiting) release();
      this.hold = undefined;
      return;
    }
    await new Promise<void>((resolve) => hold.waiting.push(resolve));
  }

  private pullJson(p: FakePull): unknown {
    const repo = (full: string) => ({ full_name: full });
    return {
      number: p.number,
      title: p.title,
      head: { sha: p.headSha, ref: p.headRef, repo: repo(p.headRepo) },
      base: { sha: p.baseSha, ref: 'main', repo: repo(`${this.owner}/${this.repo}`) },
      labels: p.labels.map((name) => ({ name })),
      changed_files: p.files.length,
    };
  }

  private commentJson(c: FakeComment): unknown {
    return {
      id: c.id,
      node_id: c.node_id,
      body: c.body,
      user: { login: c.login, type: c.login.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.test/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`,
    };
  }
}

export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** A deterministic 40-hex commit id for tests. */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** What this file needs of an Express app: its request prototype. */
interface ExpressApp {
  request: object;
}

const remembered = Symbol('nabij.clientAddress');

/**
 * `req.ip` and `req.ips` of Express are getters that parse `X-Forwarded-For` and check every hop
 * against the trusted proxies on each read, and a request reads them several times (the per-IP
 * limit, the audit log's RequestMeta): a few percent of an API request (issue 12). This keeps
 * Express's own getters but remembers their answer on the request, so each is worked out once.
 * A request's headers and socket do not change while it is handled, nor does `trust proxy`
 * (set once in configureApp), so the answer is the same as reading it again.
 */
export function rememberClientAddress(app: ExpressApp): void {
  for (const name of ['ip', 'ips'] as const) {
    const original = getterOf(app.request, name);
    if (!original) continue;
    Object.defineProperty(app.request, name, {
      configurable: true,
      enumerable: true,
      get(this: { [remembered]?: Partial<Record<'ip' | 'ips', unknown>> }) {
        const cache = (this[remembered] ??= {});
        if (!(name in cache)) cache[name] = original.call(this);
        return cache[name];
      },
    });
  }
}

/** The getter `name` on `object` or the first of its prototypes that has one. */
function getterOf(object: object | null, name: string): (() => unknown) | undefined {
  for (let o = object; o; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, name);
    if (descriptor) return descriptor.get;
  }
  return undefined;
}

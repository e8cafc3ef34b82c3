// Debugging aid (not a test): records, every 5 ms, what a person's purpose
// field shows and where its caret is, and each save sent and answered.
export async function traceTyping(me, controlId = 'f-purpose') {
  me.trace = [];
  const t0 = Date.now();
  const log = (kind, data) => me.trace.push({ t: Date.now() - t0, who: me.key, kind, ...data });
  await me.context.exposeBinding('__trace', (_src, entry) => log('field', entry));
  await me.context.addInitScript((id) => {
    const deep = (root) => {
      const found = root.querySelector?.(`#${id}`);
      if (found) return found;
      for (const el of root.querySelectorAll?.('*') ?? []) {
        if (el.shadowRoot) {
          const inner = deep(el.shadowRoot);
          if (inner) return inner;
        }
      }
      return null;
    };
    let last = '';
    setInterval(() => {
      const control = deep(document);
      if (!control) return;
      const now = JSON.stringify([control.value, control.selectionStart]);
      if (now !== last) {
        last = now;
        window.__trace?.({ v: control.value, c: control.selectionStart });
      }
    }, 5);
  }, controlId);
  me.page.on('request', (request) => {
    if (request.method() !== 'PUT' || !request.url().includes('/api/contracts/')) return;
    try {
      const body = JSON.parse(request.postData() ?? '{}');
      log('put', {
        purpose: body.purpose ?? body.contract?.purpose,
        ifMatch: request.headers()['if-match'],
      });
    } catch {
      // not a contract save: nothing to record
    }
  });
  me.page.on('response', async (response) => {
    const request = response.request();
    if (!request.url().includes('/api/contracts/')) return;
    log('resp', {
      method: request.method(),
      status: response.status(),
      etag: response.headers()['etag'],
    });
  });
}

export function printTrace(people) {
  const all = people.flatMap((me) => me.trace ?? []).sort((a, b) => a.t - b.t);
  return all
    .map((e) => {
      const { t, who, kind, ...rest } = e;
      if (kind === 'field') {
        const v = rest.v
          .replace(/ lærer af hinandens arbejde$/, ' …')
          .replace(/^Vi lærer af hinandens arbejde/, 'Vi…');
        return `${String(t).padStart(6)} ${who.padEnd(5)} ${JSON.stringify(v.slice(0, rest.c) + '|' + v.slice(rest.c))}`;
      }
      return `${String(t).padStart(6)} ${who.padEnd(5)} ${kind} ${JSON.stringify(rest)}`;
    })
    .join('\n');
}

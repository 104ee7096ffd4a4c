// The explorer: pages addressed by the URL's hash (#/datanet/0, #/model/1, #/inference/0,
// #/batch/0, #/account/5Grw…), data straight from the node (runtime API and storage), redrawn on every
// new block.
import type { ApiPromise } from '@polkadot/api';
import { connect, endpoint, NotFound, type Status } from './chain';
import { h } from './dom';
import { accountPage } from './pages/account';
import { batchPage } from './pages/batch';
import { datanetPage } from './pages/datanet';
import { homePage } from './pages/home';
import { inferencePage } from './pages/inference';
import { modelPage } from './pages/model';
import './style.css';

type Page = (api: ApiPromise, arg?: string) => Promise<HTMLElement>;
const PAGES: Record<string, Page> = {
  '': homePage, datanet: datanetPage, model: modelPage, inference: inferencePage, account: accountPage,
  batch: batchPage,
};

const app = document.getElementById('app') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;
let api: ApiPromise | undefined;
let best = 0;
let drawing = 0;

function route(): { page: Page | undefined; name: string; arg?: string } {
  const [name = '', arg] = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  return { page: PAGES[name], name, arg };
}

function show(view: HTMLElement, state: string): void {
  app.replaceChildren(view);
  app.dataset.state = state;
  app.dataset.block = String(best);
}

/** Draw the current page; a newer draw supersedes an older one still loading. */
async function draw(): Promise<void> {
  const ticket = ++drawing;
  const { page, name, arg } = route();
  if (!api) return;
  if (!page) {
    show(h('p', { class: 'error', 'data-testid': 'not-found' }, `There is no “${name}” page.`), 'not-found');
    return;
  }
  try {
    const view = await page(api, arg);
    if (ticket === drawing) show(view, 'ready');
  } catch (error) {
    if (ticket !== drawing) return;
    if (error instanceof NotFound) show(h('p', { class: 'error', 'data-testid': 'not-found' }, error.message), 'not-found');
    else show(h('p', { class: 'error', 'data-testid': 'error' }, `Could not load this page: ${String(error)}`), 'error');
  }
}

function onStatus(status: Status): void {
  statusLine.dataset.state = status.kind;
  if (status.kind === 'connecting') {
    statusLine.textContent = `connecting to ${endpoint}…`;
    show(h('p', { class: 'loading', 'data-testid': 'loading' }, 'Connecting to the node…'), 'loading');
  } else if (status.kind === 'down') {
    statusLine.textContent = 'node unreachable';
    show(h('p', { class: 'error', 'data-testid': 'node-down' }, status.error,
      ' Start it with scripts/dev.sh, or open this page with ?rpc=ws://host:port.'), 'node-down');
  } else if (!api) {
    api = status.api;
    void api.rpc.chain.subscribeNewHeads((header) => {
      best = header.number.toNumber();
      statusLine.textContent = `${endpoint} · block #${best}`;
      void draw();
    });
  } else {
    void draw();
  }
}

document.getElementById('search')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target as HTMLFormElement);
  location.hash = `#/${String(form.get('kind'))}/${encodeURIComponent(String(form.get('id')).trim())}`;
});
window.addEventListener('hashchange', () => {
  show(h('p', { class: 'loading', 'data-testid': 'loading' }, 'Loading…'), 'loading');
  void draw();
});
connect(onStatus);

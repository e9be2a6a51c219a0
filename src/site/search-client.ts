/**
 * The search page's client: Pagefind's JS API with our own rendering.
 *
 * We render results and filters ourselves (text nodes only) because filter
 * values and titles come from untrusted report text and Pagefind's bundled UI
 * inserts them as HTML. Query, filters and sort live in the URL, so a search
 * can be bookmarked and shared and the back button steps through searches.
 * Loaded only by /search/; reading pages carry no JavaScript.
 *
 * Filter data is fetched only when the reader opens the filters (or arrives
 * with filters in the URL): it grows with the number of people and places and
 * would otherwise be most of a first search's bytes. For the same reason only
 * the first PAGE_SIZE results are loaded (one fragment file each); "Show more"
 * loads the next ones.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, o: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }): Promise<PagefindSearch | null>;
}

/** Filters offered, in display order, with their labels. */
const FILTERS: [key: string, label: string][] = [
  ['type', 'Page type'], ['place', 'Place'], ['person', 'Person'], ['source', 'Source'], ['year', 'Year'],
];
const SORTS: Record<string, Record<string, 'asc' | 'desc'> | undefined> = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } };
/** Results loaded and shown at a time: each one costs a fragment request. */
const PAGE_SIZE = 10;

interface State {
  q: string;
  filters: Record<string, string[]>;
  sort: string;
}

function readState(): State {
  const params = new URLSearchParams(location.search);
  const filters: Record<string, string[]> = {};
  for (const [key] of FILTERS) {
    const values = params.getAll(key);
    if (values.length > 0) filters[key] = values;
  }
  const sort = params.get('sort') ?? 'relevance';
  return { q: params.get('q') ?? '', filters, sort: sort in SORTS ? sort : 'relevance' };
}

function stateUrl(state: State): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append(key, v);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}`;
}

/** Pagefind excerpts are HTML with <mark>; keep the marks, turn everything else into text. */
function excerptNodes(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${excerpt}</body>`, 'text/html');
  const out: Node[] = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

/** A text fragment link: the browser scrolls to and highlights the words found. */
function withTextFragment(url: string, excerpt: string): string {
  const marked = /<mark>(.*?)<\/mark>/.exec(excerpt)?.[1];
  if (!marked) return url;
  const words = new DOMParser().parseFromString(marked, 'text/html').body.textContent ?? '';
  return `${url}#:~:text=${encodeURIComponent(words)}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

export async function startSearch(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const filterBox = root.querySelector<HTMLElement>('[data-filters]')!;
  const filterDisclosure = root.querySelector<HTMLDetailsElement>('[data-filters-box]')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-more]')!;

  // The bundle sits at <base>/pagefind/, one level up from this page: a relative URL works under any base path.
  const bundle = new URL('../pagefind/pagefind.js', location.href).href;
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // noWorker: Pagefind runs on this page's thread. Its web worker would load a
  // second copy of the search code (pagefind-worker.js, 41 kB, ~11 kB compressed)
  // to keep heavy searches off the main thread; here even a word found in every
  // report of a 10,000-report index blocked the page for no more than ~15 ms
  // at a time (the rest is fetching), no longer than with the worker.
  await pagefind.options({ baseUrl: new URL('..', location.href).pathname, excerptLength: 24, noWorker: true });
  await pagefind.init();
  /** Every filter value with its count over the whole archive; empty until the filters are opened. */
  let allFilters: Record<string, Record<string, number>> = {};
  let filtersLoaded: Promise<void> | undefined;
  const loadFilters = () => (filtersLoaded ??= pagefind.filters().then((f) => void (allFilters = f)));

  let state = readState();
  let generation = 0;
  /** The current search: every result, and how many of them are shown. */
  let results: PagefindSearch['results'] = [];
  let shown = 0;

  function renderFilters(counts: Record<string, Record<string, number>>) {
    filterBox.replaceChildren();
    if (Object.keys(allFilters).length === 0) {
      filterBox.append(element('p', { className: 'meta', textContent: 'Loading filters…' }));
      return;
    }
    for (const [key, label] of FILTERS) {
      const values = Object.keys(allFilters[key] ?? {}).sort((a, b) => a.localeCompare(b));
      if (values.length === 0) continue;
      const fieldset = element('fieldset', {}, element('legend', { textContent: label }));
      for (const value of values) {
        const box = document.createElement('input');
        Object.assign(box, { type: 'checkbox', name: key, value, checked: state.filters[key]?.includes(value) ?? false });
        const count = counts[key]?.[value] ?? 0;
        fieldset.append(element('label', {}, box, ` ${value} `, element('span', { className: 'meta', textContent: `(${count})` })));
      }
      filterBox.append(fieldset);
    }
  }

  function resultItem(result: PagefindResultData): HTMLLIElement {
    const title = result.meta['title'] ?? result.url;
    const meta = [result.filters['type']?.[0], result.meta['date'], result.meta['dateline']].filter(Boolean).join(' · ');
    return element(
      'li',
      {},
      element('a', { href: withTextFragment(result.url, result.excerpt), textContent: title }),
      element('p', { className: 'meta', textContent: meta }),
      element('p', { className: 'excerpt' }, ...excerptNodes(result.excerpt)),
    );
  }

  function showCounts() {
    const n = results.length;
    status.textContent = `${n} result${n === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}${shown < n ? `, showing the first ${shown}` : ''}.`;
    more.hidden = shown >= n;
    more.disabled = false;
    more.textContent = `Show ${Math.min(PAGE_SIZE, n - shown)} more`;
  }

  /** Loads the fragments of the next PAGE_SIZE results; null if another search started meanwhile. */
  async function nextItems(mine: number): Promise<HTMLLIElement[] | null> {
    const of = results;
    const data = await Promise.all(of.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    return mine === generation && of === results ? data.map(resultItem) : null;
  }

  async function run(push: boolean) {
    const mine = ++generation;
    more.disabled = true; // until this search's first results replace the list
    const url = stateUrl(state);
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
    const hasFilters = Object.keys(state.filters).length > 0;
    if (!state.q && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a name, a place or a phrase.';
      renderFilters(allFilters);
      return;
    }
    const sort = SORTS[state.sort];
    const search = await pagefind.search(state.q || null, { filters: state.filters, ...(sort ? { sort } : {}) });
    if (!search || mine !== generation) return; // a newer search superseded this one
    results = search.results;
    shown = 0;
    const items = await nextItems(mine);
    if (!items) return;
    renderFilters(search.filters);
    list.replaceChildren(...items);
    shown = items.length;
    showCounts();
  }

  input.value = state.q;
  sortSelect.value = state.sort;
  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      void run(false);
    }, 120);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    void run(true);
  });
  sortSelect.addEventListener('change', () => {
    state = { ...state, sort: sortSelect.value };
    void run(true);
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const current = new Set(state.filters[box.name] ?? []);
    if (box.checked) current.add(box.value);
    else current.delete(box.value);
    const filters = { ...state.filters, [box.name]: [...current] };
    if (current.size === 0) delete filters[box.name];
    state = { ...state, filters };
    void run(true);
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    sortSelect.value = state.sort;
    void run(false);
  });
  more.addEventListener('click', async () => {
    more.disabled = true;
    const items = await nextItems(generation);
    if (!items) return;
    list.append(...items);
    shown += items.length;
    showCounts();
    // Keyboard and screen-reader users continue at the first new result.
    items[0]?.querySelector('a')?.focus();
  });
  filterDisclosure.addEventListener('toggle', () => {
    if (!filterDisclosure.open) return;
    void loadFilters().then(() => run(false));
  });
  if (Object.keys(state.filters).length > 0) {
    // A shared link with filters: show them, ticked.
    filterDisclosure.open = true;
    await loadFilters();
  }
  root.dataset['ready'] = 'true';
  await run(false);
}

// The query service's API. Paths are relative to this origin; an API key, when the analyst gave one, travels in
// X-API-Key (kept for the browser tab only, in sessionStorage).
const keyName = 'graph-explorer-api-key';

export function apiKey() { return sessionStorage.getItem(keyName) ?? ''; }
export function setApiKey(key) {
  if (key) sessionStorage.setItem(keyName, key); else sessionStorage.removeItem(keyName);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function request(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (apiKey()) headers['X-API-Key'] = apiKey();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, data ?? { title: response.statusText });
  }
  return data;
}

export const api = {
  catalog: () => request('GET', '/api/queries'),
  formats: () => request('GET', '/api/formats'),
  run: (name, parameters) => request('GET', `/api/queries/${encodeURIComponent(name)}?${new URLSearchParams(parameters)}`),
  search: (text, limit = 10) => request('GET', `/api/queries/search?${new URLSearchParams({ text, limit })}`),
  entity: (id) => request('GET', `/api/entities/${encodeURIComponent(id)}`),
  article: (id) => request('GET', `/api/articles/${encodeURIComponent(id)}`),
  overview: (limit = 300) => request('GET', `/api/graph?limit=${limit}`),
  curations: () => request('GET', '/api/curations/'),
  curate: (operation, body) => request('POST', `/api/curations/${operation}`, body),
  undo: (id) => request('POST', `/api/curations/${id}/undo`),
};

// A download through fetch, so the API key header goes along; the file is handed to the browser as a blob. Returns
// null when the browser took it, or a link to offer when it came too late to be saved without another click.
export async function download(path, fallbackName) {
  const headers = {};
  if (apiKey()) headers['X-API-Key'] = apiKey();
  const response = await fetch(path, { headers });
  if (!response.ok) {
    const text = await response.text();
    throw new ApiError(response.status, text ? JSON.parse(text) : null);
  }
  const name = /filename="?([^";]+)"?/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.textContent = `Save ${name}`;
  // A browser starts a download by script only shortly after the click that asked for it (its transient user
  // activation). A slow export comes back later: it is then handed back as a link to click, instead of being dropped.
  if (navigator.userActivation && !navigator.userActivation.isActive) {
    setTimeout(() => URL.revokeObjectURL(url), 120000);
    return link;
  }
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  return null;
}

// The entity page: name, label, aliases, roles, every fact with its date and evidence, a timeline telling stated
// dates from reporting dates, its neighbourhood as a graph, and the curation actions.
import { api } from '../api.js';
import { h, clear, toast, labelBadge } from '../dom.js';
import { createGraph } from '../graph.js';
import { entityLink, evidenceItem, factDate, dateBadge, entityPath } from './common.js';
import { navigate } from '../main.js';
import { forgetGraph } from './graph-view.js';

export async function entityView(id) {
  const data = await api.entity(id);
  const entity = data.entity;
  const names = new Map([[entity.id, entity.name], ...data.neighbours.map((n) => [n.id, n.name])]);
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const other = (r) => (r.source === entity.id ? r.target : r.source);
  const describe = (r) => (r.source === entity.id
    ? [verb(r), ' ', entityLink(r.target, names.get(r.target))]
    : [entityLink(r.source, names.get(r.source)), ' ', verb(r), ' ', entity.name]);

  // A curation stores again every article it touches, which can take seconds on a large store: the analyst sees at
  // once that it is under way, and a second click meanwhile does not send it twice.
  const underWay = { merge: 'Merging', rename: 'Renaming', 'add-alias': 'Adding the alias', 'split-alias': 'Splitting the alias off', 'reject-fact': 'Rejecting the fact' };
  let curating = false;
  async function curate(operation, body, done) {
    if (curating) return;
    curating = true;
    toast(`${underWay[operation] ?? 'Saving'}…`);
    try {
      const result = await api.curate(operation, body);
      forgetGraph();
      toast(`${result.summary} (curation ${result.id}; undo it from the curation log)`);
      done?.(result);
    } catch (error) {
      toast(error.message, true);
    } finally {
      curating = false;
    }
  }

  const reload = () => navigate(`/entity/${entityPath(entity.id)}`, { replace: true });
  const form = h('div', { class: 'curation-form', id: 'curation-form' });

  function inlineForm(label, value, submit) {
    const field = h('input', { type: 'text', value, 'aria-label': label, required: true, id: 'curation-input' });
    clear(form, h('form', { onsubmit: (event) => { event.preventDefault(); submit(field.value.trim()); } },
      h('label', {}, label, ' ', field), ' ', h('button', { type: 'submit' }, 'Save'), ' ',
      h('button', { type: 'button', onclick: () => clear(form) }, 'Cancel')));
    field.focus();
    field.select();
  }

  function mergePicker() {
    const field = h('input', { type: 'search', placeholder: `Another ${entity.label.toLowerCase()} to merge into ${entity.name}`, id: 'merge-search', 'aria-label': 'Entity to merge' });
    const found = h('ul', { class: 'picker', id: 'merge-results' });
    field.addEventListener('input', async () => {
      if (field.value.trim().length < 2) { clear(found); return; }
      const response = await api.search(field.value.trim(), 10);
      clear(found, response.rows.filter((row) => row[2] !== entity.id && row[1] === entity.label).map((row) => h('li', {},
        h('span', {}, row[0], ' ', h('small', {}, row[2])), ' ',
        h('button', { type: 'button', class: 'danger', onclick: () => curate('merge', { keep: entity.id, merge: row[2] }, reload) }, `Merge into ${entity.name}`))));
    });
    clear(form, h('div', {}, field, ' ', h('button', { type: 'button', onclick: () => clear(form) }, 'Cancel'), found));
    field.focus();
  }

  const roles = data.relationships.filter((r) => r.type === 'HOLDS_ROLE' && r.source === entity.id);
  const dated = data.relationships.map((r) => ({ r, when: factDate(r) })).sort((a, b) => (a.when.date || '9999').localeCompare(b.when.date || '9999'));
  const mini = h('div', { class: 'canvas mini', id: 'entity-graph' });
  let graph;

  const element = h('article', { class: 'page entity-page' },
    h('header', { class: 'entity-head' },
      h('h1', { id: 'entity-name' }, entity.name), ' ', labelBadge(entity.label), h('code', { class: 'id' }, entity.id),
      h('div', { class: 'actions' },
        h('a', { class: 'button', href: `/?entity=${entityPath(entity.id)}` }, 'Show in graph'),
        h('button', { type: 'button', id: 'rename', onclick: () => inlineForm('New name', entity.name, (name) => curate('rename', { entity: entity.id, name }, reload)) }, 'Rename'),
        h('button', { type: 'button', id: 'add-alias', onclick: () => inlineForm('New alias', '', (alias) => curate('add-alias', { entity: entity.id, alias }, reload)) }, 'Add alias'),
        h('button', { type: 'button', id: 'merge', onclick: mergePicker }, 'Merge another entity into this one')),
      form),
    h('section', {}, h('h2', {}, 'Aliases'),
      entity.aliases.length === 0 ? h('p', { class: 'hint' }, 'None.') : h('ul', { class: 'aliases', id: 'aliases' }, entity.aliases.map((alias) => h('li', {}, alias, ' ',
        h('button', { type: 'button', class: 'small', title: 'This alias names someone else: make it an entity of its own',
          onclick: () => curate('split-alias', { entity: entity.id, alias }, (result) => navigate(`/entity/${entityPath(result.otherEntityId)}`)) }, 'Split off'))))),
    roles.length > 0 ? h('section', {}, h('h2', {}, 'Roles'), h('ul', {}, roles.map((r) => h('li', {}, r.title ?? 'role', ', ', entityLink(r.target, names.get(r.target)))))) : null,
    h('section', { class: 'two' },
      h('div', {}, h('h2', {}, 'Timeline'), h('ol', { class: 'timeline', id: 'timeline' }, dated.map(({ r, when }) => h('li', { class: when.kind },
        dateBadge(when), ' ', describe(r))))),
      h('div', {}, h('h2', {}, 'Neighbourhood'), mini)),
    h('section', {}, h('h2', {}, `Facts (${data.relationships.length})`),
      h('table', { class: 'facts', id: 'facts' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Fact'), h('th', {}, 'Date'), h('th', {}, 'Evidence'), h('th', {}, ''))),
        h('tbody', {}, dated.map(({ r, when }) => h('tr', { 'data-key': r.key },
          h('td', {}, h('span', { class: 'type' }, r.type), ' ', describe(r), r.title && r.type !== 'HOLDS_ROLE' ? ` (${r.title})` : '', r.allegation ? h('div', { class: 'allegation' }, `“${r.allegation}”`) : null),
          h('td', {}, dateBadge(when)),
          h('td', {}, h('ul', { class: 'evidence-list' }, r.evidence.map((e) => evidenceItem(e, articles)))),
          h('td', {}, h('button', { type: 'button', class: 'small danger', title: 'This fact is wrong: drop it',
            onclick: () => curate('reject-fact', { fact: r.key }, reload) }, 'Reject'))))))),
    h('section', {}, h('h2', {}, 'Articles'), h('ul', {}, data.articles.map((a) => h('li', {},
      h('a', { href: `/article/${encodeURIComponent(a.id)}` }, a.title), a.published ? ` — ${a.published}` : '', a.publisher ? `, ${a.publisher}` : '')))));

  return {
    element,
    title: entity.name,
    mounted() {
      graph = createGraph(mini, { onOpen: (nodeId) => navigate(`/entity/${entityPath(nodeId)}`), onExpand: (nodeId) => navigate(`/entity/${entityPath(nodeId)}`) });
      graph.set({ nodes: [entity, ...data.neighbours], relationships: data.relationships }, entity.id);
    },
    dispose() { graph?.destroy(); },
    other,
  };
}

function verb(r) {
  const words = { MET_WITH: 'met', SIGNED: 'signed', ACCUSED: 'accused', ATTACKED: 'attacked', FOUGHT: 'fought', VISITED: 'visited',
    HOLDS_ROLE: `is ${r.title ?? 'an office holder'} of`, BACKED_BY: 'is backed by', PARTY_TO: 'is party to', COOPERATES_WITH: 'cooperates with', CONCERNS: 'concerns' };
  return words[r.type] ?? r.type;
}

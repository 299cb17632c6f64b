// The curation audit log: who changed what and when; any curation in force can be undone from here.
import { api } from '../api.js';
import { h, toast } from '../dom.js';
import { navigate } from '../main.js';
import { entityLink } from './common.js';
import { forgetGraph } from './graph-view.js';

export async function curationsView() {
  const log = await api.curations();
  async function undo(id) {
    try {
      const result = await api.undo(id);
      forgetGraph();
      toast(`Undone: ${result.summary}`);
      navigate('/curations', { replace: true });
    } catch (error) {
      toast(error.message, true);
    }
  }

  const element = h('section', { class: 'page' }, h('h1', {}, 'Curation log'),
    h('p', { class: 'hint' }, 'Every correction is an override kept by the store and applied again at every ingest and rebuild. Undo stores the touched articles again without it.'),
    log.length === 0 ? h('p', {}, 'No curation yet. Corrections are made from an entity page.') : h('table', { class: 'log', id: 'curation-log' },
      h('thead', {}, h('tr', {}, ['#', 'When', 'Who', 'What', 'Entities', 'State', ''].map((c) => h('th', {}, c)))),
      h('tbody', {}, [...log].reverse().map((c) => h('tr', { class: c.undoneAt ? 'undone' : '', 'data-id': c.id },
        h('td', {}, c.id), h('td', {}, new Date(c.at).toLocaleString()), h('td', {}, c.by), h('td', {}, c.summary),
        h('td', { class: 'entities' }, entities(c)),
        h('td', {}, c.undoneAt ? `undone by ${c.undoneBy}, ${new Date(c.undoneAt).toLocaleString()}` : 'in force'),
        h('td', {}, c.undoneAt ? null : h('button', { type: 'button', class: 'small', onclick: () => undo(c.id) }, 'Undo')))))));
  return { element, title: 'Curation log' };
}

// The entities a curation concerns, by name, each linking to its page; the id is in the link's title. An entity merged
// away has no page while the merge is in force, so it is named without a link.
function entities(c) {
  const link = (id, name) => { const a = entityLink(id, name ?? id); a.title = id; return a; };
  const kept = link(c.entityId, c.entityName);
  if (c.kind === 'rejectFact' && c.factKey?.split('|').length === 3) return [kept, h('br'), link(c.factKey.split('|')[2], c.otherEntityName)];
  if (!c.otherEntityId) return kept;
  if (c.kind === 'merge') {
    return [kept, h('br'), c.undoneAt ? link(c.otherEntityId, c.otherEntityName) : h('span', { title: c.otherEntityId }, c.otherEntityName ?? c.otherEntityId), ' (merged in)'];
  }
  return [kept, h('br'), link(c.otherEntityId, c.otherEntityName), c.kind === 'splitAlias' ? ' (split off)' : ''];
}

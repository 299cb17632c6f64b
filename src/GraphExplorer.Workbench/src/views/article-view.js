// The article reader: the text with every evidence sentence highlighted and linked to the facts it states, and
// each fact linked back to its sentences. /article/ID#s-OFFSET opens it at a sentence.
import { api } from '../api.js';
import { h } from '../dom.js';
import { entityLink } from './common.js';

export async function articleView(id, hash) {
  const article = await api.article(id);
  const names = new Map(article.entities.map((e) => [e.id, e.name]));

  // Distinct evidence spans, each with the facts it supports.
  const spans = new Map();
  article.facts.forEach((fact, index) => {
    for (const e of fact.evidence) {
      const key = `${e.start}:${e.end}`;
      if (!spans.has(key)) spans.set(key, { start: e.start, end: e.end, facts: [] });
      spans.get(key).facts.push(index);
    }
  });
  const ordered = [...spans.values()].sort((a, b) => a.start - b.start || b.end - a.end);

  const text = h('div', { class: 'article-text', id: 'article-text' });
  let position = 0;
  for (const span of ordered) {
    if (span.start < position) continue; // nested or overlapping: the outer sentence is highlighted already
    text.append(article.text.slice(position, span.start));
    text.append(h('a', { class: 'evidence-mark', id: `s-${span.start}`, href: `#fact-${span.facts[0]}`, 'data-facts': span.facts.join(' '),
      title: span.facts.map((i) => label(article.facts[i], names)).join('\n') }, article.text.slice(span.start, span.end)));
    position = span.end;
  }
  text.append(article.text.slice(position));

  // Sentences are named by their place in the text (sentence 3), not by their character offset.
  // A sentence inside another highlighted one is named by, and links to, the highlight around it.
  const shown = [];
  for (const span of ordered) {
    if (shown.length === 0 || span.start >= shown.at(-1).end) shown.push(span);
  }
  const highlightOf = (start) => {
    const index = shown.findIndex((span) => span.start <= start && start < span.end);
    return index < 0 ? null : { number: index + 1, id: `s-${shown[index].start}` };
  };

  const facts = h('ol', { class: 'article-facts', id: 'article-facts' }, article.facts.map((fact, index) => h('li', { id: `fact-${index}`, 'data-key': fact.key },
    h('span', { class: 'type' }, fact.type), ' ', entityLink(fact.source, names.get(fact.source)), ' → ', entityLink(fact.target, names.get(fact.target)),
    fact.date ? ` · ${fact.date}` : '', fact.title ? ` · ${fact.title}` : '', fact.allegation ? ` · “${fact.allegation}”` : '',
    ' ', fact.evidence.map((e) => {
      const highlight = highlightOf(e.start);
      return highlight ? h('a', { class: 'sentence-link', href: `#${highlight.id}` }, `sentence ${highlight.number}`) : null;
    }))));

  function mark() {
    document.querySelectorAll('.active').forEach((e) => e.classList.remove('active'));
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (!target) return;
    target.classList.add('active');
    if (target.classList.contains('evidence-mark')) {
      for (const index of target.dataset.facts.split(' ')) document.getElementById(`fact-${index}`)?.classList.add('active');
    } else if (target.id.startsWith('fact-')) {
      for (const e of article.facts[Number(target.id.slice(5))].evidence) document.getElementById(highlightOf(e.start)?.id ?? '')?.classList.add('active');
    }
  }

  const element = h('article', { class: 'page article-page' },
    h('header', {}, h('h1', { id: 'article-title' }, article.title),
      h('p', { class: 'meta' }, [article.published ? `Published ${article.published}` : 'No publication date',
        article.publisher ? ` · ${article.publisher}` : '', article.author ? ` · by ${article.author}` : '', article.source ? ` · ${article.source}` : '']),
      h('p', { class: 'hint' }, `${article.facts.length} fact${article.facts.length === 1 ? "" : "s"} from ${ordered.length} highlighted sentence${ordered.length === 1 ? "" : "s"}. Click a highlight to see its facts.`)),
    h('div', { class: 'reader' }, text, h('aside', {}, h('h2', {}, 'Facts'), facts)));

  const onHash = () => mark();
  return {
    element,
    title: article.title,
    mounted() { window.addEventListener('hashchange', onHash); if (hash) mark(); },
    dispose() { window.removeEventListener('hashchange', onHash); },
  };
}

function label(fact, names) {
  return `${fact.type}: ${names.get(fact.source) ?? fact.source} → ${names.get(fact.target) ?? fact.target}`;
}

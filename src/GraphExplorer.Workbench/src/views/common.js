// Pieces shared by the views: entity and article links, citations, evidence lists.
import { h } from '../dom.js';

export const edgeTypes = ['MET_WITH', 'SIGNED', 'ACCUSED', 'ATTACKED', 'FOUGHT', 'VISITED', 'HOLDS_ROLE', 'BACKED_BY', 'PARTY_TO', 'COOPERATES_WITH', 'CONCERNS'];

// Entity ids in URLs keep their ':' (person:qasim-al-araji), so shared links stay readable.
export function entityPath(id) {
  return encodeURIComponent(id).replaceAll('%3A', ':');
}

export function entityLink(id, name) {
  return h('a', { href: `/entity/${entityPath(id)}`, class: 'entity-link' }, name ?? id);
}

export function articleHref(articleId, start) {
  return `/article/${encodeURIComponent(articleId)}${start === undefined ? '' : `#s-${start}`}`;
}

// One evidence sentence with its citation: the sentence, then a link to the article at that sentence.
export function evidenceItem(evidence, articlesById) {
  const article = articlesById?.get(evidence.articleId);
  return h('li', { class: 'evidence' },
    h('q', {}, evidence.sentence), ' ',
    h('a', { class: 'citation', href: articleHref(evidence.articleId, evidence.start) },
      article ? `${article.title}${article.published ? `, ${article.published}` : ''}` : evidence.articleId));
}

// A fact's date as the service gives it: the date the text states, or else the date it was reported (the article's
// publication date, or the day a statement was made), marked by dateKind. No date when no article was dated.
export function factDate(relationship) {
  if (!relationship.date) return { date: '', kind: 'undated' };
  return { date: relationship.date, kind: relationship.dateKind === 'reported' ? 'reported' : 'stated' };
}

export function dateBadge({ date, kind }) {
  if (!date) return h('span', { class: 'date undated' }, 'undated');
  return h('span', { class: `date ${kind}`, title: kind === 'stated' ? 'the date the text states' : 'no date stated: the date it was reported' },
    date, ' ', h('small', {}, kind === 'stated' ? 'stated' : 'reported'));
}

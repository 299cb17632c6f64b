// name: search
// title: Search
// description: Entities by name or alias, typo- and transliteration-tolerant and ranked: every query word must match a word of one name exactly, as a prefix, within 1 edit (4-7 letters) or 2 edits (8+ letters), or as another spelling of it (same consonant skeleton: Qassem, Qasim).
// param: text string [2..200] — the name or part of it, as typed
// param: limit int = 20 [1..100] — most rows returned
// returns: one row per entity (name, label, id, the matched name or alias, score: 0 = the whole name, lower is better), best first; the entities as nodes
// graph: e
// example: text=araji
// column: score — lower is closer: 0 when a name is exactly the text; otherwise 1, plus for each word 1 when it matches only the start of a name's word, 1 plus its typing slips when it matches within a few edits, more when it is another spelling of it
WITH reduce(acc = '', part IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(toLower($text), '’', ''), "'", ''), '‘', ''), '‐', ' '), '‑', ' '), '‒', ' '), '–', ' '), '—', ' '), '―', ' '), '-', ' '), '_', ' '), '/', ' '), '.', ' '), ',', ' '), ' ') | CASE WHEN part = '' THEN acc WHEN acc = '' THEN part ELSE acc + ' ' + part END) AS textK0
WITH CASE WHEN textK0 STARTS WITH 'the ' THEN substring(textK0, 4) ELSE textK0 END AS textKey
WITH [w IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(textKey, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '"', ' '), '“', ' '), '”', ' '), ':', ' '), ';', ' '), '!', ' '), '?', ' '), ' ') WHERE w =~ '[\\p{L}\\p{N}]+'] AS words
WHERE size(words) > 0
// Another spelling of a word (same consonant skeleton) can be more edits away than the index's fuzzy match reaches
// (Kassem, Qasim): each word of 4+ letters also asks the index for the terms with its skeleton, as a Lucene regular
// expression (a word holds only letters and digits, so nothing in it is an operator).
WITH words, [w IN words WHERE size(w) >= 4 | reduce(s = '', i IN range(0, size(w) - 1) | CASE WHEN i = 0 THEN CASE WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y'] THEN 'a' ELSE CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y', 'w', 'h'] OR CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END = right(s, 1) THEN s ELSE s + CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END)] AS skeletons
WITH words, [sk IN skeletons WHERE size(sk) >= 3 | CASE WHEN sk STARTS WITH 'a' THEN '[aeiouy][aeiouywh]*' ELSE '' END
       + reduce(r = '', c IN split(CASE WHEN sk STARTS WITH 'a' THEN substring(sk, 1) ELSE sk END, '') | r + CASE WHEN c = 'k' THEN '[kqc]' ELSE c END + '([aeiouywh]|' + CASE WHEN c = 'k' THEN '[kqc]' ELSE c END + ')*')] AS spellings
WITH words, reduce(k = '', w IN words | CASE WHEN k = '' THEN w ELSE k + ' ' + w END) AS queryKey,
     reduce(q = '', w IN words | q + ' ' + w + '~ ' + w + '*') + reduce(q = '', x IN spellings | q + ' /' + x + '/') AS lucene
CALL db.index.fulltext.queryNodes('entity_names', lucene) YIELD node
WITH DISTINCT words, queryKey, node AS e
UNWIND [e.name] + coalesce(e.aliases, []) AS n
WITH words, queryKey, e, n, reduce(acc = '', part IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(toLower(n), '’', ''), "'", ''), '‘', ''), '‐', ' '), '‑', ' '), '‒', ' '), '–', ' '), '—', ' '), '―', ' '), '-', ' '), '_', ' '), '/', ' '), '.', ' '), ',', ' '), ' ') | CASE WHEN part = '' THEN acc WHEN acc = '' THEN part ELSE acc + ' ' + part END) AS nameK0
WITH words, queryKey, e, n, CASE WHEN nameK0 STARTS WITH 'the ' THEN substring(nameK0, 4) ELSE nameK0 END AS nameKey
WITH words, queryKey, e, n, [v IN split(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(nameKey, '(', ' '), ')', ' '), '[', ' '), ']', ' '), '"', ' '), '“', ' '), '”', ' '), ':', ' '), ';', ' '), '!', ' '), '?', ' '), ' ') WHERE v <> ''] AS nameWords
WITH words, queryKey, e, n, nameWords,
     [w IN words | reduce(best = -1, c IN [v IN nameWords | CASE WHEN v = w THEN 0 WHEN v STARTS WITH w THEN 1 WHEN abs(size(v) - size(w)) <= CASE WHEN size(w) < 4 THEN 0 WHEN size(w) < 8 THEN 1 ELSE 2 END AND reduce(prev = range(0, size(v)), i IN range(1, size(w)) | reduce(row = [i], j IN range(1, size(v)) | row + [reduce(m = prev[j] + 1, x IN [row[j - 1] + 1, prev[j - 1] + CASE WHEN substring(w, i - 1, 1) = substring(v, j - 1, 1) THEN 0 ELSE 1 END] | CASE WHEN x < m THEN x ELSE m END)]))[size(v)] <= CASE WHEN size(w) < 4 THEN 0 WHEN size(w) < 8 THEN 1 ELSE 2 END THEN 1 + reduce(prev = range(0, size(v)), i IN range(1, size(w)) | reduce(row = [i], j IN range(1, size(v)) | row + [reduce(m = prev[j] + 1, x IN [row[j - 1] + 1, prev[j - 1] + CASE WHEN substring(w, i - 1, 1) = substring(v, j - 1, 1) THEN 0 ELSE 1 END] | CASE WHEN x < m THEN x ELSE m END)]))[size(v)] WHEN size(w) >= 4 AND size(v) >= 4 AND size(reduce(s = '', i IN range(0, size(w) - 1) | CASE WHEN i = 0 THEN CASE WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y'] THEN 'a' ELSE CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y', 'w', 'h'] OR CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END = right(s, 1) THEN s ELSE s + CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END)) >= 3 AND reduce(s = '', i IN range(0, size(w) - 1) | CASE WHEN i = 0 THEN CASE WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y'] THEN 'a' ELSE CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END WHEN substring(w, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y', 'w', 'h'] OR CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END = right(s, 1) THEN s ELSE s + CASE WHEN substring(w, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(w, i, 1) END END) = reduce(s = '', i IN range(0, size(v) - 1) | CASE WHEN i = 0 THEN CASE WHEN substring(v, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y'] THEN 'a' ELSE CASE WHEN substring(v, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(v, i, 1) END END WHEN substring(v, i, 1) IN ['a', 'e', 'i', 'o', 'u', 'y', 'w', 'h'] OR CASE WHEN substring(v, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(v, i, 1) END = right(s, 1) THEN s ELSE s + CASE WHEN substring(v, i, 1) IN ['q', 'c'] THEN 'k' ELSE substring(v, i, 1) END END) THEN 3 ELSE null END] | CASE WHEN c IS NULL THEN best WHEN best < 0 OR c < best THEN c ELSE best END)] AS costs
WHERE none(c IN costs WHERE c < 0)
WITH e, n, CASE WHEN reduce(k = '', v IN nameWords | CASE WHEN k = '' THEN v ELSE k + ' ' + v END) = queryKey THEN 0 ELSE 1 END
           + reduce(total = 0, c IN costs | total + c) AS score
ORDER BY score, n
WITH e, collect(n)[0] AS matched, min(score) AS score
RETURN e.name AS name, [l IN labels(e) WHERE l <> 'Entity'][0] AS label, e.id AS id, matched, score, e
ORDER BY score, name, id
LIMIT $limit

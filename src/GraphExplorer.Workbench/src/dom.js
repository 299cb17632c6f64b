// A small element builder: h('a', {href: '/x', class: 'y'}, 'text', child). No innerHTML anywhere, so text from
// articles and names can never become markup, and no style attributes, so the page keeps a strict CSP.
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function clear(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

// A short message at the bottom right: text, or an array of text and elements (a link to act on stays longer).
export function toast(message, isError = false) {
  const box = document.getElementById('toast');
  box.replaceChildren(...[message].flat());
  box.className = isError ? 'error' : '';
  box.hidden = false;
  clearTimeout(toast.timer);
  const lasting = isError || Array.isArray(message);
  toast.timer = setTimeout(() => { box.hidden = true; }, lasting ? 20000 : 4000);
}

export function debounce(action, milliseconds) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => action(...args), milliseconds);
  };
}

export const labelStyles = __LABEL_STYLES__;
export const labels = ['Person', 'Organization', 'Country', 'Place', 'Border', 'Agreement'];

export function labelBadge(label) {
  return h('span', { class: `badge label-${label}` }, label);
}

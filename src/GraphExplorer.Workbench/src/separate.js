// Overlap removal for a finished layout: every pair of node boxes that still cover each other is pushed apart along
// the axis where they overlap least, each node half the way, pass after pass until no pair overlaps (sort and sweep
// on x, so a pass costs about n log n plus the pairs that touch). A force layout keeps nodes apart on the whole but
// promises nothing in a dense core; this moves only the nodes that touch, and by the least that parts them.
// (graphology's noverlap, Gephi's algorithm, was tried first: on a dense core of 300 nodes it still left dozens of
// pairs after 2,000 iterations, as its steps shrink with the node sizes.)

/**
 * @param {{x: number, y: number, half: number}[]} boxes square boxes (centre and half side), moved in place
 * @param {number} gap the least space left between two boxes
 * @returns {number} the passes it took (at most maxPasses)
 */
export function separate(boxes, gap, maxPasses = 300) {
  // A pair within half a unit of the gap is apart enough: chasing the last fraction only makes passes.
  const slack = 0.5;
  const order = boxes.map((_, index) => index);
  let pass = 0;
  for (; pass < maxPasses; pass++) {
    order.sort((a, b) => (boxes[a].x - boxes[a].half) - (boxes[b].x - boxes[b].half));
    let moved = false;
    for (let i = 0; i < order.length; i++) {
      const a = boxes[order[i]];
      for (let j = i + 1; j < order.length; j++) {
        const b = boxes[order[j]];
        if (b.x - b.half >= a.x + a.half + gap) break;
        const reach = a.half + b.half + gap;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const overlapX = reach - Math.abs(dx);
        const overlapY = reach - Math.abs(dy);
        if (overlapX <= slack || overlapY <= slack) continue;
        moved = true;
        // Two nodes on the same spot part along x, the first to the left, so the result does not depend on chance.
        if (overlapX < overlapY) {
          const step = (dx < 0 ? -overlapX : overlapX) / 2;
          a.x -= step;
          b.x += step;
        } else {
          const step = (dy < 0 ? -overlapY : overlapY) / 2;
          a.y -= step;
          b.y += step;
        }
      }
    }
    if (!moved) break;
  }
  return pass;
}

'use strict';

/**
 * A uniform grid over diagram coordinates: items with a box are registered in every cell they
 * touch, so that neighbours of a segment are found without comparing every pair (layout rules
 * stay near-linear on models with thousands of flows).
 */
class SpatialGrid {
  constructor(cellSize) {
    this.size = cellSize || 200;
    this.cells = new Map();
  }

  _range(box) {
    const s = this.size;
    return {
      x0: Math.floor(box.minX / s), x1: Math.floor(box.maxX / s),
      y0: Math.floor(box.minY / s), y1: Math.floor(box.maxY / s)
    };
  }

  /** Register an item under its box {minX, maxX, minY, maxY}. */
  insert(box, item) {
    const r = this._range(box);
    // guard against absurd coordinates: huge boxes go into one shared bucket
    if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > 10000) {
      this._add('huge', item);
      return;
    }
    for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) this._add(x + ':' + y, item);
  }

  _add(key, item) {
    if (!this.cells.has(key)) this.cells.set(key, []);
    this.cells.get(key).push(item);
  }

  /** Distinct items registered in cells touched by the box. */
  query(box) {
    const out = new Set(this.cells.get('huge') || []);
    const r = this._range(box);
    if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > 10000) {
      for (const list of this.cells.values()) for (const item of list) out.add(item);
      return out;
    }
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        for (const item of this.cells.get(x + ':' + y) || []) out.add(item);
      }
    }
    return out;
  }
}

module.exports = { SpatialGrid };

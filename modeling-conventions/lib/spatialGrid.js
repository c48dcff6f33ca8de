'use strict';

/**
 * A uniform grid over diagram coordinates: items with a box are registered in every cell they
 * touch, so that neighbours of a segment are found without comparing every pair (layout rules
 * stay near-linear on models with thousands of flows).
 *
 * Cells are found by their column and row numbers (no key strings); `query` returns the items of
 * the touched cells in cell order, each once.
 */
const HUGE = 10000;

class SpatialGrid {
  constructor(cellSize) {
    this.size = cellSize || 200;
    /** column → row → items */
    this.columns = new Map();
    /** every cell's item list in the order the cells were created */
    this.lists = [];
    /** items whose box spans more than HUGE cells: they are near everything */
    this.huge = [];
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
    if ((r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1) > HUGE) {
      this.huge.push(item);
      return;
    }
    for (let x = r.x0; x <= r.x1; x++) for (let y = r.y0; y <= r.y1; y++) this._cell(x, y, true).push(item);
  }

  _cell(x, y, create) {
    let column = this.columns.get(x);
    if (!column) {
      if (!create) return undefined;
      column = new Map();
      this.columns.set(x, column);
    }
    let list = column.get(y);
    if (!list && create) {
      list = [];
      column.set(y, list);
      this.lists.push(list);
    }
    return list;
  }

  /** Distinct items registered in cells touched by the box (huge items first), in cell order; read-only. */
  query(box) {
    const r = this._range(box);
    const cells = (r.x1 - r.x0 + 1) * (r.y1 - r.y0 + 1);
    if (cells > HUGE) {
      const out = new Set(this.huge);
      for (const list of this.lists) for (const item of list) out.add(item);
      return out;
    }
    // one cell and no huge items: the cell's list holds each item once already
    if (cells === 1 && !this.huge.length) return this._cell(r.x0, r.y0, false) || [];
    const out = new Set(this.huge);
    for (let x = r.x0; x <= r.x1; x++) {
      for (let y = r.y0; y <= r.y1; y++) {
        const list = this._cell(x, y, false);
        if (list) for (const item of list) out.add(item);
      }
    }
    return out;
  }
}

module.exports = { SpatialGrid };

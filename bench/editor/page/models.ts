import { generateModelXml } from '../../support/generateModel';

/** Generated models by flow-node count, made once per page (the 5,000-node model takes seconds to lay out). */
const cache = new Map<number, Promise<string>>();

/** The generated model with `n` flow nodes (seed 1), as XML. */
export function modelXml(n: number): Promise<string> {
  let xml = cache.get(n);
  if (!xml) {
    xml = generateModelXml(n, 1);
    cache.set(n, xml);
  }
  return xml;
}

/**
 * A compact text notation for small BPMN test models, turned into BPMN 2.0 XML with diagram
 * interchange (DI), so that convention tests can state a model in a few lines:
 *
 * ```
 * pool P1 "Bezirksamt"
 * lane L1 "Sachbearbeitung" : S1 T1 E1
 * start S1 "Antrag eingegangen" message
 * task T1 "Antrag prüfen" @medium=digital
 * end E1 "Antrag beschieden"
 * S1 -> T1 -> E1
 * pool P2 "Antragsteller" blackbox
 * P2 ~> S1 "Antrag"
 * ```
 *
 * Lines: `<kind> <id> ["name"] [flags] [key=value]`; flows `A -> B ["label"] [id=F] [cond] [default]`
 * (chains allowed), message flows `A ~> B`, associations `A .. B`, data `T reads D` / `T writes D`.
 * Kinds: start end catch throw boundary(on=) task usertask servicetask manualtask sendtask
 * receivetask businessruletask scripttask sub(`{`…`}`, flag `expanded`) eventsub adhoc
 * transaction call(called=) xor and or evgw complex dataobject datastore annotation group,
 * `pool` (flag `blackbox`, `process=`), `process`, `lane` (`in=` parent, `: members`), `info`
 * (process attributes; `rg=` repeatable). Event flags: message timer signal error escalation
 * conditional terminate compensate cancel link. `@x=y` = gpm attribute; `doc=` documentation;
 * `pos=x,y[,w,h]` shape bounds; `wp="x,y x,y"` waypoints; `fill=`/`stroke=` colours; `nodi`
 * omits DI; `loop`/`multi` add loop markers; `noplane` keeps a collapsed sub-process without plane.
 */

type Attrs = Record<string, string[]>;

interface Item {
  kind: string;
  id: string;
  name?: string;
  flags: Set<string>;
  attrs: Attrs;
  children?: Container;
}

interface Flow {
  id: string;
  source: string;
  target: string;
  name?: string;
  flags: Set<string>;
  attrs: Attrs;
}

interface Lane {
  id: string;
  name?: string;
  parent?: string;
  members: string[];
  attrs: Attrs;
}

interface Container {
  items: Item[];
  flows: Flow[];
}

interface ProcessDef extends Container {
  id: string;
  name?: string;
  lanes: Lane[];
  info?: Attrs;
  attrs: Attrs;
  pool?: { id: string; name?: string; attrs: Attrs; flags: Set<string> };
}

const EVENT_DEFS: Record<string, string> = {
  message: 'messageEventDefinition',
  timer: 'timerEventDefinition',
  signal: 'signalEventDefinition',
  error: 'errorEventDefinition',
  escalation: 'escalationEventDefinition',
  conditional: 'conditionalEventDefinition',
  terminate: 'terminateEventDefinition',
  compensate: 'compensateEventDefinition',
  cancel: 'cancelEventDefinition',
  link: 'linkEventDefinition'
};

const TAGS: Record<string, string> = {
  start: 'startEvent', end: 'endEvent', catch: 'intermediateCatchEvent', throw: 'intermediateThrowEvent',
  boundary: 'boundaryEvent', task: 'task', usertask: 'userTask', servicetask: 'serviceTask',
  manualtask: 'manualTask', sendtask: 'sendTask', receivetask: 'receiveTask',
  businessruletask: 'businessRuleTask', scripttask: 'scriptTask', sub: 'subProcess', eventsub: 'subProcess',
  adhoc: 'adHocSubProcess', transaction: 'transaction', call: 'callActivity', xor: 'exclusiveGateway',
  and: 'parallelGateway', or: 'inclusiveGateway', evgw: 'eventBasedGateway', complex: 'complexGateway',
  dataobject: 'dataObjectReference', datastore: 'dataStoreReference', annotation: 'textAnnotation', group: 'group'
};

const CONTAINER_KINDS = new Set(['sub', 'eventsub', 'adhoc', 'transaction']);
const ARTIFACT_KINDS = new Set(['annotation', 'group']);

function tokenize(line: string): string[] {
  const out: string[] = [];
  const re = /(\S*?"[^"]*"\S*|\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1]);
  return out;
}

function unquote(t: string): string {
  return t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

function parseRest(tokens: string[]): { name?: string; flags: Set<string>; attrs: Attrs; members?: string[] } {
  const flags = new Set<string>();
  const attrs: Attrs = {};
  let name: string | undefined;
  let members: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === ':') {
      members = tokens.slice(i + 1);
      break;
    }
    if (t.startsWith('"')) name = unquote(t);
    else if (/^@?[\w.:-]+=/.test(t)) {
      const k = t.slice(0, t.indexOf('='));
      const v = unquote(t.slice(t.indexOf('=') + 1));
      (attrs[k] ??= []).push(v);
    } else flags.add(t);
  }
  return { name, flags, attrs, members };
}

function esc(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Parse the notation into processes, pools and message flows. */
function parse(source: string) {
  const processes: ProcessDef[] = [];
  const messageFlows: Flow[] = [];
  const associations: Flow[] = [];
  const dataLinks: Array<{ task: string; data: string; dir: 'reads' | 'writes' }> = [];
  const blackBoxes: Array<{ id: string; name?: string; attrs: Attrs; flags: Set<string> }> = [];
  const collab: { id: string; name?: string; attrs: Attrs } = { id: 'Collaboration_1', attrs: {} };
  let current: ProcessDef | undefined;
  const stack: Container[] = [];
  let flowCount = 0;

  const ensureProcess = () => {
    if (!current) {
      current = { id: 'Process_1', items: [], flows: [], lanes: [], attrs: {} };
      processes.push(current);
      stack.length = 0;
      stack.push(current);
    }
    return current;
  };

  for (const raw of source.split('\n')) {
    const line = raw.replace(/(^|\s)#(\s.*)?$/, '').trim(); // comments: '# …' (colours like fill=#fff stay)
    if (!line) continue;
    const tokens = tokenize(line);
    if (tokens[0] === '}') {
      stack.pop();
      continue;
    }
    const arrow = tokens.findIndex((t) => t === '->' || t === '~>' || t === '..');
    if (arrow > 0) {
      const op = tokens[arrow];
      const chain: string[] = [tokens[0]];
      let i = 1;
      while (i < tokens.length && tokens[i] === op) {
        chain.push(tokens[i + 1]);
        i += 2;
      }
      const rest = parseRest(tokens.slice(i));
      for (let k = 0; k < chain.length - 1; k++) {
        const id = rest.attrs.id?.[0] && chain.length === 2 ? rest.attrs.id[0] : `Flow_${++flowCount}`;
        const flow: Flow = { id, source: chain[k], target: chain[k + 1], name: rest.name, flags: rest.flags, attrs: rest.attrs };
        if (op === '->') (stack[stack.length - 1] ?? ensureProcess()).flows.push(flow);
        else if (op === '~>') messageFlows.push(flow);
        else associations.push(flow);
      }
      continue;
    }
    if (tokens.length === 3 && (tokens[1] === 'reads' || tokens[1] === 'writes')) {
      dataLinks.push({ task: tokens[0], dir: tokens[1] as 'reads' | 'writes', data: tokens[2] });
      continue;
    }
    const [kind, id, ...restTokens] = tokens;
    const opensBlock = restTokens[restTokens.length - 1] === '{';
    const rest = parseRest(opensBlock ? restTokens.slice(0, -1) : restTokens);
    if (kind === 'collab') {
      collab.id = id ?? collab.id;
      collab.name = rest.name;
      collab.attrs = rest.attrs;
      continue;
    }
    if (kind === 'pool') {
      if (rest.flags.has('blackbox')) {
        blackBoxes.push({ id, name: rest.name, attrs: rest.attrs, flags: rest.flags });
        continue;
      }
      current = { id: rest.attrs.process?.[0] ?? `${id}_process`, items: [], flows: [], lanes: [], attrs: {}, pool: { id, name: rest.name, attrs: rest.attrs, flags: rest.flags } };
      processes.push(current);
      stack.length = 0;
      stack.push(current);
      continue;
    }
    if (kind === 'process') {
      current = { id, name: rest.name, items: [], flows: [], lanes: [], attrs: rest.attrs };
      processes.push(current);
      stack.length = 0;
      stack.push(current);
      continue;
    }
    if (kind === 'info') {
      Object.assign(rest, parseRest(tokens.slice(1)));
      const p = ensureProcess();
      const target = rest.attrs.on?.[0];
      if (target === 'collab') collab.attrs = { ...collab.attrs, ...Object.fromEntries(Object.entries(rest.attrs).filter(([k]) => k !== 'on').map(([k, v]) => [`info.${k}`, v])) };
      else if (target === 'pool' && p.pool) p.pool.attrs = { ...p.pool.attrs, ...Object.fromEntries(Object.entries(rest.attrs).filter(([k]) => k !== 'on').map(([k, v]) => [`info.${k}`, v])) };
      else p.info = { ...(p.info ?? {}), ...rest.attrs };
      continue;
    }
    if (kind === 'lane') {
      ensureProcess().lanes.push({ id, name: rest.name, parent: rest.attrs.in?.[0], members: rest.members ?? [], attrs: rest.attrs });
      continue;
    }
    if (!TAGS[kind]) throw new Error(`conventionModel: unknown kind "${kind}" in line "${line}"`);
    const item: Item = { kind, id, name: rest.name, flags: rest.flags, attrs: rest.attrs };
    (stack[stack.length - 1] ?? ensureProcess()).items.push(item);
    if (CONTAINER_KINDS.has(kind)) {
      item.children = { items: [], flows: [] };
      if (opensBlock) stack.push(item.children);
    }
  }
  return { processes, messageFlows, associations, dataLinks, blackBoxes, collab };
}

export { parse as parseConventionModel, tokenize, esc, unquote, EVENT_DEFS, TAGS, CONTAINER_KINDS, ARTIFACT_KINDS };
export type { Item, Flow, Lane, Container, ProcessDef, Attrs };

import {
  type Cardinality,
  normalizeValue,
  type QtiItemModel,
  type QtiResponseDeclaration,
  readItem,
  readNumber,
} from './model';
import { attr, childElements, parseXml, textContent, type XmlElement } from './xml';

/**
 * A reference scorer for QTI 3 response processing: the two standard templates (`match_correct`,
 * `map_response`) exactly as the specification writes them, and the common expressions of
 * custom rules (conditions, match, map-response, equal with tolerance, string and pattern
 * match, arithmetic). Used to check, response by response, that an imported item scores as the
 * QTI item would. Anything it does not know is reported, never guessed.
 */

export type QtiBase = string | number | boolean;
/** A QTI value; NULL is `null` (an empty container or empty string is NULL too). */
interface QtiValue {
  cardinality: Exclude<Cardinality, 'record'>;
  baseType: string;
  values: QtiBase[];
}
type Val = QtiValue | null;

/** A candidate's response to one interaction: an identifier, a text, a number, or a list
 * (multiple/ordered; pairs written `"A B"`). `null` or `[]` for no response. */
export type QtiResponseInput = null | string | number | boolean | ReadonlyArray<string | number>;
export type QtiResponses = Readonly<Record<string, QtiResponseInput>>;

class UnsupportedQti extends Error {}

const TEMPLATES = {
  match_correct: `<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      <qti-match><qti-variable identifier="RESPONSE"/><qti-correct identifier="RESPONSE"/></qti-match>
      <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">1</qti-base-value></qti-set-outcome-value>
    </qti-response-if>
    <qti-response-else>
      <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0</qti-base-value></qti-set-outcome-value>
    </qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
  map_response: `<qti-response-processing>
  <qti-response-condition>
    <qti-response-if>
      <qti-is-null><qti-variable identifier="RESPONSE"/></qti-is-null>
      <qti-set-outcome-value identifier="SCORE"><qti-base-value base-type="float">0.0</qti-base-value></qti-set-outcome-value>
    </qti-response-if>
    <qti-response-else>
      <qti-set-outcome-value identifier="SCORE"><qti-map-response identifier="RESPONSE"/></qti-set-outcome-value>
    </qti-response-else>
  </qti-response-condition>
</qti-response-processing>`,
} as const;

export const TEMPLATE_URIS = {
  match_correct: 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml',
  map_response: 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml',
} as const;

const templateRoots = new Map<string, XmlElement>();
function templateRoot(name: keyof typeof TEMPLATES): XmlElement {
  let root = templateRoots.get(name);
  if (!root) {
    const parsed = parseXml(TEMPLATES[name]);
    if (!parsed.ok) throw new Error(parsed.error);
    root = parsed.root;
    templateRoots.set(name, root);
  }
  return root;
}

/** `https://…/rptemplates/match_correct.xml` → `match_correct` (QTI 2.x URIs too). */
function templateName(uri: string): string {
  const last = uri.split(/[?#]/)[0]?.split('/').pop() ?? '';
  return last.replace(/\.xml$/i, '');
}

// ── values ──────────────────────────────────────────────────────────────────────────────────

function typed(raw: QtiBase, baseType: string): QtiBase | undefined {
  switch (baseType) {
    case 'float':
    case 'duration': {
      const n = typeof raw === 'number' ? raw : readNumber(String(raw));
      return n;
    }
    case 'integer': {
      const n = typeof raw === 'number' ? raw : readNumber(String(raw));
      return n !== undefined && Number.isInteger(n) ? n : undefined;
    }
    case 'boolean':
      return raw === true || raw === 'true' || raw === '1';
    case 'pair': {
      // Unordered: A B equals B A, so keep the parts sorted.
      const parts = normalizeValue(String(raw), 'pair').split(' ');
      return parts.length === 2 ? [...parts].sort().join(' ') : undefined;
    }
    case 'directedPair': {
      const text = normalizeValue(String(raw), 'directedPair');
      return text.split(' ').length === 2 ? text : undefined;
    }
    default:
      return String(raw);
  }
}

function makeValue(cardinality: Cardinality, baseType: string, raws: ReadonlyArray<QtiBase>): Val {
  const values: QtiBase[] = [];
  for (const raw of raws) {
    if (raw === '' && (baseType === 'string' || baseType === 'identifier')) continue;
    const v = typed(raw, baseType);
    if (v !== undefined) values.push(v);
  }
  if (values.length === 0) return null;
  const card = cardinality === 'record' ? 'single' : cardinality;
  return { cardinality: card, baseType, values: card === 'single' ? values.slice(0, 1) : values };
}

/** A candidate's input for a declared response → a QTI value (or NULL). */
function responseValue(decl: QtiResponseDeclaration, input: QtiResponseInput): Val {
  if (input === null || input === undefined) return null;
  const raws = Array.isArray(input) ? (input as QtiBase[]) : [input as QtiBase];
  return makeValue(decl.cardinality, decl.baseType, raws);
}

const single = (baseType: string, v: QtiBase): QtiValue => ({
  cardinality: 'single',
  baseType,
  values: [v],
});
const bool = (b: boolean) => single('boolean', b);
const num = (v: Val): number | null => {
  const x = v?.values[0];
  return typeof x === 'number' ? x : null;
};
const truth = (v: Val): boolean | null => {
  const x = v?.values[0];
  return typeof x === 'boolean' ? x : null;
};

function sameMultiset(a: QtiBase[], b: QtiBase[]): boolean {
  if (a.length !== b.length) return false;
  const key = (x: QtiBase) => `${typeof x}:${String(x)}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.every((x, i) => x === right[i]);
}

function matchValues(a: Val, b: Val): boolean | null {
  if (a === null || b === null) return null;
  if (a.cardinality === 'single' || b.cardinality === 'single') {
    return a.values.length === 1 && b.values.length === 1 && a.values[0] === b.values[0];
  }
  if (a.cardinality === 'ordered' && b.cardinality === 'ordered') {
    return a.values.length === b.values.length && a.values.every((x, i) => x === b.values[i]);
  }
  return sameMultiset(a.values, b.values);
}

/** The mapped value of one value (its qti-map-entry, else the default), before any bounds. */
export function mappedValue(decl: QtiResponseDeclaration, raw: QtiBase): number {
  const mapping = decl.mapping;
  if (!mapping) return 0;
  const v = typed(raw, decl.baseType);
  for (const entry of mapping.entries) {
    const key = typed(entry.key, decl.baseType);
    if (key === undefined) continue;
    if (typeof v === 'string' && typeof key === 'string' && !entry.caseSensitive) {
      if (key.toLowerCase() === v.toLowerCase()) return entry.value;
    } else if (key === v) return entry.value;
  }
  return mapping.defaultValue;
}

/** The `qti-map-response` of a value under a declaration's mapping (spec: sum of the mapped
 * values of the distinct values given, the default for values not mapped, then the bounds). */
function mapResponse(decl: QtiResponseDeclaration, value: Val): number {
  const mapping = decl.mapping;
  if (!mapping) throw new UnsupportedQti(`${decl.identifier} has no qti-mapping`);
  const lookup = (v: QtiBase) => mappedValue(decl, v);
  let sum: number;
  if (value === null) {
    sum = decl.cardinality === 'single' ? mapping.defaultValue : 0;
  } else if (value.cardinality === 'single') {
    sum = lookup(value.values[0] as QtiBase);
  } else {
    sum = 0;
    const seen = new Set<QtiBase>();
    for (const v of value.values) {
      if (seen.has(v)) continue;
      seen.add(v);
      sum += lookup(v);
    }
  }
  if (mapping.lowerBound !== undefined) sum = Math.max(mapping.lowerBound, sum);
  if (mapping.upperBound !== undefined) sum = Math.min(mapping.upperBound, sum);
  return sum;
}

/** An XML Schema regular expression (qti-pattern-match; implicitly anchored) → RegExp. */
export function xsdRegex(pattern: string): RegExp {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if ('iIcC'.includes(next) || (next === 'p' && pattern.slice(i + 2).startsWith('{Is'))) {
        throw new UnsupportedQti(`the pattern escape \\${next} is not supported`);
      }
      // XML Schema escapes "-" anywhere; JavaScript (unicode mode) only inside a class.
      out += next === '-' && !inClass ? '-' : c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '-' && pattern[i + 1] === '[')
        throw new UnsupportedQti('character class subtraction is not supported');
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    // ^ and $ are ordinary characters in XML Schema patterns.
    out += c === '^' || c === '$' ? `\\${c}` : c;
  }
  try {
    return new RegExp(`^(?:${out})$`, 'u');
  } catch {
    throw new UnsupportedQti(`the pattern "${pattern}" cannot be read`);
  }
}

// ── the interpreter ─────────────────────────────────────────────────────────────────────────

interface Env {
  model: QtiItemModel;
  responses: Map<string, Val>;
  outcomes: Map<string, Val>;
}
type Expr = (env: Env) => Val;
type Rule = (env: Env) => boolean; // false = exit-response

const TOLERANCE_MODES = new Set(['exact', 'absolute', 'relative']);

function compileExpr(el: XmlElement, model: QtiItemModel): Expr {
  const args = childElements(el).map((c) => compileExpr(c, model));
  const arg = (i: number): Expr => {
    const f = args[i];
    if (!f) throw new UnsupportedQti(`<${el.name}> needs more operands`);
    return f;
  };
  const id = attr(el, 'identifier') ?? '';
  switch (el.name) {
    case 'qti-base-value': {
      const baseType = attr(el, 'base-type') ?? 'string';
      const value = makeValue('single', baseType, [textContent(el).trim()]);
      return () => value;
    }
    case 'qti-null':
      return () => null;
    case 'qti-variable':
      return (env) => {
        if (env.responses.has(id)) return env.responses.get(id) ?? null;
        return env.outcomes.get(id) ?? null;
      };
    case 'qti-correct': {
      const decl = model.responses.get(id);
      const value = decl ? makeValue(decl.cardinality, decl.baseType, decl.correct) : null;
      return () => value;
    }
    case 'qti-default': {
      const decl = model.outcomes.get(id);
      const value = decl ? makeValue(decl.cardinality, decl.baseType, decl.defaultValue) : null;
      return () => value;
    }
    case 'qti-map-response': {
      const decl = model.responses.get(id);
      if (!decl?.mapping) throw new UnsupportedQti(`qti-map-response: ${id} has no qti-mapping`);
      return (env) => single('float', mapResponse(decl, env.responses.get(id) ?? null));
    }
    case 'qti-is-null':
      return (env) => bool(arg(0)(env) === null);
    case 'qti-match':
      return (env) => {
        const r = matchValues(arg(0)(env), arg(1)(env));
        return r === null ? null : bool(r);
      };
    case 'qti-not':
      return (env) => {
        const b = truth(arg(0)(env));
        return b === null ? null : bool(!b);
      };
    case 'qti-and':
    case 'qti-or': {
      const and = el.name === 'qti-and';
      return (env) => {
        let sawNull = false;
        for (const f of args) {
          const b = truth(f(env));
          if (b === null) sawNull = true;
          else if (b !== and) return bool(!and);
        }
        return sawNull ? null : bool(and);
      };
    }
    case 'qti-sum':
    case 'qti-product':
    case 'qti-max':
    case 'qti-min': {
      return (env) => {
        const xs: number[] = [];
        for (const f of args) {
          const v = f(env);
          if (v === null) return null;
          for (const x of v.values) {
            if (typeof x !== 'number') return null;
            xs.push(x);
          }
        }
        if (xs.length === 0) return null;
        const r =
          el.name === 'qti-sum'
            ? xs.reduce((a, b) => a + b, 0)
            : el.name === 'qti-product'
              ? xs.reduce((a, b) => a * b, 1)
              : el.name === 'qti-max'
                ? Math.max(...xs)
                : Math.min(...xs);
        return single('float', r);
      };
    }
    case 'qti-subtract':
    case 'qti-divide':
      return (env) => {
        const a = num(arg(0)(env));
        const b = num(arg(1)(env));
        if (a === null || b === null) return null;
        if (el.name === 'qti-divide') return b === 0 ? null : single('float', a / b);
        return single('float', a - b);
      };
    case 'qti-gt':
    case 'qti-gte':
    case 'qti-lt':
    case 'qti-lte':
      return (env) => {
        const a = num(arg(0)(env));
        const b = num(arg(1)(env));
        if (a === null || b === null) return null;
        const r =
          el.name === 'qti-gt'
            ? a > b
            : el.name === 'qti-gte'
              ? a >= b
              : el.name === 'qti-lt'
                ? a < b
                : a <= b;
        return bool(r);
      };
    case 'qti-equal': {
      const mode = attr(el, 'tolerance-mode') ?? 'exact';
      if (!TOLERANCE_MODES.has(mode)) throw new UnsupportedQti(`tolerance-mode "${mode}"`);
      const t = (attr(el, 'tolerance') ?? '0').trim().split(/\s+/).map(Number);
      const t0 = t[0] ?? 0;
      const t1 = t[1] ?? t0;
      if (!Number.isFinite(t0) || !Number.isFinite(t1))
        throw new UnsupportedQti('a tolerance that refers to a variable');
      const incLow = attr(el, 'include-lower-bound') !== 'false';
      const incHigh = attr(el, 'include-upper-bound') !== 'false';
      return (env) => {
        const x = num(arg(0)(env));
        const y = num(arg(1)(env));
        if (x === null || y === null) return null;
        if (mode === 'exact') return bool(x === y);
        const low = mode === 'absolute' ? y - t0 : y * (1 - t0 / 100);
        const high = mode === 'absolute' ? y + t1 : y * (1 + t1 / 100);
        return bool((incLow ? x >= low : x > low) && (incHigh ? x <= high : x < high));
      };
    }
    case 'qti-string-match': {
      const caseSensitive = attr(el, 'case-sensitive') !== 'false';
      const substring = attr(el, 'substring') === 'true';
      return (env) => {
        const a = arg(0)(env)?.values[0];
        const b = arg(1)(env)?.values[0];
        if (typeof a !== 'string' || typeof b !== 'string') return null;
        const x = caseSensitive ? a : a.toLowerCase();
        const y = caseSensitive ? b : b.toLowerCase();
        return bool(substring ? x.includes(y) : x === y);
      };
    }
    case 'qti-pattern-match': {
      const re = xsdRegex(attr(el, 'pattern') ?? '');
      return (env) => {
        const a = arg(0)(env)?.values[0];
        return typeof a === 'string' ? bool(re.test(a)) : null;
      };
    }
    case 'qti-member':
      return (env) => {
        const v = arg(0)(env);
        const c = arg(1)(env);
        if (v === null || c === null) return null;
        return bool(c.values.includes(v.values[0] as QtiBase));
      };
    case 'qti-contains':
      return (env) => {
        const c = arg(0)(env);
        const sub = arg(1)(env);
        if (c === null || sub === null) return null;
        const rest = [...c.values];
        for (const x of sub.values) {
          const at = rest.indexOf(x);
          if (at === -1) return bool(false);
          rest.splice(at, 1);
        }
        return bool(true);
      };
    case 'qti-container-size':
      return (env) => single('integer', arg(0)(env)?.values.length ?? 0);
    case 'qti-multiple':
    case 'qti-ordered':
      return (env) => {
        const vs: QtiBase[] = [];
        let baseType = 'identifier';
        for (const f of args) {
          const v = f(env);
          if (v) {
            vs.push(...v.values);
            baseType = v.baseType;
          }
        }
        return vs.length
          ? {
              cardinality: el.name === 'qti-ordered' ? 'ordered' : 'multiple',
              baseType,
              values: vs,
            }
          : null;
      };
    default:
      throw new UnsupportedQti(`the expression <${el.name}> is not supported`);
  }
}

function compileRules(elements: readonly XmlElement[], model: QtiItemModel): Rule[] {
  return elements.map((el) => compileRule(el, model));
}

function compileRule(el: XmlElement, model: QtiItemModel): Rule {
  switch (el.name) {
    case 'qti-response-condition': {
      const branches = childElements(el).map((branch) => {
        if (branch.name === 'qti-response-else') {
          return { test: null, rules: compileRules(childElements(branch), model) };
        }
        if (branch.name !== 'qti-response-if' && branch.name !== 'qti-response-else-if') {
          throw new UnsupportedQti(`<${branch.name}> in a condition`);
        }
        const [condition, ...rules] = childElements(branch);
        if (!condition) throw new UnsupportedQti(`<${branch.name}> without a condition`);
        return { test: compileExpr(condition, model), rules: compileRules(rules, model) };
      });
      return (env) => {
        for (const branch of branches) {
          if (branch.test === null || truth(branch.test(env)) === true) {
            for (const rule of branch.rules) if (!rule(env)) return false;
            return true;
          }
        }
        return true;
      };
    }
    case 'qti-set-outcome-value': {
      const id = attr(el, 'identifier') ?? '';
      const [expression] = childElements(el);
      if (!expression) throw new UnsupportedQti('qti-set-outcome-value without a value');
      const f = compileExpr(expression, model);
      return (env) => {
        env.outcomes.set(id, f(env));
        return true;
      };
    }
    case 'qti-exit-response':
      return () => false;
    case 'qti-response-processing-fragment': {
      const rules = compileRules(childElements(el), model);
      return (env) => {
        for (const rule of rules) if (!rule(env)) return false;
        return true;
      };
    }
    default:
      throw new UnsupportedQti(`the rule <${el.name}> is not supported`);
  }
}

type ProcessingKind = 'match_correct' | 'map_response' | 'custom' | 'none';

export interface CompiledProcessing {
  kind: ProcessingKind;
  /** SCORE after response processing (NULL counts as 0). */
  score(responses: QtiResponses): number;
}

function runner(model: QtiItemModel, rules: Rule[]) {
  return (input: QtiResponses): number => {
    const responses = new Map<string, Val>();
    for (const decl of model.responses.values()) {
      responses.set(
        decl.identifier,
        Object.hasOwn(input, decl.identifier)
          ? responseValue(decl, input[decl.identifier] ?? null)
          : null,
      );
    }
    const outcomes = new Map<string, Val>();
    for (const decl of model.outcomes.values()) {
      const value = makeValue(decl.cardinality, decl.baseType, decl.defaultValue);
      const numeric = decl.baseType === 'float' || decl.baseType === 'integer';
      outcomes.set(decl.identifier, value ?? (numeric ? single(decl.baseType, 0) : null));
    }
    const env: Env = { model, responses, outcomes };
    for (const rule of rules) if (!rule(env)) break;
    const score = env.outcomes.get('SCORE')?.values[0];
    return typeof score === 'number' && Number.isFinite(score) ? score : 0;
  };
}

/** Compiles an item's response processing, or says why it cannot be evaluated. */
export function compileProcessing(
  model: QtiItemModel,
): { ok: true; value: CompiledProcessing } | { ok: false; reason: string } {
  const rp = model.processing;
  if (!rp) return { ok: true, value: { kind: 'none', score: () => 0 } };
  const uri = attr(rp, 'template') ?? attr(rp, 'template-location');
  const name = uri ? templateName(uri) : '';
  try {
    if (name === 'match_correct' || name === 'map_response') {
      const rules = compileRules(childElements(templateRoot(name)), model);
      return { ok: true, value: { kind: name, score: runner(model, rules) } };
    }
    const own = childElements(rp);
    if (own.length === 0) {
      return {
        ok: false,
        reason: uri
          ? `the response processing template "${name || uri}" is not supported`
          : 'the response processing is empty',
      };
    }
    const rules = compileRules(own, model);
    return { ok: true, value: { kind: 'custom', score: runner(model, rules) } };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Scoring from qti-correct-response only: each response variable that matches its correct
 * response earns 1. Used when an item's own processing cannot be evaluated. */
export function correctResponseProcessing(model: QtiItemModel): CompiledProcessing {
  const decls = [...model.responses.values()].filter((d) => d.correct.length > 0);
  return {
    kind: 'custom',
    score(input) {
      let score = 0;
      for (const decl of decls) {
        const given = Object.hasOwn(input, decl.identifier)
          ? responseValue(decl, input[decl.identifier] ?? null)
          : null;
        const correct = makeValue(decl.cardinality, decl.baseType, decl.correct);
        if (matchValues(given, correct) === true) score += 1;
      }
      return score;
    },
  };
}

/**
 * The reference scorer: SCORE of a QTI item (XML text) for the candidate's responses, as its
 * response processing (a standard template or supported custom rules) gives it.
 */
export function qtiReferenceScore(
  itemXml: string,
  responses: QtiResponses,
): { ok: true; score: number } | { ok: false; error: string } {
  const parsed = parseXml(itemXml);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  if (parsed.root.name !== 'qti-assessment-item')
    return { ok: false, error: `<${parsed.root.name}> is not a qti-assessment-item` };
  const compiled = compileProcessing(readItem(parsed.root));
  if (!compiled.ok) return { ok: false, error: compiled.reason };
  return { ok: true, score: compiled.value.score(responses) };
}

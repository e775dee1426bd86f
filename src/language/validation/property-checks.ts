import { AstUtils, CstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { isEmotionProperty, isPersona, type JourneyFile, type Kpi } from '../generated/ast.js';
import { currentOf, targetOf, type ElementWithProperties } from '../element-properties.js';
import { report } from './report.js';

/** Properties an element may list any number of times: they collect. */
const REPEATABLE = new Set([
    'PainProperty', 'OpportunityProperty', 'MeasuresProperty', 'PersonaProperty', 'BackstageProperty',
    'SupportProperty', 'PersonaPainProperty'
]);

/** A persona lists any number of goals and needs; a stage has one of each. */
const REPEATABLE_IN_PERSONA = new Set(['GoalProperty', 'NeedProperty']);

/**
 * The key under which a property holds its one value in its element, or undefined
 * when it collects. `emotion … for P` holds one value per persona.
 */
export function singleValueKey(property: AstNode, element: AstNode): string | undefined {
    if (REPEATABLE.has(property.$type) || (isPersona(element) && REPEATABLE_IN_PERSONA.has(property.$type))) {
        return undefined;
    }
    if (isEmotionProperty(property)) {
        return property.persona ? `EmotionProperty for ${property.persona.$refText}` : 'EmotionProperty';
    }
    return property.$type;
}

/** The keyword a property starts with (`owner`, `emotion`, …), as written. */
export function propertyKeyword(property: AstNode): string {
    const cst = property.$cstNode;
    const first = cst && CstUtils.flattenCst(cst).head();
    return first?.text ?? property.$type;
}

/**
 * A property that holds one value, written twice in one element: the later one is
 * an error (the first is the value every feature shows), pointing at the first.
 */
export function propertiesMustNotRepeat(element: ElementWithProperties, accept: ValidationAcceptor): void {
    const first = new Map<string, AstNode>();
    const props = element.props;
    for (let i = 0; i < props.length; i++) {
        const property = props[i];
        const key = singleValueKey(property, element);
        if (key === undefined) {
            continue;
        }
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, property);
            continue;
        }
        const keyword = describeProperty(property);
        const earlierRange = earlier.$cstNode?.range;
        const line = (earlierRange?.start.line ?? 0) + 1;
        report(accept, 'error', DiagnosticCode.RepeatedProperty,
            `${keyword} is written twice in ${element.$type === 'Kpi' ? 'KPI' : element.$type.toLowerCase()} '${element.name}' (first on line ${line}): `
            + 'the first one counts; remove one of them.',
            {
                node: property,
                relatedInformation: earlierRange ? [{
                    location: { uri: AstUtils.getDocument(element).uri.toString(), range: earlierRange },
                    message: `the first ${keyword}`
                }] : undefined
            },
            { first: earlierRange, property: propertyKeyword(property) });
    }
}

/** `'owner'`, or `'emotion … for Collector'`. */
function describeProperty(property: AstNode): string {
    const keyword = propertyKeyword(property);
    return isEmotionProperty(property) && property.persona
        ? `'${keyword} … for ${property.persona.$refText}'`
        : `'${keyword}'`;
}

/** A target and a current value of one KPI, one with `%` and one without. */
export function kpiUnitsMustAgree(kpi: Kpi, accept: ValidationAcceptor): void {
    const target = targetOf(kpi)?.quantity;
    const current = currentOf(kpi);
    if (!target || !current || target.value === undefined || current.value === undefined || target.percent === current.percent) {
        return;
    }
    const [withPercent, without] = target.percent ? ['target', 'current'] : ['current', 'target'];
    report(accept, 'warning', DiagnosticCode.KpiUnitMismatch,
        `KPI '${kpi.name}' has its ${withPercent} in % and its ${without} without: write both with % or both without. `
        + 'Until then it is neither on nor off track.',
        { node: current.$container, property: 'quantity' });
}

const TYPOGRAPHIC_QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019]/;

/**
 * Strings the lexer read between typographic quotes (`”…”`, `„…“`, `«…»`): one
 * error per string, naming the quote, with the straight-quoted text for the fix.
 */
export function stringsMustUseStraightQuotes(root: JourneyFile, accept: ValidationAcceptor): void {
    const cst = root.$cstNode;
    if (!cst || !TYPOGRAPHIC_QUOTES.test(cst.text)) {
        return;
    }
    for (const leaf of CstUtils.flattenCst(cst)) {
        if (leaf.tokenType.name !== 'STRING') {
            continue;
        }
        const open = leaf.text.charAt(0);
        const close = leaf.text.charAt(leaf.text.length - 1);
        const quote = TYPOGRAPHIC_QUOTES.test(open) ? open : TYPOGRAPHIC_QUOTES.test(close) ? close : undefined;
        if (quote === undefined) {
            continue;
        }
        const codePoint = `U+${quote.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        report(accept, 'error', DiagnosticCode.TypographicQuote,
            `Typographic quote ${quote} (${codePoint}): write the string in straight double quotes, "…".`,
            { node: leaf.astNode, range: leaf.range },
            { replacement: `"${leaf.text.slice(1, -1)}"` });
    }
}

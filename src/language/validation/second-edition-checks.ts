import { AstUtils, type Reference, type ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import {
    isEmotionProperty, isJourney, isStage, isTouchpoint,
    type ContinuesProperty, type EmotionProperty, type PainProperty, type Persona, type PersonaProperty
} from '../generated/ast.js';
import { personasOf } from '../element-properties.js';
import { propertyNode } from '../journey-cst.js';
import { report } from './report.js';

/**
 * The checks of the language's second edition: who passes a stage or touchpoint,
 * the research behind a pain, and links between journeys.
 */

/**
 * `persona P` or `emotion … for P` on a stage or touchpoint names a persona its
 * journey does not list: the map would draw a curve, or a lens, the journey never
 * declares. Unresolved names are left to unresolved-reference.
 */
export function personaMustBeInJourney(property: PersonaProperty | EmotionProperty, accept: ValidationAcceptor): void {
    const element = property.$container;
    // Most emotions name no persona: nothing to look up for them.
    if ((isEmotionProperty(property) && !property.persona) || (!isStage(element) && !isTouchpoint(element))) {
        return;
    }
    const journey = AstUtils.getContainerOfType(element, isJourney);
    if (!journey) {
        return;
    }
    const listed = new Set(personasOf(journey).map(reference => reference.ref));
    const unlisted = (reference: Reference<Persona> | undefined): Persona | undefined =>
        reference?.ref && !listed.has(reference.ref) ? reference.ref : undefined;
    const where = `${isStage(element) ? 'Stage' : 'Touchpoint'} '${element.name}'`;
    const say = (persona: Persona): string =>
        `${where} names persona '${persona.name}', which journey '${journey.name}' does not list: `
        + `add it to the journey's persona line, or name one the journey lists.`;
    const data = (persona: Persona) => ({ persona: persona.name, journey: journey.name });
    if (isEmotionProperty(property)) {
        const persona = unlisted(property.persona);
        if (persona) {
            report(accept, 'warning', DiagnosticCode.PersonaNotInJourney, say(persona), { node: property, property: 'persona' }, data(persona));
        }
        return;
    }
    property.personas.forEach((reference, index) => {
        const persona = unlisted(reference);
        if (persona) {
            report(accept, 'warning', DiagnosticCode.PersonaNotInJourney, say(persona), { node: property, property: 'personas', index }, data(persona));
        }
    });
}

/** A pain on a stage or touchpoint that cites no evidence (`from …`): a hint to base the map on research. */
export function painShouldCiteEvidence(pain: PainProperty, accept: ValidationAcceptor): void {
    // A pain without its string (while it is being typed) is a syntax error already.
    if (pain.evidence.length > 0 || pain.text === undefined) {
        return;
    }
    const text = pain.text.length > 40 ? `${pain.text.slice(0, 39)}…` : pain.text;
    // The string's range from the pain's own CST children: the same range Langium finds
    // for `property: 'text'`, without its search through the grammar for every one of the
    // thousands of such hints a large journey has.
    const range = propertyNode(pain, 'text')?.range;
    report(accept, 'hint', DiagnosticCode.PainWithoutEvidence,
        `Pain "${text}" cites no evidence: add 'from' and the evidence behind it (a survey, interviews, data).`,
        range ? { node: pain, range } : { node: pain, property: 'text' });
}

/**
 * `continues` links into another journey; pointing back into its own journey is
 * almost always meant as `next` (a step within the journey).
 */
export function continuesMustLeaveJourney(property: ContinuesProperty, accept: ValidationAcceptor): void {
    const target = property.journey?.ref;
    const own = AstUtils.getContainerOfType(property, isJourney);
    if (!target || target !== own) {
        return;
    }
    const stage = property.stage?.ref;
    report(accept, 'warning', DiagnosticCode.ContinuesOwnJourney,
        `'continues' points back into its own journey '${own.name}'${stage ? ` (stage '${stage.name}')` : ''}: `
        + 'continues links to another journey; use next for a step within this one.',
        { node: property, property: 'journey' },
        { journey: own.name, stage: stage?.name });
}

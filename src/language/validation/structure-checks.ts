import type { ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import { effectiveOwner } from '../semantics.js';
import { isNextProperty, type Journey, type NextProperty, type Stage, type Touchpoint } from '../generated/ast.js';
import { report } from './report.js';

export function journeyMustHaveStages(journey: Journey, accept: ValidationAcceptor): void {
    if (journey.stages.length === 0) {
        report(accept, 'warning', DiagnosticCode.EmptyJourney,
            `Journey '${journey.name}' has no stages.`, { node: journey, property: 'name' });
    }
}

export function stageMustHaveTouchpoints(stage: Stage, accept: ValidationAcceptor): void {
    if (stage.touchpoints.length === 0) {
        report(accept, 'warning', DiagnosticCode.EmptyStage,
            `Stage '${stage.name}' has no touchpoints.`, { node: stage, property: 'name' });
    }
}

export function touchpointMustHaveOwner(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    if (!effectiveOwner(touchpoint)) {
        report(accept, 'warning', DiagnosticCode.MissingOwner,
            `Touchpoint '${touchpoint.name}' has no owner: add one to it, its stage or its journey.`,
            { node: touchpoint, property: 'name' });
    }
}

export function nextMustNotBeSelf(touchpoint: Touchpoint, accept: ValidationAcceptor): void {
    const next = firstNext(touchpoint);
    if (next?.next?.ref === touchpoint) {
        report(accept, 'warning', DiagnosticCode.NextToSelf,
            `Touchpoint '${touchpoint.name}' leads to itself.`, { node: next, property: 'next' });
    }
}

function firstNext(touchpoint: Touchpoint): NextProperty | undefined {
    return touchpoint.props.find(isNextProperty);
}

/** Stages are unique within their journey, touchpoints within their stage. */
export function stageNamesMustBeUnique(journey: Journey, accept: ValidationAcceptor): void {
    reportDuplicates(journey.stages, 'stage', `journey '${journey.name}'`, accept);
}

export function touchpointNamesMustBeUnique(stage: Stage, accept: ValidationAcceptor): void {
    reportDuplicates(stage.touchpoints, 'touchpoint', `stage '${stage.name}'`, accept);
}

function reportDuplicates(nodes: Array<Stage | Touchpoint>, kind: string, scope: string, accept: ValidationAcceptor): void {
    const seen = new Map<string, number>();
    for (const node of nodes) {
        seen.set(node.name, (seen.get(node.name) ?? 0) + 1);
    }
    for (const node of nodes) {
        if ((seen.get(node.name) ?? 0) > 1) {
            report(accept, 'error', DiagnosticCode.DuplicateName,
                `Duplicate ${kind} '${node.name}' in ${scope}.`, { node, property: 'name' }, { kind });
        }
    }
}

import type { AnyElement, ContinuesView, JourneyMapModel, Position, Range } from './view-model.js';

/** Every element of the model (or of anything shaped like it): journeys, their stages and touchpoints, then the definitions. */
export function* allElements(model: Pick<JourneyMapModel, 'journeys' | 'owners' | 'personas' | 'kpis' | 'evidence'>): Generator<AnyElement> {
    for (const journey of model.journeys) {
        yield journey;
        for (const stage of journey.stages) {
            yield stage;
            yield* stage.touchpoints;
        }
    }
    yield* model.owners;
    yield* model.personas;
    yield* model.kpis;
    yield* model.evidence;
}

export function elementsById(model: JourneyMapModel): Map<string, AnyElement> {
    const byId = new Map<string, AnyElement>();
    for (const element of allElements(model)) {
        byId.set(element.id, element);
    }
    return byId;
}

/**
 * The innermost element written at this position of the model's own document
 * (a touchpoint before its stage, a stage before its journey), for cursor sync.
 */
export function elementAt(model: JourneyMapModel, position: Position): AnyElement | undefined {
    let found: AnyElement | undefined;
    for (const element of allElements(model)) {
        if (element.source.uri !== model.uri || !contains(element.source.range, position)) {
            continue;
        }
        if (!found || contains(found.source.range, element.source.range.start) && contains(found.source.range, element.source.range.end)) {
            found = element;
        }
    }
    return found;
}

export function contains(range: Range, position: Position): boolean {
    return !before(position, range.start) && !before(range.end, position);
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Where a `continues` leads, when it resolves: its journey's id, and the id to show (the stage's when it names one), both as that journey's own document has them. */
export function continuesTarget(continues: ContinuesView): { journeyId: string; targetId: string } | undefined {
    const journeyId = continues.journey.targetId;
    if (!journeyId || (continues.stage && !continues.stage.targetId)) {
        return undefined;
    }
    return { journeyId, targetId: continues.stage?.targetId ?? journeyId };
}

import type { AnyElement, JourneyView, StageView, TouchpointView } from '../view-model.js';
import { contentKey } from './content-key.js';
import {
    CHANGE_TYPES, DIFF_FORMAT_VERSION, type ChangeType, type ElementChange, type JourneyDiff, type PropertyChange
} from './diff-model.js';
import { matchElements, type MatchedPair, type MatchHow, type MatchPass, type MatchResult } from './element-matcher.js';
import { compareText, touchpointsOf, type JourneySnapshot } from './journey-snapshot.js';
import { propertyChanges, type MatchContext } from './property-changes.js';

/**
 * The semantic diff of two snapshots. Elements are paired by qualified name;
 * what is left is paired by the same name in another stage (a move), the same
 * title or the same content (a rename). Then every pair is compared property
 * by property, references through the pairing.
 */
export function diffSnapshots(base: JourneySnapshot, head: JourneySnapshot): JourneyDiff {
    return new SnapshotDiff(base, head).run();
}

interface JourneyMatch {
    stages: MatchResult<StageView>;
    touchpoints: MatchResult<TouchpointView>;
    /** Each touchpoint's stage, on both sides. */
    stageOf: Map<TouchpointView, StageView>;
    /** Old stage → the new stage it was paired with. */
    headStageOf: Map<StageView, StageView>;
}

const NAME_PASSES = <T extends AnyElement>(): MatchPass<T>[] => [
    { how: 'exact', key: element => element.name },
    { how: 'title', key: element => element.hasTitle ? element.title : undefined },
    { how: 'content', key: element => contentKey(element) }
];

class SnapshotDiff {
    private readonly context: MatchContext;
    private readonly changes: ElementChange[] = [];

    constructor(private readonly base: JourneySnapshot, private readonly head: JourneySnapshot) {
        this.context = { base, head, headIdOf: new Map() };
    }

    run(): JourneyDiff {
        // Pair everything first: property comparison follows references through the pairs.
        const definitions: MatchResult<AnyElement>[] = [
            this.pair(matchElements(this.base.owners, this.head.owners, NAME_PASSES())),
            this.pair(matchElements(this.base.personas, this.head.personas, NAME_PASSES())),
            this.pair(matchElements(this.base.kpis, this.head.kpis, NAME_PASSES())),
            this.pair(matchElements(this.base.evidence, this.head.evidence, NAME_PASSES()))
        ];
        const journeys = this.pair(matchElements(this.base.journeys, this.head.journeys, NAME_PASSES()));
        const inside = new Map(journeys.pairs.map(pair => [pair.head, this.matchJourney(pair)]));

        const pairedHead = new Map(journeys.pairs.map(pair => [pair.head, pair]));
        for (const journey of this.head.journeys) {
            const pair = pairedHead.get(journey);
            if (pair) {
                this.journeyChanges(pair, inside.get(journey)!);
            } else {
                this.push(this.entry('added', journey, this.head, { contains: counts(journey) }));
            }
        }
        for (const journey of journeys.removed) {
            this.push(this.entry('removed', journey, this.base, { contains: counts(journey) }));
        }
        for (const result of definitions) {
            this.definitionChanges(result);
        }
        return { version: DIFF_FORMAT_VERSION, summary: summarize(this.changes), changes: this.changes };
    }

    private pair<T extends AnyElement>(result: MatchResult<T>): MatchResult<T> {
        for (const { base, head } of result.pairs) {
            this.context.headIdOf.set(base.id, head.id);
        }
        return result;
    }

    private matchJourney({ base, head }: MatchedPair<JourneyView>): JourneyMatch {
        const stages = this.pair(matchElements(base.stages, head.stages, NAME_PASSES()));
        const headStageOf = new Map(stages.pairs.map(pair => [pair.base, pair.head]));
        const stageOf = new Map<TouchpointView, StageView>();
        for (const stage of [...base.stages, ...head.stages]) {
            for (const touchpoint of stage.touchpoints) {
                stageOf.set(touchpoint, stage);
            }
        }
        // An old touchpoint's place, in terms of the new stages: same place and name is the same touchpoint.
        const place = (touchpoint: TouchpointView, side: 'base' | 'head') => {
            const stage = stageOf.get(touchpoint)!;
            const headStage = side === 'head' ? stage : headStageOf.get(stage);
            return headStage ? `${headStage.id}\u0000${touchpoint.name}` : undefined;
        };
        const touchpoints = this.pair(matchElements(touchpointsOf(base), touchpointsOf(head), [
            { how: 'exact', key: place },
            { how: 'name', key: touchpoint => touchpoint.name },
            ...NAME_PASSES<TouchpointView>().slice(1)
        ]));
        return { stages, touchpoints, stageOf, headStageOf };
    }

    private journeyChanges(pair: MatchedPair<JourneyView>, match: JourneyMatch): void {
        const properties = propertyChanges(this.context, pair.base, pair.head);
        const order = stageOrderChange(match.stages.pairs, pair.base.stages);
        if (order) {
            properties.push(order);
        }
        this.pushPair(pair, properties, pair.head.name);
        const pairedStages = new Map(match.stages.pairs.map(stagePair => [stagePair.head, stagePair]));
        const pairedTouchpoints = new Map(match.touchpoints.pairs.map(tpPair => [tpPair.head, tpPair]));
        const added = new Set(match.touchpoints.added);
        for (const stage of pair.head.stages) {
            const stagePair = pairedStages.get(stage);
            if (stagePair) {
                this.pushPair(stagePair, propertyChanges(this.context, stagePair.base, stage), pair.head.name);
            } else {
                const touchpoints = stage.touchpoints.filter(t => added.has(t)).length;
                this.push(this.entry('added', stage, this.head, { journey: pair.head.name, contains: { touchpoints } }));
            }
            for (const touchpoint of stage.touchpoints) {
                const tpPair = pairedTouchpoints.get(touchpoint);
                if (tpPair) {
                    const moved = match.headStageOf.get(match.stageOf.get(tpPair.base)!) !== stage;
                    this.pushPair(tpPair, propertyChanges(this.context, tpPair.base, touchpoint), pair.head.name, moved);
                } else if (stagePair) {
                    this.push(this.entry('added', touchpoint, this.head, { journey: pair.head.name }));
                }
            }
            // Touchpoints removed from this stage are listed with it; those of a removed stage go with the stage.
            for (const touchpoint of match.touchpoints.removed) {
                if (stagePair && match.stageOf.get(touchpoint) === stagePair.base) {
                    this.push(this.entry('removed', touchpoint, this.base, { journey: pair.head.name }));
                }
            }
        }
        const removedTouchpoints = new Set(match.touchpoints.removed);
        for (const stage of match.stages.removed) {
            const touchpoints = stage.touchpoints.filter(t => removedTouchpoints.has(t)).length;
            this.push(this.entry('removed', stage, this.base, { journey: pair.head.name, contains: { touchpoints } }));
        }
    }

    private definitionChanges<T extends AnyElement>(result: MatchResult<T>): void {
        const entries: ElementChange[] = [];
        for (const pair of result.pairs) {
            const change = this.pairChange(pair, propertyChanges(this.context, pair.base, pair.head));
            if (change) {
                entries.push(change);
            }
        }
        entries.push(...result.added.map(element => this.entry('added', element, this.head)));
        entries.push(...result.removed.map(element => this.entry('removed', element, this.base)));
        this.changes.push(...entries.sort((a, b) => compareText(a.name, b.name) || compareText(a.change, b.change)));
    }

    private pushPair<T extends AnyElement>(pair: MatchedPair<T>, properties: PropertyChange[], journey: string, moved = false): void {
        const change = this.pairChange(pair, properties, moved);
        if (change) {
            change.journey = journey;
            this.push(change);
        }
    }

    /** The change of a paired element, or undefined when it did not change. */
    private pairChange<T extends AnyElement>(pair: MatchedPair<T>, properties: PropertyChange[], moved = false): ElementChange | undefined {
        // Its own name: a touchpoint of a renamed stage is not renamed itself.
        const renamed = pair.base.name !== pair.head.name;
        if (!moved && !renamed && properties.length === 0) {
            return undefined;
        }
        const type: ChangeType = moved ? 'moved' : renamed ? 'renamed' : 'modified';
        const change = this.entry(type, pair.head, this.head);
        if (moved || renamed) {
            change.previousName = qualifiedName(pair.base);
            change.matchedBy = matchedBy(pair.how);
        }
        change.properties = properties;
        return change;
    }

    private entry(change: ChangeType, element: AnyElement, side: JourneySnapshot, extra: Partial<ElementChange> = {}): ElementChange {
        const entry: ElementChange = {
            change,
            kind: element.kind,
            name: qualifiedName(element),
            id: element.id,
            title: element.title,
            ...extra,
            properties: [],
            location: { file: side.fileLabel(element.source.uri), line: element.source.selection.start.line + 1 }
        };
        if (element.kind === 'journey') {
            entry.journey = element.name;
        }
        return entry;
    }

    private push(change: ElementChange): void {
        this.changes.push(change);
    }
}

/** `Journey`, `Journey.Stage`, `Journey.Stage.Touchpoint`, or the name of a definition. */
export function qualifiedName(element: AnyElement): string {
    if (element.kind === 'stage' || element.kind === 'touchpoint') {
        // Ids are `kind:Journey.Stage[.Touchpoint]` (with `~n` for duplicates, which we keep out of names).
        return element.id.slice(element.kind.length + 1).replace(/~\d+$/, '');
    }
    return element.name;
}

function matchedBy(how: MatchHow): ElementChange['matchedBy'] {
    return how === 'exact' ? 'name' : how;
}

/** The stage order changed when the stages on both sides are not in the same relative order. */
function stageOrderChange(pairs: MatchedPair<StageView>[], baseStages: StageView[]): PropertyChange | undefined {
    const baseIndex = new Map(baseStages.map((stage, index) => [stage, index]));
    const inBaseOrder = [...pairs].sort((a, b) => baseIndex.get(a.base)! - baseIndex.get(b.base)!);
    if (inBaseOrder.every((pair, i) => pair === pairs[i])) {
        return undefined;
    }
    return { property: 'stage order', before: inBaseOrder.map(pair => pair.base.name), after: pairs.map(pair => pair.head.name) };
}

function counts(journey: JourneyView): { stages: number; touchpoints: number } {
    return { stages: journey.stages.length, touchpoints: touchpointsOf(journey).length };
}

function summarize(changes: ElementChange[]): JourneyDiff['summary'] {
    const summary = Object.fromEntries(CHANGE_TYPES.map(type => [type, 0])) as JourneyDiff['summary'];
    for (const change of changes) {
        summary[change.change]++;
    }
    summary.total = changes.length;
    return summary;
}

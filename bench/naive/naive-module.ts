// The naive baseline of the cold-start comparison (bench/cold.ts): the same grammar
// as a plain Langium 4.4 language with default services (scoping, linking, indexing,
// document builder, LSP module) and a validator with only DESIGN.md's checks, written
// the straightforward way. Its generated files come from langium-cli run by the bench
// on src/language/journey.langium (imports below are redirected there when bundled;
// they type-check against ours, which the same generator wrote from the same grammar).
import { AstUtils, inject, type AstNode, type ValidationAcceptor, type ValidationChecks } from 'langium';
import { createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices } from 'langium/lsp';
import type * as ast from '../../src/language/generated/ast.js';
import { JourneyGeneratedSharedModule, JourneyLanguageGeneratedModule } from '../../src/language/generated/module.js';

type Named = ast.Owner | ast.Persona | ast.Kpi | ast.Evidence;
type WithProps = { props: AstNode[] };

/** DESIGN.md's diagnostics, one check each, without caches or indexes of their own. */
function naiveChecks(services: LangiumServices): ValidationChecks<ast.JourneyAstType> {
    const references = services.references.References;
    const indexManager = services.shared.workspace.IndexManager;
    const propsOf = (node: WithProps, type: string) => node.props.filter(p => p.$type === type);
    const repeated = (single: string[]) => (node: WithProps, accept: ValidationAcceptor) => {
        for (const type of single) {
            for (const extra of propsOf(node, type).slice(1)) {
                accept('error', `'${type}' is written twice.`, { node: extra, code: 'repeated-property' });
            }
        }
    };
    const duplicateTopLevel = (node: Named, accept: ValidationAcceptor) => {
        const count = indexManager.allElements(node.$type).filter(d => d.name === node.name).count();
        if (count > 1) accept('error', `Duplicate ${node.$type} '${node.name}'.`, { node, property: 'name', code: 'duplicate-name' });
    };
    const unused = (node: Named, accept: ValidationAcceptor) => {
        if (references.findReferences(node, {}).isEmpty()) {
            accept('hint', `${node.$type} '${node.name}' is never used.`, { node, property: 'name', code: 'unused-definition', tags: [1] });
        }
    };
    const duplicatesIn = (nodes: Array<{ name: string } & AstNode>, accept: ValidationAcceptor) => {
        const seen = new Set<string>();
        for (const node of nodes) {
            if (seen.has(node.name)) accept('error', `Duplicate name '${node.name}'.`, { node, property: 'name', code: 'duplicate-name' });
            seen.add(node.name);
        }
    };
    const personasOf = (journey: ast.Journey) => new Set((journey.props.filter(p => p.$type === 'PersonaProperty') as ast.PersonaProperty[])
        .flatMap(p => p.personas.map(r => r.ref)));
    const personaInJourney = (node: ast.Stage | ast.Touchpoint, accept: ValidationAcceptor) => {
        const journey = AstUtils.getContainerOfType(node, (n): n is ast.Journey => n.$type === 'Journey');
        if (!journey) return;
        const listed = personasOf(journey);
        for (const prop of node.props) {
            const refs = prop.$type === 'PersonaProperty' ? (prop as ast.PersonaProperty).personas
                : prop.$type === 'EmotionProperty' && (prop as ast.EmotionProperty).persona ? [(prop as ast.EmotionProperty).persona!] : [];
            for (const ref of refs) {
                if (ref.ref && !listed.has(ref.ref)) accept('warning', `'${ref.$refText}' is not a persona of the journey.`, { node: prop, code: 'persona-not-in-journey' });
            }
        }
    };
    const hasOwner = (node: WithProps) => propsOf(node, 'OwnerProperty').length > 0;
    const quantity = (q: ast.Quantity) => (q.negative ? -q.value : q.value);
    return {
        Owner: [duplicateTopLevel, unused],
        Persona: [duplicateTopLevel, unused],
        Evidence: [duplicateTopLevel, unused],
        Kpi: [duplicateTopLevel, unused, (kpi, accept) => {
            const target = propsOf(kpi, 'TargetProperty')[0] as ast.TargetProperty | undefined;
            const current = propsOf(kpi, 'CurrentProperty')[0] as ast.CurrentProperty | undefined;
            if (!target) accept('warning', `KPI '${kpi.name}' has no target.`, { node: kpi, property: 'name', code: 'kpi-without-target' });
            if (!hasOwner(kpi)) accept('warning', `KPI '${kpi.name}' has no owner.`, { node: kpi, property: 'name', code: 'kpi-without-owner' });
            if (target && current) {
                if (target.quantity.percent !== current.quantity.percent) {
                    accept('warning', `KPI '${kpi.name}': target and current disagree on %.`, { node: kpi, property: 'name', code: 'kpi-unit-mismatch' });
                }
                const [t, c] = [quantity(target.quantity), quantity(current.quantity)];
                const onTrack = { '>=': c >= t, '>': c > t, '<=': c <= t, '<': c < t, '=': c === t }[target.comparator ?? '>='];
                if (!onTrack) accept('info', `KPI '${kpi.name}' is off track.`, { node: kpi, property: 'name', code: 'kpi-off-track' });
            }
        }, repeated(['TargetProperty', 'CurrentProperty', 'UnitProperty', 'DescriptionProperty', 'OwnerProperty'])],
        Journey: [(journey, accept) => {
            if (journey.stages.length === 0) accept('warning', `Journey '${journey.name}' has no stages.`, { node: journey, property: 'name', code: 'empty-journey' });
            duplicatesIn(journey.stages, accept);
            const journeys = indexManager.allElements('Journey').filter(d => d.name === journey.name).count();
            if (journeys > 1) accept('error', `Duplicate journey '${journey.name}'.`, { node: journey, property: 'name', code: 'duplicate-name' });
        }, repeated(['DescriptionProperty', 'OwnerProperty'])],
        Stage: [(stage, accept) => {
            if (stage.touchpoints.length === 0) accept('warning', `Stage '${stage.name}' has no touchpoints.`, { node: stage, property: 'name', code: 'empty-stage' });
            duplicatesIn(stage.touchpoints, accept);
        }, personaInJourney, repeated(['OwnerProperty', 'GoalProperty', 'NeedProperty'])],
        Touchpoint: [(touchpoint, accept) => {
            const stage = touchpoint.$container;
            if (!hasOwner(touchpoint) && !hasOwner(stage) && !hasOwner(stage.$container)) {
                accept('warning', `Touchpoint '${touchpoint.name}' has no owner.`, { node: touchpoint, property: 'name', code: 'missing-owner' });
            }
        }, personaInJourney, repeated(['ChannelProperty', 'OwnerProperty', 'NextProperty', 'ContinuesProperty'])],
        EmotionProperty: (emotion, accept) => {
            const value = emotion.sign === '-' ? -emotion.value : emotion.value;
            if (value < -2 || value > 2) accept('error', 'Emotion must be between -2 and +2.', { node: emotion, property: 'value', code: 'emotion-out-of-range' });
        },
        Quantity: (q, accept) => {
            if (q.percent && (quantity(q) < 0 || quantity(q) > 100)) accept('error', 'A percentage must be between 0 and 100.', { node: q, code: 'percent-out-of-range' });
        },
        NextProperty: (next, accept) => {
            if (next.next.ref === next.$container) accept('warning', 'A touchpoint cannot lead to itself.', { node: next, property: 'next', code: 'next-to-self' });
        },
        PainProperty: (pain, accept) => {
            if (pain.evidence.length === 0) accept('hint', 'This pain cites no evidence.', { node: pain, property: 'text', code: 'pain-without-evidence' });
        }
    };
}

export function createNaiveServices(context: DefaultSharedModuleContext): { shared: LangiumSharedServices; Journey: LangiumServices } {
    const shared = inject(createDefaultSharedModule(context), JourneyGeneratedSharedModule);
    const Journey = inject(createDefaultModule({ shared }), JourneyLanguageGeneratedModule);
    shared.ServiceRegistry.register(Journey);
    Journey.validation.ValidationRegistry.register(naiveChecks(Journey));
    return { shared, Journey };
}

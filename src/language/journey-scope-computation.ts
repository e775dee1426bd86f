import { DefaultScopeComputation, MultiMap, type LangiumDocument, type LocalSymbols } from 'langium';

/**
 * Only top-level owners, personas, KPIs and journeys are exported (the default).
 * Stages and touchpoints are reached through `JourneyScopeProvider`'s direct
 * lookup instead of precomputed local symbols, which would cost a description
 * (and an AST path) for every touchpoint of every file on each build.
 */
export class JourneyScopeComputation extends DefaultScopeComputation {
    override async collectLocalSymbols(_document: LangiumDocument): Promise<LocalSymbols> {
        return new MultiMap();
    }
}

import type { LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver-protocol';
import { isJourney, type JourneyFile } from '../generated/ast.js';
import { countTouchpoints, kpisOfJourney, kpisOfStage, lensSummary } from './journey-facts.js';

/** `N touchpoints · M KPIs (K off track)` above each journey and each stage. */
export class JourneyCodeLensProvider implements CodeLensProvider {
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const lenses: CodeLens[] = [];
        const root = document.parseResult.value as JourneyFile;
        for (const journey of root.elements.filter(isJourney)) {
            pushLens(lenses, journey.$cstNode?.range, lensSummary(countTouchpoints(journey), kpisOfJourney(journey)));
            for (const stage of journey.stages) {
                pushLens(lenses, stage.$cstNode?.range, lensSummary(stage.touchpoints.length, kpisOfStage(stage)));
            }
        }
        return lenses;
    }
}

function pushLens(lenses: CodeLens[], range: CodeLens['range'] | undefined, title: string): void {
    if (range) {
        // A title without an action: the lens informs, clicking it does nothing.
        lenses.push({ range: { start: range.start, end: range.start }, command: { title, command: '' } });
    }
}

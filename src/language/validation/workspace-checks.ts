import { UriUtils, type ValidationAcceptor } from 'langium';
import { DiagnosticTag } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Evidence, Journey, Kpi, Owner, Persona } from '../generated/ast.js';
import type { JourneyWorkspaceIndex } from '../journey-workspace-index.js';
import { capitalised, typeNoun } from '../vocabulary.js';
import { report } from './report.js';

type Definition = Journey | Owner | Persona | Kpi | Evidence;

/** Top-level names are unique per kind across the whole workspace. */
export function definitionNameMustBeUniqueInWorkspace(index: JourneyWorkspaceIndex) {
    return (node: Definition, accept: ValidationAcceptor): void => {
        const others = index.duplicatesOf(node);
        if (others.length === 0) {
            return;
        }
        const places = others.map(other => `${UriUtils.basename(other.documentUri)}:${(other.nameSegment?.range.start.line ?? 0) + 1}`);
        report(accept, 'error', DiagnosticCode.DuplicateName,
            `Duplicate ${typeNoun(node.$type)} '${node.name}': also defined at ${places.join(', ')}.`,
            { node, property: 'name' }, { kind: typeNoun(node.$type) });
    };
}

/** Owners, personas, KPIs and evidence that nothing in the workspace references. */
export function definitionShouldBeUsed(index: JourneyWorkspaceIndex) {
    return (node: Owner | Persona | Kpi | Evidence, accept: ValidationAcceptor): void => {
        if (!index.isReferenced(node)) {
            report(accept, 'hint', DiagnosticCode.UnusedDefinition,
                `${capitalised(typeNoun(node.$type))} '${node.name}' is never used.`,
                { node, property: 'name', tags: [DiagnosticTag.Unnecessary] });
        }
    };
}

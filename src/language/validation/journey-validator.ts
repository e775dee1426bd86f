import type { ValidationChecks } from 'langium';
import type { JourneyAstType } from '../generated/ast.js';
import type { JourneyCoreServices } from '../journey-core-module.js';
import { kpiMustHaveOwner, kpiMustHaveTarget, kpiShouldBeOnTrack } from './kpi-checks.js';
import {
    journeyMustHaveStages, nextMustNotBeSelf, stageMustHaveTouchpoints, stageNamesMustBeUnique,
    touchpointMustHaveOwner, touchpointNamesMustBeUnique
} from './structure-checks.js';
import { kpiUnitsMustAgree, propertiesMustNotRepeat, stringsMustUseStraightQuotes } from './property-checks.js';
import { continuesMustLeaveJourney, painShouldCiteEvidence, personaMustBeInJourney } from './second-edition-checks.js';
import { emotionMustBeInRange, percentMustBeInRange } from './value-checks.js';
import { definitionNameMustBeUniqueInWorkspace, definitionShouldBeUsed } from './workspace-checks.js';

/** Every check, keyed by the AST type it looks at. */
export function registerJourneyChecks(services: JourneyCoreServices): void {
    const index = services.workspace.JourneyWorkspaceIndex;
    const uniqueInWorkspace = definitionNameMustBeUniqueInWorkspace(index);
    const used = definitionShouldBeUsed(index);
    const checks: ValidationChecks<JourneyAstType> = {
        Journey: [journeyMustHaveStages, stageNamesMustBeUnique, uniqueInWorkspace, propertiesMustNotRepeat],
        Stage: [stageMustHaveTouchpoints, touchpointNamesMustBeUnique, propertiesMustNotRepeat],
        Touchpoint: [touchpointMustHaveOwner, nextMustNotBeSelf, propertiesMustNotRepeat],
        Owner: [uniqueInWorkspace, used, propertiesMustNotRepeat],
        Persona: [uniqueInWorkspace, used, propertiesMustNotRepeat],
        Kpi: [kpiMustHaveTarget, kpiMustHaveOwner, kpiShouldBeOnTrack, kpiUnitsMustAgree, uniqueInWorkspace, used, propertiesMustNotRepeat],
        Evidence: [uniqueInWorkspace, used, propertiesMustNotRepeat],
        JourneyFile: stringsMustUseStraightQuotes,
        EmotionProperty: [emotionMustBeInRange, personaMustBeInJourney],
        PersonaProperty: personaMustBeInJourney,
        PainProperty: painShouldCiteEvidence,
        ContinuesProperty: continuesMustLeaveJourney,
        Quantity: percentMustBeInRange
    };
    services.validation.ValidationRegistry.register(checks);
}

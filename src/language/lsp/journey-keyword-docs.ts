/**
 * What each keyword means where it is written, for completion items: a short
 * form as the detail and a sentence as the documentation. A definition keyword is
 * keyed by its rule (`Kpi.kpi`), a property by the element it is written in
 * (`Kpi.owner` is not `Touchpoint.owner`); the keyword alone is the fallback.
 */

import { EMOTION_RANGE, emotionText, signed } from '../vocabulary.js';

export interface KeywordDoc {
    /** How it is written, e.g. `owner Owner`. */
    form: string;
    /** What it means, in one or two sentences. */
    meaning: string;
}

const { min, max } = EMOTION_RANGE;
const EMOTION: KeywordDoc = {
    form: `emotion ${signed(min)}..${signed(max)}`,
    meaning: `How the customer feels here, from ${emotionText(min)} through 0 to ${emotionText(max)}.`
};
const PAIN: KeywordDoc = { form: 'pain "text"', meaning: 'A problem the customer meets here. Write as many as there are, one per line.' };
const OPPORTUNITY: KeywordDoc = { form: 'opportunity "text"', meaning: 'An idea that would make this moment better. Repeatable.' };
const MEASURES: KeywordDoc = { form: 'measures Kpi, Kpi', meaning: 'The KPIs that measure this, separated by commas.' };
const DESCRIPTION: KeywordDoc = { form: 'description "text"', meaning: 'A longer description, shown with the title.' };

const DOCS: Record<string, KeywordDoc> = {
    'Journey.journey': { form: 'journey Name "Title" { … }', meaning: 'A customer journey: its stages in order, each with the touchpoints where the customer meets the business.' },
    'Owner.owner': { form: 'owner Name "Title"', meaning: 'Defines an owner: the team or person who answers for journeys, stages, touchpoints and KPIs. Visible from every file of the workspace.' },
    'Persona.persona': { form: 'persona Name "Title"', meaning: 'Defines a persona: a kind of customer, with goals, needs and pains. Visible from every file of the workspace.' },
    'Kpi.kpi': { form: 'kpi Name "Title" { … }', meaning: 'Defines a KPI: a measure with a target and its current value. Visible from every file of the workspace.' },
    'Evidence.evidence': { form: 'evidence Name "Title"', meaning: 'Defines a piece of research (a survey, interviews, analytics) that pains and opportunities can cite with `from`.' },

    'Journey.description': DESCRIPTION,
    'Journey.owner': { form: 'owner Owner', meaning: 'Who answers for the journey. Stages and touchpoints without an owner of their own inherit it.' },
    'Journey.persona': { form: 'persona Persona, Persona', meaning: 'The personas who take this journey, separated by commas.' },
    'Stage.stage': { form: 'stage Name "Title" { … }', meaning: 'A phase of the journey, drawn as a column of the map. Holds the touchpoints of that phase.' },

    'Stage.owner': { form: 'owner Owner', meaning: 'Who answers for this stage. Its touchpoints without an owner of their own inherit it.' },
    'Stage.goal': { form: 'goal "text"', meaning: 'What the customer wants to achieve in this stage.' },
    'Stage.need': { form: 'need "text"', meaning: 'What the customer needs from us in this stage.' },
    'Touchpoint.touchpoint': { form: 'touchpoint Name "Title" { … }', meaning: 'A moment where the customer meets the business: a page, a mail, a call, a visit.' },

    'Touchpoint.channel': { form: 'channel web', meaning: 'Where the touchpoint happens: web, app, email, sms, social, search, ads, chat, phone, store, print, tv, event, referral, partner or other.' },
    'Touchpoint.owner': { form: 'owner Owner', meaning: 'Who answers for this touchpoint. Without one it inherits the owner of its stage, else of its journey.' },
    'Touchpoint.next': { form: 'next Touchpoint | Stage.Touchpoint', meaning: 'The touchpoint the customer goes to next: one in this stage, or `Stage.Touchpoint` in another stage of the journey.' },

    'Owner.contact': { form: 'contact "text"', meaning: 'How to reach the owner: a mail address, a chat channel, a phone number.' },
    'Owner.description': { form: 'description "text"', meaning: 'What the owner does.' },
    'Persona.description': { form: 'description "text"', meaning: 'Who this persona is.' },
    'Persona.goal': { form: 'goal "text"', meaning: 'What the persona wants to achieve. Repeatable.' },
    'Persona.need': { form: 'need "text"', meaning: 'What the persona needs from us. Repeatable.' },
    'Persona.pain': { form: 'pain "text"', meaning: 'What troubles the persona. Repeatable.' },

    'Kpi.owner': { form: 'owner Owner', meaning: 'Who answers for this KPI.' },
    'Kpi.target': { form: 'target >= 3%', meaning: 'The value to reach. With `>=` or `>` higher is better, with `<=` or `<` lower is better; `%` marks a percentage.' },
    'Kpi.current': { form: 'current 2.5%', meaning: 'The latest measured value. The KPI is on track when it satisfies the target.' },
    'Kpi.unit': { form: 'unit "min"', meaning: 'The unit the values are in, shown after them: "min", "people", "kr".' },
    'Kpi.description': DESCRIPTION,

    emotion: EMOTION,
    pain: PAIN,
    opportunity: OPPORTUNITY,
    measures: MEASURES,
    persona: { form: 'persona Persona, Persona', meaning: 'The personas who pass here, separated by commas (by default, those of the journey).' },
    for: { form: 'emotion -1 for Persona', meaning: 'Gives this emotion for one persona, beside the common one.' },
    from: { form: 'pain "text" from Evidence', meaning: 'The research this pain or opportunity comes from.' },
    by: { form: 'backstage "text" by Owner', meaning: 'Who does this work behind the touchpoint.' },
    backstage: { form: 'backstage "text"', meaning: 'Work the customer does not see that makes this touchpoint happen. Repeatable.' },
    support: { form: 'support "text"', meaning: 'A system or process behind this touchpoint. Repeatable.' },
    continues: { form: 'continues Journey | Journey.Stage', meaning: 'The journey (or its stage) the customer goes on to from here.' },
    source: { form: 'source "text"', meaning: 'Where the evidence comes from.' },
    date: { form: 'date "2026-10"', meaning: 'When the evidence was gathered.' },
    url: { form: 'url "https://…"', meaning: 'Where the evidence can be read.' },
    sample: { form: 'sample 412', meaning: 'How many people the evidence is based on.' }
};

/**
 * What `keyword` means, if it is documented: `rule` is the grammar rule the keyword
 * belongs to, `element` the type of the element the cursor is in.
 */
export function keywordDoc(rule: string | undefined, element: string | undefined, keyword: string): KeywordDoc | undefined {
    return DOCS[`${rule}.${keyword}`] ?? DOCS[`${element}.${keyword}`] ?? DOCS[keyword];
}

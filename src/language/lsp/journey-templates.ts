/**
 * The two "new journey" models, five phases and twelve steps, in the languages
 * journeys are written in here: English, Danish, Norwegian (bokmål) and Swedish,
 * each with the phase names of its own tradition (the Norwegian five phases are
 * those of examples/kundereise.journey).
 */

export type TemplateLanguage = 'en' | 'da' | 'nb' | 'sv';

export const TEMPLATE_LANGUAGES: readonly TemplateLanguage[] = ['en', 'da', 'nb', 'sv'];

export interface TemplateStage {
    name: string;
    title: string;
    touchpoint: [name: string, title: string, channel: string];
}

export interface TemplateModel {
    /** Shown after `journey` in the completion list: `journey (five phases)`. */
    label: string;
    detail: string;
    stages: TemplateStage[];
}

export interface LanguageTemplates {
    fivePhases: TemplateModel;
    twelveSteps: TemplateModel;
}

type Row = [stage: string, title: string, touchpoint: string, touchpointTitle: string, channel: string];

function model(label: string, detail: string, rows: Row[]): TemplateModel {
    return { label, detail, stages: rows.map(([name, title, t, tTitle, channel]) => ({ name, title, touchpoint: [t, tTitle, channel] })) };
}

export const TEMPLATES: Record<TemplateLanguage, LanguageTemplates> = {
    en: {
        fivePhases: model('five phases', 'Awareness, consideration, purchase, retention, advocacy', [
            ['Awareness', 'Awareness', 'SocialAds', 'Social media ads', 'social'],
            ['Consideration', 'Consideration', 'ProductPage', 'Product page', 'web'],
            ['Purchase', 'Purchase', 'Checkout', 'Checkout', 'web'],
            ['Retention', 'Retention', 'Newsletter', 'Newsletter', 'email'],
            ['Advocacy', 'Advocacy', 'Referral', 'Referral programme', 'referral']
        ]),
        twelveSteps: model('twelve steps', 'From need identification to reactivation', [
            ['NeedIdentification', 'Need identification', 'Trigger', 'A need arises', 'other'],
            ['Awareness', 'Awareness', 'SocialAds', 'Social media ads', 'social'],
            ['InformationSearch', 'Information search', 'Search', 'Search engine', 'search'],
            ['Consideration', 'Consideration', 'Comparison', 'Comparing offers', 'web'],
            ['Decision', 'Decision', 'Reviews', 'Customer reviews', 'web'],
            ['PurchaseExperience', 'Purchase experience', 'Checkout', 'Checkout', 'web'],
            ['DeliveryOnboarding', 'Delivery and onboarding', 'Welcome', 'Welcome mail', 'email'],
            ['UseEngagement', 'Use and engagement', 'FirstUse', 'First use', 'app'],
            ['Retention', 'Retention', 'Newsletter', 'Newsletter', 'email'],
            ['Satisfaction', 'Satisfaction', 'Survey', 'Satisfaction survey', 'email'],
            ['Advocacy', 'Advocacy', 'Referral', 'Referral programme', 'referral'],
            ['Reactivation', 'Reactivation', 'WinBack', 'Win-back offer', 'email']
        ])
    },
    da: {
        fivePhases: model('fem faser', 'Opmærksomhed, overvejelse, køb, opfølgning, loyalitet', [
            ['Opmærksomhed', 'Opmærksomhed', 'SocialeMedier', 'Annoncer på sociale medier', 'social'],
            ['Overvejelse', 'Overvejelse', 'Produktside', 'Produktside', 'web'],
            ['Køb', 'Køb', 'Kassen', 'Kasse og betaling', 'web'],
            ['Opfølgning', 'Opfølgning', 'Nyhedsbrev', 'Nyhedsbrev', 'email'],
            ['Loyalitet', 'Loyalitet', 'Anbefalingsprogram', 'Anbefalingsprogram', 'referral']
        ]),
        twelveSteps: model('tolv trin', 'Fra behovserkendelse til genaktivering', [
            ['Behovserkendelse', 'Behovserkendelse', 'Udløser', 'Et behov opstår', 'other'],
            ['Opmærksomhed', 'Opmærksomhed', 'SocialeMedier', 'Annoncer på sociale medier', 'social'],
            ['Informationssøgning', 'Informationssøgning', 'Søgning', 'Søgemaskine', 'search'],
            ['Overvejelse', 'Overvejelse', 'Sammenligning', 'Sammenligning af tilbud', 'web'],
            ['Beslutning', 'Beslutning', 'Anmeldelser', 'Kundeanmeldelser', 'web'],
            ['Købsoplevelse', 'Købsoplevelse', 'Kassen', 'Kasse og betaling', 'web'],
            ['LeveringOgOpstart', 'Levering og opstart', 'Velkomst', 'Velkomstmail', 'email'],
            ['BrugOgEngagement', 'Brug og engagement', 'FørsteBrug', 'Første brug', 'app'],
            ['Fastholdelse', 'Fastholdelse', 'Nyhedsbrev', 'Nyhedsbrev', 'email'],
            ['Tilfredshed', 'Tilfredshed', 'Undersøgelse', 'Tilfredshedsundersøgelse', 'email'],
            ['Anbefaling', 'Anbefaling', 'Anbefalingsprogram', 'Anbefalingsprogram', 'referral'],
            ['Genaktivering', 'Genaktivering', 'Tilbagevinding', 'Tilbud om at komme tilbage', 'email']
        ])
    },
    nb: {
        fivePhases: model('fem faser', 'Bevissthet, vurdering, kjøp, oppfølging, lojalitet', [
            ['Bevissthet', 'Bevissthet', 'SosialeMedier', 'Annonser i sosiale medier', 'social'],
            ['Vurdering', 'Vurdering', 'Produktside', 'Produktside', 'web'],
            ['Kjøp', 'Kjøp', 'Kassen', 'Kasse og betaling', 'web'],
            ['Oppfølging', 'Oppfølging', 'Nyhetsbrev', 'Nyhetsbrev', 'email'],
            ['Lojalitet', 'Lojalitet', 'Vervingsprogram', 'Vervingsprogram', 'referral']
        ]),
        twelveSteps: model('tolv steg', 'Fra behovserkjennelse til gjenaktivering', [
            ['Behovserkjennelse', 'Behovserkjennelse', 'Utløser', 'Et behov oppstår', 'other'],
            ['Bevissthet', 'Bevissthet', 'SosialeMedier', 'Annonser i sosiale medier', 'social'],
            ['Informasjonssøk', 'Informasjonssøk', 'Søk', 'Søkemotor', 'search'],
            ['Vurdering', 'Vurdering', 'Sammenligning', 'Sammenligning av tilbud', 'web'],
            ['Beslutning', 'Beslutning', 'Anmeldelser', 'Kundeanmeldelser', 'web'],
            ['Kjøpsopplevelse', 'Kjøpsopplevelse', 'Kassen', 'Kasse og betaling', 'web'],
            ['LeveringOgOppstart', 'Levering og oppstart', 'Velkomst', 'Velkomst-e-post', 'email'],
            ['BrukOgEngasjement', 'Bruk og engasjement', 'FørsteBruk', 'Første bruk', 'app'],
            ['Lojalitet', 'Lojalitet', 'Nyhetsbrev', 'Nyhetsbrev', 'email'],
            ['Tilfredshet', 'Tilfredshet', 'Undersøkelse', 'Kundetilfredshetsundersøkelse', 'email'],
            ['Anbefaling', 'Anbefaling', 'Vervingsprogram', 'Vervingsprogram', 'referral'],
            ['Gjenaktivering', 'Gjenaktivering', 'Tilbakevinning', 'Tilbud om å komme tilbake', 'email']
        ])
    },
    sv: {
        fivePhases: model('fem faser', 'Medvetenhet, överväganden, köp, uppföljning, lojalitet', [
            ['Medvetenhet', 'Medvetenhet', 'SocialaMedier', 'Annonser i sociala medier', 'social'],
            ['Överväganden', 'Överväganden', 'Produktsida', 'Produktsida', 'web'],
            ['Köp', 'Köp', 'Kassan', 'Kassa och betalning', 'web'],
            ['Uppföljning', 'Uppföljning', 'Nyhetsbrev', 'Nyhetsbrev', 'email'],
            ['Lojalitet', 'Lojalitet', 'Värvningsprogram', 'Värvningsprogram', 'referral']
        ]),
        twelveSteps: model('tolv steg', 'Från behovsidentifiering till återaktivering', [
            ['Behovsidentifiering', 'Behovsidentifiering', 'Utlösare', 'Ett behov uppstår', 'other'],
            ['Medvetenhet', 'Medvetenhet', 'SocialaMedier', 'Annonser i sociala medier', 'social'],
            ['Informationssökning', 'Informationssökning', 'Sökning', 'Sökmotor', 'search'],
            ['Överväganden', 'Överväganden', 'Jämförelse', 'Jämförelse av erbjudanden', 'web'],
            ['Beslut', 'Beslut', 'Recensioner', 'Kundrecensioner', 'web'],
            ['Köpupplevelse', 'Köpupplevelse', 'Kassan', 'Kassa och betalning', 'web'],
            ['LeveransOchIntroduktion', 'Leverans och introduktion', 'Välkomst', 'Välkomstmejl', 'email'],
            ['AnvändningOchEngagemang', 'Användning och engagemang', 'FörstaAnvändning', 'Första användningen', 'app'],
            ['Lojalitet', 'Lojalitet', 'Nyhetsbrev', 'Nyhetsbrev', 'email'],
            ['Nöjdhet', 'Nöjdhet', 'Enkät', 'Nöjdhetsenkät', 'email'],
            ['Rekommendation', 'Rekommendation', 'Värvningsprogram', 'Värvningsprogram', 'referral'],
            ['Återaktivering', 'Återaktivering', 'Återvinning', 'Erbjudande om att komma tillbaka', 'email']
        ])
    }
};

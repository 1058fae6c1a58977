//! The texts of the council report (PDF), and the labels that say what they mean (issue 19).

/// Appends this file's texts to those gathered so far and passes them on (see `mod.rs`).
macro_rules! report_texts {
    ([$($gathered:tt)*] $next:ident $($later:ident)*) => {
        $next! { [$($gathered)*
        // --- The council report (PDF) ---
        CouncilReport => "Raadsrapportage", "Council report";
        CouncilTitle => "Kosten en baten van werk onder de Participatiewet", "Costs and benefits of work under the Participatiewet";
        CouncilModel => "Model", "Model";
        CouncilDate => "Datum", "Date";
        CouncilSummary => "Samenvatting", "Summary";
        CouncilPlots => "Grafieken", "Plots";
        CouncilAssumptions => "Aannames en bronnen", "Assumptions and sources";
        CouncilAssumptionsIntro => "Elk gegeven dat de berekening gebruikt, met zijn waarde en herkomst; aannames zijn gemarkeerd met [aanname].", "Every figure the computation uses, with its value and source; assumptions are marked [assumption].";
        CouncilVaried => "Onzekere parameters", "Uncertain parameters";
        CouncilRange => "Bandbreedte", "Range";
        CouncilCompareIntro => "Alle scenario's van het model naast elkaar.", "Every scenario of the model side by side.";
        CouncilSheetNote => "Bedragen per plek per jaar in het eerste jaar; het saldo van het overzicht is de balans van de plek, wie ook betaalt.", "Amounts per place per year in the first year; the sheet's net is the balance of the place, whoever pays.";
        CouncilExplained => "Het verschil verklaard", "The difference explained";
        CouncilExplainedInput => "Invoer", "Input";
        CouncilExplainedEffect => "Effect", "Effect";
        // --- Issue 19: labels that say what they mean ---
        BreakEvenMunicipality => "Break-even loonwaarde gemeente (P-budget + BUIG)", "Break-even wage value (municipality: P-budget + BUIG)";
        BreakEvenMunicipalityShort => "Break-even gemeente", "Break-even municipality";
        BreakEvenBuigShort => "Break-even BUIG", "Break-even BUIG";
        BreakEvenMunicipalityExplain => "loonwaarde vanaf waar het saldo van de gemeente, P-budget en BUIG samen, niet negatief is; de loonkostensubsidie volgt de loonwaarde", "wage value from which the municipality's net, participation budget and BUIG together, is not negative; the wage-cost subsidy follows the wage value";
        BreakEvenMunicipalityGains => "geen: de gemeente verliest bij geen enkele loonwaarde", "none: the municipality loses at no wage value";
        BreakEvenMunicipalityLoses => "geen: de gemeente verliest bij elke loonwaarde, ook zonder loonkostensubsidie", "none: the municipality loses at every wage value, even without wage-cost subsidy";
        McBreakEvenMunicipality => "Break-even loonwaarde gemeente (P-budget + BUIG) over de trekkingen", "Break-even wage value (municipality: P-budget + BUIG) over the samples";
        McBreakEvenMunicipalityShare => "Trekkingen waarin de loonwaarde de break-even van de gemeente haalt", "Samples whose wage value reaches the municipality's break-even";
        McBreakEvenMunicipalityNone => "In geen enkele trekking heeft de gemeente een break-even binnen 0–100 % loonwaarde.", "In no sample does the municipality break even within 0–100 % wage value.";
        McDriversTip => "Technisch: de rangcorrelatie (Spearman) tussen elke onzekere invoer en de NCW over de trekkingen: 1 of −1 beweegt volledig mee of tegen, 0 hangt er niet mee samen.", "Technically: the rank correlation (Spearman) between each uncertain input and the NPV over the samples: 1 or −1 moves fully with or against it, 0 is unrelated.";
        McSeedTip => "Hetzelfde startgetal geeft op elke computer dezelfde trekkingen en dus dezelfde uitkomsten (technisch: de seed van de toevalsgenerator).", "The same starting number gives the same samples, and so the same results, on any computer (technically: the random generator's seed).";
        McPositiveTip => "Het aandeel trekkingen waarin de uitkomst positief is.", "The share of samples in which the outcome is positive.";
        NoneWord => "geen", "none";
        PresenterBreakEvenMunicipalityUnit => "saldo gemeente = 0", "municipality net = 0";
        ExportRunning => "Bezig met exporteren naar", "Exporting to";
        ExportBusy => "Er loopt al een export; wacht tot die klaar is", "An export is already running; wait until it is done";
        FitPreview => "Zo staat deze weergave op het scherm (1280×720; 1920×1080 is dezelfde indeling, groter)", "How this view stands on the screen (1280×720; 1920×1080 is the same layout, larger)";
        FitOk => "Past op het scherm", "Fits the screen";
        FitControls => "Te veel schuifregelaars voor het scherm; er passen er", "Too many sliders for the screen; the number that fit is";
        FitPlots => "De grafieken worden te klein om te lezen: kies minder grafieken, cijfers of schuifregelaars", "The plots get too small to read: choose fewer plots, figures or sliders";
        FitBars => "De balken per partij worden te klein om te lezen: kies minder cijfers of een grafiek minder", "The bars per party get too small to read: choose fewer figures or one plot fewer";
        FitFigures => "De grote cijfers nemen bijna het hele scherm: kies er minder", "The large figures take up nearly the whole screen: choose fewer";
        NeedsYears => "Deze grafiek loopt over de jaren en heeft een looptijd van meer dan één jaar nodig; dit model rekent met één jaar.", "This plot runs over the years and needs a horizon of more than one year; this model covers one year.";
        ] $($later)* }
    };
}

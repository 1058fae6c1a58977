//! Every user-facing text, in Dutch and English, in one table.

use serde::{Deserialize, Serialize};

use crate::model::{Actor, LineKey, Texts};

/// The language of the user interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Nederlands (default).
    #[default]
    Nl,
    /// English.
    En,
}

macro_rules! texts {
    ($($(#[$doc:meta])* $name:ident => $nl:literal, $en:literal;)*) => {
        /// A user-facing text; [`Lang::tr`] gives it in a language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Text {
            $($(#[$doc])* $name,)*
        }

        impl Text {
            /// Every text, for completeness checks.
            pub const ALL: &'static [Text] = &[$(Text::$name,)*];

            fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(Text::$name => ($nl, $en),)*
                }
            }
        }
    };
}

texts! {
    SheetTitle => "Kosten-batenoverzicht", "Cost-benefit sheet";
    PerPlacePerYear => "per plek per jaar", "per place per year";
    Costs => "Kosten", "Costs";
    Benefits => "Baten", "Benefits";
    Total => "Totaal", "Total";
    Net => "Saldo", "Net result";
    Computed => "Berekend", "Computed";
    Published => "Gepubliceerd", "Published";
    Difference => "Verschil", "Difference";
    ReferenceFigures => "Gepubliceerde cijfers", "Published figures";
    WageSubsidy => "Loonkostensubsidie", "Wage-cost subsidy";
    Coaching => "Begeleiding", "Coaching";
    Workplace => "Werkplekkosten", "Workplace costs";
    WorkplaceAdaptation => "Werkplekaanpassing", "Workplace adaptation";
    Administration => "Uitvoeringskosten", "Administration costs";
    WageValue => "Loonwaarde", "Wage value";
    ActorMunicipalityParticipation => "Gemeente (P-budget)", "Municipality (participation budget)";
    ActorMunicipalityBuig => "Gemeente (BUIG)", "Municipality (BUIG)";
    ActorNationalGovernment => "Rijk en fondsen", "National government and funds";
    ActorEmployer => "Werkgever / SW-bedrijf", "Employer / SW company";
    ActorWorker => "Werknemer", "Worker";
    ActorRestOfSociety => "Rest van de samenleving", "Rest of society";
    WhoPaysWhoBenefits => "Wie betaalt, wie profiteert", "Who pays, who benefits";
    Actor => "Partij", "Actor";
    MunicipalityTotal => "Gemeente samen", "Municipality together";
    SocietyTotal => "Samenleving (som van alle partijen)", "Society (sum of all actors)";
    BreakEven => "Break-even loonwaarde gemeente", "Break-even wage value (municipality)";
    BreakEvenExplain => "loonwaarde waarbij de loonkostensubsidie gelijk is aan de bespaarde uitkering", "wage value at which the wage-cost subsidy equals the benefit saved";
    BreakEvenEveryWageValue => "geen: de bespaarde uitkering is bij elke loonwaarde hoger dan de subsidie", "none: the benefit saved exceeds the subsidy at every wage value";
    BreakEvenNoBenefit => "geen: er wordt geen uitkering bespaard", "none: no benefit is saved";
    BreakEvenNoWageCost => "geen: er is geen loonsom", "none: there is no wage cost";
    StayingHome => "Maatschappelijke kosten thuiszitten", "Societal cost of staying home";
    StayingHomeExplain => "klanten × bedrag per klant per jaar × jaren", "clients × amount per client per year × years";
    BenefitSavedPerYear => "Bespaarde uitkering per jaar", "Benefit saved per year";
    Npv => "Netto contante waarde (NCW)", "Net present value (NPV)";
    Scenario => "Scenario", "Scenario";
    BudgetTitle => "P-budget", "Participation budget";
    BudgetTotal => "Beschikbaar P-budget", "Participation budget available";
    BudgetGroup => "Klantgroep", "Client group";
    BudgetClients => "Klanten", "Clients";
    BudgetWithoutTrajectory => "Zonder traject", "Without trajectory";
    BudgetSpending => "Uit P-budget", "From P-budget";
    BudgetOtherSpending => "Uit BUIG / gemeente", "From BUIG / municipality";
    BudgetReserved => "Gereserveerd", "Reserved";
    BudgetMovedToLocal => "Naar lokaal handgeld", "Moved to local budget";
    BudgetLocal => "Lokaal handgeld", "Local budget";
    BudgetMunicipality => "Gemeente", "Municipality";
    BudgetContribution => "Inbreng", "Contribution";
    BudgetPart => "Deel", "Part";
    BudgetPlannedUse => "Gepland", "Planned";
    BudgetPlanned => "Totaal gepland", "Total planned";
    BudgetRoom => "Ruimte voor onvoorzien", "Room for the unforeseen";
    BudgetOverspent => "Overschrijding", "Overspending";
    BudgetNextStep => "Klanten die de volgende stap maken", "Clients making the next step";
    BudgetAssumption => "aanname", "assumption";
    BudgetFromSource => "uit brondocument", "from source document";
    BudgetGroups => "Klantgroepen", "Client groups";
    BudgetInstrument => "Instrument", "Instrument";
    BudgetUnitCost => "Per eenheid", "Per unit";
    BudgetUnits => "Aantal", "Units";
    BudgetPayer => "Betaald uit", "Paid from";
    BudgetAmount => "Bedrag", "Amount";
    BudgetPayerParticipation => "P-budget", "P-budget";
    BudgetPayerBuig => "BUIG", "BUIG";
    BudgetPayerMunicipality => "gemeente", "municipality";
    BudgetNotCounted => "niet ten laste van het P-budget", "not charged to the participation budget";
    BudgetReserves => "Reserveringen", "Reserves";
    BudgetReserveNote => "Verschuiven verandert het totaal gepland niet", "Moving it does not change the total planned";
    BudgetBase => "basis", "base";
    BudgetShare => "Aandeel", "Share";
    BudgetUnplanned => "Ongepland", "Unplanned";
    BudgetAddMunicipality => "Gemeente toevoegen", "Add municipality";
    BudgetRemoveMunicipality => "Verwijder", "Remove";
    BudgetNewMunicipality => "Nieuwe gemeente", "New municipality";
    BudgetMunicipalityName => "Naam gemeente", "Name of municipality";
    BudgetNoMunicipalities => "Geen gemeenten: het lokaal handgeld wordt over niemand verdeeld", "No municipalities: the local budget is split over no one";
    BudgetPartsChart => "Deel per gemeente", "Part per municipality";
    BudgetConsequences => "Gevolgen", "Consequences";
    BudgetClientsUnit => "klanten zonder traject", "clients without trajectory";
    BudgetPerClientPerYear => "per klant per jaar", "per client per year";
    BudgetCostPerClient => "Kosten per klant per jaar", "Cost per client per year";
    BudgetYears => "Jaren", "Years";
    BudgetYearsUnit => "jaar", "year(s)";
    BudgetNextStepPct => "Maakt de volgende stap", "Makes the next step";
    BudgetTrajectories => "trajecten", "trajectories";
    BudgetGroupsPlanned => "klantgroepen", "client groups";
    BudgetRoomExplain => "beschikbaar P-budget − totaal gepland", "participation budget available − total planned";
    Year => "Jaar", "Year";
    AnalysisTab => "Analyse", "Analysis";
    PerYear => "Per jaar", "Per year";
    CalendarYear => "Kalenderjaar", "Calendar year";
    GoalSeekCurve => "Uitkomst tegen de parameter", "Output against the parameter";
    GoalSeekCurrent => "Huidige waarde", "Current value";
    GoalSeekSolution => "Doel bereikt", "Target reached";
    LockInWageValue => "Loonwaarde (regulier)", "Wage value (regular)";
    LockInSupported => "LKS en begeleiding", "LKS and coaching";
    Yes => "ja", "yes";
    No => "nee", "no";
    MenuScenario => "Scenario", "Scenario";
    CmdDuplicateScenario => "Scenario dupliceren", "Duplicate scenario";
    CmdRenameScenario => "Scenario hernoemen…", "Rename scenario…";
    CmdDeleteScenario => "Scenario verwijderen", "Delete scenario";
    CmdMoveScenarioUp => "Scenario naar voren", "Move scenario up";
    CmdMoveScenarioDown => "Scenario naar achteren", "Move scenario down";
    RenameScenarioTitle => "Scenario hernoemen", "Rename scenario";
    RenameScenarioName => "Nieuwe naam", "New name";
    RenameScenarioOk => "Hernoemen", "Rename";
    GoalSeek => "Doelzoeken", "Goal seek";
    GoalSeekOutput => "Uitkomst", "Output";
    GoalSeekParam => "Te variëren parameter", "Parameter to vary";
    GoalSeekTarget => "Doelwaarde", "Target";
    GoalSeekResult => "Bereikt bij", "Reached at";
    GoalSeekNone => "geen waarde binnen het bereik", "no value in range";
    GoalSeekApply => "Toepassen", "Apply";
    GoalSeekExplain => "de waarde van de parameter waarbij de uitkomst de doelwaarde bereikt; de rest blijft gelijk", "the parameter value at which the output reaches the target; everything else stays the same";
    OutputNet => "Saldo overzicht (per plek per jaar)", "Sheet net (per place per year)";
    OutputMunicipalityNet => "Saldo gemeente (per plek per jaar)", "Municipality net (per place per year)";
    OutputSocietyNet => "Saldo samenleving (per plek per jaar)", "Society net (per place per year)";
    OutputActorNet => "Saldo", "Net";
    OutputNpv => "NCW, alle partijen", "NPV, all actors";
    OutputMunicipalityNpv => "NCW gemeente", "NPV, municipality";
    Tornado => "Gevoeligheid (tornado)", "Sensitivity (tornado)";
    TornadoVariation => "Variatie ±", "Variation ±";
    TornadoFullRange => "Over het hele bereik", "Over the whole range";
    TornadoLow => "Lage waarde", "Low value";
    TornadoHigh => "Hoge waarde", "High value";
    TornadoHint => "Klik op een balk om die parameter te kiezen.", "Click a bar to select that parameter.";
    TornadoAxis => "Verandering van de uitkomst", "Change of the output";
    HorizonTitle => "Over de jaren", "Over the years";
    HorizonNominal => "cumulatief", "cumulative";
    HorizonDiscounted => "contant gemaakt", "discounted";
    PriceConvention => "Constante prijzen van de start: jaar 1 rekent met de bedragen die gelden op de eerste dag van de startmaand, elk volgend jaar groeit alles (lonen, normen, kosten, belastingschijven) alleen met de reële groei; de discontovoet is daarom reëel (MKBA-standaard 2,25 %).", "Constant prices of the start: year 1 uses the figures in force on the first day of the start month, every later year grows everything (wages, norms, costs, tax brackets) by the real growth only; the discount rate is therefore real (MKBA standard 2.25%).";
    LockIn => "Lock-in of revolving credit", "Lock-in or revolving credit";
    LockInSheltered => "Beschutte plek (blijvend)", "Sheltered place (permanent)";
    LockInRevolving => "Regulier werk met LKS (tijdelijk)", "Regular job with LKS (temporary)";
    LockInRevolvingScenario => "Regulier werk volgens scenario", "Regular job as in scenario";
    LockInRise => "Stijging loonwaarde per jaar", "Wage value rise per year";
    LockInIndependent => "Zelfstandig vanaf loonwaarde", "Independent from wage value";
    LockInMunicipalityCost => "Cumulatieve kosten gemeente", "Cumulative cost to the municipality";
    LockInExplain => "Een beschutte plek bindt voor 20 of 30 jaar; LKS en begeleiding stoppen zodra de werknemer zelfstandig is.", "A sheltered place binds for 20 or 30 years; LKS and coaching stop once the worker is independent.";
    Compare => "Scenario's vergelijken", "Compare scenarios";
    CompareHint => "Kies 2 tot 4 scenario's; verschillen ten opzichte van het eerste gekozen scenario.", "Choose 2 to 4 scenarios; differences against the first one chosen.";
    CompareNpvSociety => "Cumulatieve contante waarde, alle partijen", "Cumulative net present value, all actors";
    // --- The desktop app ---
    AppTitle => "Kostenbaten", "Kostenbaten";
    MenuFile => "Bestand", "File";
    MenuEdit => "Bewerken", "Edit";
    MenuView => "Beeld", "View";
    CmdNew => "Nieuw", "New";
    CmdOpen => "Openen…", "Open…";
    CmdSave => "Opslaan", "Save";
    CmdSaveAs => "Opslaan als…", "Save as…";
    CmdQuit => "Afsluiten", "Quit";
    CmdUndo => "Ongedaan maken", "Undo";
    CmdRedo => "Opnieuw", "Redo";
    CmdResetAll => "Alle parameters terugzetten", "Reset all parameters";
    RecentFiles => "Recente bestanden", "Recent files";
    NoRecentFiles => "(nog geen)", "(none yet)";
    ClearRecent => "Lijst wissen", "Clear list";
    ThemeLabel => "Thema", "Theme";
    ThemeSystem => "Systeem", "System";
    ThemeLight => "Licht", "Light";
    ThemeDark => "Donker", "Dark";
    LanguageLabel => "Taal", "Language";
    Parameters => "Parameters", "Parameters";
    LksCapped => "begrensd op het maximum", "capped at the maximum";
    LksEffective => "Toegepast", "Applied";
    BenefitAmount => "Eigen bedrag", "Own amount";
    ParamBenefitAmount => "Bedrag per jaar", "Amount per year";
    YearsUnit => "jaar", "years";
    FromSource => "uit brondocument", "from source document";
    ResetTo => "Terugzetten op de waarde uit het model", "Reset to the model's value";
    ResetShort => "terug", "reset";
    SheetNetPerPlace => "Balans van de plek per jaar", "Balance of the place per year";
    MunicipalityNet => "Saldo gemeente per plek per jaar", "Municipality net per place per year";
    SocietyNetCard => "Saldo samenleving per plek per jaar", "Society net per place per year";
    SocietyNetExplain => "loonwaarde − werkelijke kosten (begeleiding, werkplek, aanpassing, uitvoering) + vermeden maatschappelijke kosten, wie ook betaalt", "wage value − real resources (coaching, workplace, adaptation, administration) + societal cost avoided, whoever pays";
    SheetNetMeaning => "balans van de plek zoals de dia's die tekenen: wat de plek kost tegenover wat erop terugkomt, wie ook betaalt; voor de gemeente en de samenleving zie Wie betaalt, wie profiteert", "balance of the place as the slides draw it: what the place costs against what comes back, whoever pays; for the municipality and society see Who pays, who benefits";
    WageValueInclCharges => "incl. werkgeverslasten", "incl. employer charges";
    Pm => "pm", "pm";
    NpvShort => "NCW", "NPV";
    BudgetWholeYears => "telt hele jaren: een plan dat in de loop van het jaar begint, telt het eerste jaar volledig mee", "counts whole years: a plan that starts during the year counts its first year in full";
    StayingHomeOver => "Thuiszitten kost", "Staying home costs";
    CostOfActing => "Kosten van inzetten (gemeente)", "Cost of acting (municipality)";
    WrongPocket => "Verkeerde zak: de gemeente betaalt, anderen profiteren", "Wrong pocket: the municipality pays, others benefit";
    NoWrongPocket => "De gemeente wint zelf ook", "The municipality gains too";
    Gains => "wint", "gains";
    Pays => "betaalt", "pays";
    PlotActors => "Kosten en baten per partij", "Costs and benefits per actor";
    PlotWageValue => "Saldo tegen loonwaarde", "Net result against wage value";
    PlotHorizon => "Niets doen tegenover inzetten, cumulatief", "Doing nothing against acting, cumulative";
    AxisAmountPerYear => "€ per plek per jaar", "€ per place per year";
    AxisWageValue => "Loonwaarde (% WML)", "Wage value (% of minimum wage)";
    AxisYears => "Jaar", "Year";
    AxisCumulative => "€ cumulatief", "€ cumulative";
    SeriesSheetNet => "Saldo overzicht", "Sheet net";
    SeriesMunicipalityNet => "Saldo gemeente", "Municipality net";
    SeriesSocietyNet => "Saldo samenleving", "Society net";
    SeriesCurrent => "Huidige loonwaarde", "Current wage value";
    SeriesStayingHome => "Thuiszitten (maatschappelijke kosten)", "Staying home (societal cost)";
    SeriesActing => "Inzetten (kosten gemeente)", "Acting (municipality cost)";
    UnsavedTitle => "Niet-opgeslagen wijzigingen", "Unsaved changes";
    UnsavedQuestion => "Wilt u de wijzigingen in dit model opslaan?", "Do you want to save the changes to this model?";
    DontSave => "Niet opslaan", "Don't save";
    Cancel => "Annuleren", "Cancel";
    ErrorOpen => "Openen mislukt", "Could not open";
    ErrorSave => "Opslaan mislukt", "Could not save";
    ErrorModel => "Rekenen mislukt", "Could not compute";
    Dismiss => "Sluiten", "Dismiss";
    DismissMessage => "Melding sluiten", "Dismiss message";
    RecoveryFound => "Er is niet-opgeslagen werk van een vorige sessie gevonden.", "Unsaved work from a previous session was found.";
    RecoveryRestore => "Herstellen", "Restore";
    RecoveryDiscard => "Weggooien", "Discard";
    DropHere => "Laat een .ron-bestand los om het te openen", "Drop a .ron file to open it";
    NewModelName => "Nieuw model", "New model";
    NewScenarioName => "Scenario 1", "Scenario 1";
    Untitled => "niet opgeslagen", "not saved";
    FileFilterName => "Kostenbatenmodel", "Cost-benefit model";
    Saved => "Opgeslagen", "Saved";
    Description => "Over dit model", "About this model";
    PerYearSuffix => "per jaar", "per year";
    AnalysisUpdating => "bijwerken…", "updating…";
    SourcesTab => "Bronnen", "Sources";
    SourcesIntro => "Elk gegeven dat dit scenario gebruikt, met zijn waarde en herkomst.", "Every figure this scenario uses, with its value and where it comes from.";
    SourcesFigure => "Gegeven", "Figure";
    SourcesValue => "Waarde", "Value";
    SourcesOrigin => "Herkomst", "Source";
    SourcesYearTable => "jaartabel", "year table";
    SourcesModelFile => "modelbestand", "model file";
    SourcesNoSourceGiven => "geen bron vermeld", "no source given";
    SourcesChangedByUser => "door u gewijzigd", "changed by you";
    SourcesDefault => "standaardwaarde", "default value";
    SourcesAssumption => "aanname", "assumption";
    SourcesMinimumWage => "Minimumloon per maand (bij de start)", "Minimum wage per month (at the start)";
    SourcesEmployerCostRate => "Werkgeverslastenvergoeding LKS", "LKS employer-cost compensation";
    SourcesBenefitSingle => "Bijstandsnorm alleenstaande per maand", "Benefit norm, single, per month";
    SourcesBenefitCouple => "Bijstandsnorm gehuwden/samenwonenden per maand", "Benefit norm, married/cohabiting, per month";
    SourcesComputed => "berekend", "computed";
    SourcesFirstBracket => "Tarief eerste schijf (belasting en premies volksverzekeringen)", "First-bracket rate (tax and national insurance)";
    SourcesGeneralCredit => "Algemene heffingskorting (maximum per jaar)", "General tax credit (maximum per year)";
    SourcesLabourCredit => "Arbeidskorting (maximum per jaar)", "Labour tax credit (maximum per year)";
    SourcesWageTax => "Loonheffing op het loon per jaar (naar Rijk en fondsen)", "Wage tax on the wage per year (to the national government)";
    SourcesNetWage => "Nettoloon per jaar", "Net wage per year";
    SourcesTopUp => "Aanvullende bijstand per jaar", "Top-up benefit per year";
    NpvConvention => "Noot: NCW in constante prijzen van de start, reële groei en reële discontovoet van elk scenario; jaar 1 met de bedragen op de eerste dag van de startmaand.", "Note: NPV in constant prices of the start, each scenario's real growth and real discount rate; year 1 with the figures in force on the first day of the start month.";
    UncertaintyTab => "Onzekerheid", "Uncertainty";
    UncertaintyEmpty => "Geef een parameter een bandbreedte met ± in het paneel", "Give a parameter a range with ± in the panel";
    UncertaintyEmptyHint => "Met een bandbreedte (minimum, meest waarschijnlijk, maximum) trekt het programma duizenden keren een waarde en laat het zien hoe zeker de uitkomst is.", "With a range (minimum, most likely, maximum) the program draws a value thousands of times and shows how certain the outcome is.";
    RangeToggle => "Bandbreedte", "Range";
    RangeToggleHint => "Bandbreedte: geef deze parameter een onzekerheid voor de tab Onzekerheid", "Range: give this parameter an uncertainty for the Uncertainty tab";
    DistFixed => "Vast", "Fixed";
    DistTriangular => "Driehoek", "Triangular";
    DistPert => "PERT", "PERT";
    DistNormal => "Normaal", "Normal";
    DistUniform => "Uniform", "Uniform";
    RangeMin => "min", "min";
    RangeMode => "waarschijnlijk", "likely";
    RangeMax => "max", "max";
    RangeMean => "gemiddelde", "mean";
    RangeSd => "sd", "sd";
    McSamples => "Trekkingen", "Samples";
    McSeed => "Seed", "Seed";
    McMean => "Gemiddelde", "Mean";
    McPositive => "P(positief)", "P(positive)";
    McOutput => "Uitkomst", "Output";
    McTable => "Spreiding van de uitkomsten", "Spread of the outcomes";
    McHistogram => "Verdeling", "Distribution";
    McShareOfSamples => "aandeel trekkingen", "share of samples";
    McFan => "Waaier over de jaren (cumulatief, contant)", "Fan chart over the years (cumulative, discounted)";
    McBand90 => "P5–P95", "P5–P95";
    McBand50 => "P25–P75", "P25–P75";
    McMedian => "mediaan", "median";
    McMunicipality => "Gemeente", "Municipality";
    McSociety => "Samenleving", "Society";
    McDrivers => "Wat de spreiding drijft (rangcorrelatie met de NCW)", "What drives the spread (rank correlation with the NPV)";
    McSeeTornado => "Vergelijk met de tornado in Analyse", "Compare with the tornado in Analysis";
    McBreakEven => "Break-evenloonwaarde over de trekkingen", "Break-even wage value over the samples";
    McBreakEvenShare => "Trekkingen waarin de loonwaarde het break-evenpunt haalt", "Samples whose wage value reaches the break-even point";
    McRunning => "rekenen…", "computing…";
    McYear1 => "jaar 1, per plek", "year 1, per place";
    McNpv => "NCW", "NPV";
    McAllClients => "alle klanten", "all clients";
    McNetMunicipality => "Saldo gemeente", "Municipality net";
    McNetSociety => "Saldo samenleving", "Society net";
    McNpvMunicipality => "NCW gemeente", "NPV municipality";
    McNpvSociety => "NCW samenleving", "NPV society";
    McBreakEvenNone => "In geen enkele trekking dekt de besparing op de uitkering de LKS.", "In no sample does the benefit saved cover the LKS.";
    RangeKind => "Soort verdeling", "Kind of distribution";
    McSampleNote => "trekkingen; de waaier, de drijvers en het break-evenpunt uit de eerste", "samples; the fan chart, drivers and break-even from the first";
    ExplainTitle => "Verschil verklaard", "The difference explained";
    ExplainStart => "Begin", "Start";
    ExplainEnd => "Eind", "End";
    ExplainMethodSequential => "Methode: één voor één in een vaste volgorde (plaatsing; jaar, startmaand en eigen jaartabelwaarden; dan de andere parameters in de volgorde van het paneel); elk effect is de uitkomst na de wissel min die ervoor, dus de uitkomst hangt af van de volgorde waar parameters samenwerken.", "Method: one at a time in a fixed order (placement; year, start month and own year-table figures; then the other parameters in the panel's order); each effect is the output after the switch minus before it, so it depends on the order where parameters interact.";
    ExplainMethodAverage => "Methode: gemiddelde over alle volgordes (Shapley-waarden), exact berekend; hangt niet af van de volgorde, een samenwerking van parameters wordt gelijk verdeeld. Effecten op centen afgerond.", "Method: the average over all orders (Shapley values), computed exactly; it does not depend on the order, an interaction is shared equally. Effects rounded to cents.";
    ExplainResidual => "Het afrondingsrestant staat bij het grootste effect:", "The rounding residual is on the largest effect:";
    ExplainFrom => "Van", "From";
    ExplainTo => "Naar", "To";
    ExplainMethod => "Methode", "Method";
    ExplainSequentialShort => "Eén voor één (vaste volgorde)", "One at a time (fixed order)";
    ExplainAverageShort => "Gemiddelde over alle volgordes", "Average over all orders";
    ExplainNoDifference => "Deze scenario's verschillen niet.", "These scenarios do not differ.";
    ExplainAxis => "bijdrage aan het verschil", "contribution to the difference";
    ExplainOutput => "Te verklaren uitkomst", "Output explained";
    TradeOffTitle => "Afwegingen in één oogopslag", "Trade-offs at a glance";
    TradeOffOutput => "Gekleurde uitkomst", "Output shaded";
    TradeOffX => "Horizontaal", "Horizontal";
    TradeOffY => "Verticaal", "Vertical";
    TradeOffBreakEven => "Break-even (uitkomst = 0)", "Break-even (output = 0)";
    TradeOffCurrent => "Dit scenario", "This scenario";
    CmdStartPresentation => "Presentatie starten", "Start presentation";
    CmdStopPresentation => "Presentatie stoppen", "Stop presentation";
    CmdNextView => "Volgende weergave", "Next view";
    CmdPreviousView => "Vorige weergave", "Previous view";
    CmdKeepWhatIf => "Bewaar in scenario (K)", "Keep in scenario (K)";
    CmdResetWhatIf => "Terug naar scenario", "Back to scenario";
    CmdEditPresentation => "Presentatie bewerken…", "Edit presentation…";
    CmdAddCurrentView => "Huidige weergave toevoegen", "Add current view";
    PresentationTitle => "Presentatie", "Presentation";
    PresentationNoViews => "Nog geen weergaven. Kies een scenario en voeg het toe; zonder weergaven toont F5 het getoonde scenario.", "No views yet. Pick a scenario and add it; without views F5 shows the scenario shown.";
    PresentationViewTitle => "Titel", "Title";
    PresentationCaption => "Onderschrift", "Caption";
    PresentationControls => "Schuifregelaars (hooguit 6)", "Sliders (at most 6)";
    PresentationFigures => "Cijfers", "Figures";
    PresentationPlots => "Grafieken (hooguit 2)", "Plots (at most 2)";
    PresentationMoveUp => "Weergave omhoog", "Move view up";
    PresentationMoveDown => "Weergave omlaag", "Move view down";
    PresentationDeleteView => "Weergave verwijderen", "Delete view";
    PresenterNotYetAvailable => "niet beschikbaar", "not available";
    PresenterKeysHint => "pijltjes of PageUp/PageDown: andere weergave · Esc: stoppen", "arrows or PageUp/PageDown: other view · Esc: stop";
    PresenterWhatIf => "wat-als, niet bewaard", "what-if, not kept";
    PresenterNpvUnit => "over de looptijd, alle plekken, contant", "over the horizon, all places, discounted";
    PresenterBreakEvenUnit => "LKS = bespaarde uitkering", "LKS = benefit saved";
    ExplainMethodAverageShort => "Methode: gemiddelde over alle volgordes (Shapley), op centen afgerond", "Method: the average over all orders (Shapley), rounded to cents";
    ExplainMethodSequentialShort => "Methode: één voor één in vaste volgorde, op centen afgerond", "Method: one at a time in a fixed order, rounded to cents";
    ExportSide => "Kant", "Side";
    ExportItem => "Post", "Item";
    ExportAmount => "Bedrag", "Amount";
    ExportTotalCost => "Totaal kosten", "Total costs";
    ExportTotalBenefit => "Totaal baten", "Total benefits";
    ExportResult => "Uitkomst", "Result";
    ExportConstantPrices => "alle plekken, constante prijzen van de start", "all places, constant prices of the start";
    ExportLksShare => "LKS-percentage (na maximum)", "LKS share (after the cap)";
    XlsxOverview => "Overzicht", "Overview";
    XlsxPerActor => "Per partij", "Per actor";
    XlsxScenarios => "Scenario's", "Scenarios";
    XlsxParameters => "Parameters en bronnen", "Parameters and sources";
    XlsxModel => "Model", "Model";
    XlsxFormulaNote => "De bedragen zijn formules op het blad Parameters en bronnen: wijzig daar bijvoorbeeld de loonwaarde en het saldo rekent mee.", "The amounts are formulas on the sheet Parameters and sources: change the wage value there, for example, and the net follows.";
    XlsxValueNotRecalculated => "waarde (niet herberekend)", "value (not recalculated)";
    XlsxNpvNote => "Per plek per jaar; de netto contante waarde (NCW) voor alle plekken over de looptijd, disconteringsvoet en reële groei van het blad Parameters en bronnen.", "Per place per year; the net present value (NPV) for all places over the horizon, with the discount rate and real growth of the sheet Parameters and sources.";
    XlsxScenariosNote => "Elk scenario met zijn eigen parameters, als waarden uit kostenbaten (niet herberekend).", "Each scenario with its own parameters, as values from kostenbaten (not recalculated).";
    XlsxHorizonNote => "Jaar t = jaar 1 × (1 + reële groei)^(t − 1), contant gemaakt met (1 + disconteringsvoet)^t. Het aantal rijen volgt de looptijd bij het exporteren.", "Year t = year 1 × (1 + real growth)^(t − 1), discounted by (1 + discount rate)^t. The number of rows is the horizon at export.";
    XlsxInput => "invoer: wijzigen mag", "input: may be changed";
    XlsxFormula => "formule", "formula";
    XlsxChoice => "keuze: wijzig in kostenbaten", "choice: change it in kostenbaten";
    XlsxName => "Naam in formules", "Name in formulas";
    XlsxUnit => "Eenheid", "Unit";
    XlsxRemark => "Opmerking", "Remark";
    XlsxCalculation => "Berekening (formules op de namen hierboven)", "Calculation (formulas on the names above)";
    XlsxParamsNote => "Wijzig een invoerwaarde in kolom C: de formules op alle bladen rekenen mee. Grijs: waarde uit kostenbaten (niet herberekend).", "Change an input in column C: the formulas on every sheet follow. Grey: value from kostenbaten (not recalculated).";
    XlsxHolidayAllowance => "Vakantiebijslag", "Holiday allowance";
    XlsxWorking => "Plaatsing (1 = werkt, 0 = blijft thuis)", "Placement (1 = works, 0 = stays home)";
    XlsxWorkingHelp => "uit het scenario: bij 0 vallen loon, subsidie en kosten van de plek weg", "from the scenario: at 0 the wage, subsidy and costs of the place drop out";
    XlsxAnnualMinimumWage => "Minimumloon per jaar incl. vakantiebijslag (voltijd)", "Annual minimum wage incl. holiday allowance (full time)";
    XlsxHoursFactor => "Urenfactor loon", "Hours factor of the wage";
    XlsxSubsidisedHoursFactor => "Urenfactor LKS (art. 10d lid 4)", "Hours factor of the LKS (art. 10d(4))";
    XlsxGrossWage => "Brutoloon per jaar incl. vakantiebijslag", "Gross annual wage incl. holiday allowance";
    XlsxLoadedWageCost => "Loonsom incl. werkgeverslasten", "Wage cost incl. employer charges";
    XlsxSubsidisedWageCost => "Loonsom waarover LKS", "Wage cost the LKS is a share of";
    XlsxEmployerCharges => "Werkgeverslasten", "Employer charges";
    XlsxBenefitStopped => "Uitkering die stopt (netto, na aanvulling)", "Benefit that stops (net, after top-up)";
    XlsxBenefitStoppedHow => "norm min aanvulling; de aanvulling volgt uit het nettoloon", "norm less top-up; the top-up follows from the net wage";
    XlsxBenefitTax => "Loonheffing op de uitkering (bruto grondslag)", "Wage tax on the benefit (gross basis)";
    XlsxBenefitTaxHow => "Rijk naar BUIG bij bruto grondslag; 0 bij netto", "national government to BUIG on the gross basis; 0 on the net basis";
    XlsxPvFactor => "Contantewaardefactor (som over de looptijd)", "Present-value factor (sum over the horizon)";
    CmdExport => "Exporteren…", "Export…";
    ExportFilterName => "Export (CSV, Excel, PDF, PNG)", "Export (CSV, Excel, PDF, PNG)";
    ExportDone => "Geëxporteerd naar", "Exported to";
    ErrorExport => "Exporteren mislukt", "Export failed";
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
}

impl Lang {
    /// `text` in this language.
    pub fn tr(self, text: Text) -> &'static str {
        let (nl, en) = text.pair();
        match self {
            Lang::Nl => nl,
            Lang::En => en,
        }
    }

    /// A text of the engine's tables (the parameter registry) in this language.
    pub fn pick(self, texts: Texts) -> &'static str {
        match self {
            Lang::Nl => texts.nl,
            Lang::En => texts.en,
        }
    }

    /// The name of a sheet line.
    pub fn line(self, key: LineKey) -> &'static str {
        self.tr(match key {
            LineKey::WageSubsidy => Text::WageSubsidy,
            LineKey::Coaching => Text::Coaching,
            LineKey::Workplace => Text::Workplace,
            LineKey::WorkplaceAdaptation => Text::WorkplaceAdaptation,
            LineKey::Administration => Text::Administration,
            LineKey::WageValue => Text::WageValue,
        })
    }

    /// The name of an actor.
    pub fn actor(self, actor: Actor) -> &'static str {
        self.tr(match actor {
            Actor::MunicipalityParticipation => Text::ActorMunicipalityParticipation,
            Actor::MunicipalityBuig => Text::ActorMunicipalityBuig,
            Actor::NationalGovernment => Text::ActorNationalGovernment,
            Actor::Employer => Text::ActorEmployer,
            Actor::Worker => Text::ActorWorker,
            Actor::RestOfSociety => Text::ActorRestOfSociety,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_has_both_languages() {
        for &text in Text::ALL {
            assert!(!Lang::Nl.tr(text).is_empty(), "{text:?}");
            assert!(!Lang::En.tr(text).is_empty(), "{text:?}");
        }
    }
}

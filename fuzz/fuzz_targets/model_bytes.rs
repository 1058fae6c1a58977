//! Any bytes as a model file: read, validate, evaluate every scenario, the analyses the app runs,
//! the reports the CLI prints, and the P-budget plan. Errors are fine; a panic is a crash.
#![no_main]

use std::path::Path;

use kostenbaten::figures::Figures;
use kostenbaten::i18n::Lang;
use kostenbaten::model::analysis::{OutputKey, ParamKey, Variation, goal_seek, tornado};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(model) = kostenbaten::file::parse_model(data, Path::new("fuzz.ron")) else {
        return;
    };
    for scenario in &model.scenarios {
        if let Ok(figures) = Figures::of(scenario) {
            let _ = kostenbaten::report::sheet::text(scenario, &figures, Lang::Nl);
            let _ = kostenbaten::report::sheet::json(scenario, &figures);
        }
        let _ = goal_seek(
            &scenario.parameters,
            OutputKey::Net,
            ParamKey::WageValuePct,
            rust_decimal::Decimal::ZERO,
        );
        let _ = tornado(
            &scenario.parameters,
            OutputKey::MunicipalityNet,
            Variation::Percent(rust_decimal::Decimal::from(20)),
            &ParamKey::analysable(),
        );
    }
    if let Some(budget) = &model.budget {
        let _ = budget.compute();
    }
    let _ = kostenbaten::file::to_ron(&model);
});

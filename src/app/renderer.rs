//! Which renderer the window opens with, and what happens when it cannot start.
//!
//! glow (OpenGL 2+) is tried first: on Mesa it keeps the memory after start lower than wgpu and it
//! is the renderer the app is tested with (BENCHMARKS.md). A Windows virtual desktop without a GPU
//! often offers only OpenGL 1.1 (Microsoft's GDI renderer), on which glow cannot start; a build with
//! the `wgpu` feature (the Windows build) then opens the window with wgpu instead, whose DX12
//! backend falls back to WARP, Microsoft's software rasteriser, when there is no GPU.
//! `KOSTENBATEN_RENDERER=glow` or `=wgpu` forces one renderer, without a fallback.
//!
//! The decision is a pure function of that variable and the build's features, so it is tested
//! without a window: [`plan`].

/// A renderer eframe can open the window with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Renderer {
    /// OpenGL through glow.
    Glow,
    /// wgpu: DX12 (with WARP) on Windows, Vulkan or OpenGL ES elsewhere.
    Wgpu,
}

impl Renderer {
    /// The renderer's name, as `KOSTENBATEN_RENDERER` spells it.
    pub fn name(self) -> &'static str {
        match self {
            Self::Glow => "glow",
            Self::Wgpu => "wgpu",
        }
    }
}

/// The renderers to try, in order, and a line for stderr when the variable was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The renderers to try in this order: the next one only when the one before could not start.
    pub order: Vec<Renderer>,
    /// Said once on stderr before the window opens (without the `kostenbaten: ` prefix).
    pub warning: Option<String>,
}

/// The renderers to try, from `KOSTENBATEN_RENDERER` (`None` when unset) and whether this build has
/// the `wgpu` feature. Unset or empty: glow, then wgpu if built. `glow` or `wgpu`: that one only
/// (ignoring case and surrounding spaces). `wgpu` in a build without it, or any other value: a
/// warning, and what an unset variable would give.
pub fn plan(variable: Option<&str>, wgpu_built: bool) -> Plan {
    let automatic = if wgpu_built {
        vec![Renderer::Glow, Renderer::Wgpu]
    } else {
        vec![Renderer::Glow]
    };
    let value = variable.map(|v| v.trim().to_ascii_lowercase());
    match value.as_deref() {
        None | Some("") => Plan {
            order: automatic,
            warning: None,
        },
        Some("glow") => Plan {
            order: vec![Renderer::Glow],
            warning: None,
        },
        Some("wgpu") if wgpu_built => Plan {
            order: vec![Renderer::Wgpu],
            warning: None,
        },
        Some("wgpu") => Plan {
            order: automatic,
            warning: Some(
                "KOSTENBATEN_RENDERER=wgpu, maar deze build heeft geen wgpu (bouw met --features \
                 wgpu); verder met glow"
                    .to_owned(),
            ),
        },
        Some(other) => Plan {
            order: automatic,
            warning: Some(format!(
                "KOSTENBATEN_RENDERER={other} wordt niet herkend (glow of wgpu); verder met {}",
                if wgpu_built {
                    "glow, en anders wgpu"
                } else {
                    "glow"
                }
            )),
        },
    }
}

/// What to do when the renderer at `index` in `plan.order` failed: the next renderer to try, or
/// `None` to give up. Only a renderer that failed *to start* is replaced, before the app was
/// created on it (`app_created` false): a failure later, with the app already open, is reported
/// as it is, not hidden by reopening the window.
pub fn after_failure(plan: &Plan, index: usize, app_created: bool) -> Option<Renderer> {
    if app_created {
        return None;
    }
    plan.order.get(index + 1).copied()
}

/// The line on stderr when `failed` could not start and `next` is tried instead.
pub fn fallback_line(failed: Renderer, error: &str, next: Renderer) -> String {
    format!(
        "{} kon niet starten ({error}); het venster opent nu met {}",
        describe(failed),
        describe(next)
    )
}

fn describe(renderer: Renderer) -> &'static str {
    match renderer {
        Renderer::Glow => "glow (OpenGL)",
        Renderer::Wgpu => "wgpu",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_tries_glow_then_wgpu_when_built() {
        assert_eq!(plan(None, true).order, [Renderer::Glow, Renderer::Wgpu]);
        assert_eq!(plan(Some(""), true).order, [Renderer::Glow, Renderer::Wgpu]);
        assert_eq!(plan(None, true).warning, None);
    }

    #[test]
    fn unset_without_wgpu_has_no_fallback() {
        assert_eq!(plan(None, false).order, [Renderer::Glow]);
        assert_eq!(plan(None, false).warning, None);
    }

    #[test]
    fn forcing_one_renderer_leaves_out_the_fallback() {
        assert_eq!(plan(Some("glow"), true).order, [Renderer::Glow]);
        assert_eq!(plan(Some("wgpu"), true).order, [Renderer::Wgpu]);
        assert_eq!(plan(Some(" WGPU\n"), true).order, [Renderer::Wgpu]);
        assert_eq!(plan(Some("Glow"), false).order, [Renderer::Glow]);
        assert_eq!(plan(Some("wgpu"), true).warning, None);
    }

    #[test]
    fn wgpu_without_the_feature_warns_and_uses_glow() {
        let plan = plan(Some("wgpu"), false);
        assert_eq!(plan.order, [Renderer::Glow]);
        assert!(plan.warning.is_some_and(|w| w.contains("--features wgpu")));
    }

    #[test]
    fn an_unknown_value_warns_and_falls_back_as_unset() {
        let with = plan(Some("vulkan"), true);
        assert_eq!(with.order, [Renderer::Glow, Renderer::Wgpu]);
        assert!(
            with.warning
                .is_some_and(|w| w.contains("KOSTENBATEN_RENDERER=vulkan"))
        );
        assert_eq!(plan(Some("dx12"), false).order, [Renderer::Glow]);
    }

    #[test]
    fn a_renderer_that_could_not_start_is_followed_by_the_next() {
        let automatic = plan(None, true);
        assert_eq!(after_failure(&automatic, 0, false), Some(Renderer::Wgpu));
        // wgpu was the last: nothing left.
        assert_eq!(after_failure(&automatic, 1, false), None);
        // Forced or without wgpu: no fallback.
        assert_eq!(after_failure(&plan(Some("glow"), true), 0, false), None);
        assert_eq!(after_failure(&plan(None, false), 0, false), None);
    }

    #[test]
    fn a_failure_after_the_app_opened_is_not_a_reason_to_switch() {
        assert_eq!(after_failure(&plan(None, true), 0, true), None);
    }

    #[test]
    fn the_fallback_line_names_both_renderers_and_the_error() {
        let line = fallback_line(
            Renderer::Glow,
            "egui_glow requires opengl 2.0+",
            Renderer::Wgpu,
        );
        assert!(
            line.starts_with("glow (OpenGL) kon niet starten (egui_glow requires opengl 2.0+)")
        );
        assert!(line.ends_with("opent nu met wgpu"));
    }
}

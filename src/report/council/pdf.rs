//! Drawing laid-out pages into a PDF with krilla: text shaped with rustybuzz in the embedded
//! font (krilla subsets it and writes a ToUnicode map, so the text can be searched and copied),
//! plots placed as vectors with krilla-svg, and a footer with the page number on every page.

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke};
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla_svg::{SurfaceExt, SvgSettings};

use super::layout::{Item, MARGIN, MUTED, PAGE_HEIGHT, PAGE_WIDTH, RULE, TEXT_WIDTH};
use crate::report::plots::font::{Weight, text_width};
use crate::report::plots::svg::Rgb;

/// Why the PDF could not be written.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The shipped font could not be read (a build defect).
    #[error("het lettertype van het rapport kon niet worden gelezen")]
    Font,
    /// krilla refused the document.
    #[error("de PDF kon niet worden geschreven: {0}")]
    Write(String),
}

/// The two faces, loaded once per document.
struct Fonts {
    regular: Font,
    bold: Font,
}

impl Fonts {
    fn load() -> Result<Self, PdfError> {
        let load = |weight: Weight| Font::new(weight.bytes().into(), 0).ok_or(PdfError::Font);
        Ok(Self {
            regular: load(Weight::Regular)?,
            bold: load(Weight::Bold)?,
        })
    }

    fn get(&self, weight: Weight) -> Font {
        match weight {
            Weight::Regular => self.regular.clone(),
            Weight::Bold => self.bold.clone(),
        }
    }
}

/// What the document says about itself and what every page's footer shows.
pub struct Meta<'a> {
    /// The document title.
    pub title: &'a str,
    /// The BCP 47 language tag: `nl-NL` or `en-GB`.
    pub language: &'a str,
    /// The footer's left text.
    pub footer: &'a str,
    /// "Pagina {} van {}" in the report's language.
    pub page_of: fn(usize, usize) -> String,
}

/// The pages as a PDF.
pub fn write(pages: Vec<Vec<Item>>, meta: &Meta<'_>) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(meta.title.to_string())
            .language(meta.language.to_string())
            .creator("kostenbaten".to_string()),
    );
    let count = pages.len();
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| PdfError::Write("A4".to_string()))?;
    for (index, items) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for item in &items {
            draw(&mut surface, &fonts, item);
        }
        footer(&mut surface, &fonts, meta, index + 1, count);
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|err| PdfError::Write(format!("{err:?}")))
}

fn color(c: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(c.0, c.1, c.2).into()
}

fn draw(surface: &mut Surface<'_>, fonts: &Fonts, item: &Item) {
    match item {
        Item::Text {
            x,
            y,
            text,
            size,
            weight,
            color: c,
        } => text_line(surface, fonts, (*x, *y), text, *size, *weight, *c),
        Item::Rule {
            from,
            to,
            width,
            color: c,
        } => {
            let mut path = PathBuilder::new();
            path.move_to(from.0, from.1);
            path.line_to(to.0, to.1);
            if let Some(path) = path.finish() {
                surface.set_fill(None);
                surface.set_stroke(Some(Stroke {
                    paint: color(*c),
                    width: *width,
                    ..Stroke::default()
                }));
                surface.draw_path(&path);
                surface.set_stroke(None);
            }
        }
        Item::Fill { rect, color: c } => {
            let mut path = PathBuilder::new();
            if let Some(r) = Rect::from_xywh(rect.0, rect.1, rect.2, rect.3) {
                path.push_rect(r);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: color(*c),
                    opacity: NormalizedF32::ONE,
                    rule: Default::default(),
                }));
                surface.draw_path(&path);
            }
        }
        Item::Figure { tree, rect } => {
            if let Some(size) = Size::from_wh(rect.2, rect.3) {
                surface.push_transform(&krilla::geom::Transform::from_translate(rect.0, rect.1));
                surface.draw_svg(tree, size, SvgSettings::default());
                surface.pop();
            }
        }
    }
}

/// One line of text, shaped as [`text_width`] measures it.
fn text_line(
    surface: &mut Surface<'_>,
    fonts: &Fonts,
    at: (f32, f32),
    text: &str,
    size: f32,
    weight: Weight,
    c: Rgb,
) {
    let Some(face) = rustybuzz::Face::from_slice(weight.bytes(), 0) else {
        return;
    };
    let units = f32::from(face.units_per_em().max(1) as u16);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let shaped = rustybuzz::shape(&face, &[], buffer);
    let infos = shaped.glyph_infos();
    let glyphs: Vec<KrillaGlyph> = infos
        .iter()
        .zip(shaped.glyph_positions())
        .enumerate()
        .map(|(i, (info, pos))| {
            let start = info.cluster as usize;
            // The cluster runs to the next glyph's cluster start (left to right).
            let end = infos[i + 1..]
                .iter()
                .map(|next| next.cluster as usize)
                .find(|&next| next != start)
                .unwrap_or(text.len());
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / units,
                pos.x_offset as f32 / units,
                pos.y_offset as f32 / units,
                pos.y_advance as f32 / units,
                start..end,
                None,
            )
        })
        .collect();
    surface.set_stroke(None);
    surface.set_fill(Some(Fill {
        paint: color(c),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }));
    surface.draw_glyphs(
        Point::from_xy(at.0, at.1),
        &glyphs,
        fonts.get(weight),
        text,
        size,
        false,
    );
}

/// The footer: a rule, the report's name on the left, the page number on the right.
fn footer(surface: &mut Surface<'_>, fonts: &Fonts, meta: &Meta<'_>, page: usize, count: usize) {
    let y = PAGE_HEIGHT - 40.0;
    draw(
        surface,
        fonts,
        &Item::Rule {
            from: (MARGIN, y - 10.0),
            to: (MARGIN + TEXT_WIDTH, y - 10.0),
            width: 0.4,
            color: RULE,
        },
    );
    let size = 8.0;
    let number = (meta.page_of)(page, count);
    let number_width = text_width(&number, Weight::Regular, size);
    let left = shortened(meta.footer, size, TEXT_WIDTH - number_width - 24.0);
    text_line(
        surface,
        fonts,
        (MARGIN, y),
        &left,
        size,
        Weight::Regular,
        MUTED,
    );
    let x = MARGIN + TEXT_WIDTH - number_width;
    text_line(
        surface,
        fonts,
        (x, y),
        &number,
        size,
        Weight::Regular,
        MUTED,
    );
}

/// `text` cut with an ellipsis to fit `width`: a long scenario name never runs into the page
/// number.
fn shortened(text: &str, size: f32, width: f32) -> String {
    shortened_by(text, width, |t| text_width(t, Weight::Regular, size))
}

/// `text` cut with an ellipsis to the longest prefix whose width by `measure` fits `width`. The
/// prefix is found by bisection over its length (a longer prefix is never narrower), so a name
/// of n characters is shaped about log₂ n times instead of up to n times: the cut one character
/// at a time took 94–115 s for a name of 10.000 characters.
fn shortened_by(text: &str, width: f32, measure: impl Fn(&str) -> f32) -> String {
    if measure(text) <= width {
        return text.to_string();
    }
    // Byte offsets of every character boundary after the first character: prefix k ends there.
    let ends: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .skip(1)
        .chain(std::iter::once(text.len()))
        .collect();
    let candidate = |chars: usize| -> String {
        let end = if chars == 0 { 0 } else { ends[chars - 1] };
        format!("{}…", text[..end].trim_end())
    };
    let fits = |chars: usize| measure(&candidate(chars)) <= width;
    // The whole text does not fit; find the most characters (fewer than all) that do.
    let (mut low, mut high) = (0, ends.len().saturating_sub(1));
    if !fits(low) {
        return String::new();
    }
    while low < high {
        let middle = low + (high - low).div_ceil(2);
        if fits(middle) {
            low = middle;
        } else {
            high = middle - 1;
        }
    }
    candidate(low)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_footer_is_cut_to_fit() {
        let long = "Raadsrapportage — ".to_string() + &"Beschut werk in de regio ".repeat(10);
        let cut = shortened(&long, 8.0, 300.0);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, Weight::Regular, 8.0) <= 300.0);
        assert_eq!(shortened("Kort", 8.0, 300.0), "Kort");
    }

    /// Issue 19, section 6: a scenario name of 10.000 characters took 94–115 s to cut, one
    /// character and one shaping at a time. Now the text is measured about log₂ 10.000 ≈ 14
    /// times, and the cut is still the longest prefix that fits.
    #[test]
    fn a_very_long_name_is_cut_with_few_measurements() {
        use std::cell::Cell;
        let long = "Raadsrapportage — ".to_string() + &"ë".repeat(10_000);
        let calls = Cell::new(0);
        // Every character 4 points wide, the ellipsis too: 75 characters fit in 300 points.
        let measure = |t: &str| {
            calls.set(calls.get() + 1);
            t.chars().count() as f32 * 4.0
        };
        let cut = shortened_by(&long, 300.0, measure);
        assert!(calls.get() <= 20, "{} measurements", calls.get());
        assert_eq!(cut.chars().count(), 75, "{cut}");
        assert!(cut.starts_with("Raadsrapportage — ëë") && cut.ends_with('…'));
        // The real font on the same name: within the width, and quick.
        let started = std::time::Instant::now();
        let cut = shortened(&long, 8.0, 300.0);
        assert!(text_width(&cut, Weight::Regular, 8.0) <= 300.0);
        assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    }
}

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
    if text_width(text, Weight::Regular, size) <= width {
        return text.to_string();
    }
    let mut chars: Vec<char> = text.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate = format!("{}…", chars.iter().collect::<String>().trim_end());
        if text_width(&candidate, Weight::Regular, size) <= width {
            return candidate;
        }
    }
    String::new()
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
}

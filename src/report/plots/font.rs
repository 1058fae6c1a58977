//! The one font every plot and the council report use, shipped in `assets/fonts/` and embedded in
//! the binary: Liberation Sans (SIL Open Font License 1.1), metric-compatible with Arial, so a
//! report looks like the council papers it is attached to and comes out the same on every
//! machine — no system font is ever looked up.

use std::sync::Arc;

/// Liberation Sans Regular, as shipped in `assets/fonts/`.
pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Regular.ttf");
/// Liberation Sans Bold.
pub const BOLD: &[u8] = include_bytes!("../../../assets/fonts/LiberationSans-Bold.ttf");
/// The family name the SVG asks for; it is the only family in the font database.
pub const FAMILY: &str = "Liberation Sans";

/// Regular or bold.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Titles, headings and totals.
    Bold,
}

impl Weight {
    /// The font file's bytes.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Weight::Regular => REGULAR,
            Weight::Bold => BOLD,
        }
    }
}

/// The width of `text` at `size` in the same units as `size`, shaped as it will be drawn
/// (kerning included), so right-aligned figures end exactly at their column's edge.
pub fn text_width(text: &str, weight: Weight, size: f32) -> f32 {
    let Some(face) = rustybuzz::Face::from_slice(weight.bytes(), 0) else {
        // The font is compiled in; an unreadable one is a build defect. An estimate keeps the
        // layout usable rather than failing the report.
        return text.chars().count() as f32 * size * 0.55;
    };
    let units = f32::from(face.units_per_em().max(1) as u16);
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.set_direction(rustybuzz::Direction::LeftToRight);
    let shaped = rustybuzz::shape(&face, &[], buffer);
    let advance: i32 = shaped.glyph_positions().iter().map(|p| p.x_advance).sum();
    advance as f32 / units * size
}

/// A font database holding only the shipped font, for usvg (plots as PNG and in the PDF).
pub fn database() -> Arc<resvg::usvg::fontdb::Database> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(REGULAR.to_vec());
    db.load_font_data(BOLD.to_vec());
    db.set_sans_serif_family(FAMILY);
    Arc::new(db)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_are_tabular_so_right_aligned_columns_line_up() {
        let one = text_width("1", Weight::Regular, 10.0);
        for digit in ["0", "2", "3", "4", "5", "6", "7", "8", "9"] {
            assert_eq!(text_width(digit, Weight::Regular, 10.0), one, "{digit}");
            assert_eq!(
                text_width(digit, Weight::Bold, 10.0),
                text_width("1", Weight::Bold, 10.0)
            );
        }
        // So two amounts with the same number of digits are exactly as wide.
        assert_eq!(
            text_width("€ 13.680,00", Weight::Regular, 8.5),
            text_width("€ 98.521,47", Weight::Regular, 8.5)
        );
    }
}

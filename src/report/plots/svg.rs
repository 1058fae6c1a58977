//! A tiny SVG writer: just the shapes a plot needs (lines, rectangles, circles, text), every text in
//! the shipped font, so the same SVG rasterises (resvg) and goes into the PDF (krilla-svg) alike.

use std::fmt::Write as _;

use super::font::{FAMILY, Weight, text_width};

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

/// Text colour.
pub const INK: Rgb = Rgb(33, 33, 33);
/// Secondary text: axis ticks and labels.
pub const MUTED: Rgb = Rgb(90, 90, 90);
/// Grid lines.
pub const GRID: Rgb = Rgb(225, 225, 225);
/// The axis line and the zero line.
pub const AXIS: Rgb = Rgb(120, 120, 120);

/// How a text is anchored at its x.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// x is where the text starts.
    Start,
    /// x is the text's middle.
    Middle,
    /// x is where the text ends: for right-aligned figures.
    End,
}

/// A text to draw.
#[derive(Clone, Copy, Debug)]
pub struct Label<'a> {
    /// The text.
    pub text: &'a str,
    /// Size in user units.
    pub size: f32,
    /// Regular or bold.
    pub weight: Weight,
    /// Colour.
    pub color: Rgb,
    /// Anchor at x.
    pub anchor: Anchor,
}

impl<'a> Label<'a> {
    /// Regular text of `size`, start-anchored, in ink.
    pub fn new(text: &'a str, size: f32) -> Self {
        Self {
            text,
            size,
            weight: Weight::Regular,
            color: INK,
            anchor: Anchor::Start,
        }
    }

    /// Anchored at `anchor`.
    pub fn anchor(mut self, anchor: Anchor) -> Self {
        self.anchor = anchor;
        self
    }

    /// In `color`.
    pub fn color(mut self, color: Rgb) -> Self {
        self.color = color;
        self
    }

    /// Bold.
    pub fn bold(mut self) -> Self {
        self.weight = Weight::Bold;
        self
    }

    /// Its width as it will be drawn.
    pub fn width(&self) -> f32 {
        text_width(self.text, self.weight, self.size)
    }
}

/// A stroke: colour, width and an optional dash pattern.
#[derive(Clone, Copy, Debug)]
pub struct Pen {
    /// Colour.
    pub color: Rgb,
    /// Width in user units.
    pub width: f32,
    /// Dash and gap length, for a dashed line.
    pub dash: Option<(f32, f32)>,
}

impl Pen {
    /// A solid line.
    pub fn solid(color: Rgb, width: f32) -> Self {
        Self {
            color,
            width,
            dash: None,
        }
    }

    /// A dashed line.
    pub fn dashed(color: Rgb, width: f32) -> Self {
        Self {
            color,
            width,
            dash: Some((6.0, 4.0)),
        }
    }

    fn attributes(&self) -> String {
        let mut out = format!(
            r#"fill="none" stroke="{}" stroke-width="{:.2}" stroke-linejoin="round" stroke-linecap="butt""#,
            self.color.hex(),
            self.width
        );
        if let Some((dash, gap)) = self.dash {
            let _ = write!(out, r#" stroke-dasharray="{dash:.1} {gap:.1}""#);
        }
        out
    }
}

/// An SVG document being written.
pub struct Svg {
    out: String,
}

impl Svg {
    /// A white canvas of `width` × `height` user units (one unit is one pixel at scale 1).
    pub fn new(width: f32, height: f32) -> Self {
        let mut out = String::with_capacity(16 * 1024);
        let _ = write!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FAMILY}">"#
        );
        let _ = write!(
            out,
            r##"<rect x="0" y="0" width="{width}" height="{height}" fill="#ffffff"/>"##
        );
        Self { out }
    }

    /// A straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), pen: Pen) {
        let _ = write!(
            self.out,
            r#"<line x1="{:.2}" y1="{:.2}" x2="{:.2}" y2="{:.2}" {}/>"#,
            from.0,
            from.1,
            to.0,
            to.1,
            pen.attributes()
        );
    }

    /// A line through `points`.
    pub fn polyline(&mut self, points: &[(f32, f32)], pen: Pen) {
        let mut list = String::with_capacity(points.len() * 16);
        for (x, y) in points {
            let _ = write!(list, "{x:.2},{y:.2} ");
        }
        let _ = write!(
            self.out,
            r#"<polyline points="{}" {}/>"#,
            list.trim_end(),
            pen.attributes()
        );
    }

    /// A filled rectangle, `opacity` 0–1.
    pub fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, fill: Rgb, opacity: f32) {
        let _ = write!(
            self.out,
            r#"<rect x="{x:.2}" y="{y:.2}" width="{:.2}" height="{:.2}" fill="{}" fill-opacity="{opacity:.2}"/>"#,
            width.max(0.0),
            height.max(0.0),
            fill.hex()
        );
    }

    /// A filled circle with a white rim, for a marked point.
    pub fn circle(&mut self, centre: (f32, f32), radius: f32, fill: Rgb) {
        let _ = write!(
            self.out,
            r##"<circle cx="{:.2}" cy="{:.2}" r="{radius:.2}" fill="{}" stroke="#ffffff" stroke-width="1.5"/>"##,
            centre.0,
            centre.1,
            fill.hex()
        );
    }

    /// A text with its baseline at `y`; `rotate` turns it a quarter anticlockwise (y-axis title).
    pub fn text(&mut self, x: f32, y: f32, label: Label<'_>, rotate: bool) {
        let anchor = match label.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let weight = match label.weight {
            Weight::Regular => "normal",
            Weight::Bold => "bold",
        };
        let transform = if rotate {
            format!(r#" transform="rotate(-90 {x:.2} {y:.2})""#)
        } else {
            String::new()
        };
        let _ = write!(
            self.out,
            r#"<text x="{x:.2}" y="{y:.2}" font-size="{:.1}" font-weight="{weight}" text-anchor="{anchor}" fill="{}"{transform}>{}</text>"#,
            label.size,
            label.color.hex(),
            escape(label.text)
        );
    }

    /// The finished document.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>");
        self.out
    }
}

/// `text` safe inside an XML element.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_the_document_closed() {
        let mut svg = Svg::new(100.0, 50.0);
        svg.text(10.0, 20.0, Label::new("P5 < 0 & \"€\"", 12.0), false);
        let out = svg.finish();
        assert!(out.contains("P5 &lt; 0 &amp; &quot;€&quot;"), "{out}");
        assert!(out.ends_with("</svg>"));
    }
}

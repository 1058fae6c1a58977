//! Page layout for the council report: a cursor down A4 pages that breaks lines greedily by
//! measured width, keeps a heading with what follows, repeats a table's header on a new page,
//! and places plots at the text width. It produces positioned items; `pdf.rs` draws them.

use super::wrap::wrap;
use crate::report::plots::font::{Weight, text_width};
use crate::report::plots::svg::{INK, Rgb};

/// A4 width in points.
pub const PAGE_WIDTH: f32 = 595.28;
/// A4 height in points.
pub const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin (2 cm).
pub const MARGIN: f32 = 56.7;
/// Top margin.
const TOP: f32 = 56.7;
/// Lowest baseline of body text; the footer sits below it.
const BOTTOM: f32 = PAGE_HEIGHT - 62.0;
/// Width of the text column.
pub const TEXT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// Body text size.
pub const BODY: f32 = 10.0;
/// Table text size.
pub const SMALL: f32 = 8.5;
/// Line height as a multiple of the size.
const LEADING: f32 = 1.35;

/// Light grey of table stripes.
pub const STRIPE: Rgb = Rgb(244, 245, 247);
/// Rules under headings and table headers.
pub const RULE: Rgb = Rgb(160, 160, 160);
/// The report's accent: the app's municipality blue, for headings.
pub const ACCENT: Rgb = Rgb(23, 78, 130);
/// Secondary text.
pub const MUTED: Rgb = Rgb(95, 95, 95);

/// Something placed on a page, in points from the top left.
pub enum Item {
    /// A line of text with its baseline at `y`.
    Text {
        /// Left edge.
        x: f32,
        /// Baseline.
        y: f32,
        /// The text.
        text: String,
        /// Size in points.
        size: f32,
        /// Regular or bold.
        weight: Weight,
        /// Colour.
        color: Rgb,
    },
    /// A straight line.
    Rule {
        /// Start.
        from: (f32, f32),
        /// End.
        to: (f32, f32),
        /// Width in points.
        width: f32,
        /// Colour.
        color: Rgb,
    },
    /// A filled rectangle.
    Fill {
        /// Left, top, width, height.
        rect: (f32, f32, f32, f32),
        /// Colour.
        color: Rgb,
    },
    /// A plot, drawn as vectors.
    Figure {
        /// The plot, parsed.
        tree: Box<resvg::usvg::Tree>,
        /// Left, top, width, height.
        rect: (f32, f32, f32, f32),
    },
}

/// Text alignment in a table cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// Labels.
    Left,
    /// Figures: right-aligned so units, thousands and cents line up.
    Right,
}

/// A table column: its share of the text width and its alignment.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    /// Share of the text width, 0–1.
    pub share: f32,
    /// Alignment.
    pub align: Align,
}

/// A table row; `strong` rows (totals) are bold with a rule above.
#[derive(Clone, Debug, Default)]
pub struct Row {
    /// One text per column.
    pub cells: Vec<String>,
    /// A total: bold, ruled off from the rows above.
    pub strong: bool,
}

impl Row {
    /// An ordinary row.
    pub fn new(cells: Vec<String>) -> Self {
        Self {
            cells,
            strong: false,
        }
    }

    /// A total row.
    pub fn strong(cells: Vec<String>) -> Self {
        Self {
            cells,
            strong: true,
        }
    }
}

/// A table to lay out.
pub struct Table {
    /// The columns.
    pub columns: Vec<Column>,
    /// Header texts, one per column.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// The pages being filled.
#[derive(Default)]
pub struct Layout {
    pages: Vec<Vec<Item>>,
    y: f32,
}

impl Layout {
    /// One empty page.
    pub fn new() -> Self {
        Self {
            pages: vec![Vec::new()],
            y: TOP,
        }
    }

    fn push(&mut self, item: Item) {
        match self.pages.last_mut() {
            Some(page) => page.push(item),
            // A default layout has no page yet.
            None => self.pages.push(vec![item]),
        }
    }

    /// Start a new page.
    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = TOP;
    }

    /// Go to a new page unless `height` more fits on this one.
    pub fn need(&mut self, height: f32) {
        if self.y + height > BOTTOM && self.y > TOP {
            self.new_page();
        }
    }

    /// Move down by `height`.
    pub fn space(&mut self, height: f32) {
        self.y += height;
    }

    /// A line of text at the cursor, `x` from the margin, without moving the cursor.
    fn text_at(&mut self, x: f32, text: &str, size: f32, weight: Weight, color: Rgb) {
        self.push(Item::Text {
            x: MARGIN + x,
            y: self.y,
            text: text.to_string(),
            size,
            weight,
            color,
        });
    }

    /// The report's title block line: large, bold.
    pub fn title(&mut self, text: &str, size: f32, color: Rgb) {
        for line in joined(wrap(text, Weight::Bold, size, TEXT_WIDTH)) {
            self.need(size * LEADING);
            self.y += size;
            self.text_at(0.0, &line, size, Weight::Bold, color);
            self.y += size * (LEADING - 1.0);
        }
    }

    /// A section heading, kept on one page with at least `keep` points of what follows.
    pub fn heading(&mut self, text: &str, keep: f32) {
        let size = 13.0;
        self.need(size * 2.4 + keep);
        self.y += size * 1.2;
        self.y += size;
        self.text_at(0.0, text, size, Weight::Bold, ACCENT);
        self.y += 4.0;
        let y = self.y;
        self.push(Item::Rule {
            from: (MARGIN, y),
            to: (MARGIN + TEXT_WIDTH, y),
            width: 0.6,
            color: ACCENT,
        });
        self.y += 8.0;
    }

    /// A paragraph wrapped to the text width.
    pub fn paragraph(&mut self, text: &str, size: f32, weight: Weight, color: Rgb) {
        for line in joined(wrap(text, weight, size, TEXT_WIDTH)) {
            self.need(size * LEADING);
            self.y += size;
            self.text_at(0.0, &line, size, weight, color);
            self.y += size * (LEADING - 1.0);
        }
        self.y += size * 0.5;
    }

    /// Body text.
    pub fn body(&mut self, text: &str) {
        self.paragraph(text, BODY, Weight::Regular, INK);
    }

    /// A note in small grey text.
    pub fn note(&mut self, text: &str) {
        self.paragraph(text, SMALL, Weight::Regular, MUTED);
    }

    /// Key figures side by side in shaded boxes: a small label above a large value, with a bar
    /// in the value's colour (red for a loss, green for a gain) on the left.
    pub fn key_figures(&mut self, cards: &[(String, String, Rgb)]) {
        let (gap, height) = (8.0, 50.0);
        let count = cards.len().max(1) as f32;
        let width = (TEXT_WIDTH - gap * (count - 1.0)) / count;
        self.need(height + 8.0);
        let top = self.y;
        for (i, (label, value, color)) in cards.iter().enumerate() {
            let left = MARGIN + i as f32 * (width + gap);
            self.push(Item::Fill {
                rect: (left, top, width, height),
                color: STRIPE,
            });
            self.push(Item::Fill {
                rect: (left, top, 3.0, height),
                color: *color,
            });
            let label = wrap(label, Weight::Regular, SMALL, width - 16.0);
            // The trailing space keeps label and value apart in extracted text.
            let first = format!("{} ", label.first().map_or("", String::as_str));
            self.push(Item::Text {
                x: left + 10.0,
                y: top + 15.0,
                text: first,
                size: SMALL,
                weight: Weight::Regular,
                color: MUTED,
            });
            self.push(Item::Text {
                x: left + 10.0,
                y: top + 38.0,
                text: value.clone(),
                size: 16.0,
                weight: Weight::Bold,
                color: INK,
            });
        }
        self.y = top + height + 12.0;
    }

    /// A plot at the text width (its aspect kept), with a page break before it if needed; the
    /// plot's own white margin of `inset` units hangs into the page margin, so its title lines
    /// up with the text.
    pub fn figure(&mut self, tree: resvg::usvg::Tree, inset: f32) {
        let size = tree.size();
        let scale = TEXT_WIDTH / (size.width() - 2.0 * inset).max(1.0);
        let (width, height) = (size.width() * scale, size.height() * scale);
        self.need(height);
        let rect = (MARGIN - inset * scale, self.y, width, height);
        self.push(Item::Figure {
            tree: Box::new(tree),
            rect,
        });
        self.y += height + 8.0;
    }

    /// A table; its header is repeated on every page it runs onto.
    pub fn table(&mut self, table: &Table) {
        let widths: Vec<f32> = table.columns.iter().map(|c| c.share * TEXT_WIDTH).collect();
        let header = Row::strong(table.header.clone());
        let header_lines = cell_lines(&header, &widths);
        let header_height = row_height(&header_lines);
        let first_lines = table.rows.first().map(|r| cell_lines(r, &widths));
        self.need(header_height + first_lines.as_ref().map_or(0.0, |l| row_height(l)));
        self.table_header(table, &header_lines, &widths);
        for (i, row) in table.rows.iter().enumerate() {
            let lines = cell_lines(row, &widths);
            let height = row_height(&lines);
            if self.y + height > BOTTOM {
                self.new_page();
                self.table_header(table, &header_lines, &widths);
            }
            if i % 2 == 1 && !row.strong {
                self.push(Item::Fill {
                    rect: (MARGIN, self.y, TEXT_WIDTH, height),
                    color: STRIPE,
                });
            }
            if row.strong {
                let y = self.y;
                self.push(Item::Rule {
                    from: (MARGIN, y),
                    to: (MARGIN + TEXT_WIDTH, y),
                    width: 0.6,
                    color: RULE,
                });
            }
            let weight = if row.strong {
                Weight::Bold
            } else {
                Weight::Regular
            };
            self.cells(table, &lines, &widths, weight, INK);
            self.y += height;
        }
        self.y += 10.0;
    }

    fn table_header(&mut self, table: &Table, lines: &[Vec<String>], widths: &[f32]) {
        self.cells(table, lines, widths, Weight::Bold, MUTED);
        self.y += row_height(lines);
        let y = self.y;
        self.push(Item::Rule {
            from: (MARGIN, y),
            to: (MARGIN + TEXT_WIDTH, y),
            width: 0.8,
            color: RULE,
        });
    }

    /// One row's cells, wrapped, from the cursor down (the cursor stays).
    fn cells(
        &mut self,
        table: &Table,
        lines: &[Vec<String>],
        widths: &[f32],
        weight: Weight,
        color: Rgb,
    ) {
        let top = self.y;
        let mut x = 0.0;
        for ((column, width), cell) in table.columns.iter().zip(widths).zip(lines) {
            for (n, line) in cell.iter().enumerate() {
                let left = match column.align {
                    Align::Left => x + PAD,
                    Align::Right => x + width - PAD - text_width(line.trim_end(), weight, SMALL),
                };
                self.y = top + PAD + SMALL + n as f32 * SMALL * LEADING;
                self.text_at(left, line, SMALL, weight, color);
            }
            x += width;
        }
        self.y = top;
    }

    /// The laid-out pages.
    pub fn finish(self) -> Vec<Vec<Item>> {
        self.pages
    }
}

/// Padding inside a table cell.
const PAD: f32 = 3.5;

/// Each cell's text wrapped to its column.
fn cell_lines(row: &Row, widths: &[f32]) -> Vec<Vec<String>> {
    let weight = if row.strong {
        Weight::Bold
    } else {
        Weight::Regular
    };
    widths
        .iter()
        .zip(&row.cells)
        .map(|(width, text)| joined(wrap(text, weight, SMALL, width - 2.0 * PAD)))
        .collect()
}

/// Lines with the space they were broken at kept at the end of each but the last: invisible,
/// but a reader that copies or extracts the text gets words, not `geheelverliest`.
fn joined(mut lines: Vec<String>) -> Vec<String> {
    let last = lines.len().saturating_sub(1);
    for line in &mut lines[..last] {
        line.push(' ');
    }
    lines
}

/// The height of a row whose tallest cell has the most lines.
fn row_height(lines: &[Vec<String>]) -> f32 {
    let most = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    2.0 * PAD + SMALL + (most as f32 - 1.0) * SMALL * LEADING + SMALL * 0.3
}

//! Hand-written layout for A4 pages: a document is a flow of [`Line`]s (a line of text, a table
//! row slice, a rule), each measured when it is made; [`page::paginate`] cuts the flow into
//! pages. Keeping the model this small is what makes "nothing ever runs off the page" checkable:
//! every mark's position is known before anything is drawn.
//!
//! Lines carry two pagination hints: `keep_with_next` (a heading stays with the first lines
//! under it; a paragraph keeps two lines together at each end, so no orphans or widows) and a
//! `continuation` id: when a page break falls inside an agenda item or a table, the lines of
//! that continuation (the item's heading with "(fortsat)", a table's header row) are repeated at
//! the top of the next page.
//!
//! Each line also says what it is in the document's structure ([`Tag`]): a heading, a
//! paragraph, a list item, a table row, or an artifact (spacing, rules, the lines repeated after
//! a break). The renderer turns the tags into the tagged PDF's structure tree as it draws, so the
//! places that set the text — [`Flow::heading`], [`Flow::paragraph`], [`Flow::row`],
//! [`Flow::begin_table`], [`Flow::list_item`] — are the only ones that know it.

pub mod page;
pub mod text;

use crate::fonts::{FontStyle, face};
use text::Run;

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.276;
pub const PAGE_HEIGHT: f32 = 841.89;
pub const MARGIN_LEFT: f32 = 62.0;
pub const MARGIN_RIGHT: f32 = 62.0;
/// Room above the content for the running header.
pub const MARGIN_TOP: f32 = 78.0;
/// Room below the content for the running footer.
pub const MARGIN_BOTTOM: f32 = 70.0;
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
pub const CONTENT_HEIGHT: f32 = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;

/// Colours as grey or RGB fractions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Colour {
    Text,
    Muted,
    Accent,
    RuleLight,
    HeaderFill,
}

impl Colour {
    pub fn rgb(self) -> (f32, f32, f32) {
        match self {
            // Det Fælles Designsystem's text colour and its primary blue.
            Colour::Text => (0.102, 0.102, 0.102),
            Colour::Muted => (0.36, 0.36, 0.36),
            Colour::Accent => (0.0, 0.286, 0.576),
            Colour::RuleLight => (0.78, 0.78, 0.78),
            Colour::HeaderFill => (0.94, 0.95, 0.96),
        }
    }
}

/// One thing drawn on a line. `x` is measured from the left edge of the content box; vertical
/// positions from the top of the line.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Text {
        x: f32,
        text: String,
        style: FontStyle,
        size: f32,
        colour: Colour,
        /// The table cell (or, in a list item, 0 for the label and 1 for the body) the text is
        /// in: several lines of one cell are one structure element.
        cell: u8,
    },
    /// A horizontal rule at `y` below the top of the line.
    Rule {
        x: f32,
        width: f32,
        y: f32,
        thickness: f32,
        colour: Colour,
    },
    /// A filled rectangle covering the line's full height (table header backgrounds).
    Fill { x: f32, width: f32, colour: Colour },
    /// A reserved rectangle for a signature field: `name` is the field's name, `height` how far
    /// it extends below the top of the line, `description` what a screen reader says of it
    /// ("Underskrift: Formand, Mette Kjærgaard Holm").
    SignatureSlot {
        x: f32,
        width: f32,
        height: f32,
        name: String,
        description: String,
    },
}

impl Mark {
    /// The right edge of the mark, for the margin check.
    pub fn right_edge(&self) -> f32 {
        match self {
            Mark::Text {
                x,
                text,
                style,
                size,
                ..
            } => x + face(*style).text_width(text, *size),
            Mark::Rule { x, width, .. }
            | Mark::Fill { x, width, .. }
            | Mark::SignatureSlot { x, width, .. } => x + width,
        }
    }
}

/// What a line is in the document's structure. Lines with the same `element` make one structure
/// element (the lines of a paragraph, of a wrapped heading, of a table row); table rows and list
/// items with the same `group` make one table or list. Ids are unique within a flow.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tag {
    pub role: Role,
    pub element: u32,
    pub group: u32,
}

impl Tag {
    /// Not content: drawn, but left out of the structure (PDF/UA's artifacts).
    pub const ARTIFACT: Tag = Tag {
        role: Role::Artifact,
        element: 0,
        group: 0,
    };
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Role {
    /// Spacing, rules, and the heading or table header repeated after a page break.
    Artifact,
    /// A heading of `level` 1 (the document's title), 2 (a section) or 3 (an agenda item).
    Heading {
        level: u8,
    },
    Paragraph,
    /// A list item: cell 0 is its label (the bullet or number), cell 1 its body.
    ListItem,
    /// A table row of `cells` cells, header cells when `header`.
    TableRow {
        header: bool,
        cells: u8,
    },
}

/// One line of the flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub height: f32,
    /// Where text sits: the baseline's distance below the top of the line.
    pub baseline: f32,
    /// Space above the line, dropped at the top of a page.
    pub space_before: f32,
    pub marks: Vec<Mark>,
    /// This line must be on the same page as the next one.
    pub keep_with_next: bool,
    /// The lines to repeat when a page break falls between two lines of the same continuation.
    pub continuation: Option<usize>,
    /// Start a new page before this line (the signature page).
    pub page_break_before: bool,
    /// A place the document refers to by number (an agenda item's heading, which the agenda's
    /// table of contents gives the page of): see [`page::anchor_pages`].
    pub anchor: Option<usize>,
    /// What the line's text is in the document's structure.
    pub tag: Tag,
}

impl Line {
    pub fn empty(height: f32) -> Line {
        Line {
            height,
            baseline: height,
            space_before: 0.0,
            marks: Vec::new(),
            keep_with_next: false,
            continuation: None,
            page_break_before: false,
            anchor: None,
            tag: Tag::ARTIFACT,
        }
    }
}

/// The heading level of a heading set in `style`: the documents' three heading sizes are their
/// three levels, so that what looks like a section heading is one to a screen reader.
fn heading_level(style: TextStyle) -> u8 {
    if style.size >= TextStyle::TITLE.size {
        1
    } else if style.size >= TextStyle::SECTION.size {
        2
    } else {
        3
    }
}

/// Text sizes and line heights.
#[derive(Debug, Clone, Copy)]
pub struct TextStyle {
    pub style: FontStyle,
    pub size: f32,
    pub line_height: f32,
    pub colour: Colour,
}

impl TextStyle {
    pub const BODY: TextStyle = TextStyle {
        style: FontStyle::Regular,
        size: 10.0,
        line_height: 14.0,
        colour: Colour::Text,
    };
    pub const BODY_STRONG: TextStyle = TextStyle {
        style: FontStyle::SemiBold,
        ..TextStyle::BODY
    };
    pub const BODY_ITALIC: TextStyle = TextStyle {
        style: FontStyle::Italic,
        colour: Colour::Muted,
        ..TextStyle::BODY
    };
    pub const SMALL: TextStyle = TextStyle {
        style: FontStyle::Regular,
        size: 8.5,
        line_height: 12.0,
        colour: Colour::Muted,
    };
    pub const SMALL_STRONG: TextStyle = TextStyle {
        style: FontStyle::SemiBold,
        ..TextStyle::SMALL
    };
    pub const TITLE: TextStyle = TextStyle {
        style: FontStyle::SemiBold,
        size: 20.0,
        line_height: 26.0,
        colour: Colour::Text,
    };
    pub const SECTION: TextStyle = TextStyle {
        style: FontStyle::SemiBold,
        size: 14.0,
        line_height: 19.0,
        colour: Colour::Accent,
    };
    pub const ITEM: TextStyle = TextStyle {
        style: FontStyle::SemiBold,
        size: 11.5,
        line_height: 16.0,
        colour: Colour::Text,
    };
}

/// A column of a table: its left edge and width within the content box.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub x: f32,
    pub width: f32,
}

/// Columns from relative widths, with `gap` points between them, spanning `x`..`x + width`.
pub fn columns(x: f32, width: f32, fractions: &[f32], gap: f32) -> Vec<Column> {
    let total: f32 = fractions.iter().sum();
    let usable = width - gap * (fractions.len().saturating_sub(1)) as f32;
    let mut left = x;
    fractions
        .iter()
        .map(|fraction| {
            let column_width = usable * fraction / total;
            let column = Column {
                x: left,
                width: column_width,
            };
            left += column_width + gap;
            column
        })
        .collect()
}

/// Builds the flow of lines: paragraphs, headings, tables. The document module words the
/// minutes; this type only knows how to set text.
#[derive(Debug, Default)]
pub struct Flow {
    pub lines: Vec<Line>,
    /// Indexed by `Line::continuation`.
    pub continuations: Vec<Continuation>,
    /// The continuation in force for new lines (innermost last).
    continuation_stack: Vec<usize>,
    /// The last structure element id handed out ([`Tag`]).
    last_element: u32,
    /// The table that rows go into, between [`Flow::begin_table`] and [`Flow::end_table`].
    table: Option<u32>,
    /// The text of each content element's cells as it was given, before wrapping.
    pub sources: Vec<SourceText>,
}

/// A content element's cell as it was given to the flow: its runs and style, before wrapping.
/// The drawing ignores it; the app's preview reads it rather than the wrapped lines, so that a
/// line break in the text stays one, and a word broken across lines stays whole.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub element: u32,
    /// 0 for a paragraph or heading; a table row's or list item's cell otherwise.
    pub cell: u8,
    pub runs: Vec<Run>,
    pub style: TextStyle,
}

/// How a paragraph keeps its lines together.
const KEEP_PARAGRAPH_ENDS: usize = 2;

impl Flow {
    pub fn new() -> Flow {
        Flow::default()
    }

    fn current_continuation(&self) -> Option<usize> {
        self.continuation_stack.last().copied()
    }

    fn push_line(&mut self, mut line: Line) {
        line.continuation = self.current_continuation();
        self.lines.push(line);
    }

    /// A new structure element id.
    fn next_element(&mut self) -> u32 {
        self.last_element += 1;
        self.last_element
    }

    /// Starts a region whose `lines` are repeated at the top of a page when the region breaks
    /// across pages. Regions nest; the repeat of an inner region should include its outer
    /// region's lines (the caller builds them so). The repeated lines are artifacts: their text
    /// is in the structure once, where it first stands.
    pub fn begin_continuation(&mut self, mut lines: Vec<Line>) {
        for line in &mut lines {
            line.tag = Tag::ARTIFACT;
        }
        self.continuations.push(Continuation {
            lines,
            parent: self.current_continuation(),
        });
        self.continuation_stack.push(self.continuations.len() - 1);
    }

    pub fn end_continuation(&mut self) {
        self.continuation_stack.pop();
    }

    /// The lines of the innermost continuation in force, to build a nested one from.
    pub fn current_continuation_lines(&self) -> Vec<Line> {
        self.current_continuation()
            .and_then(|index| self.continuations.get(index))
            .map(|continuation| continuation.lines.clone())
            .unwrap_or_default()
    }

    /// Marks the last line as kept with whatever comes next (a heading with its content).
    pub fn keep_last_with_next(&mut self) {
        if let Some(line) = self.lines.last_mut() {
            line.keep_with_next = true;
        }
    }

    /// Vertical space before the next line; it vanishes at the top of a page, and it carries
    /// the keep of the line before it, so a heading stays with its content across the space.
    pub fn space(&mut self, points: f32) {
        let mut line = Line::empty(0.0);
        line.space_before = points;
        line.keep_with_next = self
            .lines
            .last()
            .is_some_and(|previous| previous.keep_with_next);
        self.push_line(line);
    }

    /// Marks the last line as the place `anchor` refers to.
    pub fn anchor_last(&mut self, anchor: usize) {
        if let Some(line) = self.lines.last_mut() {
            line.anchor = Some(anchor);
        }
    }

    pub fn page_break(&mut self) {
        let mut line = Line::empty(0.0);
        line.page_break_before = true;
        self.push_line(line);
    }

    /// A paragraph at `indent` points from the left, wrapped to the rest of the width.
    pub fn paragraph(&mut self, text: &str, style: TextStyle, indent: f32) {
        self.rich_paragraph(&[Run::new(text, style.style)], style, indent);
    }

    /// [`Flow::paragraph`] of text in several faces: `runs` give the faces, `style` the size,
    /// line height and colour.
    pub fn rich_paragraph(&mut self, runs: &[Run], style: TextStyle, indent: f32) {
        let lines = text_lines(runs, style, indent, CONTENT_WIDTH - indent);
        let count = lines.len();
        let tag = Tag {
            role: Role::Paragraph,
            element: self.next_element(),
            group: 0,
        };
        self.record_source(tag.element, 0, runs, style);
        for (index, mut line) in lines.into_iter().enumerate() {
            line.tag = tag;
            // Keep the first two and the last two lines of a paragraph together: no orphans, no
            // widows.
            line.keep_with_next = index + 1 < count
                && (index + 1 < KEEP_PARAGRAPH_ENDS || index + KEEP_PARAGRAPH_ENDS >= count);
            self.push_line(line);
        }
    }

    /// A label in a fixed-width column followed by its wrapped value ("Dato  27. november 2026").
    pub fn labelled(&mut self, label: &str, value: &str, label_width: f32, indent: f32) {
        let cells = vec![
            Cell::new(label, TextStyle::BODY_STRONG),
            Cell::new(value, TextStyle::BODY),
        ];
        let columns = vec![
            Column {
                x: indent,
                width: label_width - 8.0,
            },
            Column {
                x: indent + label_width,
                width: CONTENT_WIDTH - indent - label_width,
            },
        ];
        self.row(&cells, &columns, false, 0.0);
    }

    /// A heading that stays with at least the first lines after it.
    pub fn heading(&mut self, text: &str, style: TextStyle, space_before: f32) {
        let lines = text_lines(&[Run::new(text, style.style)], style, 0.0, CONTENT_WIDTH);
        let tag = Tag {
            role: Role::Heading {
                level: heading_level(style),
            },
            element: self.next_element(),
            group: 0,
        };
        self.record_source(tag.element, 0, &[Run::new(text, style.style)], style);
        for (index, mut line) in lines.into_iter().enumerate() {
            line.tag = tag;
            if index == 0 {
                line.space_before = space_before;
            }
            line.keep_with_next = true;
            self.push_line(line);
        }
    }

    /// One table row: each cell wrapped into its column; the row is cut into one line per text
    /// line so that a very long row can still break across pages, but rows of up to
    /// `KEEP_ROW_LINES` lines are kept whole. `rule_above` draws a hairline over the row.
    ///
    /// Between [`Flow::begin_table`] and [`Flow::end_table`] the row is a row of that table;
    /// elsewhere (a label and its value, side by side) it is one paragraph, its cells read left
    /// to right.
    pub fn row(&mut self, cells: &[Cell], columns: &[Column], rule_above: bool, padding: f32) {
        let tag = match self.table {
            Some(table) => Tag {
                role: Role::TableRow {
                    header: false,
                    cells: cell_count(cells),
                },
                element: self.next_element(),
                group: table,
            },
            None => Tag {
                role: Role::Paragraph,
                element: self.next_element(),
                group: 0,
            },
        };
        self.push_row(cells, columns, rule_above, padding, tag);
    }

    /// One item of a list: `cells` are its label (bullet or number) and its body, set in
    /// `columns` as [`Flow::row`] sets them. Items with the same `list` (from
    /// [`Flow::new_list`]) are one list.
    pub fn list_item(&mut self, list: u32, cells: &[Cell; 2], columns: &[Column; 2], padding: f32) {
        let tag = Tag {
            role: Role::ListItem,
            element: self.next_element(),
            group: list,
        };
        self.push_row(cells, columns, false, padding, tag);
    }

    /// The id of a new list, for [`Flow::list_item`].
    pub fn new_list(&mut self) -> u32 {
        self.next_element()
    }

    fn push_row(
        &mut self,
        cells: &[Cell],
        columns: &[Column],
        rule_above: bool,
        padding: f32,
        tag: Tag,
    ) {
        for (index, cell) in cells.iter().enumerate() {
            let index = u8::try_from(index).unwrap_or(u8::MAX);
            self.record_source(tag.element, index, &cell.runs, cell.style);
        }
        for mut line in row_lines(cells, columns, rule_above, padding) {
            line.tag = tag;
            self.push_line(line);
        }
    }

    /// Keeps a cell's text as it is laid out: printable (a character the typeface lacks is the
    /// "?" the PDF prints), its line breaks kept.
    fn record_source(&mut self, element: u32, cell: u8, runs: &[Run], style: TextStyle) {
        self.sources.push(SourceText {
            element,
            cell,
            runs: printable_runs(runs),
            style,
        });
    }

    /// Starts a table: its `header` lines (from [`Flow::header_row_lines`]) are set now, and
    /// repeated after `repeat_before` (the section's heading "(fortsat)") at the top of every
    /// page the table continues on. The rows until [`Flow::end_table`] are the table's.
    pub fn begin_table(&mut self, mut header: Vec<Line>, mut repeat_before: Vec<Line>) {
        let table = self.next_element();
        let row = self.next_element();
        for line in &mut header {
            line.tag.element = row;
            line.tag.group = table;
        }
        repeat_before.extend(header.iter().cloned());
        self.begin_continuation(repeat_before);
        self.push_lines(header);
        self.table = Some(table);
    }

    pub fn end_table(&mut self) {
        self.end_continuation();
        self.table = None;
    }

    /// A table header row with a tinted background, returned as lines so that
    /// [`Flow::begin_table`] can also repeat them after a page break.
    pub fn header_row_lines(cells: &[Cell], columns: &[Column]) -> Vec<Line> {
        let mut lines = row_lines(cells, columns, false, 2.0);
        let tag = Tag {
            role: Role::TableRow {
                header: true,
                cells: cell_count(cells),
            },
            element: 0,
            group: 0,
        };
        let table_left = columns.first().map_or(0.0, |column| column.x) - 4.0;
        let table_right = columns
            .last()
            .map_or(CONTENT_WIDTH, |column| column.x + column.width)
            + 4.0;
        let width = (table_right.min(CONTENT_WIDTH) - table_left.max(0.0)).max(0.0);
        for line in &mut lines {
            line.tag = tag;
            line.marks.insert(
                0,
                Mark::Fill {
                    x: table_left.max(0.0),
                    width,
                    colour: Colour::HeaderFill,
                },
            );
            line.keep_with_next = true;
        }
        lines
    }

    pub fn push_lines(&mut self, lines: Vec<Line>) {
        for line in lines {
            self.push_line(line);
        }
    }

    /// A horizontal rule across the content width.
    pub fn rule(&mut self, colour: Colour, thickness: f32, space_before: f32) {
        let mut line = Line::empty(4.0);
        line.space_before = space_before;
        line.marks.push(Mark::Rule {
            x: 0.0,
            width: CONTENT_WIDTH,
            y: 2.0,
            thickness,
            colour,
        });
        self.push_line(line);
    }

    pub fn signature_slot(
        &mut self,
        name: &str,
        description: &str,
        x: f32,
        width: f32,
        height: f32,
    ) {
        if let Some(line) = self.lines.last_mut() {
            line.marks.push(Mark::SignatureSlot {
                x,
                width,
                height,
                name: name.to_owned(),
                description: description.to_owned(),
            });
        }
    }
}

/// Lines repeated at the top of a page when a region breaks across pages, and the region that
/// encloses this one.
#[derive(Debug, Clone, PartialEq)]
pub struct Continuation {
    pub lines: Vec<Line>,
    pub parent: Option<usize>,
}

/// One cell of a table row: its text as runs in their faces, set in `style`'s size, line
/// height and colour.
#[derive(Debug, Clone)]
pub struct Cell {
    pub runs: Vec<Run>,
    pub style: TextStyle,
}

impl Cell {
    /// A cell of plain text in `style`'s face.
    pub fn new(text: impl Into<String>, style: TextStyle) -> Cell {
        Cell::rich(vec![Run::new(text, style.style)], style)
    }

    /// A cell of text in several faces (a list item with bold words).
    pub fn rich(runs: Vec<Run>, style: TextStyle) -> Cell {
        Cell { runs, style }
    }
}

/// Rows up to this many lines never break across pages.
const KEEP_ROW_LINES: usize = 6;

fn cell_count(cells: &[Cell]) -> u8 {
    u8::try_from(cells.len()).expect("a table has fewer than 256 columns")
}

fn row_lines(cells: &[Cell], columns: &[Column], rule_above: bool, padding: f32) -> Vec<Line> {
    let mut wrapped: Vec<(Vec<Vec<text::Span>>, TextStyle, Column)> = cells
        .iter()
        .zip(columns)
        .map(|(cell, column)| {
            let runs = printable_runs(&cell.runs);
            (
                text::wrap_runs(&runs, cell.style.size, column.width),
                cell.style,
                *column,
            )
        })
        .collect();
    let line_height = cells
        .iter()
        .map(|cell| cell.style.line_height)
        .fold(0.0_f32, f32::max);
    let baseline = line_height * 0.75;
    let count = wrapped
        .iter()
        .map(|(lines, _, _)| lines.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut out = Vec::with_capacity(count);
    for index in 0..count {
        let mut line = Line::empty(line_height);
        line.baseline = baseline;
        for (cell, (lines, style, column)) in wrapped.iter_mut().enumerate() {
            if let Some(spans) = lines.get_mut(index) {
                let cell = u8::try_from(cell).expect("a table has fewer than 256 columns");
                push_spans(&mut line, std::mem::take(spans), *style, column.x, cell);
            }
        }
        if index == 0 {
            line.space_before = padding;
            if rule_above {
                let left = columns.first().map_or(0.0, |column| column.x);
                let right = columns
                    .last()
                    .map_or(CONTENT_WIDTH, |column| column.x + column.width);
                line.marks.push(Mark::Rule {
                    x: left,
                    width: right - left,
                    y: -padding / 2.0,
                    thickness: 0.4,
                    colour: Colour::RuleLight,
                });
            }
        }
        line.keep_with_next = count <= KEEP_ROW_LINES && index + 1 < count;
        out.push(line);
    }
    out
}

fn text_lines(runs: &[Run], style: TextStyle, x: f32, width: f32) -> Vec<Line> {
    text::wrap_runs(&printable_runs(runs), style.size, width)
        .into_iter()
        .map(|spans| {
            let mut line = Line::empty(style.line_height);
            line.baseline = style.line_height * 0.75;
            push_spans(&mut line, spans, style, x, 0);
            line
        })
        .collect()
}

/// The marks of one wrapped line of `cell`, `x` points from the left of the content box.
fn push_spans(line: &mut Line, spans: Vec<text::Span>, style: TextStyle, x: f32, cell: u8) {
    line.marks.extend(spans.into_iter().map(|span| Mark::Text {
        x: x + span.x,
        text: span.text,
        style: span.style,
        size: style.size,
        colour: style.colour,
        cell,
    }));
}

/// `runs` with what the fonts cannot print replaced, line breaks kept.
fn printable_runs(runs: &[Run]) -> Vec<Run> {
    runs.iter()
        .map(|run| Run::new(crate::fonts::printable_multiline(&run.text), run.style))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests;

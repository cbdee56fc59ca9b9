//! The minutes for a screen: the same flow the PDF is drawn from, read back through its structure
//! (the tags the tagged PDF is built from) as headings, paragraphs, lists, tables and signature
//! boxes. So the preview a chair reads before she signs says word for word what the PDF says, in
//! the language chosen for the PDF, and no wording of the minutes exists a second time in the UI.
//!
//! What a screen has no use for stays out: spacing, rules, page breaks except the one before the
//! signature page, and the artifacts (a heading or a table header repeated after a page break).

use gavel_core::minutes::Minutes;
use serde::Serialize;

use crate::Language;
use crate::document::{document_title, minutes_flow};
use crate::fonts::FontStyle;
use crate::layout::{Colour, Flow, Line, Mark, Role, SourceText};

/// The minutes as blocks, worded in one language.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesDocument {
    /// The PDF's title: "Referat: Styregruppemøde december 2026".
    pub title: String,
    /// The language it is worded in, as HTML's `lang` names it: "da" or "en".
    pub lang: String,
    pub blocks: Vec<Block>,
}

/// One part of the document, in reading order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    /// Level 1 is the document's title, 2 a section, 3 an agenda item.
    Heading {
        level: u8,
        text: Vec<Piece>,
    },
    Paragraph {
        text: Vec<Piece>,
    },
    /// A paragraph set after a label in a column of its own: "Beslutning 2 | Godkendt: …", and
    /// the lines under it with an empty label.
    Labelled {
        label: Vec<Piece>,
        text: Vec<Piece>,
    },
    /// A bulleted or numbered list: each item's label ("•", "2.") and body.
    List {
        items: Vec<ListItem>,
    },
    /// A table, or the label-and-text rows the PDF sets as one (a poll, a decision).
    Table {
        rows: Vec<TableRow>,
    },
    /// The boxes the signatures go in, side by side.
    SignatureBoxes {
        boxes: Vec<SignatureBox>,
    },
    /// The PDF starts a new page here (the signature page).
    PageBreak,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ListItem {
    pub label: Vec<Piece>,
    pub body: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TableRow {
    /// A header row: its cells are column headers.
    pub header: bool,
    pub cells: Vec<Vec<Piece>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SignatureBox {
    /// The signature field's name in the PDF: "chair-1", "countersignature-2".
    pub field: String,
    /// What a screen reader says of it: "Underskrift: Formand, Mette Kjærgaard Holm".
    pub description: String,
}

/// A run of text in one look.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Piece {
    pub text: String,
    pub look: Look,
}

/// How the PDF sets a run of text, in the terms a screen needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Look {
    pub strong: bool,
    pub italic: bool,
    /// The smaller size (a poll's rule, a table of figures).
    pub small: bool,
    /// Greyed (notes, continuation labels) or in the accent colour (section headings).
    pub tone: Tone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Text,
    Muted,
    Accent,
}

/// The minutes of `minutes` in `language`, as the PDF words them.
pub fn minutes_document(minutes: &Minutes, language: Language) -> MinutesDocument {
    MinutesDocument {
        title: document_title(minutes, language),
        lang: match language {
            Language::Danish => "da",
            Language::English => "en",
        }
        .to_owned(),
        blocks: blocks_of(&minutes_flow(minutes, language)),
    }
}

/// The flow's content lines as blocks: lines of one structure element make one heading,
/// paragraph, list item or table row; rows and items of one group make one table or list. Each
/// cell's text is the text the flow was given (`Flow::sources`), not its wrapped lines, so that
/// a line break stays one and a word broken across lines stays whole; only text the flow got as
/// lines (a table's header row) is read from its lines.
fn blocks_of(flow: &Flow) -> Vec<Block> {
    let mut reader = Reader {
        sources: flow
            .sources
            .iter()
            .map(|source| ((source.element, source.cell), source))
            .collect(),
        ..Reader::default()
    };
    for line in &flow.lines {
        reader.read(line);
    }
    reader.blocks
}

#[derive(Default)]
struct Reader<'f> {
    blocks: Vec<Block>,
    /// The structure element and group the last block's last part came from.
    last_element: Option<u32>,
    last_group: Option<u32>,
    sources: std::collections::HashMap<(u32, u8), &'f SourceText>,
}

impl Reader<'_> {
    /// Sets `text` to cell `cell` of `line`'s element: from its source when the element starts
    /// (and not again for its later lines), else from the line's marks.
    fn cell_text(&self, text: &mut Vec<Piece>, line: &Line, cell: u8, starts: bool) {
        match self.sources.get(&(line.tag.element, cell)) {
            Some(source) if starts => *text = pieces_of(source),
            Some(_) => {}
            None => add_line(text, line, Some(cell)),
        }
    }

    fn read(&mut self, line: &Line) {
        if line.page_break_before && !self.blocks.is_empty() {
            self.blocks.push(Block::PageBreak);
            self.last_element = None;
            self.last_group = None;
        }
        let boxes: Vec<SignatureBox> = line
            .marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::SignatureSlot {
                    name, description, ..
                } => Some(SignatureBox {
                    field: name.clone(),
                    description: description.clone(),
                }),
                _ => None,
            })
            .collect();
        if !boxes.is_empty() {
            self.blocks.push(Block::SignatureBoxes { boxes });
            self.last_element = None;
            self.last_group = None;
        }
        let element = line.tag.element;
        let starts = self.last_element != Some(element);
        match line.tag.role {
            Role::Artifact => return,
            Role::Heading { level } => {
                let mut text = match self.blocks.last_mut() {
                    Some(Block::Heading { text, .. }) if !starts => std::mem::take(text),
                    _ => Vec::new(),
                };
                self.cell_text(&mut text, line, 0, starts);
                if starts {
                    self.blocks.push(Block::Heading { level, text });
                } else if let Some(Block::Heading { text: last, .. }) = self.blocks.last_mut() {
                    *last = text;
                }
            }
            Role::Paragraph => {
                let labelled = self.sources.contains_key(&(element, 1))
                    || line
                        .marks
                        .iter()
                        .any(|mark| matches!(mark, Mark::Text { cell, .. } if *cell > 0));
                if starts {
                    self.blocks.push(if labelled {
                        Block::Labelled {
                            label: Vec::new(),
                            text: Vec::new(),
                        }
                    } else {
                        Block::Paragraph { text: Vec::new() }
                    });
                }
                let mut last = self.blocks.pop();
                match &mut last {
                    Some(Block::Paragraph { text }) => self.cell_text(text, line, 0, starts),
                    Some(Block::Labelled { label, text }) => {
                        self.cell_text(label, line, 0, starts);
                        self.cell_text(text, line, 1, starts);
                    }
                    _ => {}
                }
                self.blocks.extend(last);
            }
            Role::ListItem => {
                if self.last_group != Some(line.tag.group) {
                    self.blocks.push(Block::List { items: Vec::new() });
                }
                let mut last = self.blocks.pop();
                if let Some(Block::List { items }) = &mut last {
                    if starts {
                        items.push(ListItem {
                            label: Vec::new(),
                            body: Vec::new(),
                        });
                    }
                    if let Some(item) = items.last_mut() {
                        self.cell_text(&mut item.label, line, 0, starts);
                        self.cell_text(&mut item.body, line, 1, starts);
                    }
                }
                self.blocks.extend(last);
            }
            Role::TableRow { header, cells } => {
                if self.last_group != Some(line.tag.group) {
                    self.blocks.push(Block::Table { rows: Vec::new() });
                }
                let mut last = self.blocks.pop();
                if let Some(Block::Table { rows }) = &mut last {
                    if starts {
                        rows.push(TableRow {
                            header,
                            cells: vec![Vec::new(); usize::from(cells)],
                        });
                    }
                    if let Some(row) = rows.last_mut() {
                        for (index, cell) in row.cells.iter_mut().enumerate() {
                            let index = u8::try_from(index).unwrap_or(u8::MAX);
                            self.cell_text(cell, line, index, starts);
                        }
                    }
                }
                self.blocks.extend(last);
            }
        }
        self.last_element = Some(element);
        self.last_group = Some(line.tag.group);
    }
}

/// A cell's text as the flow was given it, run by run.
fn pieces_of(source: &SourceText) -> Vec<Piece> {
    let mut pieces: Vec<Piece> = Vec::new();
    for run in &source.runs {
        let look = look_of(run.style, source.style.size, source.style.colour);
        match pieces.last_mut() {
            Some(before) if before.look == look => before.text.push_str(&run.text),
            _ => pieces.push(Piece {
                text: run.text.clone(),
                look,
            }),
        }
    }
    pieces
}

fn look_of(style: FontStyle, size: f32, colour: Colour) -> Look {
    Look {
        strong: style == FontStyle::SemiBold,
        italic: style == FontStyle::Italic,
        small: size < crate::layout::TextStyle::BODY.size,
        tone: match colour {
            Colour::Muted => Tone::Muted,
            Colour::Accent => Tone::Accent,
            Colour::Text | Colour::RuleLight | Colour::HeaderFill => Tone::Text,
        },
    }
}

/// Adds a line's text (only that of `cell`, when given) to `text`: a line that continues text
/// already there follows it after a space, for the layout dropped the space it broke the line at.
fn add_line(text: &mut Vec<Piece>, line: &Line, cell: Option<u8>) {
    let mut first = true;
    for mark in &line.marks {
        let Mark::Text {
            text: words,
            style,
            size,
            colour,
            cell: mark_cell,
            ..
        } = mark
        else {
            continue;
        };
        if cell.is_some_and(|cell| cell != *mark_cell) {
            continue;
        }
        let look = look_of(*style, *size, *colour);
        let mut words = words.clone();
        if first
            && let Some(before) = text.last()
            && !before.text.ends_with(char::is_whitespace)
            && !words.starts_with(char::is_whitespace)
        {
            words.insert(0, ' ');
        }
        first = false;
        match text.last_mut() {
            Some(before) if before.look == look => before.text.push_str(&words),
            _ => text.push(Piece { text: words, look }),
        }
    }
}

#[cfg(test)]
mod tests;
